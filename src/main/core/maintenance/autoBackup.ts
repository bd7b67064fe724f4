// When backups are written while a case is open: once shortly after opening if the file changed
// since its newest backup (not during the open itself: a large case takes seconds to copy and the
// reporter should see it first), then after every `intervalMs` during which something was edited.
import type { Db } from '../db/open'
import { changedSinceLastBackup, writeBackup } from './backup'

export interface AutoBackup {
  stop(): void
}

export interface BackupSchedule {
  /** Time between backups while the case is being edited (default ten minutes). */
  intervalMs?: number
  /** Delay before the backup taken on opening (default two seconds; 0 takes it at once). */
  openDelayMs?: number
}

export interface AutoBackupOptions extends BackupSchedule {
  /** A case just created has nothing worth a copy yet. */
  backupOnOpen: boolean
}

export function startAutoBackup(db: Db, casePath: string, options: AutoBackupOptions): AutoBackup {
  const { intervalMs = 10 * 60_000, openDelayMs = 2_000 } = options
  const totalChanges = db.prepare('SELECT total_changes()').pluck()
  let changesAtBackup = totalChanges.get() as number
  const attempt = (reason: 'open' | 'timer') => {
    try {
      writeBackup(db, casePath, reason)
      changesAtBackup = totalChanges.get() as number
    } catch (error) {
      // A failed backup (full disk, read-only folder) must not stop the reporter's work.
      console.warn(`[casefile] Could not write a backup of the case: ${(error as Error).message}`)
    }
  }
  const backupOnOpen = () => {
    if (options.backupOnOpen && db.open && changedSinceLastBackup(casePath)) attempt('open')
  }
  const opening = openDelayMs === 0 ? (backupOnOpen(), undefined) : setTimeout(backupOnOpen, openDelayMs)
  opening?.unref()
  const timer = setInterval(() => {
    if (db.open && totalChanges.get() !== changesAtBackup) attempt('timer')
  }, intervalMs)
  timer.unref()
  return {
    stop: () => {
      clearTimeout(opening)
      clearInterval(timer)
    }
  }
}
