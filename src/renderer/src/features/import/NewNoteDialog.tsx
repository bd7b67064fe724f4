// A note typed or pasted in becomes a document like any other.
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import type { DocumentSummary } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'

export function NewNoteDialog({ onCreated, onClose }: { onCreated(document: DocumentSummary): void; onClose(): void }) {
  const [title, setTitle] = useState('')
  const [text, setText] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const create = async () => {
    if (!title.trim() || !text.trim()) {
      setError(!title.trim() ? 'Give the note a title.' : 'Paste or type the note’s text.')
      return
    }
    setBusy(true)
    try {
      onCreated(await api['documents.createNote']({ title: title.trim(), text }))
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="New note"
      description={<p>Paste an email, interview notes or anything else worth keeping with the case.</p>}
      onClose={onClose}
      onSubmit={() => void create()}
      className="dialog-wide"
      actions={<FormActions submitLabel="Add note" busy={busy} onCancel={onClose} />}
    >
      <div className="field">
        <label htmlFor="note-title" className="field-label">
          Title
        </label>
        <input id="note-title" className="input" autoFocus value={title} onChange={(event) => setTitle(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="note-text" className="field-label">
          Text
        </label>
        <textarea id="note-text" className="input" rows={12} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
