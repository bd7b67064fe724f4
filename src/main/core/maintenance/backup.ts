// Automatic backups of a case file: consistent copies written with `VACUUM INTO` (never a plain
// copy of a live database, which can catch it mid-write), into "<case file>.backups/" beside it,
// newest kept. `VACUUM INTO` also keeps an encrypted case encrypted in its copies.
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { CasefileError } from '../../../shared/errors'
import type { BackupInfo, BackupReason } from '../../../shared/models'
import { applyPassphrase, CASEFILE_APPLICATION_ID, type Db } from '../db/open'
import { SCHEMA_VERSION } from '../db/migrations'

/** How many backups each case keeps; the oldest go first. */
export const BACKUPS_KEPT = 10

const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(open|timer|manual|before-restore)\.casefile$/

export function backupFolder(casePath: string): string {
  return `${casePath}.backups`
}

export function listBackups(casePath: string): BackupInfo[] {
  const folder = backupFolder(casePath)
  if (!existsSync(folder)) return []
  return readdirSync(folder)
    .map((file) => ({ file, match: NAME.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => ({
      file,
      createdAt: match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z'),
      reason: match[2] as BackupReason,
      bytes: statSync(join(folder, file)).size
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.file.localeCompare(a.file))
}

/** Writes a consistent copy of the open case, then drops the oldest beyond BACKUPS_KEPT. */
export function writeBackup(db: Db, casePath: string, reason: BackupReason, at = new Date()): BackupInfo {
  const folder = backupFolder(casePath)
  mkdirSync(folder, { recursive: true })
  const file = `${at.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.casefile`
  const target = join(folder, file)
  const partial = join(folder, `.${file}.partial`)
  rmSync(partial, { force: true })
  // Written under a temporary name and renamed, so a crash never leaves a half backup that looks whole.
  db.prepare('VACUUM INTO ?').run(partial)
  renameSync(partial, target)
  const backups = listBackups(casePath)
  for (const old of backups.slice(BACKUPS_KEPT)) rmSync(join(folder, old.file), { force: true })
  return backups.find((backup) => backup.file === file)!
}

/** Removes every backup of a case (after its passphrase changed, old copies must not stay readable). */
export function removeBackups(casePath: string): void {
  rmSync(backupFolder(casePath), { recursive: true, force: true })
}

/** True when the case file changed since its newest backup (or has none). */
export function changedSinceLastBackup(casePath: string): boolean {
  const [newest] = listBackups(casePath)
  if (!newest) return true
  return statSync(casePath).mtimeMs > statSync(join(backupFolder(casePath), newest.file)).mtimeMs
}

/** The path of one of this case's backups; refuses anything that is not a backup file of this case. */
export function backupPath(casePath: string, file: string): string {
  if (file !== basename(file) || !NAME.test(file)) {
    throw new CasefileError('invalid_argument', `“${file}” is not one of this case’s backups.`)
  }
  const path = join(backupFolder(casePath), file)
  if (!existsSync(path)) throw new CasefileError('not_found', `The backup “${file}” is no longer there.`)
  return path
}

/** Opens a backup read-only and checks it is a whole case file this version can read. */
export function verifyBackup(path: string, passphrase: string | null): void {
  let db: Database.Database | null = null
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    if (passphrase) applyPassphrase(db, passphrase)
    const appId = db.pragma('application_id', { simple: true })
    const version = db.pragma('user_version', { simple: true }) as number
    const check = db.pragma('quick_check', { simple: true })
    if (appId !== CASEFILE_APPLICATION_ID || version > SCHEMA_VERSION || check !== 'ok') throw new Error('unusable')
  } catch {
    throw new CasefileError('not_a_case_file', `The backup “${basename(path)}” is damaged or not a case file; the case was not changed.`)
  } finally {
    db?.close()
  }
}

/**
 * Puts a backup in place of a case file that is closed: copied beside it, flushed to disk, then
 * renamed over it, so the case file is at every moment either the old one or the restored one.
 */
export function replaceWithBackup(casePath: string, backup: string): void {
  const staging = join(dirname(casePath), `.${basename(casePath)}.restoring`)
  copyFileSync(backup, staging)
  const handle = openSync(staging, 'r+')
  try {
    fsyncSync(handle)
  } finally {
    closeSync(handle)
  }
  // A closed case leaves no write-ahead log; one left over must not be replayed onto the backup.
  for (const suffix of ['-wal', '-shm']) rmSync(`${casePath}${suffix}`, { force: true })
  renameSync(staging, casePath)
}
