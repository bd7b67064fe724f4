// Mentions: every place a contact's name or alias occurs in the documents, kept in the `mentions`
// table (derived data). Kept current three ways:
//  - a document is imported: its text is scanned for every contact's names, inside the import's
//    transaction (`indexDocumentMentions`, called from insertDocument);
//  - a contact is created, renamed, merged or deleted: only the documents that can hold its names
//    (found through the full-text index) and those that held its old ones are scanned again
//    (`refreshContactMentions`, `refreshDocuments`);
//  - `rebuildMentions` recomputes everything (reindex), `checkMentions` compares without writing.
// Documents are always rescanned for all contacts at once, because overlapping names resolve
// against each other (the longest wins).
import {
  SNIPPET_MARK_END as MARK_END,
  SNIPPET_MARK_START as MARK_START,
  type Mention,
  type SourcingTerms
} from '../../../shared/models'
import type { Db } from '../db/open'
import { statement } from '../db/statements'
import { PAGE_SPAN } from '../search/repo'
import { NameMatcher, type NameMatch, type NameSource } from './matcher'
import { nameVariants } from './names'
import { isWithheld, redactNames, WITHHELD_TEXT } from './withholding'

const textOf = (db: Db, documentId: number) =>
  statement(db, 'SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string | undefined

// ---- The matcher over all contacts, compiled once per change of the contacts ----------------

const matchers = new WeakMap<Db, { key: string; matcher: NameMatcher }>()

/** Every contact's name and aliases. */
export function nameSources(db: Db, contactIds?: number[]): NameSource[] {
  const rows = db
    .prepare(
      `SELECT c.id AS contactId, c.name,
              (SELECT json_group_array(alias) FROM contact_aliases a WHERE a.contact_id = c.id) AS aliases
       FROM contacts c ${contactIds ? 'WHERE c.id IN (SELECT value FROM json_each(?))' : ''}`
    )
    .all(...(contactIds ? [JSON.stringify(contactIds)] : [])) as { contactId: number; name: string; aliases: string }[]
  return rows.map((row) => ({ contactId: row.contactId, names: [row.name, ...(JSON.parse(row.aliases) as string[])] }))
}

/**
 * The matcher for the case's contacts as they are now. The key changes with any write to the
 * contacts table (every change of a name or alias also bumps the contact's updated_at); writes
 * through the repo also drop the cached matcher at once.
 */
export function contactMatcher(db: Db): NameMatcher {
  const key = statement(db, `SELECT count(*) || '|' || ifnull(max(updated_at), '') || '|' || total(id) FROM contacts`)
    .pluck()
    .get() as string
  const cached = matchers.get(db)
  if (cached?.key === key) return cached.matcher
  const matcher = new NameMatcher(nameSources(db))
  matchers.set(db, { key, matcher })
  return matcher
}

export function forgetMatcher(db: Db): void {
  matchers.delete(db)
}

// ---- Computing and storing -----------------------------------------------------------------------

/** Offsets where the document's pages after the first begin (mentions never straddle two pages). */
function pageStartsOf(db: Db, documentId: number): number[] {
  return (
    statement(db, 'SELECT start_offset FROM pages WHERE document_id = ? AND page_index > 0 ORDER BY page_index').pluck().all(documentId) as number[]
  )
}

function storeMatches(db: Db, documentId: number, matches: NameMatch[]): number {
  if (matches.length === 0) return 0
  const insert = statement(db, 'INSERT OR IGNORE INTO mentions (contact_id, document_id, start_offset, end_offset) VALUES (?, ?, ?, ?)')
  for (const match of matches) insert.run(match.contactId, documentId, match.start, match.end)
  return matches.length
}

/**
 * Finds every contact's mentions in a newly inserted document. Called by insertDocument inside the
 * import's transaction, so a document never exists without its mentions.
 */
export function indexDocumentMentions(db: Db, documentId: number, text: string, pages: readonly { start: number }[]): void {
  const matcher = contactMatcher(db)
  if (matcher.empty) return
  storeMatches(db, documentId, matcher.scan(text, pages.slice(1).map((page) => page.start)))
}

/** Scans these documents again for all contacts' names. Call inside a transaction. */
export function refreshDocuments(db: Db, documentIds: Iterable<number>): void {
  const matcher = contactMatcher(db)
  const remove = statement(db, 'DELETE FROM mentions WHERE document_id = ?')
  for (const documentId of documentIds) {
    remove.run(documentId)
    const text = textOf(db, documentId)
    if (text === undefined || matcher.empty) continue
    storeMatches(db, documentId, matcher.scan(text, pageStartsOf(db, documentId)))
  }
}

/** Documents that currently hold mentions of the contact. */
export function documentsMentioning(db: Db, contactId: number): number[] {
  return db.prepare('SELECT DISTINCT document_id FROM mentions WHERE contact_id = ?').pluck().all(contactId) as number[]
}

/**
 * Documents that may contain one of the names, from the full-text index: each variant as a phrase
 * (the index folds case and accents and ignores punctuation, so it finds a superset of what the
 * matcher accepts; mentions never straddle pages, so looking page by page loses nothing).
 */
export function candidateDocuments(db: Db, names: string[]): Set<number> {
  const phrases = new Set<string>()
  for (const name of names) for (const shape of nameVariants(name)) phrases.add(`"${shape.words.join(' ')}"`)
  const found = new Set<number>()
  const query = statement(db, `SELECT DISTINCT rowid / ${PAGE_SPAN} FROM pages_fts WHERE pages_fts MATCH ?`).pluck()
  for (const phrase of phrases) {
    for (const id of query.all(`body : ${phrase}`) as number[]) found.add(id)
  }
  return found
}

/**
 * Recomputes one contact's mentions after its names changed. Documents that held its old mentions
 * (and `alsoDocuments`: a merged or deleted contact's) are rescanned for everyone, since names its
 * old ones covered may belong to others again. Documents that may hold its new names (from the
 * full-text index) are scanned for this contact only; its matches are added as they are unless they
 * overlap someone else's mention, in which case that document is rescanned for everyone. Adding a
 * match that overlaps nothing cannot change any other mention, so the result is the same as a full
 * rescan, at a fraction of the cost. Call inside a transaction.
 */
export function refreshContactMentions(db: Db, contactId: number | null, alsoDocuments: Iterable<number> = []): void {
  forgetMatcher(db)
  const rescan = new Set<number>(alsoDocuments)
  if (contactId === null) {
    refreshDocuments(db, rescan)
    return
  }
  for (const id of documentsMentioning(db, contactId)) rescan.add(id)
  const source = nameSources(db, [contactId])[0]
  const candidates = source ? [...candidateDocuments(db, source.names)].filter((id) => !rescan.has(id)) : []
  refreshDocuments(db, rescan)
  if (candidates.length === 0) return

  const own = new NameMatcher([source!])
  const others = statement(db, 'SELECT start_offset AS start, end_offset AS "end" FROM mentions WHERE document_id = ?')
  for (const documentId of candidates) {
    const text = textOf(db, documentId)
    if (text === undefined) continue
    const matches = own.scan(text, pageStartsOf(db, documentId))
    if (matches.length === 0) continue
    const stored = others.all(documentId) as { start: number; end: number }[]
    const overlaps = matches.some((match) => stored.some((other) => other.start < match.end && match.start < other.end))
    if (overlaps) refreshDocuments(db, [documentId])
    else storeMatches(db, documentId, matches)
  }
}

/** All mentions, recomputed from the documents and the contacts (for reindex and repair). */
export function computeAllMentions(db: Db, onMatches: (documentId: number, matches: NameMatch[]) => void): void {
  const matcher = contactMatcher(db)
  if (matcher.empty) return
  const ids = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as number[]
  const pages = db.prepare('SELECT document_id AS documentId, start_offset AS start FROM pages WHERE page_index > 0 ORDER BY document_id, page_index').all() as {
    documentId: number
    start: number
  }[]
  const pageStarts = new Map<number, number[]>()
  for (const page of pages) {
    const list = pageStarts.get(page.documentId)
    if (list) list.push(page.start)
    else pageStarts.set(page.documentId, [page.start])
  }
  for (const id of ids) onMatches(id, matcher.scan(textOf(db, id) ?? '', pageStarts.get(id) ?? []))
}

export function rebuildMentions(db: Db): { mentions: number } {
  return db.transaction(() => {
    forgetMatcher(db)
    db.prepare('DELETE FROM mentions').run()
    // Written in primary-key order (contact, document, offset): appending to the table's B-tree is
    // several times faster than inserting document by document all over it.
    const rows: [number, number, number, number][] = []
    computeAllMentions(db, (documentId, matches) => {
      for (const match of matches) rows.push([match.contactId, documentId, match.start, match.end])
    })
    rows.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2])
    const insert = statement(db, 'INSERT OR IGNORE INTO mentions (contact_id, document_id, start_offset, end_offset) VALUES (?, ?, ?, ?)')
    for (const row of rows) insert.run(...row)
    return { mentions: rows.length }
  })()
}

