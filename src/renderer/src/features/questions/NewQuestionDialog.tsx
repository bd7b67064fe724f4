// New question: on its own, from an existing passage, or from a fresh selection (the passage is
// marked first, then the question is raised linked to it).
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import type { Priority, Question } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'
import { shorten } from '../../lib/format'
import type { QuestionSource } from '../workspace/selection'
import { PRIORITY_OPTIONS } from './options'

interface NewQuestionDialogProps {
  source: QuestionSource
  onCreated(question: Question, passageId: number | null): void
  onClose(): void
}

export function NewQuestionDialog({ source, onCreated, onClose }: NewQuestionDialogProps) {
  const quote = source.kind === 'none' ? null : source.quote
  const [title, setTitle] = useState(quote ? `Verify: “${shorten(quote, 70)}”` : '')
  const [priority, setPriority] = useState<Priority>('normal')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const create = async () => {
    if (!title.trim()) {
      setError('Write the question, for example “Verify the 260-incident figure”.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      let passageId: number | null = source.kind === 'passage' ? source.passageId : null
      if (source.kind === 'selection') {
        passageId = (await api['passages.create']({ documentId: source.documentId, start: source.start, end: source.end, rects: source.rects })).id
      }
      const question = await api['questions.create']({ title: title.trim(), priority, passageIds: passageId ? [passageId] : undefined })
      onCreated(question, passageId)
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="New question"
      description={quote ? <blockquote className="dialog-quote">{shorten(quote, 280)}</blockquote> : undefined}
      onClose={onClose}
      onSubmit={() => void create()}
      actions={<FormActions submitLabel="Add question" busy={busy} onCancel={onClose} />}
    >
      <div className="field">
        <label htmlFor="new-question-title" className="field-label">
          Question
        </label>
        <input
          id="new-question-title"
          className="input"
          autoFocus
          value={title}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-question-error' : undefined}
        />
      </div>
      <div className="field">
        <label htmlFor="new-question-priority" className="field-label">
          Priority
        </label>
        <select id="new-question-priority" className="input" value={priority} onChange={(event) => setPriority(event.target.value as Priority)}>
          {PRIORITY_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p id="new-question-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
