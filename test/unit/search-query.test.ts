import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../src/main/core/search/query'

const HOSTILE = [
  '"', '""', '"""', "'", "''", '*', '**', '-', '--', '---', '- -', 'OR', 'OR OR', 'AND', 'NOT', 'NEAR', 'NEAR(', 'NEAR(a b)',
  'NEAR(a b, 3)', 'a NEAR/3 b', '(', ')', '()', '(a', 'a)', '((a OR b)', 'title:drone', 'body:x', '{title body}: x', '^drone',
  'drone^', 'a + b', 'a AND', 'OR a', 'a OR', 'a -', '-a', '-"a b"', '"unterminated phrase', 'ends with quote"',
  "'; DROP TABLE documents; --", 'x" OR 1=1 --', '1=1', 'SELECT * FROM documents', '\\', '\\"', '\0', '\u0000drone',
  '🚁', '🚁*', '東京', 'ペーニャ*', 'Peña', 'PEÑA', 'a'.repeat(5000), 'drone '.repeat(500), '*drone', 'dr*one', 'kind:', 'kind:nope',
  'from:yesterday', 'status:', ':', '::', 'outlet:"x"', '\u202edrone', 'drone\u200b', '%', '_', '%_%', 'null', 'undefined',
  'col:', '"a" "b" "', 'a""b', '“smart quotes”', '“unterminated', '-- comment', '/* comment */', 'a/b', '.', '...', '?', '!'
]

function ftsTable() {
  const db = new Database(':memory:')
  db.exec("CREATE VIRTUAL TABLE t USING fts5(title, body, tokenize = 'porter unicode61 remove_diacritics 2')")
  const insert = db.prepare('INSERT INTO t (title, body) VALUES (?, ?)')
  insert.run('Drone alert', 'Agents near Tamaulipas were told drones may carry explosives.')
  insert.run('Interview', 'Rosa Peña said the EPT-IOC memo came from El Paso.')
  insert.run('東京 note', 'A source in 東京 described ペーニャ. 🚁 emoji line.')
  insert.run('Rumour', 'A rumour about drones that nobody confirmed.')
  return db
}

describe('search query parser', () => {
  it(`turns ${HOSTILE.length} hostile inputs into safe MATCH expressions that never error`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50)
    const db = ftsTable()
    const search = db.prepare('SELECT rowid FROM t WHERE t MATCH ?')
    for (const input of HOSTILE) {
      const parsed = parseQuery(input)
      if (parsed.match === null) continue
      expect(() => search.all(parsed.match), `query ${JSON.stringify(input.slice(0, 40))}`).not.toThrow()
    }
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(4)
  })

  it('finds words case- and accent-insensitively, with stemming', () => {
    const db = ftsTable()
    const hits = (q: string) => db.prepare('SELECT title FROM t WHERE t MATCH ? ORDER BY rowid').pluck().all(parseQuery(q).match)
    expect(hits('Pena')).toEqual(['Interview'])
    expect(hits('TAMAULIPAS')).toEqual(['Drone alert'])
    expect(hits('drone')).toEqual(['Drone alert', 'Rumour'])
    expect(hits('"carry explosives"')).toEqual(['Drone alert'])
    expect(hits('"explosives carry"')).toEqual([])
    expect(hits('tamau*')).toEqual(['Drone alert'])
    expect(hits('drones -rumour')).toEqual(['Drone alert'])
    expect(hits('rumour OR Peña')).toEqual(['Interview', 'Rumour'])
    expect(hits('EPT-IOC')).toEqual(['Interview'])
    expect(hits('東京')).toEqual(['東京 note'])
  })

  it('reads filters and leaves them out of the text query', () => {
    const parsed = parseQuery('kind:passages outlet:Ledger status:in-progress from:2025-02-01 to:2025-02 drone')
    expect(parsed.filters).toEqual({ kinds: ['passage'], outlet: 'Ledger', status: 'in_progress', from: '2025-02-01', to: '2025-02' })
    expect(parsed.match).toBe('("drone")')
    expect(parsed.terms).toEqual(['drone'])
  })

  it('finds nothing, rather than everything, for a query of exclusions or punctuation only', () => {
    expect(parseQuery('-drone').match).toBeNull()
    expect(parseQuery('"" * - OR ()').match).toBeNull()
  })
})
