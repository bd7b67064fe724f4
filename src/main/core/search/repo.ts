// Searching the case: one FTS5 query per kind of result, each ranked by bm25, with snippets whose
// matches are wrapped in MARK_START/MARK_END control characters (the UI turns them into <mark>,
// so no HTML ever travels in a snippet).
import {
  SNIPPET_MARK_END as MARK_END,
  SNIPPET_MARK_START as MARK_START,
  type SearchHit,
  type SearchKind,
  type SearchResult,
  type TextRange
} from '../../../shared/models'
import type { Db } from '../db/open'
import { parseQuery } from './query'

export { MARK_END, MARK_START }
/** pages_fts rowids encode the page: document_id * PAGE_SPAN + page_index. */
export const PAGE_SPAN = 100_000

export function search(db: Db, input: string, options: { kinds?: SearchKind[]; limit?: number } = {}): SearchResult {
  const parsed = parseQuery(input)
  if (!parsed.match) return { hits: [], terms: parsed.terms }
  const { filters } = parsed
  const kinds = intersect(options.kinds, filters.kinds.length ? filters.kinds : undefined)
  const limit = options.limit ?? 50
  const params = {
    match: parsed.match,
    outlet: filters.outlet ? `%${filters.outlet}%` : null,
    from: filters.from,
    to: filters.to ? `${filters.to}\uffff` : null,
    status: filters.status,
    limit
  }
  const documentFilter = `(@outlet IS NULL OR d.outlet LIKE @outlet)
    AND (@from IS NULL OR d.published_at >= @from) AND (@to IS NULL OR d.published_at <= @to)`
  const hits: SearchHit[] = []

  if (kinds.includes('document') && !filters.status) {
    hits.push(
      ...(db
        .prepare(
          `SELECT 'document' AS kind, d.id, d.id AS documentId, d.title AS documentTitle,
                  f.rowid % ${PAGE_SPAN} AS pageIndex, d.title,
                  snippet(pages_fts, 1, '${MARK_START}', '${MARK_END}', '…', 16) AS snippet, bm25(pages_fts, 4.0, 1.0) AS rank
           FROM pages_fts f JOIN documents d ON d.id = f.rowid / ${PAGE_SPAN}
           WHERE pages_fts MATCH @match AND ${documentFilter}
           ORDER BY rank LIMIT @limit`
        )
        .all(params) as SearchHit[])
    )
  }
  if (kinds.includes('passage') && !filters.status) {
    hits.push(
      ...(db
        .prepare(
          `SELECT 'passage' AS kind, p.id, p.document_id AS documentId, d.title AS documentTitle, p.page_index AS pageIndex,
                  d.title, snippet(passages_fts, 0, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet, bm25(passages_fts) AS rank
           FROM passages_fts f JOIN passages p ON p.id = f.rowid JOIN documents d ON d.id = p.document_id
           WHERE passages_fts MATCH @match AND ${documentFilter}
           ORDER BY rank LIMIT @limit`
        )
        .all(params) as SearchHit[])
    )
  }
  if (kinds.includes('question') && !filters.outlet && !filters.from && !filters.to) {
    hits.push(
      ...(db
        .prepare(
          `SELECT 'question' AS kind, q.id, NULL AS documentId, NULL AS documentTitle, NULL AS pageIndex, q.title,
                  CASE WHEN q.notes = '' THEN highlight(questions_fts, 0, '${MARK_START}', '${MARK_END}')
                       ELSE snippet(questions_fts, -1, '${MARK_START}', '${MARK_END}', '…', 16) END AS snippet,
                  bm25(questions_fts, 4.0, 1.0) AS rank
           FROM questions_fts f JOIN questions q ON q.id = f.rowid
           WHERE questions_fts MATCH @match AND (@status IS NULL OR q.status = @status)
           ORDER BY rank LIMIT @limit`
        )
        .all(params) as SearchHit[])
    )
  }
  return { hits, terms: parsed.terms }
}

/** Where a query matches inside one document: offsets into its text, for the reader's highlights. */
export function matchesInDocument(db: Db, documentId: number, input: string): TextRange[] {
  const parsed = parseQuery(input)
  if (!parsed.match) return []
  const rows = db
    .prepare(
      `SELECT f.rowid % ${PAGE_SPAN} AS pageIndex, highlight(pages_fts, 1, '${MARK_START}', '${MARK_END}') AS marked
       FROM pages_fts f WHERE pages_fts MATCH @match AND f.rowid BETWEEN @low AND @high ORDER BY f.rowid`
    )
    .all({ match: parsed.match, low: documentId * PAGE_SPAN, high: documentId * PAGE_SPAN + PAGE_SPAN - 1 }) as {
    pageIndex: number
    marked: string
  }[]
  const pageStarts = new Map(
    (
      db.prepare('SELECT page_index AS pageIndex, start_offset AS start FROM pages WHERE document_id = ?').all(documentId) as {
        pageIndex: number
        start: number
      }[]
    ).map((page) => [page.pageIndex, page.start])
  )
  return rows.flatMap(({ pageIndex, marked }) => markedRanges(marked, pageStarts.get(pageIndex) ?? 0))
}

/** Offsets of the marked spans in the text without its marks. */
export function markedRanges(marked: string, base = 0): TextRange[] {
  const ranges: TextRange[] = []
  let plain = 0
  let open = -1
  for (const char of marked) {
    if (char === MARK_START) open = plain
    else if (char === MARK_END && open >= 0) {
      ranges.push({ start: base + open, end: base + plain })
      open = -1
    } else plain += char.length
  }
  return ranges
}

/** Adds one document's pages to the index. Called by the documents repo inside its transaction. */
export function indexPages(db: Db, documentId: number, title: string, pages: { text: string }[]): void {
  const insert = db.prepare('INSERT INTO pages_fts (rowid, title, body) VALUES (?, ?, ?)')
  pages.forEach((page, index) => insert.run(documentId * PAGE_SPAN + index, title, page.text))
}

function intersect(a: SearchKind[] | undefined, b: SearchKind[] | undefined): SearchKind[] {
  const all: SearchKind[] = ['document', 'passage', 'question']
  return all.filter((kind) => (!a || a.includes(kind)) && (!b || b.includes(kind)))
}
