// Mentions: where contacts are named in the documents. The matcher on its own (diacritics,
// aliases, possessives, initials, line breaks, whole words), then the stored mentions on the
// fixture documents, kept current as documents are imported and contacts change.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../src/shared/models'
import { NameMatcher } from '../../src/main/core/contacts/matcher'
import { checkMentions, rebuildMentions } from '../../src/main/core/contacts/mentions'
import { b64, tempCore } from './helpers/tmp'

const FIXTURES = resolve(__dirname, '../fixtures/contacts')

/** The names found, as written in the text. */
function found(names: string[], text: string, pageStarts: number[] = []): string[] {
  return new NameMatcher([{ contactId: 1, names }]).scan(text, pageStarts).map(({ start, end }) => text.slice(start, end))
}

describe('the name matcher', () => {
  it('ignores case and accents, both ways', () => {
    expect(found(['Renée Dubois-Okafor'], 'Renee Dubois-Okafor and RENÉE DUBOIS-OKAFOR spoke.')).toEqual([
      'Renee Dubois-Okafor',
      'RENÉE DUBOIS-OKAFOR'
    ])
    expect(found(['Arturo Pena-Salinas'], 'Arturo Peña-Salinas retired in 2021.')).toEqual(['Arturo Peña-Salinas'])
    // Decomposed accents (NFD) in the text are the same letters.
    expect(found(['Óscar Ibarra'], 'Councilmember O\u0301scar Ibarra opened the hearing.')).toEqual(['O\u0301scar Ibarra'])
    expect(found(['Halvard Strøm'], 'Ask about Strøm’s departure; Halvard Strøm left in February.')).toEqual(['Halvard Strøm'])
  })

  it('finds a name broken across a line, but not across a paragraph or a comma', () => {
    expect(found(['Renée Dubois-Okafor'], 'The executive director, Renée\nDubois-Okafor, said so.')).toEqual(['Renée\nDubois-Okafor'])
    expect(found(['Renée Dubois-Okafor'], 'told the board, Renée  \n  Dubois-Okafor said')).toEqual(['Renée  \n  Dubois-Okafor'])
    expect(found(['Arturo Peña-Salinas'], 'notes by Arturo Peña-\nSalinas, retired')).toEqual(['Arturo Peña-\nSalinas'])
    expect(found(['Tom Homan'], 'Tom\n\nHoman')).toEqual([])
    expect(found(['Tom Homan'], 'Tom, Homan and others')).toEqual([])
  })

  it('finds names followed by a possessive, and only whole words', () => {
    const text = "Whitcombe's letter, Whitcombe’s company, the Castellanos' byline, Whitcombes and Whitcomber."
    expect(found(['Whitcombe'], text)).toEqual(['Whitcombe', 'Whitcombe'])
    expect(found(['Castellanos'], text)).toEqual(['Castellanos'])
    expect(found(['Homan'], 'Homan, Homan. Homan; (Homan) "Homan" Homan-era Homanville')).toHaveLength(6)
  })

  it('writes initials either way', () => {
    const text = 'J. D. Whitcombe wrote; J.D. Whitcombe signed; JD Whitcombe called; J D Whitcombe left.'
    expect(found(['J. D. Whitcombe'], text)).toEqual(['J. D. Whitcombe', 'J.D. Whitcombe', 'JD Whitcombe', 'J D Whitcombe'])
    expect(found(['JD Whitcombe'], text)).toHaveLength(4)
    expect(found(['J.D. Whitcombe'], 'D. Whitcombe and J. Whitcombe are someone else.')).toEqual([])
    // A full stop after an abbreviation is optional; after a word it ends a sentence.
    expect(found(['Sgt. Dmitri Kowalczyk'], 'Sgt Dmitri Kowalczyk')).toHaveLength(1)
    expect(found(['Tom Homan'], 'they met Tom. Homan was not there')).toEqual([])
  })

  it('does not find a name inside a longer hyphenated one', () => {
    expect(found(['Peña'], 'Rosa Peña and Arturo Peña-Salinas, and Peña-\nSalinas again')).toEqual(['Peña'])
    expect(found(['Salinas'], 'Arturo Peña-Salinas')).toEqual([])
    // A hyphen to a lower-case word is not a name: "Homan-era".
    expect(found(['Homan'], 'the Homan-era policy and an anti-Homan protest')).toHaveLength(2)
    // Hyphen and space are the same inside a name.
    expect(found(['Peña Salinas'], 'Arturo Peña-Salinas')).toEqual(['Peña-Salinas'])
  })

  it('matches acronyms in capitals only', () => {
    expect(found(['ICE'], 'ICE officers slipped on the ice; Ice Age.')).toEqual(['ICE'])
    expect(found(['Immigration and Customs Enforcement', 'ICE'], 'Immigration and Customs Enforcement (ICE)')).toHaveLength(2)
  })

  it('lets the longest name win where names overlap, and keeps every contact with the same name', () => {
    const matcher = new NameMatcher([
      { contactId: 1, names: ['Rosa Peña'] },
      { contactId: 2, names: ['Peña', 'Arturo Peña-Salinas'] },
      { contactId: 3, names: ['Rosa Peña'] }
    ])
    const text = 'Rosa Peña runs a grocery. Peña said so.'
    expect(matcher.scan(text).map((match) => [match.contactId, text.slice(match.start, match.end)])).toEqual([
      [1, 'Rosa Peña'],
      [3, 'Rosa Peña'],
      [2, 'Peña']
    ])
  })

  it('never lets a mention straddle two pages', () => {
    const text = 'the director Renée\nDubois-Okafor said'
    const pageStart = text.indexOf('Dubois')
    expect(found(['Renée Dubois-Okafor'], text, [pageStart])).toEqual([])
    expect(found(['Renée Dubois-Okafor'], text, [text.indexOf('said')])).toHaveLength(1)
  })

  it('gives offsets in UTF-16 code units, as passages do', () => {
    const text = '😀 Emoji first: Frida Söderqvist said 😀 Frida Söderqvist'
    const matches = new NameMatcher([{ contactId: 7, names: ['Frida Soderqvist'] }]).scan(text)
    expect(matches).toHaveLength(2)
    for (const match of matches) expect(text.slice(match.start, match.end)).toBe('Frida Söderqvist')
  })
})

