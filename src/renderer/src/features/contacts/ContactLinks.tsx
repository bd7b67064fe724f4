// What a contact is linked to: the open questions to ask them about, and the passages that quote
// or mention them. Each opens in one click; each link can be removed (the other side stays).
import { FileText, Link, MessageCircleQuestion, Unlink } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { StatusBadge } from '../../components/StatusBadge'
import { useReadOnly } from '../../data/readOnly'
import { useQuestions } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Contact } from '../../../../shared/models'
import { shorten } from '../../lib/format'
import { LinkQuestionDialog } from '../questions/LinkQuestionDialog'
import { PassageQuote } from '../questions/PassageQuote'
import { PASSAGE_ROLE_LABELS } from './ContactPickerDialog'

export function ContactQuestions({ contact, onOpenQuestion }: { contact: Contact; onOpenQuestion(id: number): void }) {
  const questions = useQuestions()
  const save = useSave()
  const readOnly = useReadOnly()
  const [linking, setLinking] = useState(false)
  const linked = (questions.data ?? []).filter((question) => contact.questionIds.includes(question.id))

  return (
    <>
      {contact.questionIds.length === 0 ? (
        <p className="muted section-empty">
          <MessageCircleQuestion size={14} aria-hidden /> No open question names this contact yet. Link the questions you mean to ask them.
        </p>
      ) : (
        <ul className="linked-questions" aria-label="Questions to ask">
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
                  aria-label={`Unlink “${question.title}”`}
                  title="Unlink this question from the contact (the question stays)"
                  onClick={() =>
                    void save(() => api['contacts.unlinkQuestion']({ contactId: contact.id, questionId: question.id }), 'Couldn’t unlink the question.')
                  }
                >
                  <Unlink size={15} aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="section-actions">
          <button type="button" className="button button-small" onClick={() => setLinking(true)}>
            <Link size={14} aria-hidden /> Link to question…
          </button>
        </div>
      )}
      {linking && (
        <LinkQuestionDialog
          description={<>Questions to ask {contact.displayName} about.</>}
          subject="This contact"
          linkedIds={contact.questionIds}
          onClose={() => setLinking(false)}
          onLink={async (questionId) => {
            setLinking(false)
            await save(() => api['contacts.linkQuestion']({ contactId: contact.id, questionId }), 'Couldn’t link the question.')
          }}
        />
      )}
    </>
  )
}

export function ContactPassages({ contact, onOpenPassage }: { contact: Contact; onOpenPassage(documentId: number, passageId: number): void }) {
  const save = useSave()
  const readOnly = useReadOnly()
  if (contact.passages.length === 0) {
    return (
      <p className="muted section-empty">
        <FileText size={14} aria-hidden /> No passages yet. Select a marked passage in a document and use “Link contact…” in the inspector to attribute a
        quote or note a mention.
      </p>
    )
  }
  return (
    <ul className="passage-cards" aria-label="Linked passages">
      {contact.passages.map(({ passage, role }) => (
        <li key={passage.id} className={`passage-card passage-card-${role}`}>
          <button type="button" className="passage-card-open" onClick={() => onOpenPassage(passage.documentId, passage.id)}>
            <span className={`role-tag role-${role}`}>{PASSAGE_ROLE_LABELS[role]}</span>
            <PassageQuote passage={passage} context />
            <span className="passage-card-source">
              <FileText size={13} aria-hidden /> {passage.documentTitle}
            </span>
          </button>
          {!readOnly && (
            <button
              type="button"
              className="icon-button"
              aria-label={`Unlink passage “${shorten(passage.exact, 40)}”`}
              title="Unlink this passage from the contact (the passage stays marked)"
              onClick={() => void save(() => api['contacts.unlinkPassage']({ contactId: contact.id, passageId: passage.id }), 'Couldn’t unlink the passage.')}
            >
              <Unlink size={15} aria-hidden />
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
