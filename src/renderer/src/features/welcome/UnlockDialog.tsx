// Asks for an encrypted case's passphrase; a wrong one gets a plain sentence and another try.
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import type { CaseInfo } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'

interface UnlockDialogProps {
  path: string
  /** Why the dialog shows, when it is not just opening (e.g. "Locked after 15 minutes idle"). */
  reason?: string
  /** Open for review (read-only) once unlocked. */
  review?: boolean
  /** Offer "Remember on this computer" (the desktop app with an OS keychain). */
  canRemember: boolean
  onOpened(info: CaseInfo): void
  onClose(): void
}

export function UnlockDialog({ path, reason, review, canRemember, onOpened, onClose }: UnlockDialogProps) {
  const [passphrase, setPassphrase] = useState('')
  const [remember, setRemember] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const name = path.split(/[\\/]/).pop() ?? path

  const unlock = async () => {
    if (!passphrase) {
      setError('Enter the passphrase.')
      return
    }
    setBusy(true)
    try {
      onOpened(await api['cases.open']({ path, passphrase, remember: canRemember ? remember : undefined, review: review || undefined }))
    } catch (failure) {
      setError(errorMessage(failure))
      setPassphrase('')
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="Unlock case"
      description={
        <p>
          {reason ? `${reason} ` : ''}
          <span className="mono">{name}</span> is encrypted. Enter its passphrase to open it{review ? ' for review (read-only)' : ''}.
        </p>
      }
      onClose={onClose}
      onSubmit={() => void unlock()}
      actions={<FormActions submitLabel="Unlock" busy={busy} onCancel={onClose} />}
    >
      <div className="field">
        <label htmlFor="unlock-passphrase" className="field-label">
          Passphrase
        </label>
        <input
          id="unlock-passphrase"
          className="input"
          type="password"
          autoFocus
          autoComplete="current-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'unlock-error' : undefined}
        />
        {error && (
          <p id="unlock-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      {canRemember && (
        <label className="checkbox-row">
          <input type="checkbox" checked={remember} onChange={(event) => setRemember(event.target.checked)} />
          Remember on this computer (kept in the system keychain)
        </label>
      )}
    </Dialog>
  )
}
