// Search results against a naive oracle, on a generated case: a few hundred small documents (1–3
// pages each) and passages made of sentences drawn by a seeded PRNG from a fixed word list with
// accents and inflections. For every query, the set of pages (or passages) search() returns must
// equal the set the oracle finds by reading the text.
//
// The oracle is naive on purpose: fold case and diacritics (NFD, drop combining marks, lowercase),
// split into words on anything that is not a letter or digit, and compare word by word. One thing
// it cannot guess is the index's English stemming (porter), under which "drones" finds "drone" and
// "reporting" finds "reported". Rather than avoid inflections, the oracle compares stems, and takes
// the stem of each word of the list from SQLite's own porter tokenizer, one word at a time (through
// an fts5vocab table). The stemmer is the only thing borrowed: which pages match a word, a phrase,
// an exclusion, an OR or a prefix is decided here, by reading the text.
import Database from 'better-sqlite3-multiple-ciphers'
import { beforeAll, afterAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { initCase } from '../../src/main/core/cases/repo'
import { openCaseDb, type Db } from '../../src/main/core/db/open'
import { insertDocument } from '../../src/main/core/documents/repo'
import { createPassage } from '../../src/main/core/passages/repo'
import { search } from '../../src/main/core/search/repo'
import { tempDir } from './helpers/tmp'

const WORDS = [
  'drone', 'drones', 'border', 'patrol', 'patrols', 'memo', 'memos', 'report', 'reported', 'reporting',
  'cartel', 'cartels', 'explosive', 'explosives', 'agent', 'agents', 'river', 'county', 'sheriff',
  'witness', 'witnesses', 'money', 'ledger', 'shipment', 'truck', 'trucks', 'night', 'morning',
  'police', 'mayor', 'contract', 'contracts', 'bribe', 'bribes', 'source', 'sources', 'confirmed',
  'denied', 'the', 'of', 'in', 'and', 'near', 'or', 'not', 'Peña', 'Ibáñez', 'café', 'García',
  'Zürich', 'Muñoz', 'Bogotá', 'résumé', 'naïve', 'façade', 'São', 'Paulo', 'Ángel', 'Óscar',
  'niño', 'niños', 'señal', 'Málaga', 'Mañana', 'crédito', 'créditos', '2025', 'A7'
]
/** In the list (so it has a stem) but never written: must find nothing. */
const UNUSED = 'warehouse'

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const tokens = (text: string) => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** Mulberry32: the same case on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Each word's stem under SQLite's porter tokenizer, one word per row of a scratch FTS5 table. */
function porterStems(words: string[]): Map<string, string> {
  const scratch = new Database(':memory:')
  scratch.exec("CREATE VIRTUAL TABLE t USING fts5(w, tokenize = 'porter unicode61 remove_diacritics 2')")
  scratch.exec("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
  const insert = scratch.prepare('INSERT INTO t (rowid, w) VALUES (?, ?)')
  words.forEach((word, index) => insert.run(index + 1, word))
  const rows = scratch.prepare('SELECT doc, term FROM v').all() as { doc: number; term: string }[]
  scratch.close()
  return new Map(rows.map((row) => [fold(words[row.doc - 1]!), row.term]))
}

interface Unit {
  key: string
  /** Token stems of each column (a phrase never spans two columns). */
  columns: string[][]
}

interface Fixture {
  db: Db
  pages: Unit[]
  passages: Unit[]
  stem: (word: string) => string
  sentences: string[][]
}

function buildFixture(): Fixture {
  const next = prng(20250214)
  // Zipf-like weights over a shuffled list: a few words on almost every page, many on a few.
  const order = [...WORDS].sort(() => next() - 0.5)
  const weights = order.map((_, rank) => 1 / (rank + 1) ** 1.3)
  const total = weights.reduce((a, b) => a + b, 0)
  const pick = () => {
    let r = next() * total
    for (let i = 0; i < order.length; i++) if ((r -= weights[i]!) <= 0) return order[i]!
    return order[order.length - 1]!
  }
  const cap = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)
  const sentence = () => {
    const words = Array.from({ length: 4 + Math.floor(next() * 9) }, pick)
    const variant = words.map((word) => (next() < 0.1 ? word.toUpperCase() : word))
    return `${cap(variant.join(next() < 0.2 ? ', ' : ' '))}.`
  }

  const db = openCaseDb(join(tempDir(), 'oracle.casefile'), { create: true })
  const sentences: string[][] = []
  const documentIds: number[] = []
  db.transaction(() => {
    initCase(db, 'Oracle', '2025-02-14T00:00:00.000Z')
    for (let d = 0; d < 300; d++) {
      const pageTexts = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
        Array.from({ length: 1 + Math.floor(next() * 5) }, sentence).join(' ')
      )
      const pages: { label: string; start: number; end: number }[] = []
      let text = ''
      pageTexts.forEach((page, index) => {
        if (index > 0) text += '\n\n'
        pages.push({ label: String(index + 1), start: text.length, end: text.length + page.length })
        text += page
      })
      const title = Array.from({ length: 2 + Math.floor(next() * 4) }, pick).map(cap).join(' ')
      sentences.push(...pageTexts.flatMap((page) => page.split('. ')).map(tokens))
      const bytes = new TextEncoder().encode(text)
      documentIds.push(
        insertDocument(db, {
          kind: 'memo', title, outlet: null, author: null, publishedAt: null, url: null,
          sourceName: `doc-${d}.txt`, mimeType: 'text/plain', encoding: 'utf-8', sha256: `sha-${d}`,
          retrievedAt: null, importedAt: '2025-02-14T00:00:00.000Z', text, original: bytes, pages
        })
      )
    }
  })()
  // Passages: a span of whole words (as a reporter selects them) from about half of the documents.
  const letter = /[\p{L}\p{N}]/u
  for (const id of documentIds.filter(() => next() < 0.5)) {
    const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as string
    let start = Math.floor(next() * text.length * 0.6)
    let end = Math.min(text.length, start + 10 + Math.floor(next() * 80))
    while (start > 0 && letter.test(text[start - 1]!)) start--
    while (end < text.length && letter.test(text[end]!)) end++
    createPassage(db, id, start, end)
  }

  const stems = porterStems([...WORDS, UNUSED])
  const stem = (word: string) => stems.get(fold(word)) ?? `?${fold(word)}`
  const stemAll = (text: string) => tokens(text).map(stem)
  const pages = (
    db
      .prepare(
        `SELECT d.id, d.title, p.page_index AS pageIndex, substr(d.text, p.start_offset + 1, p.end_offset - p.start_offset) AS body
         FROM pages p JOIN documents d ON d.id = p.document_id`
      )
      .all() as { id: number; title: string; pageIndex: number; body: string }[]
  ).map((row) => ({ key: `${row.id}:${row.pageIndex}`, columns: [stemAll(row.title), stemAll(row.body)] }))
  const passages = (db.prepare('SELECT id, exact FROM passages').all() as { id: number; exact: string }[]).map((row) => ({
    key: String(row.id),
    columns: [stemAll(row.exact)]
  }))
  return { db, pages, passages, stem, sentences }
}

