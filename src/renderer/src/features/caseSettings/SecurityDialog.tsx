// Encryption at rest for the open case: encrypt it, change its passphrase or remove it, and how
// long it may stay idle before it locks.
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import { useToasts } from '../../components/Toasts'
import type { CaseInfo } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'
import { IDLE_LOCK_CHOICES, idleLockMinutes, setIdleLockMinutes } from '../../lib/idleLock'
import { PassphraseFields, passphraseProblem, type NewPassphrase } from '../welcome/PassphraseFields'

interface SecurityDialogProps {
  caseInfo: CaseInfo
  onChanged(info: CaseInfo): void
  onClose(): void
}

export function SecurityDialog({ caseInfo, onChanged, onClose }: SecurityDialogProps) {
  const toasts = useToasts()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState<NewPassphrase>({ passphrase: '', confirm: '' })
  const [remove, setRemove] = useState(false)
  const [lockMinutes, setLockMinutes] = useState(idleLockMinutes())
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    setIdleLockMinutes(lockMinutes)
    const changing = remove || next.passphrase !== '' || next.confirm !== ''
    if (!changing) return onClose()
    const problem = remove ? null : passphraseProblem(next)
    if (problem) return setError(problem)
    setBusy(true)
    try {
      const info = await api['cases.changePassphrase']({
        current: caseInfo.encrypted ? current : undefined,
        next: remove ? null : next.passphrase
      })
      toasts.success(
        remove ? 'Encryption removed' : caseInfo.encrypted ? 'Passphrase changed' : 'Case encrypted',
        'Older backups were replaced by one written with the new setting.'
      )
      onChanged(info)
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="Case security"
      description={
        <p>
          {caseInfo.encrypted
            ? 'This case is encrypted: its file, backups and write-ahead log cannot be read without the passphrase.'
            : 'This case is not encrypted. Anyone who gets the file can read it. Encrypt it to protect sources if the computer is lost.'}
        </p>
      }
      onClose={onClose}
      onSubmit={() => void save()}
      actions={<FormActions submitLabel="Save" busy={busy} onCancel={onClose} />}
    >
      {caseInfo.encrypted && (
        <div className="field">
          <label htmlFor="security-current" className="field-label">
            Current passphrase
          </label>
          <input
            id="security-current"
            className="input"
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        </div>
      )}
      {!remove && (
        <>
          <h3 className="subheading">{caseInfo.encrypted ? 'New passphrase' : 'Encrypt with a passphrase'}</h3>
          <PassphraseFields idPrefix="security" value={next} onChange={setNext} />
        </>
      )}
      {caseInfo.encrypted && (
        <label className="checkbox-row">
          <input type="checkbox" checked={remove} onChange={(event) => setRemove(event.target.checked)} />
          Remove encryption (store the case unencrypted)
        </label>
      )}
      {(caseInfo.encrypted || next.passphrase !== '') && (
        <div className="field">
          <label htmlFor="security-idle" className="field-label">
            Lock after inactivity
          </label>
          <select
            id="security-idle"
            className="input"
            value={IDLE_LOCK_CHOICES.includes(lockMinutes as never) ? lockMinutes : 15}
            onChange={(event) => setLockMinutes(Number(event.target.value))}
          >
            {IDLE_LOCK_CHOICES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {minutes === 0 ? 'Never' : `${minutes} minutes`}
              </option>
            ))}
          </select>
          <p className="field-hint">An encrypted case closes itself after this long without input and asks for its passphrase again.</p>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
