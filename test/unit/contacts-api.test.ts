// The contacts API through the dispatcher, as both shells call it: create and edit, channels with
// warnings, the interaction log and follow-ups, links to questions and passages, duplicates and
// merging, deleting, and above all withholding confidential contacts everywhere.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Method } from '../../src/shared/api'
import { dispatch } from '../../src/main/core/dispatch'
import { b64, tempCore } from './helpers/tmp'

const FIXTURES = resolve(__dirname, '../fixtures/contacts')
const SECRET = 'Halvard Strøm'

async function setup() {
  const core = tempCore()
  const h = core.handlers
  await h['cases.create']({ title: 'Port drones' })
  const docs: Record<string, number> = {}
  for (const file of ['harbor-drone-contract.txt', 'interview-notes-ferreira.txt', 'sheriff-email.txt']) {
    docs[file] = (await h['documents.import']({ name: file, data: b64(readFileSync(join(FIXTURES, file))) })).document.id
  }
  /** Calls through dispatch, as IPC and the bridge do, and returns the whole response. */
  const call = (method: Method, arg: unknown) => dispatch(h, method, arg)
  return { core, h, docs, call, db: core.currentDb()! }
}

describe('contacts', () => {
  it('creates people and organisations with aliases, channels (warned, accepted) and an affiliation', async () => {
    const { h, call } = await setup()
    const sheriff = await h['contacts.create']({
      name: "Calder County Sheriff's Office",
      kind: 'organization',
      channels: [{ type: 'email', value: 'press@calder-sheriff.example' }]
    })
    const deputy = await h['contacts.create']({
      name: 'Lionel Achterberg',
      aliases: ['Achterberg', ' achterberg ', 'Lionel Achterberg', ''].filter(Boolean),
      role: 'Public information officer',
      affiliationId: sheriff.id,
      channels: [
        { type: 'email', value: 'l.achterberg@calder-sheriff' },
        { type: 'phone', value: '+1 (360) 555-0117' },
        { type: 'phone', value: 'call the front desk' },
        { type: 'signal', value: 'lionel.07' },
        { type: 'phone', value: '+1 360 555 0117' }
      ],
      notes: 'Answers in writing only.'
    })
    expect(deputy).toMatchObject({
      kind: 'person',
      displayName: 'Lionel Achterberg',
      name: 'Lionel Achterberg',
      withheld: false,
      confidential: false,
      terms: 'on_record',
      affiliationId: sheriff.id,
      affiliationName: "Calder County Sheriff's Office",
      aliases: ['Achterberg'],
      lastContactedAt: null,
      followUpDue: null
    })
    expect(deputy.channels).toEqual([
      { type: 'email', value: 'l.achterberg@calder-sheriff', warning: expect.stringMatching(/email address/) },
      { type: 'phone', value: '+1 (360) 555-0117', warning: null },
      { type: 'phone', value: 'call the front desk', warning: expect.stringMatching(/phone number/) },
      { type: 'signal', value: 'lionel.07', warning: null }
    ])
    expect(deputy.mentionCount).toBe(3) // "Deputy Lionel Achterberg"; the e-mail's sender and signature
    expect((await h['cases.counts']({})).contacts).toBe(2)

    // Affiliations must be organisations, and never the contact itself.
    const person = await call('contacts.update', { id: sheriff.id, affiliationId: deputy.id })
    expect(person).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringMatching(/itself|organisation/) } })
    expect(await call('contacts.update', { id: deputy.id, affiliationId: deputy.id })).toMatchObject({
      ok: false,
      error: { message: 'A contact cannot be affiliated with itself.' }
    })
    expect(await call('contacts.create', { name: 'X', affiliationId: deputy.id })).toMatchObject({
      ok: false,
      error: { message: 'An affiliation must be an organisation, not a person.' }
    })
    expect(await call('contacts.update', { id: sheriff.id, kind: 'person' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    expect(await call('contacts.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await call('contacts.create', { name: '   ' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })

    const updated = await h['contacts.update']({ id: deputy.id, role: '', notes: 'Prefers e-mail.', channels: [] })
    expect(updated).toMatchObject({ role: null, notes: 'Prefers e-mail.', channels: [], aliases: ['Achterberg'] })
  })

  it('logs interactions: last contacted, follow-ups due first, questions they bear on', async () => {
    const { h, call } = await setup()
    const question = await h['questions.create']({ title: 'Did a deputy tour the terminal with Skyline?' })
    const a = await h['contacts.create']({ name: 'Tobías Ferreira-Lund' })
    const b = await h['contacts.create']({ name: 'Beatriz Oyelaran-Cho' })
    const c = await h['contacts.create']({ name: 'Adaeze Nwosu-Hartley' })
    await h['contacts.logInteraction']({ contactId: a.id, date: '2025-03-24', channel: 'phone', summary: 'Test flight account.', followUpBy: '2025-03-28' })
    const logged = await h['contacts.logInteraction']({
      contactId: a.id,
      date: '2025-03-26',
      channel: 'signal',
      summary: 'Sent the video.',
      outcome: 'Video received.',
      questionIds: [question.id]
    })
    expect(logged).toMatchObject({ lastContactedAt: '2025-03-26', followUpDue: null, interactionCount: 2 })
    expect(logged.interactions.map((interaction) => interaction.summary)).toEqual(['Sent the video.', 'Test flight account.'])
    expect(logged.interactions[0]!.questionIds).toEqual([question.id])
    await h['contacts.logInteraction']({ contactId: b.id, date: '2025-03-25', channel: 'email', summary: 'Asked for the draft.', followUpBy: '2025-04-01' })
    await h['contacts.logInteraction']({ contactId: c.id, date: '2025-03-20', channel: 'other', summary: 'Met at the hearing.', followUpBy: '2025-03-30' })

    const list = await h['contacts.list']({})
    expect(list.map((contact) => [contact.displayName, contact.followUpDue])).toEqual([
      ['Adaeze Nwosu-Hartley', '2025-03-30'],
      ['Beatriz Oyelaran-Cho', '2025-04-01'],
      ['Tobías Ferreira-Lund', null]
    ])

    const interactionId = logged.interactions[1]!.id
    const edited = await h['contacts.updateInteraction']({
      id: interactionId,
      date: '2025-03-27',
      channel: 'phone',
      summary: 'Test flight account, second call.',
      followUpBy: '2025-04-03'
    })
    expect(edited).toMatchObject({ lastContactedAt: '2025-03-27', followUpDue: '2025-04-03' })
    expect(edited.interactions[0]!.questionIds).toEqual([]) // its questions were kept (none)
    expect((await h['contacts.deleteInteraction']({ id: interactionId })).interactionCount).toBe(1)
    expect(await call('contacts.logInteraction', { contactId: a.id, date: 'yesterday', channel: 'phone', summary: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument' }
    })
    expect(await call('contacts.logInteraction', { contactId: a.id, date: '2025-03-27', channel: 'phone', summary: '', questionIds: [999] })).toMatchObject({
      ok: false,
      error: { code: 'not_found' }
    })
    expect((await h['contacts.get']({ id: a.id })).interactionCount).toBe(1) // nothing half-written
  })

  it('links contacts to questions and passages, and filters the list by them', async () => {
    const { h, docs } = await setup()
    const text = (await h['documents.get']({ id: docs['harbor-drone-contract.txt']! })).text
    const quote = '"We are not in the business of watching dockworkers," he said.'
    const passage = await h['passages.create']({ documentId: docs['harbor-drone-contract.txt']!, start: text.indexOf(quote), end: text.indexOf(quote) + quote.length })
    const question = await h['questions.create']({ title: "Ask Skyline's press office about retention", passageIds: [passage.id] })
    const whitcombe = await h['contacts.create']({ name: 'J. D. Whitcombe', aliases: ['Whitcombe'] })
    const skyline = await h['contacts.create']({ name: 'Skyline Aerial Systems', kind: 'organization' })
    await h['contacts.linkQuestion']({ contactId: skyline.id, questionId: question.id })
    const linked = await h['contacts.linkPassage']({ contactId: whitcombe.id, passageId: passage.id, role: 'quote' })
    expect(linked.passages).toEqual([{ passage: expect.objectContaining({ id: passage.id, exact: quote }), role: 'quote' }])
    expect((await h['contacts.linkPassage']({ contactId: whitcombe.id, passageId: passage.id })).passages[0]!.role).toBe('mention')

    expect((await h['contacts.list']({ questionId: question.id })).map((c) => c.id)).toEqual([skyline.id])
    expect((await h['contacts.list']({ passageId: passage.id })).map((c) => c.id)).toEqual([whitcombe.id])
    expect((await h['questions.get']({ id: question.id })).contacts).toEqual([
      { id: skyline.id, displayName: 'Skyline Aerial Systems', confidential: false, terms: 'on_record' }
    ])
    expect((await h['contacts.get']({ id: skyline.id })).questionIds).toEqual([question.id])

    await h['contacts.unlinkQuestion']({ contactId: skyline.id, questionId: question.id })
    expect((await h['questions.get']({ id: question.id })).contacts).toEqual([])
    expect((await h['contacts.unlinkPassage']({ contactId: whitcombe.id, passageId: passage.id })).passages).toEqual([])
  })

  it('offers duplicates (same name, alias or e-mail) and merges them in one go, keeping both logs', async () => {
    const { h, db, call } = await setup()
    const question = await h['questions.create']({ title: 'Who approved the test flight?' })
    const first = await h['contacts.create']({
      name: 'Margit Halvorsen',
      channels: [{ type: 'email', value: 'M.Halvorsen@port.example' }],
      notes: 'Board member; voted no.'
    })
    const second = await h['contacts.create']({
      name: 'Margit Halvorsen ',
      aliases: ['Halvorsen'],
      role: 'Port board member',
      channels: [{ type: 'email', value: 'm.halvorsen@port.example' }, { type: 'phone', value: '+1 360 555 0199' }],
      notes: 'Met at the vote.'
    })
    const third = await h['contacts.create']({ name: 'M. Halvorsen', channels: [{ type: 'email', value: 'm.halvorsen@port.EXAMPLE' }] })
    const other = await h['contacts.create']({ name: 'Margit Halvorsen-Berg' })
    expect((await h['contacts.get']({ id: first.id })).possibleDuplicates.map((d) => d.id).sort()).toEqual([second.id, third.id])
    expect((await h['contacts.get']({ id: other.id })).possibleDuplicates).toEqual([])

    await h['contacts.logInteraction']({ contactId: first.id, date: '2025-03-12', channel: 'phone', summary: 'After the vote.' })
    await h['contacts.logInteraction']({ contactId: second.id, date: '2025-03-14', channel: 'email', summary: 'Sent the assessment request.', questionIds: [question.id] })
    await h['contacts.linkQuestion']({ contactId: second.id, questionId: question.id })
    const team = await h['contacts.create']({ name: 'Port board', kind: 'organization' })
    expect(await call('contacts.merge', { keepId: first.id, mergeId: team.id })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    expect(await call('contacts.merge', { keepId: first.id, mergeId: first.id })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })

    const merged = await h['contacts.merge']({ keepId: first.id, mergeId: second.id })
    expect(merged.interactions.map((interaction) => interaction.summary)).toEqual(['Sent the assessment request.', 'After the vote.'])
    expect(merged).toMatchObject({
      name: 'Margit Halvorsen',
      role: 'Port board member',
      aliases: ['Halvorsen'],
      notes: 'Board member; voted no.\n\nMet at the vote.',
      questionIds: [question.id],
      lastContactedAt: '2025-03-14'
    })
    expect(merged.channels.map((channel) => channel.value)).toEqual(['M.Halvorsen@port.example', '+1 360 555 0199'])
    expect(merged.mentionCount).toBe(3) // the full name twice, "Halvorsen" once, across two documents
    expect(await call('contacts.get', { id: second.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(db.prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(2)
  })

  it('deletes a contact with its log and links, and nothing else', async () => {
    const { h, db, docs } = await setup()
    const passage = await h['passages.create']({ documentId: docs['sheriff-email.txt']!, start: 0, end: 30 })
    const question = await h['questions.create']({ title: 'Flight plans review', passageIds: [passage.id] })
    const office = await h['contacts.create']({ name: "Calder County Sheriff's Office", kind: 'organization' })
    const sheriff = await h['contacts.create']({ name: 'Carmen Villaseñor-Tate', affiliationId: office.id })
    await h['contacts.logInteraction']({ contactId: office.id, date: '2025-03-27', channel: 'email', summary: 'Answers received.', questionIds: [question.id] })
    await h['contacts.linkQuestion']({ contactId: office.id, questionId: question.id })
    await h['contacts.linkPassage']({ contactId: office.id, passageId: passage.id })
    expect(office.mentionCount).toBeGreaterThan(0)

    await h['contacts.delete']({ id: office.id })
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    expect([count('interactions'), count('interaction_questions'), count('contact_questions'), count('contact_passages')]).toEqual([0, 0, 0, 0])
    expect(db.prepare('SELECT count(*) FROM mentions WHERE contact_id = ?').pluck().get(office.id)).toBe(0)
    expect([count('questions'), count('passages'), count('documents')]).toEqual([1, 1, 3])
    expect(await h['contacts.get']({ id: sheriff.id })).toMatchObject({ affiliationId: null, affiliationName: null })
    expect(db.pragma('foreign_key_check')).toEqual([])
  })
})

describe('confidential contacts', () => {
  async function withSecret() {
    const context = await setup()
    const { h, docs } = context
    const text = (await h['documents.get']({ id: docs['interview-notes-ferreira.txt']! })).text
    const quote = 'the port’s security manager, Halvard Strøm, who left the authority in February'
    const at = text.indexOf(quote.replace('’', "'"))
    const passage = await h['passages.create']({ documentId: docs['interview-notes-ferreira.txt']!, start: at, end: at + quote.length })
    const question = await h['questions.create']({ title: 'Who approved the test flight?' })
    const port = await h['contacts.create']({ name: 'Calder Bay Port Authority', kind: 'organization' })
    const secret = await h['contacts.create']({
      name: SECRET,
      aliases: ['Strøm', 'Hal'],
      role: 'Former security manager',
      affiliationId: port.id,
      channels: [{ type: 'signal', value: '+1 360 555 0142' }],
      notes: `${SECRET} asked for Signal only.`,
      terms: 'confidential',
      description: 'a former port security official'
    })
    await h['contacts.logInteraction']({
      contactId: secret.id,
      date: '2025-03-30',
      channel: 'signal',
      summary: `Strøm confirmed the flight was approved by the executive director.`,
      followUpBy: '2025-04-02',
      questionIds: [question.id]
    })
    await h['contacts.linkQuestion']({ contactId: secret.id, questionId: question.id })
    await h['contacts.linkPassage']({ contactId: secret.id, passageId: passage.id, role: 'mention' })
    return { ...context, secret, question, passage, port }
  }

  /** Every string in a result, joined: the name must be in none of them. */
  const everything = (value: unknown) => JSON.stringify(value)

  it('withholds the name and identifying fields in every result unless revealed', async () => {
    const { h, secret, question, passage } = await withSecret()
    const label = `Confidential source ${secret.id}`
    expect(secret).toMatchObject({
      displayName: label,
      name: null,
      withheld: true,
      confidential: true,
      terms: 'confidential',
      role: null,
      aliases: [],
      channels: [],
      notes: '',
      description: 'a former port security official',
      affiliationName: 'Calder Bay Port Authority'
    })

    const results = [
      secret,
      await h['contacts.get']({ id: secret.id }),
      await h['contacts.list']({}),
      await h['contacts.list']({ questionId: question.id }),
      await h['contacts.list']({ passageId: passage.id }),
      await h['questions.get']({ id: question.id }),
      await h['questions.list']({}),
      await h['contacts.mentions']({ id: secret.id }),
      (await h['contacts.suggestions']({})).suggestions,
      await h['contacts.update']({ id: secret.id, notes: `Still ${SECRET}.` }),
      await h['contacts.linkQuestion']({ contactId: secret.id, questionId: question.id }),
      await h['contacts.logInteraction']({ contactId: secret.id, date: '2025-04-01', channel: 'phone', summary: `Called Hal Strøm back.` })
    ]
    for (const result of results) {
      expect(everything(result)).not.toMatch(/Strøm|Halvard|\bHal\b|555 0142|Former security manager/)
    }
    const got = await h['contacts.get']({ id: secret.id })
    expect(got.interactions.map((interaction) => interaction.summary)).toEqual([
      'Called [withheld] back.',
      '[withheld] confirmed the flight was approved by the executive director.'
    ])
    expect(got.passages[0]!.passage.exact).toContain('security manager, [withheld], who left')
    expect((await h['questions.get']({ id: question.id })).contacts).toEqual([
      { id: secret.id, displayName: label, confidential: true, terms: 'confidential' }
    ])
    const mentions = await h['contacts.mentions']({ id: secret.id })
    expect(mentions.length).toBe(3)
    for (const mention of mentions) expect(mention.context).toContain('\u0002[withheld]\u0003')

    // Revealed on purpose: everything is there.
    const revealed = await h['contacts.get']({ id: secret.id, reveal: true })
    expect(revealed).toMatchObject({ name: SECRET, displayName: SECRET, withheld: false, confidential: true, aliases: ['Hal', 'Strøm'] })
    expect(revealed.channels).toHaveLength(1)
    expect((await h['contacts.list']({ reveal: true })).map((contact) => contact.displayName)).toContain(SECRET)
    expect((await h['contacts.mentions']({ id: secret.id, reveal: true }))[0]!.context).toMatch(/\u0002Halvard Strøm\u0003/)
  })

  it('hides a confidential name in other contacts’ mention contexts, duplicates and suggestions', async () => {
    const { h, secret } = await withSecret()
    // Ferreira-Lund's mentions sit next to the secret's name in the interview notes.
    const union = await h['contacts.create']({ name: 'Tobías Ferreira-Lund', aliases: ['Ferreira-Lund'] })
    const contexts = (await h['contacts.mentions']({ id: union.id, limit: 50 })).map((mention) => mention.context).join('\n')
    expect(contexts).not.toMatch(/Strøm/)

    // A non-confidential record with the same name does not point at the confidential one.
    const twin = await h['contacts.create']({ name: 'Halvard Strom' })
    const twinAgain = await h['contacts.create']({ name: 'Strøm' })
    expect((await h['contacts.get']({ id: twinAgain.id })).possibleDuplicates).toEqual([])
    expect((await h['contacts.get']({ id: twinAgain.id, reveal: true })).possibleDuplicates.map((d) => d.id)).toContain(secret.id)
    await h['contacts.delete']({ id: twin.id })
    await h['contacts.delete']({ id: twinAgain.id })

    // Suggestions never offer the name, an alias, or a part of them.
    const names = (await h['contacts.suggestions']({ limit: 1000 })).suggestions.map((suggestion) => suggestion.name)
    expect(names.join('|')).not.toMatch(/Strøm|Halvard/)
    expect(names).toContain('Beatriz Oyelaran-Cho')
    expect(names).not.toContain('Tobías Ferreira-Lund')
  })

  it('withholds the name in the titles of documents that name the source', async () => {
    const { h, secret } = await withSecret()
    const note = await h['documents.createNote']({
      title: `Call with ${SECRET}, 30 March`,
      text: `${SECRET} called at 9. Strøm said the flight was approved. He said Margit Halvorsen knew.`
    })
    const passage = await h['passages.create']({ documentId: note.id, start: 0, end: 13 })
    await h['contacts.linkPassage']({ contactId: secret.id, passageId: passage.id, role: 'quote' })
    const mentions = (await h['contacts.mentions']({ id: secret.id })).filter((mention) => mention.documentId === note.id)
    expect(mentions).toHaveLength(2)
    for (const mention of mentions) expect(mention.documentTitle).toBe('Call with [withheld], 30 March')
    const linked = (await h['contacts.get']({ id: secret.id })).passages.find((link) => link.passage.id === passage.id)!
    expect(linked.passage).toMatchObject({ documentTitle: 'Call with [withheld], 30 March', exact: '[withheld]' })
    expect((await h['contacts.mentions']({ id: secret.id, reveal: true })).map((mention) => mention.documentTitle)).toContain(note.title)
    const halvorsen = (await h['contacts.suggestions']({})).suggestions.find((suggestion) => suggestion.name === 'Margit Halvorsen')!
    expect(halvorsen.documents.map((doc) => doc.title)).toContain('Call with [withheld], 30 March')
  })

  it('never puts the name in an error message', async () => {
    const { call, secret, question } = await withSecret()
    const failures = await Promise.all([
      call('contacts.merge', { keepId: secret.id, mergeId: 4242 }),
      call('contacts.update', { id: secret.id, affiliationId: secret.id }),
      call('contacts.linkQuestion', { contactId: secret.id, questionId: question.id + 100 }),
      call('contacts.logInteraction', { contactId: secret.id, date: 'x', channel: 'phone', summary: '' })
    ])
    for (const failure of failures) {
      expect(failure.ok).toBe(false)
      expect(everything(failure)).not.toMatch(/Strøm|Halvard/)
    }
  })

  it('keeps the more protective terms when merging into an on-the-record contact', async () => {
    const { h, secret } = await withSecret()
    const open = await h['contacts.create']({ name: 'H. Strøm', terms: 'background' })
    const merged = await h['contacts.merge']({ keepId: open.id, mergeId: secret.id })
    expect(merged).toMatchObject({ terms: 'confidential', withheld: true, name: null, aliases: [] })
  })
})

describe('suggestions', () => {
  it('never suggests a contact, forgets dismissed names, and turns an accepted one into a contact', async () => {
    const { h } = await setup()
    const before = (await h['contacts.suggestions']({})).suggestions
    const find = (list: typeof before, name: string) => list.find((suggestion) => suggestion.name === name)
    const halvorsen = find(before, 'Margit Halvorsen')
    expect(halvorsen).toMatchObject({ kind: 'person' })
    expect(halvorsen!.mentionCount).toBe(3) // "Margit Halvorsen" twice, "Halvorsen" once
    expect(halvorsen!.documents.map((doc) => doc.title)).toHaveLength(2)
    expect(find(before, 'Skyline Aerial Systems')).toMatchObject({ kind: 'organization' })

    await h['contacts.dismissSuggestion']({ name: 'Skyline Aerial Systems' })
    const accepted = await h['contacts.acceptSuggestion']({ name: 'Margit Halvorsen', kind: 'person' })
    expect(accepted).toMatchObject({ name: 'Margit Halvorsen', kind: 'person', aliases: ['Halvorsen'] })
    expect(accepted.mentionCount).toBe(3)

    const after = (await h['contacts.suggestions']({})).suggestions
    expect(find(after, 'Skyline Aerial Systems')).toBeUndefined()
    expect(find(after, 'Margit Halvorsen')).toBeUndefined()
    expect(after.length).toBe(before.length - 2)

    // Still gone after another import; the cache notices new documents.
    await h['documents.import']({ name: 'council.md', data: b64(readFileSync(join(FIXTURES, 'council-hearing.md'))) })
    const later = (await h['contacts.suggestions']({})).suggestions
    expect(find(later, 'Skyline Aerial Systems')).toBeUndefined()
    expect(find(later, 'Adaeze Nwosu-Hartley')).toMatchObject({ kind: 'person', mentionCount: 1 })
  })
})