/** How far the stored mentions are from what the documents and contacts say now. */
export function checkMentions(db: Db): { missing: number; stale: number } {
  const stored = new Set(
    (db.prepare('SELECT contact_id AS c, document_id AS d, start_offset AS s, end_offset AS e FROM mentions').all() as {
      c: number
      d: number
      s: number
      e: number
    }[]).map((row) => `${row.c}:${row.d}:${row.s}:${row.e}`)
  )
  let missing = 0
  let expected = 0
  computeAllMentions(db, (documentId, matches) => {
    for (const match of matches) {
      expected++
      if (!stored.has(`${match.contactId}:${documentId}:${match.start}:${match.end}`)) missing++
    }
  })
  return { missing, stale: stored.size - (expected - missing) }
}

// ---- Reading ----------------------------------------------------------------------------------------

/** Characters of context shown on each side of a mention. */
const CONTEXT = 90

interface MentionRow {
  documentId: number
  documentTitle: string
  start: number
  end: number
}

/**
 * A contact's mentions with their context. Names of withheld contacts (this one unless revealed,
 * and any other confidential contact named nearby) are replaced by "[withheld]".
 */
export function listMentions(
  db: Db,
  contact: { id: number; terms: SourcingTerms },
  options: { reveal?: boolean; limit?: number } = {}
): Mention[] {
  const rows = db
    .prepare(
      `SELECT m.document_id AS documentId, d.title AS documentTitle, m.start_offset AS start, m.end_offset AS "end"
       FROM mentions m JOIN documents d ON d.id = m.document_id
       WHERE m.contact_id = ? ORDER BY d.imported_at, d.id, m.start_offset LIMIT ?`
    )
    .all(contact.id, options.limit ?? 500) as MentionRow[]
  const hideSelf = isWithheld(contact.terms, options.reveal)
  const confidential = new Set(
    db.prepare(`SELECT id FROM contacts WHERE terms = 'confidential' AND id != ?`).pluck().all(contact.id) as number[]
  )
  if (hideSelf) confidential.add(contact.id)
  // A document's title may name a withheld contact too ("Call notes: <name>").
  const hiddenNames = confidential.size ? nameSources(db, [...confidential]).flatMap((source) => source.names) : []
  const titles = new Map<number, string>()
  const titleOf = (row: MentionRow) => {
    let title = titles.get(row.documentId)
    if (title === undefined) titles.set(row.documentId, (title = redactNames(row.documentTitle, hiddenNames)))
    return title
  }
  const documents = new Map<number, { text: string; pages: { index: number; start: number }[]; hidden: NameMatch[] }>()
  const documentOf = (documentId: number) => {
    let doc = documents.get(documentId)
    if (!doc) {
      const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(documentId) as string
      const pages = db
        .prepare('SELECT page_index AS "index", start_offset AS start FROM pages WHERE document_id = ? ORDER BY page_index')
        .all(documentId) as { index: number; start: number }[]
      const hidden = confidential.size
        ? (db
            .prepare(
              `SELECT contact_id AS contactId, start_offset AS start, end_offset AS "end" FROM mentions
               WHERE document_id = ? AND contact_id IN (SELECT value FROM json_each(?)) ORDER BY start_offset`
            )
            .all(documentId, JSON.stringify([...confidential])) as NameMatch[])
        : []
      documents.set(documentId, (doc = { text, pages, hidden }))
    }
    return doc
  }
  return rows.map((row) => {
    const doc = documentOf(row.documentId)
    const page = [...doc.pages].reverse().find((candidate) => candidate.start <= row.start)
    return {
      contactId: contact.id,
      documentId: row.documentId,
      documentTitle: titleOf(row),
      pageIndex: page?.index ?? null,
      start: row.start,
      end: row.end,
      context: mentionContext(doc.text, row, doc.hidden, hideSelf)
    }
  })
}

