// The sourced summary: the plan, the model and its three renderers (golden Markdown and HTML, DOCX
// read back from its XML), confidentiality in every format, atomic writes, the command line, and
// the sample case's export.
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Args, Method, Results } from '../../src/shared/api'
import { CasefileError } from '../../src/shared/errors'
import { run } from '../../src/main/cli/program'
import { createCore, type Core } from '../../src/main/core/handlers'
import { dispatch } from '../../src/main/core/dispatch'
import { openCaseDb } from '../../src/main/core/db/open'
import { buildSummaryModel } from '../../src/main/core/export/model'
import { renderMarkdown } from '../../src/main/core/export/markdown'
import { renderHtml } from '../../src/main/core/export/html'
import { assertNoWithheldNames } from '../../src/main/core/export/sourcing'
import { exportFileName } from '../../src/main/core/export/files'
import { textPdf, withPageLabels } from '../helpers/pdfs'
import { b64, tempCore, tempDir } from './helpers/tmp'

const GOLDEN = resolve(__dirname, '../fixtures/export')
const RESOURCES = resolve(__dirname, '../../resources')
const RETRIEVED = Date.parse('2025-02-07T10:00:00Z')

/** Names that must never appear in any export: the confidential contact's name and alias, the off-the-record contact's name. */
const WITHHELD = ['Ramón Quiroga', 'Quiroga', 'Teodora Villalba']
/** Internal notes of every kind: none of them may leave the case. */
const INTERNAL = [
  'INTERNAL-CLAIM-NOTE',
  'INTERNAL-QUESTION-NOTE',
  'INTERNAL-CONTACT-NOTE',
  'INTERNAL-INTERACTION-LOG',
  'INTERNAL-CONTRADICTION-NOTE',
  'INTERNAL-REVIEW-NOTE',
  'INTERNAL-SENDBACK-NOTE'
]

async function call<M extends Method>(core: Core, method: M, arg: Args<M>): Promise<Results[M]> {
  const response = await dispatch(core.handlers, method, arg)
  if (!response.ok) throw CasefileError.fromPayload(response.error)
  return response.result as Results[M]
}

async function failure(action: Promise<unknown>): Promise<CasefileError> {
  try {
    await action
  } catch (error) {
    if (error instanceof CasefileError) return error
    throw error
  }
  throw new Error('expected a failure')
}

const COURIER = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Sector warns of armed drones near the crossings | The Border Courier</title>
<meta property="og:site_name" content="The Border Courier">
<meta property="og:title" content="Sector warns of armed drones near the crossings">
<meta name="author" content="Imelda Sáenz">
<meta property="article:published_time" content="2025-02-05T09:00:00Z">
<link rel="canonical" href="https://courier.example/2025/02/05/armed-drones/?ref=feed&amp;utm=none">
</head><body><article>
<h1>Sector warns of armed drones near the crossings</h1>
<p>A dispatcher named Ramón Quiroga first logged the warning on the night shift, according to two people who saw the log.</p>
<p>The warning says smugglers have fitted small drones with charges and flown them over the river at night.</p>
<p>Officials counted 31 sightings in January, a figure the agency has not published.</p>
<p>Residents along the river said they had grown used to the sound of small aircraft after dark, and that nobody had told them what to do if one came down.</p>
</article></body></html>`

const CALL_NOTES = `Call notes: Teodora Villalba, 6 February

She said the drones carried charges made from flares.
She spoke off the record and asked us to call back next week.
`

const DISPATCH_LOG = `Notes on the dispatch log

The log shows the first warning came in at 02:10 on 1 February.
Entries were read to us over the phone; we did not see the log.
`

const INTERVIEW = `Interview notes, 4 February

A retired inspector said charges made from road flares are common on the other bank.
He said the agency rotates the night dispatchers every two weeks.
`

const LEDGER = `# Count of drone sightings disputed

The agency's *official* count [draft] was 12 sightings in January, not 31, a spokesperson said.

