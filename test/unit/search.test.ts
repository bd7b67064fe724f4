import { describe, expect, it } from 'vitest'
import { matchesInDocument, markedRanges, MARK_END, MARK_START, search } from '../../src/main/core/search/repo'
import { b64, tempCore } from './helpers/tmp'

const DOCS: Record<string, string> = {
  'alert.txt': 'Drone alert\n\nAgents near Tamaulipas were told that drones may carry explosives. Rosa Peña confirmed it.',
  'rumour.txt': 'Rumour mill\n\nA rumour about a drone that nobody confirmed, from McAllen.',
  'tokyo.txt': 'Tokyo note\n\nA source in 東京 🚁 described the memo differently.'
}

async function searchCase() {
  const core = tempCore()
  await core.handlers['cases.create']({ title: 'Search' })
  const ids: Record<string, number> = {}
  for (const [name, text] of Object.entries(DOCS)) {
    ids[name] = (await core.handlers['documents.import']({ name, data: b64(text) })).document.id
  }
  const db = core.currentDb()!
  return { core, db, ids }
}

/** The naive oracle: which documents contain the word, ignoring case and accents. */
function oracle(word: string): string[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  return Object.entries(DOCS)
    .filter(([, text]) => fold(text).includes(fold(word)))
    .map(([name]) => name)
    .sort()
}

describe('search', () => {
  it('agrees with a naive substring oracle on whole words, case- and accent-insensitively', async () => {
    const { db, ids } = await searchCase()
    const names = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]))
    for (const word of ['tamaulipas', 'PENA', 'peña', 'confirmed', 'memo', 'McAllen', '東京', 'explosives']) {
      const found = search(db, word, { kinds: ['document'] }).hits.map((hit) => names[hit.id]).sort()
      expect(found, word).toEqual(oracle(word))
    }
  })

  it('keeps the index in step with passages, questions, title edits and deletions', async () => {
    const { core, db, ids } = await searchCase()
    const text = DOCS['alert.txt']!
    const start = text.indexOf('drones may carry')
    const passage = await core.handlers['passages.create']({ documentId: ids['alert.txt']!, start, end: start + 16 })
    const question = await core.handlers['questions.create']({ title: 'Verify the explosives claim', passageIds: [passage.id] })
    expect(search(db, 'carry', { kinds: ['passage'] }).hits.map((h) => h.id)).toEqual([passage.id])
    expect(search(db, 'explosive', { kinds: ['question'] }).hits.map((h) => h.id)).toEqual([question.id])

    await core.handlers['questions.update']({ id: question.id, notes: 'Call the Tamaulipas state police.' })
    expect(search(db, 'state police', { kinds: ['question'] }).hits).toHaveLength(1)
    await core.handlers['documents.update']({ id: ids['rumour.txt']!, title: 'Unconfirmed sighting' })
    expect(search(db, 'unconfirmed', { kinds: ['document'] }).hits.map((h) => h.title)).toEqual(['Unconfirmed sighting'])

    await core.handlers['passages.delete']({ id: passage.id })
    await core.handlers['questions.delete']({ id: question.id })
    await core.handlers['documents.delete']({ id: ids['alert.txt']! })
    expect(search(db, 'carry explosives').hits).toEqual([])
  })

  it('marks matches in snippets with control characters, never HTML', async () => {
    const { db } = await searchCase()
    const [hit] = search(db, 'Pena', { kinds: ['document'] }).hits
    expect(hit!.snippet).toContain(`${MARK_START}Peña${MARK_END}`)
    expect(markedRanges(`a${MARK_START}bc${MARK_END}d`)).toEqual([{ start: 1, end: 3 }])
  })

  it('finds match offsets in a document for the reader, exact in UTF-16 text', async () => {
    const { db, ids } = await searchCase()
    const text = DOCS['tokyo.txt']!
    const ranges = matchesInDocument(db, ids['tokyo.txt']!, 'memo')
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['memo'])
    const alert = DOCS['alert.txt']!
    expect(matchesInDocument(db, ids['alert.txt']!, 'drone').map((r) => alert.slice(r.start, r.end))).toEqual(['Drone', 'drones'])
  })

  it('applies filters and returns nothing, not an error, for hostile input', async () => {
    const { db } = await searchCase()
    expect(search(db, 'kind:question drone').hits).toEqual([])
    expect(search(db, 'drone status:open').hits.every((h) => h.kind === 'question')).toBe(true)
    for (const input of ['"', "'; DROP TABLE documents; --", '*', '-drone', '()']) {
      expect(search(db, input).hits).toEqual([])
    }
    // Operator syntax is only ever words: "NEAR(" looks for the word "near".
    expect(search(db, 'NEAR(', { kinds: ['document'] }).hits.map((h) => h.title)).toEqual(['Drone alert'])
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3)
  })
})

describe('search hits', () => {
  it('carry what the results list shows: a document’s kind and page count, a question’s status', async () => {
    const { core, db, ids } = await searchCase()
    const question = await core.handlers['questions.create']({ title: 'Which drone model?' })
    await core.handlers['questions.update']({ id: question.id, status: 'in_progress' })
    const hits = search(db, 'drone').hits
    expect(hits.find((h) => h.kind === 'document' && h.id === ids['alert.txt'])).toMatchObject({ documentKind: 'note', pageCount: 1, status: null })
    expect(hits.find((h) => h.kind === 'question')).toMatchObject({ id: question.id, status: 'in_progress', documentKind: null, pageCount: null })
  })
})
