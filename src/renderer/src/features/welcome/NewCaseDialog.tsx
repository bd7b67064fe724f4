import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import type { CaseInfo } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'
import { PassphraseFields, passphraseProblem, type NewPassphrase } from './PassphraseFields'

export function NewCaseDialog({ casesDir, onCreated, onClose }: { casesDir: string; onCreated(info: CaseInfo): void; onClose(): void }) {
  const [title, setTitle] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [encrypt, setEncrypt] = useState(false)
  const [secret, setSecret] = useState<NewPassphrase>({ passphrase: '', confirm: '' })

  const create = async () => {
    if (!title.trim()) {
      setError('Give the case a title, for example the story you are working on.')
      return
    }
    const problem = encrypt ? passphraseProblem(secret) : null
    if (problem) {
      setError(problem)
      return
    }
    setBusy(true)
    try {
      onCreated(await api['cases.create']({ title: title.trim(), passphrase: encrypt ? secret.passphrase : undefined }))
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="New case"
      description={<p>One case file holds one investigation: its documents, marked passages and open questions.</p>}
      onClose={onClose}
      onSubmit={create}
      actions={<FormActions submitLabel="Create case" busy={busy} onCancel={onClose} />}
    >
      <div className="field">
        <label htmlFor="new-case-title" className="field-label">
          Case title
        </label>
        <input
          id="new-case-title"
          className="input"
          autoFocus
          value={title}
          placeholder="e.g. Drone memo, Feb 2025"
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-case-error' : undefined}
        />
        <p className="field-hint">Saved as a .casefile in {casesDir}</p>
      </div>
      <label className="checkbox-row">
        <input type="checkbox" checked={encrypt} onChange={(event) => setEncrypt(event.target.checked)} />
        Encrypt this case with a passphrase
      </label>
      {encrypt && <PassphraseFields idPrefix="new-case" value={secret} onChange={setSecret} />}
      {error && (
        <p id="new-case-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
