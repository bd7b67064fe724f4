// Import: file bytes in, one document out, in a single transaction. Duplicates (same SHA-256) are
// reported with the document that already holds those bytes, and nothing is stored twice.
import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { Db } from '../db/open'
import type { DocumentSummary, ImportOutcome } from '../../../shared/models'
import { now } from '../time'
import { extractDocument, normaliseText } from './extract'
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
      sourceName: basename(file.name),
      sha256: hash,
      retrievedAt: file.lastModified ? new Date(file.lastModified).toISOString() : null,
      importedAt: now(),
      original: file.bytes,
      pages: [{ label: '1', start: 0, end: extracted.text.length }]
    })
  )()
  return { status: 'imported', document: getDocumentSummary(db, id) }
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