Other figures have circulated in the valley for weeks.
`

const BRIEFING_PAGES = [
  'Sector threat briefing. Cover page.',
  'Contents: sightings, charges, precautions.',
  'Drones carrying charges were sighted 31 times in January along the river. Agents should report every sighting.'
]

interface Fixture {
  path: string
  claims: Record<'warning' | 'briefing' | 'flares' | 'count' | 'witnesses' | 'rotation', number>
  sections: { warning: number; count: number }
}

/** A small case with every kind of source and claim: see the expectations below. */
async function buildFixture(core: Core, dir: string): Promise<Fixture> {
  const path = join(dir, 'fixture.casefile')
  await call(core, 'cases.create', { title: 'Drone alert: fixture/case', path })
  const importText = async (name: string, text: string | Uint8Array) =>
    (await call(core, 'documents.import', { name, data: b64(text), lastModified: RETRIEVED })).document.id
  const courier = await importText('courier.html', COURIER)
  const briefingPdf = await withPageLabels(await textPdf(BRIEFING_PAGES, { info: { title: 'Sector threat briefing' } }), [
    { startPage: 0, style: 'r' },
    { startPage: 2, style: 'D', start: 14 }
  ])
  const briefing = await importText('briefing.pdf', briefingPdf)
  await call(core, 'documents.update', { id: briefing, outlet: 'Sector Intelligence Unit', publishedAt: '2025-02-01' })
  const callNotes = await importText('call-notes.txt', CALL_NOTES)
  const dispatchLog = await importText('dispatch-log.txt', DISPATCH_LOG)
  const interview = await importText('interview.txt', INTERVIEW)
  const ledger = await importText('ledger.md', LEDGER)
  await call(core, 'documents.update', {
    id: ledger,
    outlet: 'Valley Ledger',
    author: 'Ana Ruiz',
    publishedAt: '2025-02-06',
    url: 'https://ledger.example/count?id=1&src=feed'
  })

  const mark = async (documentId: number, quote: string) => {
    const { text } = await call(core, 'documents.get', { id: documentId })
    const start = text.indexOf(quote)
    if (start < 0) throw new Error(`“${quote}” is not in document ${documentId}`)
    return (await call(core, 'passages.create', { documentId, start, end: start + quote.length })).id
  }
  const p = {
    courierWitnesses: await mark(courier, 'A dispatcher named Ramón Quiroga first logged the warning on the night shift, according to two people who saw the log.'),
    courierWarning: await mark(courier, 'The warning says smugglers have fitted small drones with charges and flown them over the river at night.'),
    courierCount: await mark(courier, 'Officials counted 31 sightings in January'),
    briefing: await mark(briefing, 'Drones carrying charges were sighted 31 times in January along the river.'),
    flares: await mark(callNotes, 'the drones carried charges made from flares'),
    offRecordNote: await mark(callNotes, 'asked us to call back next week'),
    log: await mark(dispatchLog, 'The log shows the first warning came in at 02:10 on 1 February.'),
    inspector: await mark(interview, 'A retired inspector said charges made from road flares are common on the other bank.'),
    rotation: await mark(interview, 'He said the agency rotates the night dispatchers every two weeks.'),
    ledgerCount: await mark(ledger, 'was 12 sightings in January, not 31')
  }

  const contact = async (fields: Args<'contacts.create'>) => (await call(core, 'contacts.create', fields)).id
  const dispatcher = await contact({
    name: 'Ramón Quiroga',
    aliases: ['Quiroga'],
    terms: 'confidential',
    description: 'a dispatcher at the sector operations centre who requested anonymity',
    notes: 'INTERNAL-CONTACT-NOTE: calls only after his shift.'
  })
  await call(core, 'contacts.logInteraction', { contactId: dispatcher, date: '2025-02-06', channel: 'signal', summary: 'INTERNAL-INTERACTION-LOG: read the log to us.' })
  const offRecord = await contact({ name: 'Teodora Villalba', terms: 'off_record' })
  const inspector = await contact({ name: 'Hugo Benavides', terms: 'background', description: 'a retired customs inspector' })
  await call(core, 'contacts.linkPassage', { contactId: dispatcher, passageId: p.log, role: 'quote' })
  await call(core, 'contacts.linkPassage', { contactId: offRecord, passageId: p.flares, role: 'quote' })
  await call(core, 'contacts.linkPassage', { contactId: inspector, passageId: p.inspector, role: 'quote' })

  const claim = async (passageId: number, statement: string, status: Args<'claims.create'>['status']) =>
    (await call(core, 'claims.create', { passageId, statement, status })).id
  const evidence = (claimId: number, passageId: number, stance: 'supports' | 'contradicts') =>
    call(core, 'claims.addEvidence', { claimId, passageId, stance })
  const claims = {
    warning: await claim(p.courierWarning, 'Ramón Quiroga logged a warning that smugglers had fitted drones with charges.', 'verified'),
    briefing: await claim(p.briefing, 'Drones carrying charges were sighted 31 times in January, an internal briefing says.', 'verified'),
    flares: await claim(p.flares, 'The charges were made from road flares.', 'corroborated'),
    count: await claim(p.ledgerCount, 'The agency counted *12* sightings in January, not 31.', 'disputed'),
    witnesses: await claim(p.courierWitnesses, 'Two people saw the dispatch log.', 'unverified'),
    rotation: await claim(p.rotation, 'Night dispatchers rotate every two weeks.', 'verified')
  }
  await evidence(claims.warning, p.log, 'supports')
  await evidence(claims.warning, p.inspector, 'supports')
  await evidence(claims.briefing, p.courierCount, 'supports')
  await evidence(claims.briefing, p.ledgerCount, 'contradicts')
  await evidence(claims.flares, p.inspector, 'supports')
  await evidence(claims.count, p.briefing, 'contradicts')
  await evidence(claims.witnesses, p.offRecordNote, 'supports')
  for (const id of Object.values(claims)) await call(core, 'claims.update', { id, notes: `INTERNAL-CLAIM-NOTE for claim ${id}` })
  await call(core, 'claims.update', { id: claims.flares, exportChoice: 'include' })

  const [open] = await call(core, 'contradictions.list', { status: 'open' })
  await call(core, 'contradictions.update', { id: open!.id, note: 'INTERNAL-CONTRADICTION-NOTE: which count is right?' })
  const resolved = await call(core, 'contradictions.create', { passageA: p.courierWitnesses, passageB: p.log })
  await call(core, 'contradictions.update', { id: resolved.id, status: 'resolved', note: 'INTERNAL-CONTRADICTION-NOTE resolved' })

  const urgent = await call(core, 'questions.create', { title: 'Ask Ramón Quiroga for the full log', notes: 'INTERNAL-QUESTION-NOTE', priority: 'urgent' })
  await call(core, 'questions.update', { id: urgent.id, dueDate: '2025-02-10' })
  const later = await call(core, 'questions.create', { title: 'Who wrote the briefing?', priority: 'normal', notes: 'INTERNAL-QUESTION-NOTE 2' })
  await call(core, 'questions.update', { id: later.id, status: 'in_progress' })
  const answered = await call(core, 'questions.create', { title: 'Was the warning read at muster?', notes: 'INTERNAL-QUESTION-NOTE 3' })
  await call(core, 'questions.update', { id: answered.id, status: 'answered' })

  const warning = await call(core, 'summary.createSection', {
    title: 'The warning',
    prose:
      'Quiroga’s shift saw it first. Some *stars*, [brackets], <b>tags</b> & an ampersand stay as written.\n\n# Not a heading\nbut the second paragraph, on two lines.'
  })
  const count = await call(core, 'summary.createSection', { title: 'The count', prose: 'Two counts disagree.' })
  await call(core, 'summary.arrange', {
    placement: [
      { sectionId: warning.id, claimIds: [claims.warning, claims.flares] },
      { sectionId: count.id, claimIds: [claims.briefing, claims.count, claims.rotation] }
    ]
  })

  await call(core, 'app.setPreferences', { userName: 'Grace Okafor' })
  await call(core, 'reviews.signOff', { claimId: claims.warning, note: 'INTERNAL-REVIEW-NOTE' })
  await call(core, 'reviews.signOff', { claimId: claims.briefing })
  await call(core, 'reviews.sendBack', { claimId: claims.rotation, note: 'INTERNAL-SENDBACK-NOTE: one interview only.' })
  return { path, claims, sections: { warning: warning.id, count: count.id } }
}

async function render(core: Core, format: 'md' | 'html' | 'docx', options: { all?: boolean; appendix?: boolean } = {}): Promise<Buffer> {
  const file = await call(core, 'export.render', { format, ...options })
  return Buffer.from(file.data, 'base64')
}

function expectNoWithheldName(text: string, where: string): void {
  for (const name of WITHHELD) expect(text.includes(name), `${name} in ${where}`).toBe(false)
  for (const name of WITHHELD) expect(text.normalize('NFD').includes(name.normalize('NFD')), `${name} (decomposed) in ${where}`).toBe(false)
}

function docxParts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]))
}

/** The text of a WordprocessingML part, paragraph by paragraph. */
function xmlParagraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
    [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((match) => match[1]!)
      .join('')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
  )
}

function golden(name: string, actual: string): void {
  const file = join(GOLDEN, name)
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(GOLDEN, { recursive: true })
    writeFileSync(file, actual)
  }
  expect(actual).toBe(readFileSync(file, 'utf8'))
}

describe('the summary plan', () => {
  it('creates, edits, orders and deletes sections, and places claims in them', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    const plan = await call(core, 'summary.plan', {})
    expect(plan.sections.map((section) => [section.title, section.position])).toEqual([
      ['The warning', 0],
      ['The count', 1]
    ])
    const placed = (id: number) => plan.claims.find((claim) => claim.id === id)!
    expect(placed(fixture.claims.flares)).toMatchObject({ sectionId: fixture.sections.warning, sectionPosition: 1, included: true })
    expect(placed(fixture.claims.rotation)).toMatchObject({ sectionId: fixture.sections.count, sectionPosition: 2, included: false })
    expect(placed(fixture.claims.witnesses)).toMatchObject({ sectionId: null, included: false })

    const renamed = await call(core, 'summary.updateSection', { id: fixture.sections.count, title: 'Counting the sightings' })
    expect(renamed).toMatchObject({ title: 'Counting the sightings', prose: 'Two counts disagree.' })
    const reordered = await call(core, 'summary.arrange', { sectionIds: [fixture.sections.count, fixture.sections.warning] })
    expect(reordered.sections.map((section) => section.id)).toEqual([fixture.sections.count, fixture.sections.warning])

    // Listing a section's claims anew drops the ones left out: they become unplaced.
    const rearranged = await call(core, 'summary.arrange', { placement: [{ sectionId: fixture.sections.warning, claimIds: [fixture.claims.flares] }] })
    expect(rearranged.claims.find((claim) => claim.id === fixture.claims.flares)).toMatchObject({ sectionId: fixture.sections.warning, sectionPosition: 0 })
    expect(rearranged.claims.find((claim) => claim.id === fixture.claims.warning)).toMatchObject({ sectionId: null })

    await call(core, 'summary.deleteSection', { id: fixture.sections.count })
    const after = await call(core, 'summary.plan', {})
    expect(after.sections.map((section) => [section.id, section.position])).toEqual([[fixture.sections.warning, 0]])
    expect(after.claims.find((claim) => claim.id === fixture.claims.briefing)).toMatchObject({ sectionId: null })
    // Deleting a section never deletes claims.
    expect(after.claims).toHaveLength(6)
  })

  it('refuses an arrangement that names unknown sections or claims, or lists a claim twice, and changes nothing', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    const before = await call(core, 'summary.plan', {})
    const { warning, count } = fixture.sections
    expect((await failure(call(core, 'summary.arrange', { sectionIds: [warning] }))).code).toBe('invalid_argument')
    expect((await failure(call(core, 'summary.arrange', { sectionIds: [warning, count, 999] }))).code).toBe('not_found')
    expect((await failure(call(core, 'summary.arrange', { placement: [{ sectionId: 999, claimIds: [] }] }))).code).toBe('not_found')
    expect((await failure(call(core, 'summary.arrange', { placement: [{ sectionId: warning, claimIds: [9999] }] }))).code).toBe('not_found')
    const twice = await failure(
      call(core, 'summary.arrange', {
        placement: [
          { sectionId: warning, claimIds: [fixture.claims.count] },
          { sectionId: count, claimIds: [fixture.claims.count] }
        ]
      })
    )
    expect(twice).toMatchObject({ code: 'invalid_argument', message: 'A claim can only go in one place in the summary.' })
    expect(await call(core, 'summary.plan', {})).toEqual(before)
    expect((await failure(call(core, 'summary.updateSection', { id: 999, title: 'x' }))).code).toBe('not_found')
    expect((await failure(call(core, 'summary.deleteSection', { id: 999 }))).code).toBe('not_found')
  })
})

describe('the exported summary', () => {
  it('matches the golden Markdown and HTML, byte for byte, every time', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    const md = (await render(core, 'md', { all: true, appendix: true })).toString('utf8')
    const html = (await render(core, 'html', { all: true, appendix: true })).toString('utf8')
    expect((await render(core, 'md', { all: true, appendix: true })).toString('utf8')).toBe(md)
    expect((await render(core, 'html', { all: true, appendix: true })).toString('utf8')).toBe(html)
    // The same case opened again gives the same bytes (no timestamps, stable order).
    await call(core, 'cases.close', {})
    await call(core, 'cases.open', { path: fixture.path })
    expect((await render(core, 'md', { all: true, appendix: true })).toString('utf8')).toBe(md)
    golden('summary.md', md)
    golden('summary.html', html)
  })

  it('holds by default the claims verified and signed off, and those included by hand, marked as drafts', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const md = (await render(core, 'md')).toString('utf8')
    expect(md).toContain('*Sourced summary: 3 statements, 5 sources.*')
    expect(md).toContain('\\[withheld\\] logged a warning that smugglers had fitted drones with charges.[^1][^2][^3]')
    expect(md).toContain('**\\[Corroborated — not signed off\\]** The charges were made from road flares.[^4][^3]')
    expect(md).toContain('Drones carrying charges were sighted 31 times in January, an internal briefing says.[^5][^6]')
    // Not signed off (sent back), disputed, unverified: out by default.
    for (const left of ['Night dispatchers rotate', 'counted \\*12\\* sightings', 'Two people saw the dispatch log', '## Findings', '## For editors']) {
      expect(md).not.toContain(left)
    }
    expect(md).toContain('> Draft: 1 of 3 statements is not verified and signed off by an editor yet')

    const all = (await render(core, 'md', { all: true })).toString('utf8')
    expect(all).toContain('**\\[Disputed — not signed off\\]** The agency counted \\*12\\* sightings in January, not 31.')
    expect(all).toContain('**\\[Verified — not signed off\\]** Night dispatchers rotate every two weeks.')
    // An unplaced claim goes last, under Findings.
    expect(all.indexOf('## Findings')).toBeGreaterThan(all.indexOf('## The count'))
    expect(all).toContain('## Findings\n\n**\\[Unverified — not signed off\\]** Two people saw the dispatch log.')
  })

  it('cites each passage with outlet, title, author, dates, URL, page and quote, and closes with the sources', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const md = (await render(core, 'md', { all: true })).toString('utf8')
    const footnote = (n: number) => new RegExp(`^\\[\\^${n}\\]: (.*)$`, 'm').exec(md)?.[1]
    expect(footnote(1)).toBe(
      'The Border Courier, “Sector warns of armed drones near the crossings”, Imelda Sáenz, 5 February 2025. ' +
        '<https://courier.example/2025/02/05/armed-drones/?ref=feed&utm=none> (retrieved 7 February 2025). ' +
        '“The warning says smugglers have fitted small drones with charges and flown them over the river at night.”'
    )
    // Confidential and background sources: their description only.
    expect(footnote(2)).toBe('A dispatcher at the sector operations centre who requested anonymity.')
    expect(footnote(3)).toBe('A retired customs inspector, speaking on background.')
    expect(footnote(4)).toBe('A source who spoke on condition of anonymity.')
    // A PDF passage gives its page label (the PDF numbers its third page 14).
    expect(footnote(5)).toBe(
      'Sector Intelligence Unit, “Sector threat briefing”, 1 February 2025, p. 14. Retrieved 7 February 2025. ' +
        '“Drones carrying charges were sighted 31 times in January along the river.”'
    )
    // A title that names the off-the-record source is printed without the name.
    expect(md).toContain('“Call notes: \\[withheld\\], 6 February”')
    // Contradicting evidence is no citation for the statement.
    expect(md).toMatch(/sighted 31 times in January, an internal briefing says\.\[\^5\]\[\^6\]\n/)

    const sources = md.slice(md.indexOf('## Sources'))
    expect(sources.split('\n').filter((line) => /^\d+\. /.test(line))).toEqual([
      '1. The Border Courier, “Sector warns of armed drones near the crossings”, Imelda Sáenz, 5 February 2025. <https://courier.example/2025/02/05/armed-drones/?ref=feed&utm=none> (retrieved 7 February 2025).',
      '2. A dispatcher at the sector operations centre who requested anonymity.',
      '3. A retired customs inspector, speaking on background.',
      '4. A source who spoke on condition of anonymity.',
      '5. Sector Intelligence Unit, “Sector threat briefing”, 1 February 2025. Retrieved 7 February 2025.',
      '6. Valley Ledger, “Count of drone sightings disputed”, Ana Ruiz, 6 February 2025. <https://ledger.example/count?id=1&src=feed> (retrieved 7 February 2025).',
      '7. “Interview notes, 4 February”. Retrieved 7 February 2025.',
      '8. “Call notes: \\[withheld\\], 6 February”. Retrieved 7 February 2025.'
    ])
  })

  it('adds the editors’ appendix: open questions and unresolved contradictions with both passages cited', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const md = (await render(core, 'md', { appendix: true })).toString('utf8')
    const appendix = md.slice(md.indexOf('## For editors'), md.indexOf('[^1]:'))
    expect(appendix).toContain('- Ask \\[withheld\\] for the full log (Open, urgent priority, due 10 February 2025)\n- Who wrote the briefing? (In progress, normal priority)')
    expect(appendix).not.toContain('Was the warning read at muster?')
    expect(appendix).toMatch(
      /- Sector Intelligence Unit: “Drones carrying charges were sighted 31 times in January along the river\.”\[\^5\] vs\. Valley Ledger: “…was 12 sightings in January, not 31…”\[\^7\]\n/
    )
    expect(appendix.match(/ vs\. /g)).toHaveLength(1)
  })

  it('escapes what users write, in Markdown and in HTML', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const md = (await render(core, 'md')).toString('utf8')
    expect(md).toContain('\\[withheld\\]’s shift saw it first. Some \\*stars\\*, \\[brackets\\], \\<b\\>tags\\</b\\> & an ampersand stay as written.')
    expect(md).toContain('\n\\# Not a heading but the second paragraph, on two lines.\n')
    const html = (await render(core, 'html')).toString('utf8')
    expect(html).toContain('<p>[withheld]’s shift saw it first. Some *stars*, [brackets], &lt;b&gt;tags&lt;/b&gt; &amp; an ampersand stay as written.</p>')
    expect(html).toContain('<h1>Drone alert: fixture/case</h1>')
  })

  it('writes one self-contained HTML file whose footnotes link to their sources and back', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const html = (await render(core, 'html', { all: true, appendix: true })).toString('utf8')
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`)
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|@import|url\(/i)
    expect(html.match(/<style>/g)).toHaveLength(1)
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))
    const anchors = [...html.matchAll(/href="#([^"]+)"/g)].map((match) => match[1]!)
    expect(anchors.length).toBeGreaterThan(20)
    for (const anchor of anchors) expect(ids.has(anchor), anchor).toBe(true)
    // A passage cited by two statements is one note, referred to twice, with a way back to each.
    expect(html).toContain('<sup><a href="#fn-3" id="ref-3-1">3</a></sup>')
    expect(html).toContain('<sup><a href="#fn-3" id="ref-3-2">3</a></sup>')
    expect(html).toMatch(/<li id="fn-3">A retired customs inspector, speaking on background\. <a class="source-link" href="#src-3">\[Source 3\]<\/a><a class="backref" href="#ref-3-1"[^>]*>↩<sup>1<\/sup><\/a><a class="backref" href="#ref-3-2"/)
    expect(html).toContain('<li id="src-6">Valley Ledger, “Count of drone sightings disputed”, Ana Ruiz, 6 February 2025. <a href="https://ledger.example/count?id=1&amp;src=feed" rel="noreferrer noopener">https://ledger.example/count?id=1&amp;src=feed</a> (retrieved 7 February 2025).</li>')
    // Only the sources' own addresses leave the document, as links.
    const external = [...html.matchAll(/href="([^#"][^"]*)"/g)].map((match) => match[1])
    expect(new Set(external)).toEqual(new Set(['https://courier.example/2025/02/05/armed-drones/?ref=feed&amp;utm=none', 'https://ledger.example/count?id=1&amp;src=feed']))
  })

  it('writes a Word document with real footnotes, read back from its XML', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const parts = docxParts(await render(core, 'docx', { all: true, appendix: true }))
    const body = xmlParagraphs(parts['word/document.xml']!)
    expect(body[0]).toBe('Drone alert: fixture/case')
    // Footnote references carry no text; the superscript commas between them do.
    expect(body).toContain('[withheld] logged a warning that smugglers had fitted drones with charges.,,')
    expect(body).toContain('[Disputed — not signed off] The agency counted *12* sightings in January, not 31.')
    expect(body).toContain('The warning')
    expect(body).toContain('Sources')
    expect(body).toContain('5.\tSector Intelligence Unit, “Sector threat briefing”, 1 February 2025. Retrieved 7 February 2025.')
    expect(body).toContain('2.\tA dispatcher at the sector operations centre who requested anonymity.')

    // One Word footnote per reference, in order, with the citation's text.
    const references = [...parts['word/document.xml']!.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]))
    const footnotes = [...parts['word/footnotes.xml']!.matchAll(/<w:footnote (?:[^>]*\s)?w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
      .filter((match) => Number(match[1]) > 0)
      .map((match) => [Number(match[1]), xmlParagraphs(match[2]!).join(' ').trim()] as const)
    expect(references).toEqual(footnotes.map(([id]) => id))
    expect(references.length).toBe(13)
    const texts = footnotes.map(([, text]) => text)
    expect(texts[0]).toContain('The Border Courier, “Sector warns of armed drones near the crossings”, Imelda Sáenz, 5 February 2025.')
    expect(texts[1]).toBe('A dispatcher at the sector operations centre who requested anonymity.')
    expect(texts).toContain('Sector Intelligence Unit, “Sector threat briefing”, 1 February 2025, p. 14. Retrieved 7 February 2025. “Drones carrying charges were sighted 31 times in January along the river.”')
    expect(texts.filter((text) => text === 'A retired customs inspector, speaking on background.')).toHaveLength(2)
  })

  it('never names a confidential or off-the-record source, in any format or any part of it', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    for (const options of [{}, { all: true, appendix: true }]) {
      expectNoWithheldName((await render(core, 'md', options)).toString('utf8'), 'Markdown')
      expectNoWithheldName((await render(core, 'html', options)).toString('utf8'), 'HTML')
      for (const [name, text] of Object.entries(docxParts(await render(core, 'docx', options)))) expectNoWithheldName(text, `DOCX ${name}`)
      // The file name too.
      expectNoWithheldName((await call(core, 'export.render', { format: 'md', ...options })).fileName, 'file name')
    }
    // The names are in the case: the document text, a statement, the prose and a question title.
    const { text } = await call(core, 'documents.get', { id: 1 })
    expect(text).toContain('Ramón Quiroga')
  })

  it('never exports internal notes: claims, questions, contacts, interactions, contradictions, reviews', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const outputs = [
      (await render(core, 'md', { all: true, appendix: true })).toString('utf8'),
      (await render(core, 'html', { all: true, appendix: true })).toString('utf8'),
      ...Object.values(docxParts(await render(core, 'docx', { all: true, appendix: true })))
    ]
    for (const output of outputs) for (const note of INTERNAL) expect(output).not.toContain(note)
    expect(outputs.join('\n')).not.toContain('Grace Okafor')
  })

  it('refuses to hand out a rendering that still names a withheld source', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const model = buildSummaryModel(core.currentDb()!, {})
    expect(model.withheldNames).toEqual(expect.arrayContaining(WITHHELD))
    // As if a bug had skipped the redaction of one statement:
    model.sections[0]!.statements[0]!.text = 'Ramón Quiroga logged a warning.'
    for (const rendered of [renderMarkdown(model), renderHtml(model)]) {
      expect(() => assertNoWithheldNames([rendered], model.withheldNames)).toThrow(/would have named a confidential source/)
    }
    // Escaped or split by markup, the name is still found.
    for (const text of ['<p>Ram&#243;n Quiroga</p>', '<w:t>Ramón</w:t></w:r><w:r><w:t>Quiroga</w:t>', 'Teodora&#x20;Villalba', 'Ram\\ón Quiroga']) {
      expect(() => assertNoWithheldNames([text], WITHHELD), text).toThrow(CasefileError)
    }
    expect(() => assertNoWithheldNames(['[withheld] logged a warning.'], WITHHELD)).not.toThrow()
  })

  it('says so when no claim is signed off yet', async () => {
    const core = tempCore()
    await call(core, 'cases.create', { title: 'Empty' })
    const md = (await render(core, 'md')).toString('utf8')
    expect(md).toBe(
      '# Empty\n\n*Sourced summary: 0 statements, 0 sources.*\n\n> No claim is verified and signed off yet, so the summary has no statements. Include claims in the summary plan, or export all claims for a working draft.\n'
    )
  })
})