/** Does any column hold these stems as consecutive words? */
const hasPhrase = (unit: Unit, phrase: string[]) =>
  unit.columns.some((column) => column.some((_, i) => phrase.every((word, j) => column[i + j] === word)))
const hasPrefix = (unit: Unit, prefix: string) => unit.columns.some((column) => column.some((word) => word.startsWith(prefix)))

describe('search against a naive oracle', () => {
  let fx: Fixture
  beforeAll(() => {
    fx = buildFixture()
  })
  afterAll(() => fx.db.close())

  const found = (query: string, kind: 'document' | 'passage') =>
    search(fx.db, query, { kinds: [kind], limit: 100_000 })
      .hits.map((hit) => (kind === 'document' ? `${hit.id}:${hit.pageIndex}` : String(hit.id)))
      .sort()
  const expected = (units: Unit[], test: (unit: Unit) => boolean) => units.filter(test).map((unit) => unit.key).sort()
  const phrase = (text: string) => tokens(text).map(fx.stem)

  it('uses a fixture where stemming and folding matter, and sizes vary', () => {
    expect(fx.stem('drones')).toBe(fx.stem('drone'))
    expect(fx.stem('REPORTING')).toBe(fx.stem('reported'))
    expect(fx.stem('Pena')).toBe(fx.stem('peña'))
    expect(fx.pages.length).toBeGreaterThan(500)
    expect(fx.passages.length).toBeGreaterThan(100)
    const sizes = WORDS.map((word) => expected(fx.pages, (unit) => hasPhrase(unit, [fx.stem(word)])).length)
    expect(Math.max(...sizes)).toBeGreaterThan(fx.pages.length / 2)
    expect(Math.min(...sizes)).toBeLessThan(fx.pages.length / 30)
  })

  it('finds exactly the pages and passages that hold a word, whatever its case and accents', () => {
    // ("OR" in capitals is the operator, so the word "or" is only asked for in lower case.)
    const variants = WORDS.flatMap((word) => [word, word.toUpperCase(), fold(word), cap(fold(word))]).filter((q) => q !== 'OR')
    const queries = [...new Set([...variants, 'PENA', 'ibanez', 'ZURICH', 'dróne', 'Sao', UNUSED, 'xylophone'])]
    for (const query of queries) {
      const word = phrase(query)
      expect(found(query, 'document'), query).toEqual(expected(fx.pages, (unit) => hasPhrase(unit, word)))
      expect(found(query, 'passage'), query).toEqual(expected(fx.passages, (unit) => hasPhrase(unit, word)))
    }
    expect(found(UNUSED, 'document')).toEqual([])
  })

  it('finds exactly the pages that hold an exact phrase', () => {
    const next = prng(7)
    const queries: string[] = []
    for (let i = 0; i < 40; i++) {
      const sentence = fx.sentences[Math.floor(next() * fx.sentences.length)]!
      const length = 2 + Math.floor(next() * 2)
      const start = Math.floor(next() * Math.max(1, sentence.length - length))
      queries.push(`"${sentence.slice(start, start + length).join(' ')}"`)
    }
    // Pairs of random words: mostly absent as phrases, though both words are common.
    for (let i = 0; i < 20; i++) queries.push(`"${WORDS[Math.floor(next() * WORDS.length)]} ${WORDS[Math.floor(next() * WORDS.length)]}"`)
    for (const query of queries) {
      expect(found(query, 'document'), query).toEqual(expected(fx.pages, (unit) => hasPhrase(unit, phrase(query))))
    }
  })

  it('treats "a -b" as a difference, "a OR b" as a union, and "pre*" as a prefix of stems', () => {
    const next = prng(11)
    const word = () => WORDS[Math.floor(next() * WORDS.length)]!
    for (let i = 0; i < 40; i++) {
      const [a, b] = [word(), word()]
      const [sa, sb] = [fx.stem(a), fx.stem(b)]
      expect(found(`${a} -${b}`, 'document'), `${a} -${b}`).toEqual(
        expected(fx.pages, (unit) => hasPhrase(unit, [sa]) && !hasPhrase(unit, [sb]))
      )
      expect(found(`${a} OR ${b}`, 'document'), `${a} OR ${b}`).toEqual(
        expected(fx.pages, (unit) => hasPhrase(unit, [sa]) || hasPhrase(unit, [sb]))
      )
      expect(found(`${a} ${b}`, 'document'), `${a} ${b}`).toEqual(
        expected(fx.pages, (unit) => hasPhrase(unit, [sa]) && hasPhrase(unit, [sb]))
      )
    }
    // FTS5 stems a prefix of 3+ letters like any word before looking it up, so the oracle does too.
    for (const prefix of ['dro', 'rep', 'car', 'cre', 'wit', 'pat', 'sen', 'mañ', 'NIÑ']) {
      const stemmed = porterStems([prefix]).get(fold(prefix))!
      expect(found(`${prefix}*`, 'document'), prefix).toEqual(expected(fx.pages, (unit) => hasPrefix(unit, stemmed)))
    }
  })
})

function cap(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}
