// Importing many files: each through the core's importFile, in its own transaction, so one bad file
// never stops the rest. Every file ends as imported, duplicate (naming the document it repeats) or
// failed (with the reason in a sentence); files of other types found in folders are skipped.
import { readFileSync, statSync } from 'node:fs'
import { CasefileError } from '../../shared/errors'
import type { DocumentSummary } from '../../shared/models'
import type { Db } from '../core/db/open'
import { importFile } from '../core/documents/service'
import type { Candidate } from './collect'

export type FileOutcome =
  | { path: string; status: 'imported' | 'duplicate'; document: DocumentSummary }
  | { path: string; status: 'failed'; error: { code: string; message: string } }
  | { path: string; status: 'skipped'; reason: string }

export function importFiles(db: Db, files: Candidate[], onProgress?: (done: number, total: number) => void): FileOutcome[] {
  return files.map((file, index) => {
    onProgress?.(index, files.length)
    return importOne(db, file)
  })
}

function importOne(db: Db, file: Candidate): FileOutcome {
  if (file.skip) return { path: file.path, status: 'skipped', reason: file.skip }
  if (file.problem) return { path: file.path, status: 'failed', error: { code: 'not_found', message: file.problem } }
  try {
    const bytes = readFileSync(file.path)
    const { status, document } = importFile(db, { name: file.path, bytes, lastModified: statSync(file.path).mtimeMs })
    return { path: file.path, status, document }
  } catch (error) {
    return { path: file.path, status: 'failed', error: describe(error, file.path) }
  }
}

function describe(error: unknown, path: string): { code: string; message: string } {
  if (error instanceof CasefileError) return error.toPayload()
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'EACCES' || code === 'EPERM') return { code: 'read_only', message: `Casefile is not allowed to read “${path}”.` }
  if (code === 'EISDIR') return { code: 'unsupported_type', message: `“${path}” is a folder, not a file.` }
  return { code: 'internal', message: `Casefile could not import “${path}”: ${(error as Error)?.message ?? String(error)}` }
}

/** A "file x of n" line on a terminal, redrawn in place and at most a few times a second. */
export function progressLine(write: (text: string) => void): { update: (done: number, total: number) => void; end: () => void } {
  let last = 0
  let shown = false
  return {
    update(done, total) {
      const time = Date.now()
      if (total < 2 || (time - last < 100 && done + 1 < total)) return
      last = time
      shown = true
      write(`\rImporting file ${done + 1} of ${total}…`)
    },
    end() {
      if (shown) write('\r\x1b[K')
    }
  }
}