describe('export files', () => {
  it('names files after the case, safely', async () => {
    expect(exportFileName('Drone alert: fixture/case', 'md')).toBe('Drone alert fixture case.md')
    expect(exportFileName('../../etc/passwd', 'html')).toBe('etc passwd.html')
    expect(exportFileName('\u202Efdp.exe', 'pdf')).toBe('fdp.exe.pdf')
    expect(exportFileName('...', 'docx')).toBe('Summary.docx')
    expect(exportFileName('report.DOCX', 'docx')).toBe('report.DOCX')
    expect(exportFileName('x'.repeat(400), 'md')).toMatch(/^x+….md$/)
    const core = tempCore()
    await buildFixture(core, core.dir)
    expect(await call(core, 'export.render', { format: 'docx' })).toMatchObject({
      fileName: 'Drone alert fixture case.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    })
  })

  it('writes atomically: the whole file replaces any old one, and no temporary file stays', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const folder = join(core.dir, 'out')
    mkdirSync(folder)
    const target = join(folder, 'summary.md')
    writeFileSync(target, 'an older, much longer summary '.repeat(5000))
    const saved = await call(core, 'export.save', { format: 'md', path: target })
    const expected = await render(core, 'md')
    expect(saved).toEqual({ path: target, bytes: expected.length })
    expect(readFileSync(target)).toEqual(expected)
    expect(readdirSync(folder)).toEqual(['summary.md'])

    // The name is sanitized and given its extension; the folder stays the one asked for.
    const odd = await call(core, 'export.save', { format: 'html', path: join(folder, 'draft:\u202Eone') })
    expect(odd.path).toBe(join(folder, 'draft one.html'))
    expect(readdirSync(folder).sort()).toEqual(['draft one.html', 'summary.md'])
  })

  it('explains a missing or unwritable folder, a relative path and the case file itself, and leaves nothing behind', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    const missing = await failure(call(core, 'export.save', { format: 'md', path: join(core.dir, 'no-such-folder', 'summary.md') }))
    expect(missing).toMatchObject({ code: 'not_found' })
    expect(missing.message).toMatch(/^The folder “.*no-such-folder” does not exist\. Choose another place to save the summary\.$/)

    // Root may write anywhere but in /sys; everyone else is stopped by the folder's permissions.
    const locked = process.getuid?.() === 0 ? '/sys' : join(core.dir, 'locked')
    if (locked !== '/sys') {
      mkdirSync(locked)
      chmodSync(locked, 0o555)
    }
    try {
      const refused = await failure(call(core, 'export.save', { format: 'md', path: join(locked, 'summary.md') }))
      expect(refused).toMatchObject({ code: 'forbidden' })
      expect(refused.message).toBe(`Casefile is not allowed to write in the folder “${locked}”. Choose another folder.`)
      expect(existsSync(join(locked, 'summary.md'))).toBe(false)
    } finally {
      if (locked !== '/sys') chmodSync(locked, 0o755)
    }

    expect((await failure(call(core, 'export.save', { format: 'md', path: 'summary.md' }))).code).toBe('invalid_argument')
    // A path to the case file gets the format's extension, so the case is never overwritten…
    expect((await call(core, 'export.save', { format: 'docx', path: fixture.path })).path).toBe(`${fixture.path}.docx`)
    expect(readdirSync(core.dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
    // …and a case file that already has that extension is refused.
    const odd = tempCore()
    const oddPath = join(odd.dir, 'notes.md')
    await call(odd, 'cases.create', { title: 'Odd name', path: oddPath })
    const clobber = await failure(call(odd, 'export.save', { format: 'md', path: oddPath }))
    expect(clobber).toMatchObject({ code: 'invalid_argument', message: 'That is the case file itself. Choose another name for the summary.' })
  })

  it('prints PDF only where the shell can, and never lets a confidential name reach the printer', async () => {
    const core = tempCore()
    await buildFixture(core, core.dir)
    const refused = await failure(call(core, 'export.save', { format: 'pdf', path: join(core.dir, 'summary.pdf') }))
    expect(refused).toMatchObject({ code: 'unsupported_type' })
    expect(refused.message).toMatch(/needs the Casefile desktop app/)
    expect(refused.message).toMatch(/Export HTML instead: it is ready to print/)

    const dir = tempDir()
    const printed: string[] = []
    const desktop = createCore({
      shell: 'desktop',
      version: 'test',
      casesDir: join(dir, 'cases'),
      settingsDir: join(dir, 'settings'),
      resourcesDir: RESOURCES,
      printToPdf: async (html) => {
        printed.push(html)
        return new TextEncoder().encode('%PDF-1.7 printed')
      }
    })
    try {
      await buildFixture(desktop, dir)
      const target = join(dir, 'summary.pdf')
      expect(await call(desktop, 'export.save', { format: 'pdf', path: target, all: true })).toEqual({ path: target, bytes: 16 })
      expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 printed')
      expect(printed).toHaveLength(1)
      expect(printed[0]).toBe((await render(desktop, 'html', { all: true })).toString('utf8'))
      expectNoWithheldName(printed[0]!, 'the HTML sent to the printer')
    } finally {
      desktop.close()
    }
  })
})

async function casefile(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES })
  return { code, stdout, stderr }
}

