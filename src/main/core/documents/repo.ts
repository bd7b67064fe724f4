// Documents table: synchronous, database first, SQL only.
import type { Db } from '../db/open'
import { indexPages } from '../search/repo'
import { indexDocumentMentions } from '../contacts/mentions'
import { CasefileError } from '../../../shared/errors'
import type { DocumentDetail, DocumentKind, DocumentSummary, PageSpan, PdfInfo, TextStatus } from '../../../shared/models'

const SUMMARY_COLUMNS = `
  d.id, d.title, d.kind, d.outlet, d.author, d.published_at AS publishedAt, d.sha256,
  d.imported_at AS importedAt, d.text_status AS textStatus,
  (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pageCount,
  (SELECT count(*) FROM passages s WHERE s.document_id = d.id) AS passageCount`

export function listDocuments(db: Db, filter?: string): DocumentSummary[] {
  const pattern = filter?.trim() ? `%${filter.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS} FROM documents d
       WHERE @pattern IS NULL OR d.title LIKE @pattern ESCAPE '\\' OR d.outlet LIKE @pattern ESCAPE '\\'
          OR d.author LIKE @pattern ESCAPE '\\'
       ORDER BY d.imported_at DESC, d.id DESC`
    )
    .all({ pattern }) as DocumentSummary[]
}

export function getDocumentSummary(db: Db, id: number): DocumentSummary {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as DocumentSummary | undefined
  if (!row) throw new CasefileError('not_found', 'That document is no longer in this case.')
  return row
}

export function getDocument(db: Db, id: number): DocumentDetail {
  const row = db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, d.url, d.source_name AS sourceName, d.mime_type AS mimeType,
              d.byte_size AS byteSize, d.encoding, d.retrieved_at AS retrievedAt, d.text, d.pdf_json AS pdfJson,
              o.id AS originId, o.name AS originName
       FROM documents d LEFT JOIN origins o ON o.id = d.origin_id WHERE d.id = ?`
    )
    .get(id) as
    | (Omit<DocumentDetail, 'pages' | 'pdf' | 'origin'> & { pdfJson: string | null; originId: number | null; originName: string | null })
    | undefined
  if (!row) throw new CasefileError('not_found', 'That document is no longer in this case.')
  const { pdfJson, originId, originName, ...detail } = row
  const pages = db
    .prepare(
      `SELECT page_index AS "index", label, start_offset AS start, end_offset AS "end"
       FROM pages WHERE document_id = ? ORDER BY page_index`
    )
    .all(id) as PageSpan[]
  const origin = originId !== null && originName !== null ? { id: originId, name: originName } : null
  return { ...detail, pages, pdf: pdfJson ? (JSON.parse(pdfJson) as PdfInfo) : null, origin }
}

/** The bytes the document was imported from. */
export function getOriginal(db: Db, id: number): { mimeType: string; bytes: Buffer } {
  const row = db
    .prepare(
      `SELECT d.mime_type AS mimeType, o.bytes FROM documents d JOIN document_originals o ON o.document_id = d.id
       WHERE d.id = ?`
    )
    .get(id) as { mimeType: string; bytes: Buffer } | undefined
  if (!row) throw new CasefileError('not_found', 'That document is no longer in this case.')
  return row
}

export function findBySha256(db: Db, sha256: string): DocumentSummary | null {
  const row = db.prepare('SELECT id FROM documents WHERE sha256 = ?').get(sha256) as { id: number } | undefined
  return row ? getDocumentSummary(db, row.id) : null
}

export interface NewDocument {
  kind: DocumentKind
  title: string
  outlet: string | null
  author: string | null
  publishedAt: string | null
  url: string | null
  sourceName: string
  mimeType: string
  encoding: string
  sha256: string
  retrievedAt: string | null
  importedAt: string
  text: string
  original: Uint8Array
  pages: { label: string; start: number; end: number }[]
  /** 'needs_ocr' for a PDF whose pages carry no text (default 'ok'). */
  textStatus?: TextStatus
  /** What a PDF says about itself; absent for other documents. */
  pdf?: PdfInfo | null
}

/** Inserts a document with its original bytes and pages. Call inside a transaction. */
export function insertDocument(db: Db, doc: NewDocument): number {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO documents (kind, title, outlet, author, published_at, url, source_name, mime_type, encoding,
                              byte_size, sha256, retrieved_at, imported_at, text, text_status, pdf_json)
       VALUES (@kind, @title, @outlet, @author, @publishedAt, @url, @sourceName, @mimeType, @encoding,
               @byteSize, @sha256, @retrievedAt, @importedAt, @text, @textStatus, @pdfJson)`
    )
    .run({
      ...doc,
      byteSize: doc.original.length,
      textStatus: doc.textStatus ?? 'ok',
      pdfJson: doc.pdf ? JSON.stringify(doc.pdf) : null,
      original: undefined,
      pages: undefined,
      pdf: undefined
    })
  const id = Number(lastInsertRowid)
  db.prepare('INSERT INTO document_originals (document_id, bytes) VALUES (?, ?)').run(id, Buffer.from(doc.original))
  const insertPage = db.prepare(
    'INSERT INTO pages (document_id, page_index, label, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)'
  )
  doc.pages.forEach((page, index) => insertPage.run(id, index, page.label, page.start, page.end))
  indexPages(db, id, doc.title, doc.pages.map((page) => ({ text: doc.text.slice(page.start, page.end) })))
  indexDocumentMentions(db, id, doc.text, doc.pages) // contacts named in the new document (contacts/mentions.ts)
  return id
}

export interface DocumentChanges {
  title?: string
  kind?: DocumentKind
  outlet?: string | null
  author?: string | null
  publishedAt?: string | null
  url?: string | null
}

const EDITABLE: Record<keyof DocumentChanges, string> = {
  title: 'title',
  kind: 'kind',
  outlet: 'outlet',
  author: 'author',
  publishedAt: 'published_at',
  url: 'url'
}

export function updateDocument(db: Db, id: number, changes: DocumentChanges): void {
  const entries = (Object.keys(EDITABLE) as (keyof DocumentChanges)[]).filter((key) => changes[key] !== undefined)
  if (entries.length === 0) return
  const sets = entries.map((key) => `${EDITABLE[key]} = @${key}`).join(', ')
  const values = Object.fromEntries(entries.map((key) => [key, changes[key] === '' ? null : changes[key]]))
  const { changes: count } = db.prepare(`UPDATE documents SET ${sets} WHERE id = @id`).run({ ...values, id })
  if (count === 0) throw new CasefileError('not_found', 'That document is no longer in this case.')
}

export function deleteDocument(db: Db, id: number): void {
  const { changes } = db.prepare('DELETE FROM documents WHERE id = ?').run(id)
  if (changes === 0) throw new CasefileError('not_found', 'That document is no longer in this case.')
}

export function getDocumentText(db: Db, id: number): string {
  const row = db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string } | undefined
  if (!row) throw new CasefileError('not_found', 'That document is no longer in this case.')
  return row.text
}

export function pageIndexAt(db: Db, documentId: number, offset: number): number | null {
  const row = db
    .prepare(
      `SELECT page_index AS pageIndex FROM pages WHERE document_id = ? AND start_offset <= ?
       ORDER BY page_index DESC LIMIT 1`
    )
    .get(documentId, offset) as { pageIndex: number } | undefined
  return row?.pageIndex ?? null
}
