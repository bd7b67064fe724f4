// Health of a case file: SQLite's own integrity check, foreign keys, the search index against the
// rows it should hold, and passages whose quote no longer matches their document's text. `rebuildSearchIndex` repairs the index from the case's own content.
import { checkMentions } from '../contacts/mentions'
import type { Db } from '../db/open'
import { anchor, type Anchor, type QuoteSelector } from '../passages/anchoring'
import { indexPages, PAGE_SPAN } from '../search/repo'

export interface CheckReport {
  ok: boolean
  problems: string[]
}

const INDEXES: { table: string; expected: string; actual: string }[] = [
  {
    table: 'pages_fts',
    expected: `SELECT document_id * ${PAGE_SPAN} + page_index AS rowid FROM pages`,
    actual: 'SELECT rowid FROM pages_fts'
  },
  { table: 'passages_fts', expected: 'SELECT id AS rowid FROM passages', actual: 'SELECT rowid FROM passages_fts' },
  { table: 'questions_fts', expected: 'SELECT id AS rowid FROM questions', actual: 'SELECT rowid FROM questions_fts' }
]

export function checkCase(db: Db): CheckReport {
  const problems: string[] = []
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[]
  if (integrity.length !== 1 || integrity[0]!.integrity_check !== 'ok') {
    problems.push(`The database is damaged: ${integrity.map((row) => row.integrity_check).slice(0, 5).join('; ')}`)
  }
  const orphans = db.pragma('foreign_key_check') as { table: string }[]
  if (orphans.length) problems.push(`${orphans.length} rows point to records that no longer exist (in ${orphans[0]!.table}).`)

  for (const { table, expected, actual } of INDEXES) {
    try {
      db.prepare(`INSERT INTO ${table} (${table}) VALUES ('integrity-check')`).run()
    } catch {
      problems.push(`The search index ${table} is damaged. Run “casefile reindex” to rebuild it.`)
      continue
    }
    const missing = db.prepare(`SELECT count(*) FROM (${expected} EXCEPT ${actual})`).pluck().get() as number
    const extra = db.prepare(`SELECT count(*) FROM (${actual} EXCEPT ${expected})`).pluck().get() as number
    if (missing || extra) {
      problems.push(
        `The search index ${table} is out of step (${missing} missing, ${extra} stale). Run “casefile reindex” to rebuild it.`
      )
    }
  }
  const mentions = checkMentions(db)
  if (mentions.missing || mentions.stale) {
    problems.push(
      `The contact mentions are out of step (${mentions.missing} missing, ${mentions.stale} stale). Run “casefile reindex” to rebuild them.`
    )
  }
  const orphaned = countOrphanedPassages(db)
  if (orphaned) {
    problems.push(
      orphaned === 1
        ? '1 passage no longer matches the text of its document (shown as orphaned in the app).'
        : `${orphaned} passages no longer match the text of their documents (shown as orphaned in the app).`
    )
  }
  return { ok: problems.length === 0, problems }
}

/** Passages that cannot be re-attached to their document's current text, one document at a time. */
function countOrphanedPassages(db: Db): number {
  const passagesOf = db.prepare(
    'SELECT start_offset AS start, end_offset AS "end", exact, prefix, suffix FROM passages WHERE document_id = ?'
  )
  let orphaned = 0
  for (const { id, text } of db.prepare('SELECT id, text FROM documents WHERE id IN (SELECT document_id FROM passages)').iterate() as Iterable<{ id: number; text: string }>) {
    for (const passage of passagesOf.all(id) as (Anchor & QuoteSelector)[]) {
      if (!anchor(text, passage, passage)) orphaned++
    }
  }
  return orphaned
}

export function rebuildSearchIndex(db: Db): { pages: number; passages: number; questions: number } {
  return db.transaction(() => {
    for (const { table } of INDEXES) db.prepare(`DELETE FROM ${table}`).run()
    const documents = db.prepare('SELECT id, title, text FROM documents').all() as { id: number; title: string; text: string }[]
    const pagesOf = db.prepare('SELECT start_offset AS start, end_offset AS "end" FROM pages WHERE document_id = ? ORDER BY page_index')
    let pages = 0
    for (const doc of documents) {
      const spans = pagesOf.all(doc.id) as { start: number; end: number }[]
      indexPages(db, doc.id, doc.title, spans.map((span) => ({ text: doc.text.slice(span.start, span.end) })))
      pages += spans.length
    }
    const passages = db.prepare('INSERT INTO passages_fts (rowid, body) SELECT id, exact FROM passages').run().changes
    const questions = db
      .prepare('INSERT INTO questions_fts (rowid, title, notes) SELECT id, title, notes FROM questions')
      .run().changes
    return { pages, passages, questions }
  })()
}