describe('the command line', () => {
  it('exports the summary as the app does, to a file or into a folder', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    const expected = await render(core, 'md', { all: true, appendix: true })
    const defaults = await render(core, 'html')
    await call(core, 'cases.close', {})

    const out = join(core.dir, 'summary.md')
    const result = await casefile('export', fixture.path, '--format', 'md', '--out', out, '--all', '--appendix')
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toBe(`Exported the summary of “Drone alert: fixture/case” to ${out}: 6 statements (4 not signed off), 10 footnotes, 8 sources.\n`)
    expect(readFileSync(out)).toEqual(expected)

    const folder = join(core.dir, 'exports')
    mkdirSync(folder)
    expect((await casefile('export', fixture.path, '--format', 'html', '--out', folder)).code).toBe(0)
    expect(readFileSync(join(folder, 'Drone alert fixture case.html'))).toEqual(defaults)

    const docx = join(core.dir, 'summary.docx')
    expect((await casefile('export', fixture.path, '--format', 'docx', '--out', docx)).code).toBe(0)
    expect(xmlParagraphs(docxParts(readFileSync(docx))['word/document.xml']!)).toContain('Drones carrying charges were sighted 31 times in January, an internal briefing says.,')
  })

  it('refuses a format it cannot write and a folder that does not exist', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    await call(core, 'cases.close', {})
    const pdf = await casefile('export', fixture.path, '--format', 'pdf', '--out', join(core.dir, 'x.pdf'))
    expect(pdf.code).toBe(2)
    expect(pdf.stderr).toMatch(/Allowed choices are md, html, docx/)
    const missing = await casefile('export', fixture.path, '--format', 'md', '--out', join(core.dir, 'nowhere', 'x.md'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/does not exist/)
    expect((await casefile('export', fixture.path, '--format', 'md')).code).toBe(2)
  })

  it('prints the status board, and its figures as JSON', async () => {
    const core = tempCore()
    const fixture = await buildFixture(core, core.dir)
    await call(core, 'cases.close', {})
    const json = await casefile('status', fixture.path, '--json', '--today', '2025-02-11')
    expect(json.code).toBe(0)
    const status = JSON.parse(json.stdout)
    expect(status.today).toBe('2025-02-11')
    expect(Object.fromEntries(Object.entries(status.claims.byStatus).map(([key, items]) => [key, (items as unknown[]).length]))).toEqual({
      unverified: 1,
      corroborated: 1,
      disputed: 1,
      false: 0,
      verified: 3
    })
    expect(status.claims.signedOff.map((item: { id: number }) => item.id).sort()).toEqual([fixture.claims.warning, fixture.claims.briefing].sort())
    expect(status.questions.overdue).toHaveLength(1)
    expect(status.contradictions.resolved).toBe(1)

    const board = await casefile('status', fixture.path, '--today', '2025-02-11')
    expect(board.code).toBe(0)
    expect(board.stdout).toContain('Drone alert: fixture/case: status on 2025-02-11')
    expect(board.stdout).toContain('Claims  6 (1 unverified, 1 corroborated, 1 disputed, 3 verified)')
    expect(board.stdout).toMatch(/\n {2}signed off +2 {2}#\d+ /)
    expect(board.stdout).toMatch(/\n {2}sent back +1 {2}#\d+ Night dispatchers rotate every two weeks\./)
    expect(board.stdout).toContain('Contradictions  1 open, 1 resolved')
    expect((await casefile('status', fixture.path, '--today', 'tomorrow')).stderr).toBe('“tomorrow” is not a date: give it as YYYY-MM-DD.\n')
  })
})

describe('the sample case’s summary', () => {
  it('exports without error: the signed-off claims by default, every status only with all', async () => {
    const core = tempCore()
    await call(core, 'cases.createSample', {})
    const md = (await render(core, 'md')).toString('utf8')
    const all = (await render(core, 'md', { all: true, appendix: true })).toString('utf8')
    const flags = (text: string) => [...new Set([...text.matchAll(/\*\*\\\[(\w+) — not signed off\\\]\*\*/g)].map((match) => match[1]))].sort()
    expect(flags(md)).toEqual(['Corroborated'])
    expect(flags(all)).toEqual(['Corroborated', 'Disputed', 'False', 'Unverified', 'Verified'])
    // The two signed-off claims are there, unmarked, in both.
    for (const text of [md, all]) {
      expect(text).toMatch(/\nCartel leaders in Mexico have approved the use of drones carrying explosives.*\[\^1\]/)
      expect(text).toMatch(/\nThe alert tells agents to carry first aid kits with tourniquets/)
      expect(text).toContain('A serving Border Patrol agent, who spoke on condition of anonymity.')
    }
    // The one open contradiction, El Paso against the Rio Grande Valley.
    const contradictions = all.slice(all.indexOf('### Unresolved contradictions'))
    expect(contradictions.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(1)
    expect(contradictions).toMatch(/El Paso Sector Intelligence and Operations Center.* vs\. Gulf Coast Ledger: “…after an internal alert reached agents in the Rio Grande Valley sector/)

    const confidential = core.currentDb()!.prepare("SELECT name FROM contacts WHERE terms = 'confidential'").pluck().all() as string[]
    expect(confidential).toHaveLength(1)
    const html = (await render(core, 'html', { all: true, appendix: true })).toString('utf8')
    const docx = Object.values(docxParts(await render(core, 'docx', { all: true, appendix: true })))
    for (const text of [md, all, html, ...docx]) for (const name of [...confidential, ...confidential[0]!.split(' ')]) expect(text).not.toContain(name)
  })

  it('opens the sample read back from disk with the same summary', async () => {
    const dir = tempDir()
    const path = join(dir, 'sample.casefile')
    expect((await casefile('sample', path)).code).toBe(0)
    const out = join(dir, 'sample.md')
    expect((await casefile('export', path, '--format', 'md', '--out', out)).code).toBe(0)
    const db = openCaseDb(path)
    try {
      const fromDisk = renderMarkdown(buildSummaryModel(db))
      expect(readFileSync(out, 'utf8')).toBe(fromDisk)
    } finally {
      db.close()
    }
  })
})
