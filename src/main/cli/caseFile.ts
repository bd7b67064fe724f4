// Opening and creating case files for the command line. The CLI works on the file it is given and
// never touches the app's recent-cases list, so scripting does not clutter the desktop app.
import { rmSync } from 'node:fs'
import { basename, extname } from 'node:path'
import { openCaseDb, type Db } from '../core/db/open'
import { initCase, readCase } from '../core/cases/repo'
import { now } from '../core/time'

/** Runs `work` with the case open, and always closes it (releasing its lock) afterwards. */
export async function withCase<T>(path: string, work: (db: Db) => T | Promise<T>): Promise<T> {
  const db = openCaseDb(path)
  try {
    return await work(db)
  } finally {
    db.close()
  }
}

/** Creates a case file as the app does: one transaction, and no half-written file left on failure. */
export function createCaseFile(path: string, title: string, fill?: (db: Db) => void): { title: string } {
  const db = openCaseDb(path, { create: true })
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

/** "story-2025.casefile" → "story-2025": the title a new case gets when none is given. */
export function titleFromPath(path: string): string {
  const name = basename(path)
  return name.slice(0, name.length - extname(name).length) || name
}
