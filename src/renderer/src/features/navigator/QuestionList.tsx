// The case's open questions, filterable by status, virtualized like the document list (a leak can
// raise thousands). Each shows its status (icon and words), priority when it matters, due date and
// how many passages prompted it.
import { useReadOnly } from '../../data/readOnly'
import { CalendarClock, Flag, MessageCircleQuestion, Plus, Quote } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import { StatusBadge } from '../../components/StatusBadge'
import { useVirtualRows } from '../../components/virtualRows'
import { QUESTION_STATUSES, QUESTION_STATUS_LABELS, type Question, type QuestionStatus } from '../../../../shared/models'
import { formatDate, plural } from '../../lib/format'

interface QuestionListProps {
  all: Question[]
  statusFilter: QuestionStatus | 'all'
  onStatusFilter(status: QuestionStatus | 'all'): void
  selectedId: number | null
  onOpen(id: number): void
  onNewQuestion(): void
}

export function QuestionList({ all, statusFilter, onStatusFilter, selectedId, onOpen, onNewQuestion }: QuestionListProps) {
  const readOnly = useReadOnly()
  const shown = statusFilter === 'all' ? all : all.filter((question) => question.status === statusFilter)
  const countOf = (status: QuestionStatus) => all.filter((question) => question.status === status).length
  const { scrollRef, virtualizer, listProps, rowProps } = useVirtualRows(shown.length, 76)

  return (
    <div className="list-pane">
      <div className="list-filter list-filter-row">
        <label htmlFor="question-status-filter" className="list-filter-label">
          Show
        </label>
        <select
          id="question-status-filter"
          className="input input-compact"
          value={statusFilter}
          onChange={(event) => onStatusFilter(event.target.value as QuestionStatus | 'all')}
        >
          <option value="all">All questions ({all.length})</option>
          {QUESTION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {QUESTION_STATUS_LABELS[status]} ({countOf(status)})
            </option>
          ))}
        </select>
        {!readOnly && (
          <button type="button" className="icon-button" aria-label="New question" title="New question" onClick={onNewQuestion}>
            <Plus size={16} aria-hidden />
          </button>
        )}
      </div>
      {all.length === 0 ? (
        <EmptyState icon={MessageCircleQuestion} title="No open questions yet">
          {readOnly ? (
            <p>This case has none.</p>
          ) : (
            <>
              <p>Select text in a document and press Q, or</p>
              <button type="button" className="button button-small" onClick={onNewQuestion}>
                New question…
              </button>
            </>
          )}
        </EmptyState>
      ) : shown.length === 0 ? (
        <p className="list-empty">No questions are “{statusFilter === 'all' ? 'all' : QUESTION_STATUS_LABELS[statusFilter]}”.</p>
      ) : (
        <div ref={scrollRef} className="list-scroll">
          <ul {...listProps} aria-label="Questions">
            {virtualizer.getVirtualItems().map((item) => {
              const question = shown[item.index]!
              return (
                <li key={question.id} {...rowProps(item)}>
                  <button
                    type="button"
                    className="list-row list-row-question"
                    aria-current={question.id === selectedId ? 'true' : undefined}
                    onClick={() => onOpen(question.id)}
                  >
                    <span className="list-row-text">
                      <span className="list-row-title wrap">{question.title}</span>
                      <span className="list-row-meta question-meta">
                        <StatusBadge status={question.status} />
                        {(question.priority === 'high' || question.priority === 'urgent') && (
                          <span className={`priority priority-${question.priority}`}>
                            <Flag size={12} aria-hidden />
                            {question.priority === 'urgent' ? 'Urgent' : 'High'}
                          </span>
                        )}
                        <span className="meta-item">
                          <Quote size={12} aria-hidden />
                          {plural(question.passages.length, 'passage')}
                        </span>
                        {question.dueDate && (
                          <span className="meta-item">
                            <CalendarClock size={12} aria-hidden />
                            Due {formatDate(question.dueDate)}
                          </span>
                        )}
                      </span>
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </div>
  )
}
