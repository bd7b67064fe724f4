// Opening a case file: one SQLite database per investigation, identified by its application_id,
// optionally encrypted at rest with a passphrase (SQLite3 Multiple Ciphers' default cipher,
// ChaCha20-Poly1305: every page, the write-ahead log and `VACUUM INTO` copies are encrypted).
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs'
import Database from 'better-sqlite3-multiple-ciphers'
import { basename } from 'node:path'
import { CasefileError } from '../../../shared/errors'
import { installAudit } from '../audit/triggers'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations'

export type Db = Database.Database

/** 'CSF1' — marks a SQLite file as a Casefile case file. */
export const CASEFILE_APPLICATION_ID = 0x43534631

export interface OpenOptions {
  /** Create a new case file; refuses to overwrite an existing one. */
  create?: boolean
  /** Encrypts a new case with it, or opens an encrypted one; ignored for a case that is not encrypted. */
  passphrase?: string | null
}

/** Shortest passphrase Casefile accepts for a new or changed key. */
export const MIN_PASSPHRASE_LENGTH = 8

const PLAIN_HEADER = Buffer.from('SQLite format 3\0', 'latin1')

/** What the first bytes say: a plain SQLite file, an encrypted one, or something else. */
export function fileKind(path: string): 'plain' | 'encrypted' | 'other' {
  const size = statSync(path).size
  if (size === 0) return 'plain' // SQLite writes its header on the first write
  const header = Buffer.alloc(16)
  const handle = openSync(path, 'r')
  try {
    readSync(handle, header, 0, 16, 0)
  } finally {
    closeSync(handle)
  }
  if (header.equals(PLAIN_HEADER)) return 'plain'
  // An encrypted database has no readable header but is still a whole number of pages.
  return size % 512 === 0 ? 'encrypted' : 'other'
}

const encryptedDbs = new WeakSet<Db>()

export function isEncrypted(db: Db): boolean {
  return encryptedDbs.has(db)
}

/** SQL string literal for a PRAGMA key (PRAGMA values cannot be bound parameters). */
function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** Gives a freshly opened connection the key of an encrypted case (before its first read). */
export function applyPassphrase(db: Db, passphrase: string): void {
  db.pragma(`key = ${sqlString(passphrase)}`)
}

export function openCaseDb(path: string, options: OpenOptions = {}): Db {
  const exists = existsSync(path)
  if (options.create && exists) {
    throw new CasefileError('already_exists', `A file named “${path}” already exists. Choose another name.`)
  }
  if (!options.create) {
    if (!exists) throw new CasefileError('not_found', `There is no case file at “${path}”.`)
    // Respect a file marked read-only even when the user could override it (root, administrators).
    if ((statSync(path).mode & 0o222) === 0) {
      throw new CasefileError(
        'read_only',
        `The case file “${path}” is read-only. Copy it to a folder you can write to, or make it writable, then open it again.`
      )
    }
  }

  const kind = options.create ? (options.passphrase ? 'encrypted' : 'plain') : fileKind(path)
  if (kind === 'other') {
    throw new CasefileError('not_a_case_file', `“${path}” is not a Casefile case file (or it is damaged). Nothing was changed.`)
  }
  if (kind === 'encrypted' && !options.passphrase) {
    throw new CasefileError('passphrase_required', `“${basename(path)}” is encrypted (or it is not a case file). Enter its passphrase to open it.`)
  }
  if (options.create && options.passphrase && options.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new CasefileError('invalid_argument', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  }

  let db: Db
  try {
    db = new Database(path, { fileMustExist: !options.create })
  } catch (error) {
    throw translateSqliteError(error, path)
  }
  try {
    if (kind === 'encrypted') {
      applyPassphrase(db, options.passphrase!)
      encryptedDbs.add(db)
      try {
        db.pragma('schema_version', { simple: true })
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_NOTADB') throw error
        throw new CasefileError('wrong_passphrase', `That passphrase does not open “${basename(path)}”. Check it and try again.`)
      }
    }
    // Sorting and temporary tables stay in memory, so no case content reaches an unencrypted temp file.
    db.pragma('temp_store = MEMORY')
    // Exclusive locking: one app instance owns a case file while it is open, as a word processor
    // owns a document; a second opener gets a clear "in use" error instead of racing edits.
    db.pragma('busy_timeout = 0')
    db.pragma('locking_mode = EXCLUSIVE')
    // Identify the file before changing anything in it.
    if (!options.create) assertCasefile(db, path)
    db.pragma('journal_mode = WAL')
    // NORMAL in WAL mode never corrupts the file; a power cut may lose only the last transactions.
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    migrate(db)
    installAudit(db) // after the migrations, so that filling new tables is not logged as edits
    db.exec('BEGIN IMMEDIATE; COMMIT') // take the exclusive lock now, not at the first edit
    return db
  } catch (error) {
    db.close()
    throw translateSqliteError(error, path)
  }
}

function assertCasefile(db: Db, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number
  const version = db.pragma('user_version', { simple: true }) as number
  if (appId !== CASEFILE_APPLICATION_ID) {
    throw new CasefileError(
      'not_a_case_file',
      `“${path}” is a database, but not a Casefile case file. Nothing was changed.`
    )
  }
  if (version > SCHEMA_VERSION) {
    throw new CasefileError(
      'newer_version',
      `This case file was written by a newer version of Casefile (format ${version}; this version reads up to ${SCHEMA_VERSION}). Update Casefile to open it.`
    )
  }
}

/** Applies pending migrations, each in its own transaction together with its version bump. */
export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version - 1]!)
      db.pragma(`application_id = ${CASEFILE_APPLICATION_ID}`)
      db.pragma(`user_version = ${version}`)
    })()
  }
}

export function translateSqliteError(error: unknown, path: string): unknown {
  if (error instanceof CasefileError) return error
  const code = (error as { code?: string }).code ?? ''
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new CasefileError('not_a_case_file', `“${path}” is not a Casefile case file (or it is damaged). Nothing was changed.`)
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new CasefileError(
      'case_locked',
      `The case file “${path}” is open in another Casefile window or program. Close it there, then try again.`
    )
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN') {
    return new CasefileError('read_only', `Casefile cannot write to “${path}”. Check that the file and its folder are writable.`)
  }
  return error
}

/**
 * Encrypts, re-keys or (with null) decrypts the open case. SQLite3 Multiple Ciphers cannot re-key a
 * database in WAL mode, so the journal goes back to DELETE for the change and to WAL afterwards.
 */
export function changePassphrase(db: Db, next: string | null): void {
  if (next !== null && next.length < MIN_PASSPHRASE_LENGTH) {
    throw new CasefileError('invalid_argument', `Choose a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`)
  }
  db.pragma('journal_mode = DELETE')
  try {
    db.pragma(`rekey = ${sqlString(next ?? '')}`)
  } finally {
    db.pragma('journal_mode = WAL')
  }
  if (next === null) encryptedDbs.delete(db)
  else encryptedDbs.add(db)
}
