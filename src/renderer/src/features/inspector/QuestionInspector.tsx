// Beside an open question: the documents its passages come from, and deleting it.
import { FileText, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useReadOnly } from '../../data/readOnly'
import { useQuestion } from '../../data/resources'
import { useSave } from '../../data/useSave'
import { QUESTION_STATUS_LABELS } from '../../../../shared/models'
import { formatDate, formatDateTime, plural } from '../../lib/format'
import { WhomToAsk } from '../contacts/WhomToAsk'
import { PRIORITY_LABELS } from '../questions/options'

interface QuestionInspectorProps {
  questionId: number
  onOpenDocument(documentId: number, passageId?: number): void
  onOpenContact(id: number): void
  onDeleted(): void
}

export function QuestionInspector({ questionId, onOpenDocument, onOpenContact, onDeleted }: QuestionInspectorProps) {
  const question = useQuestion(questionId)
  const save = useSave()
  const readOnly = useReadOnly()
  const [confirming, setConfirming] = useState(false)
  const q = question.data
  if (!q) return null

  const documents = new Map<number, { title: string; firstPassage: number; count: number }>()
  for (const passage of q.passages) {
    const entry = documents.get(passage.documentId)
    if (entry) entry.count++
    else documents.set(passage.documentId, { title: passage.documentTitle, firstPassage: passage.id, count: 1 })
  }

  return (
    <div className="inspector-scroll">
      <section aria-labelledby="inspector-question-heading" className="inspector-section">
        <h2 id="inspector-question-heading" className="inspector-heading">
          Question
        </h2>
        <dl className="facts">
          <dt>Status</dt>
          <dd>
            <StatusBadge status={q.status} />
          </dd>
          <dt>Priority</dt>
          <dd>{PRIORITY_LABELS[q.priority]}</dd>
          <dt>Assignee</dt>
          <dd>{q.assignee ?? '—'}</dd>
          <dt>Due</dt>
          <dd>{q.dueDate ? formatDate(q.dueDate) : '—'}</dd>
          <dt>Raised</dt>
          <dd>{formatDateTime(q.createdAt)}</dd>
          <dt>Updated</dt>
          <dd>{formatDateTime(q.updatedAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="inspector-question-sources" className="inspector-section">
        <h2 id="inspector-question-sources" className="inspector-heading">
          Documents <span className="count">{documents.size}</span>
        </h2>
        {documents.size === 0 ? (
          <p className="muted small">No passages are linked yet.</p>
        ) : (
          <ul className="plain-list source-list">
            {[...documents].map(([documentId, entry]) => (
              <li key={documentId}>
                <button type="button" className="link-button source-link" onClick={() => onOpenDocument(documentId, entry.firstPassage)}>
                  <FileText size={13} aria-hidden /> {entry.title}
                </button>
                <span className="muted small"> · {plural(entry.count, 'passage')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="inspector-question-contacts" className="inspector-section">
        <h2 id="inspector-question-contacts" className="inspector-heading">
          Whom to ask <span className="count">{(q.contacts ?? []).length}</span>
        </h2>
        <WhomToAsk questionId={q.id} questionTitle={q.title} contacts={q.contacts ?? []} onOpenContact={onOpenContact} readOnly />
      </section>
      {!readOnly && (
        <div className="inspector-section">
          <button type="button" className="button button-danger-quiet" onClick={() => setConfirming(true)}>
            <Trash2 size={16} aria-hidden /> Delete question
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this question?"
          confirmLabel="Delete question"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false)
            if (await save(() => api['questions.delete']({ id: q.id }), 'Couldn’t delete the question.')) onDeleted()
          }}
        >
          <p>
            “{q.title}” ({QUESTION_STATUS_LABELS[q.status].toLowerCase()}) will be removed. Its {plural(q.passages.length, 'passage')} stay
            marked in their documents.
          </p>
        </ConfirmDialog>
      )}
    </div>
  )
}
