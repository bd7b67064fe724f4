// Import: file bytes in, one document out, in a single transaction. PDFs are read first, in a worker
// thread (pdf/), and written only once the whole file has been read. Duplicates (same SHA-256) are
// reported with the document that already holds those bytes, and nothing is stored twice.
import { createHash } from 'node:crypto'
import { safeFileName } from './fileName'
import type { Db } from '../db/open'
import { CasefileError } from '../../../shared/errors'
import type { DocumentSummary, ImportOutcome } from '../../../shared/models'
import { now } from '../time'
import { extractDocument, isPdfName, normaliseText } from './extract'
import type { ImportTracker } from './imports'
import { pdfErrors } from './pdf/errors'
import { readPdf, type ReadPdfOptions } from './pdf/readPdf'
import { findBySha256, getDocumentSummary, insertDocument } from './repo'

export interface ImportFile {
  name: string
  bytes: Uint8Array
  /** When the file was saved, taken as when it was retrieved. */
  lastModified?: number
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

export function importFile(db: Db, file: ImportFile): ImportOutcome {
  const hash = sha256(file.bytes)
  const existing = findBySha256(db, hash)
  if (existing) return { status: 'duplicate', document: existing }

  const extracted = extractDocument(file.name, file.bytes)
  const id = db.transaction(() =>
    insertDocument(db, {
      ...extracted,
      sourceName: safeFileName(file.name),
      sha256: hash,
      retrievedAt: file.lastModified ? new Date(file.lastModified).toISOString() : null,
      importedAt: now(),
      original: file.bytes,
      pages: [{ label: '1', start: 0, end: extracted.text.length }]
    })
  )()
  return { status: 'imported', document: getDocumentSummary(db, id) }
}

export interface ImportOptions extends Pick<ReadPdfOptions, 'password' | 'budget' | 'maxPages' | 'pool'> {
  /** Where the import reports its stage and pages, and how it is cancelled. */
  tracker?: ImportTracker
}

/**
 * Any supported file. PDFs are parsed in a worker thread (the returned promise waits for it) and
 * stored in one transaction once the whole file has been read; other types go through importFile.
 * The password, if any, opens the file and is never stored.
 */
export async function importDocument(db: Db, file: ImportFile, options: ImportOptions = {}): Promise<ImportOutcome> {
  const { tracker } = options
  if (!isPdfName(file.name)) {
    tracker?.update({ stage: 'saving' })
    return importFile(db, file)
  }
  const fileName = safeFileName(file.name)
  const hash = sha256(file.bytes)
  const existing = findBySha256(db, hash)
  if (existing) return { status: 'duplicate', document: existing }

  tracker?.update({ stage: 'extracting' })
  const { password, budget, maxPages, pool } = options
  const pdf = await readPdf(file.name, file.bytes, {
    password,
    budget,
    maxPages,
    pool,
    signal: tracker?.signal,
    onPage: (page, pageCount) => tracker?.update({ page, pageCount })
  })
  // Cancelled, or the case closed, while the worker read the file: store nothing.
  if (tracker?.signal.aborted || !db.open) throw CasefileError.fromPayload(pdfErrors.cancelled(fileName))

  tracker?.update({ stage: 'saving' })
  return db.transaction((): ImportOutcome => {
    // The same file may have been stored by another import while this one was being read.
    const stored = findBySha256(db, hash)
    if (stored) return { status: 'duplicate', document: stored }
    const id = insertDocument(db, {
      kind: 'memo',
      title: pdf.title,
      outlet: null,
      author: pdf.author,
      publishedAt: null,
      url: null,
      sourceName: fileName,
      mimeType: 'application/pdf',
      encoding: 'binary',
      sha256: hash,
      retrievedAt: file.lastModified ? new Date(file.lastModified).toISOString() : null,
      importedAt: now(),
      text: pdf.text,
      original: file.bytes,
      pages: pdf.pages,
      textStatus: pdf.textStatus,
      pdf: pdf.pdf
    })
    return { status: 'imported', document: getDocumentSummary(db, id) }
  })()
}

/** A note typed or pasted into the app: its text is its original. */
export function createNote(db: Db, title: string, body: string): DocumentSummary {
  const text = normaliseText(body)
  const bytes = new TextEncoder().encode(text)
  const hash = sha256(bytes)
  const existing = findBySha256(db, hash)
  if (existing) return existing
  const id = db.transaction(() =>
    insertDocument(db, {
      kind: 'note',
      title,
      outlet: null,
      author: null,
      publishedAt: null,
      url: null,
      sourceName: `${title}.txt`,
      mimeType: 'text/plain',
      encoding: 'utf-8',
      sha256: hash,
      retrievedAt: null,
      importedAt: now(),
      text,
      original: bytes,
      pages: [{ label: '1', start: 0, end: text.length }]
    })
  )()
  return getDocumentSummary(db, id)
}
