// Opening and creating case files for the command line. The CLI works on the file it is given and
// never touches the app's recent-cases list, so scripting does not clutter the desktop app.
// Encrypted cases take their passphrase from CASEFILE_PASSPHRASE, else from a prompt on the
// terminal (see prompt.ts), never from an argument.
import { rmSync } from 'node:fs'
import { basename } from 'node:path'
import { CasefileError } from '../../shared/errors'
import { openCaseDb as openDb, type Db, type OpenOptions } from '../core/db/open'
import { setAuditActor } from '../core/audit/triggers'
import { initCase, readCase } from '../core/cases/repo'
import { fallbackActor } from '../core/cases/preferences'
import { now } from '../core/time'

type Ask = (question: string) => Promise<string | null>
let ask: Ask = async () => null

/** How the CLI asks for a passphrase when CASEFILE_PASSPHRASE is not set (the terminal, or nobody). */
export function setPassphrasePrompt(prompt: Ask): void {
  ask = prompt
}

/** Who the audit log names for changes made from the command line: CASEFILE_USER, else the computer account. */
export function cliActor(): string {
  return process.env.CASEFILE_USER?.trim() || fallbackActor()
}

/** Every case the CLI opens or creates records its changes under cliActor(). */
function openCaseDb(path: string, options: OpenOptions): Db {
  const db = openDb(path, options)
  setAuditActor(db, cliActor())
  return db
}

function passphraseFromEnvironment(): string | null {
  return process.env.CASEFILE_PASSPHRASE || null
}

/** Opens a case, asking for its passphrase if it is encrypted and none was given. */
export async function openCase(path: string): Promise<{ db: Db; passphrase: string | null }> {
  const fromEnvironment = passphraseFromEnvironment()
  try {
    return { db: openCaseDb(path, { passphrase: fromEnvironment }), passphrase: fromEnvironment }
  } catch (error) {
    if (!(error instanceof CasefileError) || error.code !== 'passphrase_required' || fromEnvironment) throw error
    const answer = await ask(`Passphrase for ${basename(path)}: `)
    if (!answer) {
      throw new CasefileError(
        'passphrase_required',
        `“${basename(path)}” is encrypted. Set CASEFILE_PASSPHRASE, or run the command in a terminal to be asked for the passphrase.`
      )
    }
    return { db: openCaseDb(path, { passphrase: answer }), passphrase: answer }
  }
}

/** The passphrase for a new encrypted case: CASEFILE_PASSPHRASE, or asked twice on the terminal. */
export async function newPassphrase(): Promise<string> {
  const fromEnvironment = passphraseFromEnvironment()
  if (fromEnvironment) return fromEnvironment
  const first = await ask('Passphrase for the new case: ')
  if (!first) throw new CasefileError('passphrase_required', 'Set CASEFILE_PASSPHRASE, or run the command in a terminal to choose a passphrase.')
  if ((await ask('Type it again: ')) !== first) throw new CasefileError('invalid_argument', 'The two passphrases differ; nothing was created.')
  return first
}

/** Runs `work` with the case open, and always closes it (releasing its lock) afterwards. */
export async function withCase<T>(path: string, work: (db: Db, passphrase: string | null) => T | Promise<T>): Promise<T> {
  const { db, passphrase } = await openCase(path)
  try {
    return await work(db, passphrase)
  } finally {
    db.close()
  }
}

/** Creates a case file as the app does: one transaction, and no half-written file left on failure. */
export function createCaseFile(
  path: string,
  title: string,
  fill?: (db: Db) => void,
  passphrase: string | null = null
): { title: string } {
  const db = openCaseDb(path, { create: true, passphrase })
  try {
    db.transaction(() => {
      initCase(db, title, now())
      fill?.(db)
    })()
    return { title: readCase(db).title }
  } catch (error) {
    db.close()
    rmSync(path, { force: true })
    throw error
  } finally {
    if (db.open) db.close()
  }
}
