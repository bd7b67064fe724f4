import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core/handlers'
import { SAMPLE_TITLE } from '../../src/main/core/sample/build'

const RESOURCES = resolve(__dirname, '../../resources')

describe('the sample case', () => {
  let dir: string
  let core: Core

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-sample-'))
    core = createCore({
      shell: 'browser',
      version: 'test',
      casesDir: join(dir, 'cases'),
      settingsDir: join(dir, 'settings'),
      resourcesDir: RESOURCES
    })
  })

  afterEach(() => {
    core.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('builds a case with documents, anchored passages and linked questions', async () => {
    const info = await core.handlers['cases.createSample']({})
    expect(info.title).toBe(SAMPLE_TITLE)
    expect(info.path.startsWith(join(dir, 'cases'))).toBe(true)

    const documents = await core.handlers['documents.list']({})
    expect(documents).toHaveLength(5)
    const byTitle = (fragment: string) => {
      const found = documents.find((doc) => doc.title.includes(fragment))
      if (!found) throw new Error(`no document titled like ${fragment}`)
      return found
    }

    const html = byTitle('Border Patrol alert warns cartels')
    expect(html).toMatchObject({ kind: 'article', outlet: 'The Frontera Dispatch', author: 'Lucía Ibáñez' })
    expect(html.publishedAt).toBe('2025-02-03T15:20:00.000Z')
    const htmlDetail = await core.handlers['documents.get']({ id: html.id })
    expect(htmlDetail.url).toBe('https://www.fronteradispatch.example/2025/02/03/border-patrol-drone-explosives-alert/')
    expect(htmlDetail.retrievedAt).toBe('2025-02-03T17:05:00.000Z')
    // Readability kept the story and dropped the site furniture and scripts.
    expect(htmlDetail.text).toContain('El Paso Sector Intelligence and Operations Center')
    expect(htmlDetail.text).not.toMatch(/Subscribe|dataLayer|All rights reserved/)

    expect(byTitle('Valley agents told to brace')).toMatchObject({
      kind: 'article',
      outlet: 'Gulf Coast Ledger',
      author: 'Marcus Núñez',
      publishedAt: '2025-02-04'
    })
    expect(byTitle('Transcript').kind).toBe('transcript')
    expect(byTitle('Interview notes: Arturo Peña-Salinas').kind).toBe('note')
    expect(byTitle('Memo summary').kind).toBe('note')

    const passages = (
      await Promise.all(documents.map((doc) => core.handlers['passages.listForDocument']({ documentId: doc.id })))
    ).flat()
    expect(passages.length).toBeGreaterThanOrEqual(8)
    // The questions' passages and the claims' (sample/claims.ts).
    expect(passages.length).toBeLessThanOrEqual(24)
    const texts = new Map(
      await Promise.all(documents.map(async (doc) => [doc.id, (await core.handlers['documents.get']({ id: doc.id })).text] as const))
    )
    for (const passage of passages) {
      expect(passage.anchor).toBe('anchored')
      expect(texts.get(passage.documentId)!.slice(passage.start, passage.end)).toBe(passage.exact)
      expect(passage.questionIds.length).toBeGreaterThan(0)
    }
    expect(passages.map((passage) => passage.exact)).toContain(
      'Mexican security forces recorded over 260 incidents in which drones dropped explosives in Mexico in 2023, injuring 42 security personnel'
    )

    const questions = await core.handlers['questions.list']({})
    expect(questions.length).toBeGreaterThanOrEqual(5)
    expect(questions.length).toBeLessThanOrEqual(7)
    expect(new Set(questions.map((question) => question.status))).toEqual(
      new Set(['open', 'in_progress', 'answered', 'cant_answer', 'dropped'])
    )
    expect(new Set(questions.map((question) => question.priority)).size).toBeGreaterThanOrEqual(3)
    for (const question of questions) expect(question.passages.length).toBeGreaterThan(0)

    const memo = questions.find((question) => question.title === 'Obtain the EPT-IOC memo')!
    expect(memo).toMatchObject({ status: 'in_progress', priority: 'urgent', assignee: 'Sofía Beltrán', dueDate: '2025-02-10' })
    const figure = questions.find((question) => question.title === 'Verify the 260-incident figure')!
    expect(figure.passages.map((passage) => passage.documentTitle)).toHaveLength(3)
    expect(figure.passages.some((passage) => passage.exact.includes('over 260 incidents'))).toBe(true)
    const sector = questions.find((question) => question.title.startsWith('Which sector issued the alert'))!
    const sectorQuotes = sector.passages.map((passage) => passage.exact).join(' ')
    expect(sectorQuotes).toContain('El Paso Sector Intelligence and Operations Center')
    expect(sectorQuotes).toContain('Rio Grande Valley sector')
    expect(new Set(sector.passages.map((passage) => passage.documentId)).size).toBe(3)
  })

  it('has contacts with sourcing terms, a confidential source, follow-ups due, links and mentions', async () => {
    await core.handlers['cases.createSample']({})
    const contacts = await core.handlers['contacts.list']({})
    expect(contacts).toHaveLength(7)
    expect((await core.handlers['cases.counts']({})).contacts).toBe(7)
    expect(new Set(contacts.map((contact) => contact.kind))).toEqual(new Set(['person', 'organization']))

    // Follow-ups due come first, earliest first.
    expect(contacts.slice(0, 3).map((contact) => contact.followUpDue)).toEqual(['2025-02-07', '2025-02-10', '2025-02-12'])
    expect(contacts[0]).toMatchObject({ displayName: 'Arturo Peña-Salinas', terms: 'background', lastContactedAt: '2025-02-05' })

    // The confidential source: withheld in the list, in the questions, and in the CLI-facing JSON.
    const secret = contacts.find((contact) => contact.confidential)!
    expect(secret).toMatchObject({ withheld: true, name: null, role: null, displayName: `Confidential source ${secret.id}` })
    const detail = await core.handlers['contacts.get']({ id: secret.id })
    expect(detail).toMatchObject({ description: 'a serving Border Patrol agent', channels: [], notes: '', aliases: [] })
    // What he read to us: quoted in the memo summary, cited by his description (sample/claims.ts).
    expect(new Set(detail.passages.map((link) => link.role))).toEqual(new Set(['quote']))
    const everything = JSON.stringify([contacts, detail, await core.handlers['questions.list']({})])
    expect(everything).not.toContain('Escamilla')
    expect((await core.handlers['contacts.get']({ id: secret.id, reveal: true })).name).toBe('Rubén Escamilla')
    const memo = (await core.handlers['questions.list']({})).find((question) => question.title === 'Obtain the EPT-IOC memo')!
    expect(memo.contacts).toEqual([{ id: secret.id, displayName: `Confidential source ${secret.id}`, confidential: true, terms: 'confidential' }])

    // Affiliations, links and mentions.
    const byName = (name: string) => contacts.find((contact) => contact.displayName === name)!
    expect(byName('Marisa Quintero')).toMatchObject({ affiliationName: 'U.S. Customs and Border Protection', followUpDue: '2025-02-10' })
    expect(byName('Gilberto Ochoa').affiliationName).toBe('Texas Department of Public Safety')
    expect(byName('Gilberto Ochoa').mentionCount).toBeGreaterThanOrEqual(8) // the transcript's speaker labels
    expect(byName('U.S. Customs and Border Protection').mentionCount).toBeGreaterThanOrEqual(4)
    expect(byName('Arturo Peña-Salinas').mentionCount).toBeGreaterThanOrEqual(2)
    const sector = (await core.handlers['questions.list']({})).find((question) => question.title.startsWith('Which sector'))!
    expect(sector.contacts.map((contact) => contact.displayName)).toEqual([
      'Arturo Peña-Salinas',
      'John Fabbricatore',
      'Marisa Quintero',
      'U.S. Customs and Border Protection'
    ])
    const mentions = await core.handlers['contacts.mentions']({ id: byName('Arturo Peña-Salinas').id })
    expect(mentions.map((mention) => mention.documentTitle)).toContain('Interview notes: Arturo Peña-Salinas, retired Border Patrol agent')

    // Suggestions leave out the contacts and offer the other people named.
    const suggestions = (await core.handlers['contacts.suggestions']({})).suggestions.map((suggestion) => suggestion.name)
    expect(suggestions).toEqual(expect.arrayContaining(['Tom Homan', 'Elena Garza', 'Héctor Villarreal', 'Glenn Ivey']))
    expect(suggestions.join('|')).not.toMatch(/Ochoa|Peña-Salinas|Fabbricatore|Customs and Border Protection/)
  }, 60_000)

  it('leaves no file behind when a sample document is missing', async () => {
    const broken = createCore({
      shell: 'browser',
      version: 'test',
      casesDir: join(dir, 'cases'),
      settingsDir: join(dir, 'settings'),
      resourcesDir: join(dir, 'no-resources')
    })
    const path = join(dir, 'broken.casefile')
    await expect(async () => broken.handlers['cases.createSample']({ path })).rejects.toThrow(/is missing/)
    expect(broken.currentDb()).toBeNull()
    expect(existsSync(path)).toBe(false)
  })
})
