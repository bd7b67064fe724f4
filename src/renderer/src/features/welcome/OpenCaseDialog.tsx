// Open a case by its path (the browser shell has no file picker) or from the recent list.
import { Eye } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import type { AppInfo, CaseInfo } from '../../../../shared/models'
import { errorMessage, needsPassphrase } from '../../lib/errors'
import { RecentCases } from './RecentCases'

interface OpenCaseDialogProps {
  info: AppInfo
  onOpened(info: CaseInfo): void
  /** An encrypted case was chosen: ask for its passphrase (and open it for review when `review`). */
  onNeedsPassphrase(path: string, review?: boolean): void
  onClose(): void
}

export function OpenCaseDialog({ info, onOpened, onNeedsPassphrase, onClose }: OpenCaseDialogProps) {
  const [path, setPath] = useState('')
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const open = async (target: string, review = false) => {
    if (!target.trim()) {
      setError('Type the full path of a .casefile, or pick a recent case below.')
      return
    }
    setBusy(target)
    setError(null)
    try {
      onOpened(await api['cases.open']({ path: target.trim(), review: review || undefined }))
    } catch (failure) {
      setBusy(null)
      if (needsPassphrase(failure)) onNeedsPassphrase(target.trim(), review)
      else setError(errorMessage(failure))
    }
  }

  return (
    <Dialog
      title="Open a case"
      onClose={onClose}
      onSubmit={() => void open(path)}
      className="dialog-wide"
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            title="Read-only: sign off claims and export, change nothing else"
            onClick={() => void open(path, true)}
          >
            <Eye size={16} aria-hidden /> Open for review (read-only)
          </button>
          <button type="submit" className="button button-primary" disabled={busy !== null}>
            Open
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="open-case-path" className="field-label">
          Case file path
        </label>
        <input
          id="open-case-path"
          className="input mono"
          autoFocus
          value={path}
          placeholder={`${info.casesDir}/My case.casefile`}
          onChange={(event) => setPath(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'open-case-error' : undefined}
        />
        {error && (
          <p id="open-case-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <h3 className="subheading">Recent cases</h3>
      <RecentCases recent={info.recent} onOpen={(target) => void open(target)} onReview={(target) => void open(target, true)} busyPath={busy} />
    </Dialog>
  )
}
