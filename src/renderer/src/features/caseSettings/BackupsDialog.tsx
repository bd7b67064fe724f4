// The case's automatic backups: when each was written and why, "Back up now", and restore. A
// restore first backs up the current state, so it can itself be undone from this same list.
import { useCallback, useEffect, useState } from 'react'
import { api } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { useToasts } from '../../components/Toasts'
import type { BackupInfo, BackupReason, CaseInfo } from '../../../../shared/models'
import { formatBytes, formatDateTime } from '../../lib/format'

const REASONS: Record<BackupReason, string> = {
  open: 'On opening',
  timer: 'While editing',
  manual: 'By hand',
  'before-restore': 'Before a restore'
}

interface BackupsDialogProps {
  onRestored(info: CaseInfo): void
  onClose(): void
}

export function BackupsDialog({ onRestored, onClose }: BackupsDialogProps) {
  const toasts = useToasts()
  const [backups, setBackups] = useState<BackupInfo[] | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<BackupInfo | null>(null)

  const load = useCallback(async () => {
    try {
      setBackups(await api['cases.backups']({}))
    } catch (error) {
      toasts.error('Couldn’t list the backups.', error)
    }
  }, [toasts])
  useEffect(() => void load(), [load])

  const backUpNow = async () => {
    setBusy('now')
    try {
      await api['cases.backupNow']({})
      await load()
    } catch (error) {
      toasts.error('Couldn’t write a backup.', error)
    }
    setBusy(null)
  }

  const restore = async (backup: BackupInfo) => {
    setBusy(backup.file)
    try {
      const info = await api['cases.restore']({ file: backup.file })
      toasts.success('Case restored', `As it was at ${formatDateTime(backup.createdAt)}. The state before is kept as a backup.`)
      onRestored(info)
    } catch (error) {
      toasts.error('Couldn’t restore that backup.', error)
      setBusy(null)
      setConfirming(null)
    }
  }

  if (confirming) {
    return (
      <Dialog
        title="Restore this backup?"
        description={
          <p>
            The case goes back to how it was at <strong>{formatDateTime(confirming.createdAt)}</strong>. What you did since is
            not lost: the current state is backed up first and can be restored from this list.
          </p>
        }
        onClose={() => setConfirming(null)}
        actions={
          <>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              Cancel
            </button>
            <button type="button" className="button button-primary" disabled={busy !== null} onClick={() => void restore(confirming)}>
              Restore
            </button>
          </>
        }
      >
        {null}
      </Dialog>
    )
  }

  return (
    <Dialog
      title="Backups"
      className="dialog-wide"
      description={
        <p>
          Casefile keeps the last 10 consistent copies of this case beside its file: when it is opened after a change and every
          ten minutes of editing.
        </p>
      }
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void backUpNow()}>
            Back up now
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      {backups === null ? (
        <p className="muted">Loading…</p>
      ) : backups.length === 0 ? (
        <p className="muted">No backups yet. One is written the next time the case is opened after a change, or now with “Back up now”.</p>
      ) : (
        <table className="backup-table">
          <thead>
            <tr>
              <th scope="col">Written</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.file}>
                <td>{formatDateTime(backup.createdAt)}</td>
                <td>{REASONS[backup.reason]}</td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>
                  <button
                    type="button"
                    className="button button-small"
                    disabled={busy !== null}
                    aria-label={`Restore the backup of ${formatDateTime(backup.createdAt)}`}
                    onClick={() => setConfirming(backup)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Dialog>
  )
}
