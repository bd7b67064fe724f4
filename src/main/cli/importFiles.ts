// Importing many files: each through the core's importDocument, in its own transaction, so one bad
// file never stops the rest. Every file ends as imported, duplicate (naming the document it repeats)
// or failed (with the reason in a sentence); files of other types found in folders are skipped.
// PDFs are read in worker threads, as many at once as the pool has threads, so a folder of them uses
// every core; outcomes are listed in the order the files were given.
import { readFileSync, statSync } from 'node:fs'
import { CasefileError } from '../../shared/errors'
import type { DocumentSummary } from '../../shared/models'
import type { Db } from '../core/db/open'
import { pdfPool } from '../core/documents/pdf/pool'
import { importDocument } from '../core/documents/service'
import type { Candidate } from './collect'

export type FileOutcome =
  | { path: string; status: 'imported' | 'duplicate'; document: DocumentSummary }
  | { path: string; status: 'failed'; error: { code: string; message: string } }
  | { path: string; status: 'skipped'; reason: string }

/** Where a batch stands: file x of n, and page y of m while a PDF is being read. */
export interface BatchProgress {
  file: number
  total: number
  page?: number
  pageCount?: number
}

export interface BatchOptions {
  onProgress?: (progress: BatchProgress) => void
  /** Stops the batch: PDFs being read are abandoned (nothing of them is written), no file is started. */
  signal?: AbortSignal
  /** Opens password-protected PDFs (the same password for all). */
  password?: string
  /** Files read at once (default: the PDF pool's thread count). */
  concurrency?: number
}

/** The batch was stopped: `outcomes` are the files that were finished before that. */
export class ImportInterrupted extends Error {
  constructor(readonly outcomes: FileOutcome[]) {
    super('The import was interrupted.')
  }
}

export async function importFiles(db: Db, files: Candidate[], options: BatchOptions = {}): Promise<FileOutcome[]> {
  const { onProgress, signal, password } = options
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length)
  const never = new AbortController().signal
  let next = 0
  const lane = async () => {
    while (next < files.length && !signal?.aborted) {
      const index = next++
      const report = (page?: number, pageCount?: number) => onProgress?.({ file: index + 1, total: files.length, page, pageCount })
      report()
      const tracker = { signal: signal ?? never, update: ({ page, pageCount }: { page?: number; pageCount?: number }) => pageCount && report(page, pageCount) }
      outcomes[index] = await importOne(db, files[index]!, { password, tracker })
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? pdfPool().size) }, lane))
  const finished = outcomes.filter((outcome): outcome is FileOutcome => outcome !== undefined && !isCancelled(outcome))
  if (signal?.aborted) throw new ImportInterrupted(finished)
  return finished
}

function isCancelled(outcome: FileOutcome): boolean {
  return outcome.status === 'failed' && outcome.error.code === 'cancelled'
}

async function importOne(db: Db, file: Candidate, options: Parameters<typeof importDocument>[2]): Promise<FileOutcome> {
  if (file.skip) return { path: file.path, status: 'skipped', reason: file.skip }
  if (file.problem) return { path: file.path, status: 'failed', error: { code: 'not_found', message: file.problem } }
  try {
    const bytes = readFileSync(file.path)
    const { status, document } = await importDocument(db, { name: file.path, bytes, lastModified: statSync(file.path).mtimeMs }, options)
    return { path: file.path, status, document }
  } catch (error) {
    return { path: file.path, status: 'failed', error: describe(error, file.path) }
  }
}

/** The command line asks for no password: it says how to give one. */
const PASSWORD_HINT = ' On the command line, put it in an environment variable and name that with --password-env.'

function describe(error: unknown, path: string): { code: string; message: string } {
  if (error instanceof CasefileError) {
    const payload = error.toPayload()
    return payload.code === 'password_required' ? { ...payload, message: payload.message + PASSWORD_HINT } : payload
  }
  const code = (error as NodeJS.ErrnoException)?.code
  if (code === 'EACCES' || code === 'EPERM') return { code: 'read_only', message: `Casefile is not allowed to read “${path}”.` }
  if (code === 'EISDIR') return { code: 'unsupported_type', message: `“${path}” is a folder, not a file.` }
  return { code: 'internal', message: `Casefile could not import “${path}”: ${(error as Error)?.message ?? String(error)}` }
}

/** A "file x of n · page y of m" line on a terminal, redrawn in place and at most a few times a second. */
export function progressLine(write: (text: string) => void): { update: (progress: BatchProgress) => void; end: () => void } {
  let last = 0
  let shown = false
  return {
    update({ file, total, page, pageCount }) {
      const time = Date.now()
      if ((total < 2 && !pageCount) || time - last < 100) return
      last = time
      shown = true
      const pages = pageCount ? ` · page ${(page ?? 0).toLocaleString('en')} of ${pageCount.toLocaleString('en')}` : ''
      write(`\rImporting file ${file} of ${total}${pages}…\x1b[K`)
    },
    end() {
      if (shown) write('\r\x1b[K')
    }
  }
}
