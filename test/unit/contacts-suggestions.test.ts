// Suggested contacts: measured against hand-annotated documents (precision and recall, printed),
// then the rules around them: existing contacts and dismissed names never come back, accepting a
// suggestion makes a contact with its mentions.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ContactSuggestion } from '../../src/shared/models'
import { foldName } from '../../src/main/core/contacts/names'
import { listSuggestions, unreadSuggestionDocuments } from '../../src/main/core/contacts/suggestions'
import { b64, tempCore } from './helpers/tmp'

const FIXTURES = resolve(__dirname, '../fixtures/contacts')
const SAMPLE = resolve(__dirname, '../../resources/sample')

interface Entity {
  name: string
  variants: string[]
}
interface Annotations {
  documents: string[]
  people: Entity[]
  organizations: Entity[]
}

interface Score {
  precision: number
  recall: number
  truePositives: number
  suggestions: number
  entities: number
  kindErrors: string[]
  falsePositives: string[]
  missed: string[]
}

/**
 * A suggestion is right when its folded name is an annotated entity's name or variant, and that
 * entity was not already found by another suggestion (a second suggestion for the same entity is
 * noise for the reader, so it counts as a false positive).
 */
function score(suggestions: ContactSuggestion[], annotations: Annotations): Score {
  const entities = [
    ...annotations.people.map((entity) => ({ ...entity, kind: 'person' as const })),
    ...annotations.organizations.map((entity) => ({ ...entity, kind: 'organization' as const }))
  ]
  const found = new Set<string>()
  const falsePositives: string[] = []
  const kindErrors: string[] = []
  for (const suggestion of suggestions) {
    const folded = foldName(suggestion.name)
    const entity = entities.find((candidate) => [candidate.name, ...candidate.variants].some((name) => foldName(name) === folded))
    if (!entity || found.has(entity.name)) {
      falsePositives.push(suggestion.name)
      continue
    }
    found.add(entity.name)
    if (entity.kind !== suggestion.kind) kindErrors.push(suggestion.name)
  }
  return {
    precision: suggestions.length ? found.size / suggestions.length : 0,
    recall: found.size / entities.length,
    truePositives: found.size,
    suggestions: suggestions.length,
    entities: entities.length,
    kindErrors,
    falsePositives,
    missed: entities.filter((entity) => !found.has(entity.name)).map((entity) => entity.name)
  }
}

async function suggestionsFor(folder: string, annotations: Annotations) {
  const core = tempCore()
  await core.handlers['cases.create']({ title: 'Suggestions' })
  for (const file of annotations.documents) {
    await core.handlers['documents.import']({ name: file, data: b64(readFileSync(join(folder, file))) })
  }
  return { core, suggestions: (await core.handlers['contacts.suggestions']({ limit: 1000 })).suggestions }
}

function report(label: string, result: Score): void {
  const pct = (value: number) => `${(value * 100).toFixed(0)}%`
  console.log(
    `${label}: precision ${pct(result.precision)} (${result.truePositives}/${result.suggestions}), ` +
      `recall ${pct(result.recall)} (${result.truePositives}/${result.entities}), kind wrong for ${result.kindErrors.length}\n` +
      `  false positives: ${result.falsePositives.join('; ') || 'none'}\n  missed: ${result.missed.join('; ') || 'none'}\n` +
      `  wrong kind: ${result.kindErrors.join('; ') || 'none'}`
  )
}

const fixtureAnnotations = JSON.parse(readFileSync(join(FIXTURES, 'annotations.json'), 'utf8')) as Annotations
const sampleAnnotations = JSON.parse(readFileSync(join(FIXTURES, 'sample-annotations.json'), 'utf8')) as Annotations
const holdoutAnnotations = JSON.parse(readFileSync(join(FIXTURES, 'holdout-annotations.json'), 'utf8')) as Annotations

describe('contact suggestions', () => {
  it('finds the people and organisations a reader would list in the fixture documents', async () => {
    const { suggestions } = await suggestionsFor(FIXTURES, fixtureAnnotations)
    const result = score(suggestions, fixtureAnnotations)
    report(`Fixture (${fixtureAnnotations.documents.length} documents, ${result.entities} entities)`, result)
    // Measured: 100% and 100% (the clean-up was tuned on these documents; see the held-out test).
    expect(result.recall).toBeGreaterThanOrEqual(0.9)
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
  }, 60_000)

  it('does nearly as well on the sample case (looked at once while tuning)', async () => {
    const { suggestions } = await suggestionsFor(SAMPLE, sampleAnnotations)
    const result = score(suggestions, sampleAnnotations)
    report(`Sample case (${sampleAnnotations.documents.length} documents, ${result.entities} entities)`, result)
    // Measured: precision 96%, recall 83% (organisations known only by an acronym or a one-word
    // brand are missed: "ICE", "NewsNation").
    expect(result.recall).toBeGreaterThanOrEqual(0.75)
    expect(result.precision).toBeGreaterThanOrEqual(0.85)
  }, 60_000)

  it('reads documents for a limited time per call, newest first, and goes on at the next call', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Budget' })
    for (const file of ['sheriff-email.txt', 'council-hearing.md']) {
      await core.handlers['documents.import']({ name: file, data: b64(readFileSync(join(FIXTURES, file))) })
    }
    const db = core.currentDb()!
    expect(await listSuggestions(db, { budgetMs: 0 })).toEqual([])
    expect(unreadSuggestionDocuments(db)).toBe(2)
    // A tiny budget still reads one document, the newest (the council article).
    const first = await listSuggestions(db, { budgetMs: 1e-9 })
    expect(new Set(first.flatMap((suggestion) => suggestion.documents.map((doc) => doc.title)))).toEqual(new Set(['Council grills port chief over drone footage']))
    expect(unreadSuggestionDocuments(db)).toBe(1) // the app says "still reading 1 document" and asks again
    const all = await listSuggestions(db, { budgetMs: 1e-9 })
    expect(unreadSuggestionDocuments(db)).toBe(0)
    expect(all.length).toBeGreaterThan(first.length)
    expect(await listSuggestions(db)).toEqual(all)
  }, 60_000)

  it('and on two documents written after the tuning (held out)', async () => {
    const { suggestions } = await suggestionsFor(FIXTURES, holdoutAnnotations)
    const result = score(suggestions, holdoutAnnotations)
    report(`Held out (${holdoutAnnotations.documents.length} documents, ${result.entities} entities)`, result)
    // Measured: precision 96%, recall 77%.
    expect(result.recall).toBeGreaterThanOrEqual(0.7)
    expect(result.precision).toBeGreaterThanOrEqual(0.85)
  }, 60_000)
})
