// A selected passage: its quote, its claim (or Mark as claim), its questions (linked both ways), the
// contradictions it is part of, whom it is attributed to, and what can be done with it. A case open
// for review shows all of it and offers none of the changes.
import { ChevronLeft, Link, MessageCircleQuestion, ShieldCheck, Swords, Trash2, Unlink } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { usePassages, useQuestions } from '../../data/resources'
import { useSave } from '../../data/useSave'
import { formatDateTime, plural, shorten } from '../../lib/format'
import { PassageClaim, PassageContradictions } from '../claims/PassageClaims'
import { PassageContacts } from '../contacts/PassageContacts'
import { LinkQuestionDialog } from '../questions/LinkQuestionDialog'
import { PassageQuote } from '../questions/PassageQuote'
import type { QuestionSource } from '../workspace/selection'

interface PassageInspectorProps {
  documentId: number
  passageId: number
  onBack(): void
  onOpenQuestion(id: number): void
  onOpenContact(id: number): void
  onOpenClaim(id: number): void
  onOpenDocument(documentId: number, passageId?: number): void
  onNewQuestion(source: QuestionSource): void
}

export function PassageInspector(props: PassageInspectorProps) {
  const { documentId, passageId, onBack, onOpenQuestion, onOpenContact, onNewQuestion } = props
  const readOnly = useReadOnly()
  const passages = usePassages(documentId)
  const questions = useQuestions()
  const save = useSave()
  const toasts = useToasts()
  const [dialog, setDialog] = useState<'link' | 'delete' | null>(null)
  const passage = passages.data?.find((candidate) => candidate.id === passageId)

  if (!passage) {
    return passages.data ? (
      <div className="inspector-scroll">
        <button type="button" className="button button-quiet back-button" onClick={onBack}>
          <ChevronLeft size={16} aria-hidden /> Document details
        </button>
        <p className="muted">That passage is no longer in this case.</p>
      </div>
    ) : null
  }

  const linked = (questions.data ?? []).filter((question) => passage.questionIds.includes(question.id))
  const quote = shorten(passage.exact, 120)

  return (
    <div className="inspector-scroll">
      <button type="button" className="button button-quiet back-button" onClick={onBack}>
        <ChevronLeft size={16} aria-hidden /> Document details
      </button>
      <section aria-labelledby="inspector-passage-heading" className="inspector-section">
        <h2 id="inspector-passage-heading" className="inspector-heading">
          Passage
        </h2>
        <blockquote className="inspector-quote">
          <PassageQuote passage={passage} context />
        </blockquote>
        <p className="muted small">
          Characters {passage.start.toLocaleString('en')}–{passage.end.toLocaleString('en')} · marked {formatDateTime(passage.createdAt)}
        </p>
      </section>

      <section aria-labelledby="inspector-passage-claim" className="inspector-section">
        <h2 id="inspector-passage-claim" className="inspector-heading">
          <ShieldCheck size={12} aria-hidden /> Claim
        </h2>
        <PassageClaim passage={passage} onOpenClaim={props.onOpenClaim} />
      </section>

      <section aria-labelledby="inspector-passage-questions" className="inspector-section">
        <h2 id="inspector-passage-questions" className="inspector-heading">
          Questions <span className="count">{linked.length}</span>
        </h2>
        {linked.length === 0 ? (
          <p className="muted small">No question rests on this passage yet.</p>
        ) : (
          <ul className="linked-questions" aria-label="Questions on this passage">
            {linked.map((question) => (
              <li key={question.id} className="linked-question">
                <button type="button" className="linked-question-open" onClick={() => onOpenQuestion(question.id)}>
                  <span className="linked-question-title">{question.title}</span>
                  <StatusBadge status={question.status} />
                </button>
                {!readOnly && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Unlink from “${question.title}”`}
                    title="Unlink this passage from the question"
                    onClick={() => void save(() => api['questions.unlinkPassage']({ questionId: question.id, passageId }), 'Couldn’t unlink the question.')}
                  >
                    <Unlink size={15} aria-hidden />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {!readOnly && (
          <div className="button-column">
            <button
              type="button"
              className="button"
              onClick={() => onNewQuestion({ kind: 'passage', passageId, quote: passage.exact })}
            >
              <MessageCircleQuestion size={16} aria-hidden /> New question…
            </button>
            <button type="button" className="button" onClick={() => setDialog('link')}>
              <Link size={16} aria-hidden /> Link to question…
            </button>
            <button type="button" className="button button-danger-quiet" onClick={() => setDialog('delete')}>
              <Trash2 size={16} aria-hidden /> Delete passage
            </button>
          </div>
        )}
      </section>

      <section aria-labelledby="inspector-passage-contradictions" className="inspector-section">
        <h2 id="inspector-passage-contradictions" className="inspector-heading">
          <Swords size={12} aria-hidden /> Contradictions
        </h2>
        <PassageContradictions passage={passage} onOpenDocument={props.onOpenDocument} />
      </section>

      <section aria-labelledby="inspector-passage-contacts" className="inspector-section">
        <h2 id="inspector-passage-contacts" className="inspector-heading">
          Attributed to / mentions
        </h2>
        <PassageContacts passageId={passageId} quote={quote} onOpenContact={onOpenContact} />
      </section>

      {dialog === 'link' && (
        <LinkQuestionDialog
          quote={passage.exact}
          linkedIds={passage.questionIds}
          onClose={() => setDialog(null)}
          onLink={async (questionId) => {
            setDialog(null)
            await save(() => api['questions.linkPassage']({ questionId, passageId }), 'Couldn’t link the passage.')
          }}
        />
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title="Delete this passage?"
          confirmLabel="Delete passage"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            setDialog(null)
            if (await save(() => api['passages.delete']({ id: passageId }), 'Couldn’t delete the passage.')) {
              onBack()
              toasts.success('Passage deleted', `“${quote}”`)
            }
          }}
        >
          <blockquote className="dialog-quote">“{quote}”</blockquote>
          <p>
            The highlight goes
            {passage.questionIds.length > 0 ? `, and so do its links to ${plural(passage.questionIds.length, 'question')}; the questions themselves stay` : ''}.
            {passage.claimId !== null && ' The claim made of it goes too, with its evidence links and reviews.'} The document is not changed.
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}
