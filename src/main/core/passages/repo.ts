// Passages: highlighted spans of a document, with their selectors.
import { CasefileError } from '../../../shared/errors'
import type { ClaimStatus, Passage, PdfRect } from '../../../shared/models'
import type { Db } from '../db/open'
import { getDocumentText, pageIndexAt } from '../documents/repo'
import { now } from '../time'
import { anchor, quoteAt, splitsSurrogatePair, trimRange } from './anchoring'

/** Longest passage one highlight may cover (characters). */
export const MAX_PASSAGE_LENGTH = 20_000

interface PassageRow {
  id: number
  documentId: number
  documentTitle: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  pageIndex: number | null
  rectsJson: string | null
  createdAt: string
  questionIdList: string | null
  claimId: number | null
  claimStatus: ClaimStatus | null
}

const SELECT_PASSAGES = `
  SELECT p.id, p.document_id AS documentId, d.title AS documentTitle, p.start_offset AS start,
         p.end_offset AS "end", p.exact, p.prefix, p.suffix, p.page_index AS pageIndex,
         p.rects_json AS rectsJson, p.created_at AS createdAt,
         (SELECT group_concat(question_id) FROM question_passages qp WHERE qp.passage_id = p.id) AS questionIdList,
         c.id AS claimId, c.status AS claimStatus
  FROM passages p JOIN documents d ON d.id = p.document_id LEFT JOIN claims c ON c.passage_id = p.id`

/** Re-attaches each passage to the current text of its document and reports where it now sits. */
function toPassages(rows: PassageRow[], textOf: (documentId: number) => string): Passage[] {
  return rows.map(({ questionIdList, rectsJson, ...row }) => {
    const found = anchor(textOf(row.documentId), row, row)
    return {
      ...row,
      rects: rectsJson ? (JSON.parse(rectsJson) as PdfRect[]) : null,
      ...(found ?? {}),
      anchor: found ? 'anchored' : 'orphaned',
      questionIds: questionIdList ? questionIdList.split(',').map(Number).sort((a, b) => a - b) : []
    }
  })
}

function textCache(db: Db): (documentId: number) => string {
  const cache = new Map<number, string>()
  return (documentId) => {
    let text = cache.get(documentId)
    if (text === undefined) cache.set(documentId, (text = getDocumentText(db, documentId)))
    return text
  }
}

export function listPassagesForDocument(db: Db, documentId: number): Passage[] {
  const text = getDocumentText(db, documentId)
  const rows = db.prepare(`${SELECT_PASSAGES} WHERE p.document_id = ? ORDER BY p.start_offset, p.id`).all(documentId)
  return toPassages(rows as PassageRow[], () => text)
}

export function getPassages(db: Db, ids: number[]): Passage[] {
  if (ids.length === 0) return []
  const rows = db
    .prepare(`${SELECT_PASSAGES} WHERE p.id IN (SELECT value FROM json_each(?)) ORDER BY d.title, p.start_offset`)
    .all(JSON.stringify(ids))
  return toPassages(rows as PassageRow[], textCache(db))
}

export function getPassage(db: Db, id: number): Passage {
  const [passage] = getPassages(db, [id])
  if (!passage) throw new CasefileError('not_found', 'That passage is no longer in this case.')
  return passage
}

export function createPassage(db: Db, documentId: number, start: number, end: number, rects?: PdfRect[]): Passage {
  const text = getDocumentText(db, documentId)
  if (rects) checkRects(db, documentId, rects)
  if (end > text.length || start >= end) {
    throw new CasefileError('invalid_argument', 'The selection is outside the document’s text. Select the passage again.')
  }
  const range = trimRange(text, start, end)
  if (range.start === range.end) throw new CasefileError('invalid_argument', 'Select some text to mark as a passage.')
  if (splitsSurrogatePair(text, range.start) || splitsSurrogatePair(text, range.end)) {
    throw new CasefileError('invalid_argument', 'The selection cuts a character in two. Select the passage again.')
  }
  if (range.end - range.start > MAX_PASSAGE_LENGTH) {
    throw new CasefileError(
      'invalid_argument',
      `A passage can be at most ${MAX_PASSAGE_LENGTH.toLocaleString('en')} characters. Select a shorter span.`
    )
  }
  const existing = db
    .prepare('SELECT id FROM passages WHERE document_id = ? AND start_offset = ? AND end_offset = ?')
    .get(documentId, range.start, range.end) as { id: number } | undefined
  if (existing) return getPassage(db, existing.id)

  const quote = quoteAt(text, range.start, range.end)
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO passages (document_id, start_offset, end_offset, exact, prefix, suffix, page_index, rects_json, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
    .run(
      documentId,
      range.start,
      range.end,
      quote.exact,
      quote.prefix,
      quote.suffix,
      pageIndexAt(db, documentId, range.start),
      rects ? JSON.stringify(rects.map(({ pageIndex, x1, y1, x2, y2 }) => ({ pageIndex, x1, y1, x2, y2 }))) : null,
      now()
    )
  return getPassage(db, Number(lastInsertRowid))
}

/** Highlight rectangles belong to PDFs only, on pages the document has, with real coordinates. */
function checkRects(db: Db, documentId: number, rects: PdfRect[]): void {
  const doc = db
    .prepare(`SELECT mime_type AS mimeType, (SELECT count(*) FROM pages WHERE document_id = d.id) AS pageCount FROM documents d WHERE d.id = ?`)
    .get(documentId) as { mimeType: string; pageCount: number } | undefined
  if (!doc) throw new CasefileError('not_found', 'That document is no longer in this case.')
  if (doc.mimeType !== 'application/pdf') {
    throw new CasefileError('invalid_argument', 'Only passages on PDFs have highlight rectangles; this document is text.')
  }
  for (const rect of rects) {
    if (!Number.isInteger(rect.pageIndex) || rect.pageIndex < 0 || rect.pageIndex >= doc.pageCount) {
      throw new CasefileError(
        'invalid_argument',
        `The highlight is on page ${rect.pageIndex + 1}, but this PDF has ${doc.pageCount} ${doc.pageCount === 1 ? 'page' : 'pages'}. Select the passage again.`
      )
    }
    const coordinates = [rect.x1, rect.y1, rect.x2, rect.y2]
    if (!coordinates.every(Number.isFinite) || rect.x1 > rect.x2 || rect.y1 > rect.y2) {
      throw new CasefileError('invalid_argument', 'A highlight rectangle has coordinates that are not a rectangle. Select the passage again.')
    }
  }
}

export function deletePassage(db: Db, id: number): void {
  const { changes } = db.prepare('DELETE FROM passages WHERE id = ?').run(id)
  if (changes === 0) throw new CasefileError('not_found', 'That passage is no longer in this case.')
}
