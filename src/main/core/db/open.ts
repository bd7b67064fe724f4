// Opening a case file: one SQLite database per investigation, identified by its application_id.
import { existsSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import { CasefileError } from '../../../shared/errors'
import { MIGRATIONS, SCHEMA_VERSION } from './migrations'

export type Db = Database.Database

/** 'CSF1' — marks a SQLite file as a Casefile case file. */
export const CASEFILE_APPLICATION_ID = 0x43534631

export interface OpenOptions {
  /** Create a new case file; refuses to overwrite an existing one. */
  create?: boolean
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

  let db: Db
  try {
    db = new Database(path, { fileMustExist: !options.create })
  } catch (error) {
    throw translateSqliteError(error, path)
  }
  try {
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
