// Link a passage (or a contact) to one of the case's existing questions.
import { useState, type ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useQuestions } from '../../data/resources'
import { shorten } from '../../lib/format'
import { FilterField } from '../../components/FilterField'

interface LinkQuestionDialogProps {
  /** The passage being linked, quoted under the title. */
  quote?: string
  /** Or any other description of what is being linked. */
  description?: ReactNode
  /** What is being linked, for the "already linked" message. */
  subject?: string
  linkedIds: number[]
  onLink(questionId: number): void
  onClose(): void
}

export function LinkQuestionDialog({ quote, description, subject = 'This passage', linkedIds, onLink, onClose }: LinkQuestionDialogProps) {
  const questions = useQuestions()
  const [filter, setFilter] = useState('')
  const candidates = (questions.data ?? []).filter(
    (question) => !linkedIds.includes(question.id) && question.title.toLowerCase().includes(filter.trim().toLowerCase())
  )

  return (
    <Dialog
      title="Link to question"
      description={quote !== undefined ? <blockquote className="dialog-quote">{shorten(quote, 200)}</blockquote> : description}
      onClose={onClose}
      className="dialog-wide"
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <FilterField label="Filter questions" value={filter} onChange={setFilter} autoFocus />
      {questions.data && candidates.length === 0 ? (
        <p className="muted">
          {questions.data.length === 0
            ? 'This case has no questions yet. Use New question… to raise one.'
            : questions.data.length === linkedIds.length
            ? `${subject} is already linked to every question. Use New question… to raise another.`
            : 'No question matches that filter.'}
        </p>
      ) : (
        <ul className="picker-list" aria-label="Questions to link">
          {candidates.map((question) => (
            <li key={question.id}>
              <button type="button" className="picker-row" onClick={() => onLink(question.id)}>
                <span className="picker-title">{question.title}</span>
                <StatusBadge status={question.status} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
