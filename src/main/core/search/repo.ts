// Searching the case: one FTS5 query per kind of result, each ranked by bm25, with snippets whose
// matches are wrapped in MARK_START/MARK_END control characters (the UI turns them into <mark>,
// so no HTML ever travels in a snippet).
//
// Each kind runs in two steps, because SQLite computes every result column of every matching row
// before it sorts: with snippet() in the ranked query, a common word paid for tens of thousands of
// snippets to keep 50 (measured on a 10,000-document case: "people" 83 ms before, 14 ms after).
//  1. rank: rowid and bm25 of the matching rows that pass the filters, best `limit` first. Filters
//     are a set of allowed rowids, built once per query (not a join and a LIKE per matching row);
//     the joins for display run after the limit, on the rows kept.
//  2. snippets for those rows only: the same MATCH bounded to their rowid range, the rowid list
//     applied as a plain filter (`+rowid`), so FTS5 walks the doclist once instead of re-running
//     the query per row (which made prefix queries slower).
// Results (hits, order, snippets) are the same as from one query with snippet() in it.
import {
  SNIPPET_MARK_END as MARK_END,
  SNIPPET_MARK_START as MARK_START,
  type SearchHit,
  type SearchKind,
  type SearchResult,
  type TextRange
} from '../../../shared/models'
import type { Db } from '../db/open'
import { statement } from '../db/statements'
import { parseQuery, type SearchFilters } from './query'

export { MARK_END, MARK_START }
/** pages_fts rowids encode the page: document_id * PAGE_SPAN + page_index. */
export const PAGE_SPAN = 100_000

interface KindPlan {
  table: 'pages_fts' | 'passages_fts' | 'questions_fts'
  rank: string
  /** The filters as a condition on the FTS row `f` (a set of allowed rowids), or null without filters. */
  filter: string | null
  /** Columns of the hit (except snippet and rank), from the ranked row `top` and the `joins`. */
  columns: string
  joins: string
  snippet: string
}

export function search(db: Db, input: string, options: { kinds?: SearchKind[]; limit?: number } = {}): SearchResult {
  const parsed = parseQuery(input)
  if (!parsed.match) return { hits: [], terms: parsed.terms }
  const { filters } = parsed
  const kinds = intersect(options.kinds, filters.kinds.length ? filters.kinds : undefined)
  const params = {
    match: parsed.match,
    outlet: filters.outlet ? `%${filters.outlet}%` : null,
    from: filters.from,
    to: filters.to ? `${filters.to}\uffff` : null,
    status: filters.status,
    limit: options.limit ?? 50
  }
  const documentWhere = documentConditions(filters)
  const hits: SearchHit[] = []

  if (kinds.includes('document') && !filters.status) {
    hits.push(
      ...rankedHits(db, params, {
        table: 'pages_fts',
        rank: 'bm25(pages_fts, 4.0, 1.0)',
        filter: documentWhere ? `f.rowid / ${PAGE_SPAN} IN (SELECT d.id FROM documents d WHERE ${documentWhere})` : null,
        columns: `'document' AS kind, d.id, d.id AS documentId, d.title AS documentTitle, top.rowid % ${PAGE_SPAN} AS pageIndex, d.title,
          d.kind AS documentKind, (SELECT count(*) FROM pages pg WHERE pg.document_id = d.id) AS pageCount, NULL AS status`,
        joins: `CROSS JOIN documents d ON d.id = top.rowid / ${PAGE_SPAN}`,
        snippet: `snippet(pages_fts, 1, '${MARK_START}', '${MARK_END}', '…', 16)`
      })
    )
  }
  if (kinds.includes('passage') && !filters.status) {
    hits.push(
      ...rankedHits(db, params, {
        table: 'passages_fts',
        rank: 'bm25(passages_fts)',
        filter: documentWhere ? `+f.rowid IN (SELECT p.id FROM documents d CROSS JOIN passages p ON p.document_id = d.id WHERE ${documentWhere})` : null,
        columns: `'passage' AS kind, p.id, p.document_id AS documentId, d.title AS documentTitle, p.page_index AS pageIndex, d.title,
          d.kind AS documentKind, (SELECT count(*) FROM pages pg WHERE pg.document_id = d.id) AS pageCount, NULL AS status`,
        joins: 'CROSS JOIN passages p ON p.id = top.rowid CROSS JOIN documents d ON d.id = p.document_id',
        snippet: `snippet(passages_fts, 0, '${MARK_START}', '${MARK_END}', '…', 24)`
      })
    )
  }
  if (kinds.includes('question') && !filters.outlet && !filters.from && !filters.to) {
    hits.push(
      ...rankedHits(db, params, {
        table: 'questions_fts',
        rank: 'bm25(questions_fts, 4.0, 1.0)',
        filter: filters.status ? '+f.rowid IN (SELECT q.id FROM questions q WHERE q.status = @status)' : null,
        columns: `'question' AS kind, q.id, NULL AS documentId, NULL AS documentTitle, NULL AS pageIndex, q.title,
          NULL AS documentKind, NULL AS pageCount, q.status`,
        joins: 'CROSS JOIN questions q ON q.id = top.rowid',
        snippet: `CASE WHEN f.notes = '' THEN highlight(questions_fts, 0, '${MARK_START}', '${MARK_END}')
                   ELSE snippet(questions_fts, -1, '${MARK_START}', '${MARK_END}', '…', 16) END`
      })
    )
  }
  return { hits, terms: parsed.terms }
}

/** The outlet and date conditions on documents `d`, or null when the query has none. */
function documentConditions(filters: SearchFilters): string | null {
  const conditions = [
    filters.outlet ? 'd.outlet LIKE @outlet' : null,
    filters.from ? 'd.published_at >= @from' : null,
    filters.to ? 'd.published_at <= @to' : null
  ].filter((condition) => condition !== null)
  return conditions.length ? conditions.join(' AND ') : null
}

type RankedRow = Omit<SearchHit, 'snippet'> & { rowid: number }

function rankedHits(db: Db, params: Record<string, unknown>, plan: KindPlan): SearchHit[] {
  const { table } = plan
  const ranked = statement(
    db,
    `SELECT ${plan.columns}, top.rank, top.rowid FROM (
       SELECT f.rowid AS rowid, ${plan.rank} AS rank FROM ${table} f
       WHERE ${table} MATCH @match ${plan.filter ? `AND ${plan.filter}` : ''}
       ORDER BY rank LIMIT @limit
     ) top ${plan.joins}
     ORDER BY top.rank`
  ).all(params) as RankedRow[]
  if (ranked.length === 0) return []

  const rowids = ranked.map((row) => row.rowid)
  const snippets = new Map(
    (
      statement(
        db,
        `SELECT f.rowid AS rowid, ${plan.snippet} AS snippet FROM ${table} f
         WHERE ${table} MATCH @match AND f.rowid BETWEEN @low AND @high AND +f.rowid IN (SELECT value FROM json_each(@rowids))`
      ).all({ match: params.match, low: Math.min(...rowids), high: Math.max(...rowids), rowids: JSON.stringify(rowids) }) as {
        rowid: number
        snippet: string
      }[]
    ).map((row) => [row.rowid, row.snippet])
  )
  return ranked.map(({ rowid, rank, ...hit }) => ({ ...hit, snippet: snippets.get(rowid) ?? '', rank }))
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