describe('stored mentions', () => {
  const FILES = ['harbor-drone-contract.txt', 'council-hearing.md', 'interview-notes-ferreira.txt', 'sheriff-email.txt']

  async function fixtureCase() {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Port drones' })
    const ids: Record<string, number> = {}
    for (const file of FILES) {
      const { document } = await core.handlers['documents.import']({ name: file, data: b64(readFileSync(join(FIXTURES, file))) })
      ids[file] = document.id
    }
    return { core, h: core.handlers, ids, db: core.currentDb()! }
  }

  it('finds a contact by name and aliases across the fixture documents, in context', async () => {
    const { h, ids, db } = await fixtureCase()
    const director = await h['contacts.create']({ name: 'Renée Dubois-Okafor', aliases: ['Dubois-Okafor'], role: 'Executive director' })
    const mentions = await h['contacts.mentions']({ id: director.id })
    const byDocument = (file: string) => mentions.filter((mention) => mention.documentId === ids[file])
    // Harbor article: the full name once, the surname twice, once with a possessive ("Dubois-Okafor's office").
    expect(byDocument('harbor-drone-contract.txt')).toHaveLength(3)
    // Council article: the name broken across a line ("Renée\nDubois-Okafor").
    const council = byDocument('council-hearing.md')
    const text = (await h['documents.get']({ id: ids['council-hearing.md']! })).text
    expect(council.map((mention) => text.slice(mention.start, mention.end))).toContain('Renée\nDubois-Okafor')
    expect(byDocument('interview-notes-ferreira.txt')).toHaveLength(2)
    expect(byDocument('sheriff-email.txt')).toHaveLength(1) // "Ms. Dubois-Okafor's office"
    for (const mention of mentions) {
      expect(mention.pageIndex).toBe(0)
      expect(mention.context).toContain(SNIPPET_MARK_START)
      expect(mention.context).toMatch(new RegExp(`${SNIPPET_MARK_START}(Renée )?Dubois-Okafor${SNIPPET_MARK_END}`))
      expect(mention.context).not.toMatch(/\n/)
    }
    expect((await h['contacts.get']({ id: director.id })).mentionCount).toBe(mentions.length)
    expect(checkMentions(db)).toEqual({ missing: 0, stale: 0 })
  })

  it('finds names with diacritics whichever way they are typed, and initials either way', async () => {
    const { h } = await fixtureCase()
    const ibarra = await h['contacts.create']({ name: 'Oscar Ibarra', aliases: ['Councilmember Ibarra', 'Ibarra'] })
    // "Óscar Ibarra" and "Ibarra" twice in the council article; "Councilmember Ibarra" in the e-mail.
    const ibarraMentions = await h['contacts.mentions']({ id: ibarra.id })
    expect(ibarraMentions.map((mention) => mention.context.match(/\u0002(.*)\u0003/)![1])).toEqual([
      'Óscar Ibarra',
      'Ibarra',
      'Ibarra',
      'Councilmember Ibarra'
    ])
    const whitcombe = await h['contacts.create']({ name: 'JD Whitcombe', aliases: ['Whitcombe'] })
    const contexts = (await h['contacts.mentions']({ id: whitcombe.id })).map((mention) => mention.context)
    expect(contexts.some((context) => context.includes(`${SNIPPET_MARK_START}J. D. Whitcombe${SNIPPET_MARK_END}`))).toBe(true)
    expect(contexts.some((context) => context.includes(`${SNIPPET_MARK_START}J.D. Whitcombe${SNIPPET_MARK_END}`))).toBe(true)
    expect(contexts.some((context) => context.includes(`${SNIPPET_MARK_START}Whitcombe${SNIPPET_MARK_END}'s`))).toBe(true)
    // Letters that are not a base letter plus an accent (ø, ł, æ) stay themselves, as in search.
    const strom = await h['contacts.create']({ name: 'Halvard Strøm', aliases: ['Strøm'] })
    expect(await h['contacts.mentions']({ id: strom.id })).toHaveLength(3) // "Halvard Strøm", "Strøm", "Strøm's"
  })

  it('stays current as documents are imported, and as contacts are renamed, merged and deleted', async () => {
    const core = tempCore()
    const h = core.handlers
    await h['cases.create']({ title: 'Later' })
    const db = core.currentDb()!
    const strom = await h['contacts.create']({ name: 'Halvard Strøm' })
    expect(strom.mentionCount).toBe(0)
    await h['documents.import']({ name: 'notes.txt', data: b64(readFileSync(join(FIXTURES, 'interview-notes-ferreira.txt'))) })
    expect((await h['contacts.get']({ id: strom.id })).mentionCount).toBe(1)

    // A new alias finds the surname alone (FTS picks the candidate documents).
    await h['contacts.update']({ id: strom.id, aliases: ['Strøm'] })
    expect((await h['contacts.get']({ id: strom.id })).mentionCount).toBe(3)
    expect(checkMentions(db)).toEqual({ missing: 0, stale: 0 })

    // A longer overlapping name of another contact takes over; deleting it gives the words back.
    const halvard = await h['contacts.create']({ name: 'Halvard Strøm Jr' })
    expect(halvard.mentionCount).toBe(0)
    const other = await h['contacts.create']({ name: 'Tobías Ferreira-Lund', aliases: ['Ferreira-Lund'] })
    expect(other.mentionCount).toBe(2)
    await h['contacts.update']({ id: other.id, name: 'Tobias Ferreira' })
    // "Tobías Ferreira-Lund" no longer matches "Tobias Ferreira" (a hyphenated name is one name).
    expect((await h['contacts.get']({ id: other.id })).mentionCount).toBe(2) // via the alias kept
    expect(checkMentions(db)).toEqual({ missing: 0, stale: 0 })

    const merged = await h['contacts.merge']({ keepId: strom.id, mergeId: halvard.id })
    expect(merged.aliases).toContain('Halvard Strøm Jr')
    await h['contacts.delete']({ id: other.id })
    expect(db.prepare('SELECT count(*) FROM mentions WHERE contact_id = ?').pluck().get(other.id)).toBe(0)
    expect(checkMentions(db)).toEqual({ missing: 0, stale: 0 })

    // A damaged table is found by the check and repaired by a rebuild.
    db.prepare('DELETE FROM mentions').run()
    expect(checkMentions(db).missing).toBe(3)
    expect(rebuildMentions(db)).toEqual({ mentions: 3 })
    expect(checkMentions(db)).toEqual({ missing: 0, stale: 0 })
  })

  it('reports the page of a mention in a document with several pages', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Pages' })
    const db = core.currentDb()!
    const contact = await core.handlers['contacts.create']({ name: 'Ilse Brandvold' })
    const { insertDocument } = await import('../../src/main/core/documents/repo')
    const first = 'Page one names nobody at all.'
    const text = `${first}\n\nPage two: Captain Ilse Brandvold said a pilot boat changed course.`
    db.transaction(() =>
      insertDocument(db, {
        kind: 'memo',
        title: 'Two pages',
        outlet: null,
        author: null,
        publishedAt: null,
        url: null,
        sourceName: 'two.pdf',
        mimeType: 'application/pdf',
        encoding: 'binary',
        sha256: 'f'.repeat(64),
        retrievedAt: null,
        importedAt: new Date().toISOString(),
        text,
        original: new Uint8Array([1, 2, 3]),
        pages: [
          { label: '1', start: 0, end: first.length },
          { label: '2', start: first.length + 2, end: text.length }
        ]
      })
    )()
    const [mention] = await core.handlers['contacts.mentions']({ id: contact.id })
    expect(mention).toMatchObject({ pageIndex: 1, documentTitle: 'Two pages' })
    expect(text.slice(mention!.start, mention!.end)).toBe('Ilse Brandvold')
  })
})
