// Centre pane for a question: everything about it is editable in place, and its passages open
// their document at the highlight.
import { CircleAlert, FileText, Loader, Unlink } from 'lucide-react'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { ChoiceField, DateField, TextField } from '../../components/Fields'
import { StatusBadge } from '../../components/StatusBadge'
import { useReadOnly } from '../../data/readOnly'
import { useQuestion } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Args } from '../../../../shared/api'
import type { Priority, QuestionStatus } from '../../../../shared/models'
import { formatDateTime, plural, toDateInput } from '../../lib/format'
import { AuditHistory } from '../audit/AuditHistory'
import { WhomToAsk } from '../contacts/WhomToAsk'
import { PRIORITY_OPTIONS, STATUS_OPTIONS } from './options'
import { PassageQuote } from './PassageQuote'

interface QuestionViewProps {
  questionId: number
  onOpenPassage(documentId: number, passageId: number): void
  onOpenContact(id: number): void
}

export function QuestionView({ questionId, onOpenPassage, onOpenContact }: QuestionViewProps) {
  const question = useQuestion(questionId)
  const save = useSave()
  const readOnly = useReadOnly()

  if (question.error && !question.data) {
    return (
      <EmptyState icon={CircleAlert} title="This question couldn’t be opened">
        <p>{question.error.message}</p>
      </EmptyState>
    )
  }
  if (!question.data) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Opening question…
      </div>
    )
  }
  const q = question.data
  const update = (changes: Omit<Args<'questions.update'>, 'id'>, what: string) =>
    save(() => api['questions.update']({ id: q.id, ...changes }), `Couldn’t save the ${what}.`)

  return (
    <section className="question-view" aria-label="Question">
      <div className="question-scroll">
        <header className="question-header">
          <StatusBadge status={q.status} />
          <span className="muted small">Updated {formatDateTime(q.updatedAt)}</span>
        </header>
        <div className="question-title-field">
          <TextField label="Question" value={q.title} required onSave={(title) => update({ title }, 'question')} />
        </div>
        <div className="field-grid">
          <ChoiceField label="Status" value={q.status} options={STATUS_OPTIONS} onSave={(status) => update({ status: status as QuestionStatus }, 'status')} />
          <ChoiceField
            label="Priority"
            value={q.priority}
            options={PRIORITY_OPTIONS}
            onSave={(priority) => update({ priority: priority as Priority }, 'priority')}
          />
          <TextField label="Assignee" value={q.assignee ?? ''} placeholder="Who is on it" onSave={(assignee) => update({ assignee: assignee || null }, 'assignee')} />
          <DateField label="Due date" value={toDateInput(q.dueDate)} onSave={(dueDate) => update({ dueDate: dueDate || null }, 'due date')} />
        </div>
        <TextField
          label="Notes"
          multiline
          rows={7}
          value={q.notes}
          placeholder="What is known so far, whom to ask, what would settle it"
          onSave={(notes) => update({ notes }, 'notes')}
        />

        <h3 className="subheading">
          Whom to ask <span className="count">{(q.contacts ?? []).length}</span>
        </h3>
        <WhomToAsk questionId={q.id} questionTitle={q.title} contacts={q.contacts ?? []} onOpenContact={onOpenContact} readOnly={readOnly} />

        <h3 className="subheading">
          Passages <span className="count">{q.passages.length}</span>
        </h3>
        {q.passages.length === 0 ? (
          <p className="muted">
            No passages yet. Select text in a document and choose New question, or use “Link to question…” on a passage.
          </p>
        ) : (
          <ul className="passage-cards" aria-label="Linked passages">
            {q.passages.map((passage) => (
              <li key={passage.id} className="passage-card">
                <button
                  type="button"
                  className="passage-card-open"
                  onClick={() => onOpenPassage(passage.documentId, passage.id)}
                  title="Open the document at this passage"
                >
                  <PassageQuote passage={passage} context />
                  <span className="passage-card-source">
                    <FileText size={13} aria-hidden /> {passage.documentTitle}
                  </span>
                </button>
                {!readOnly && (
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Unlink passage “${passage.exact.slice(0, 40)}” from this question`}
                    title="Unlink from this question (the passage stays marked)"
                    onClick={() =>
                      void save(() => api['questions.unlinkPassage']({ questionId: q.id, passageId: passage.id }), 'Couldn’t unlink the passage.')
                    }
                  >
                    <Unlink size={15} aria-hidden />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <AuditHistory itemType="question" itemId={q.id} />
        <p className="muted small question-footer">
          Raised {formatDateTime(q.createdAt)} · {plural(q.passages.length, 'passage')}
        </p>
      </div>
    </section>
  )
}