/** The text around a mention on one line, the name between marks, withheld names replaced. */
export function mentionContext(text: string, mention: { start: number; end: number }, hidden: readonly NameMatch[], hideSelf: boolean): string {
  let from = Math.max(0, mention.start - CONTEXT)
  let to = Math.min(text.length, mention.end + CONTEXT)
  // Start and end on word boundaries.
  if (from > 0) {
    const space = text.slice(from, mention.start).search(/\s/)
    if (space >= 0) from += space + 1
  }
  if (to < text.length) {
    const cut = text.slice(mention.end, to).search(/\s\S*$/)
    if (cut > 0) to = mention.end + cut
  }
  const piece = (start: number, end: number) => {
    let out = ''
    let at = start
    for (const span of hidden) {
      if (span.end <= start || span.start >= end) continue
      out += text.slice(at, Math.max(at, span.start)) + WITHHELD_TEXT
      at = Math.max(at, span.end)
    }
    return out + text.slice(at, end)
  }
  const name = hideSelf ? WITHHELD_TEXT : text.slice(mention.start, mention.end)
  const context =
    (from > 0 ? '…' : '') +
    piece(from, mention.start) +
    MARK_START +
    name +
    MARK_END +
    piece(mention.end, to) +
    (to < text.length ? '…' : '')
  return context.replace(/\s+/g, ' ').trim()
}
