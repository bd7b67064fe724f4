// The editor's status board over a built case: questions by status and overdue (judged against the
// given day), claims by status, single origin, open contradictions, confidential-only sourcing and
// review, contradictions open and resolved; the same figures the command line prints.
import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/core/dispatch'
import { caseStatus, localToday } from '../../src/main/core/status/board'
import type { CaseStatus, StatusItem } from '../../src/shared/models'
import { b64, tempCore } from './helpers/tmp'

const LONG =
  'The sector’s drone program, which began in 2021 under a pilot agreement with two counties, logged two hundred and sixty incursions in its second year of operation.'

async function builtCase() {
  const core = tempCore()
  const h = core.handlers
  await h['cases.create']({ title: 'Status board' })
  await h['app.setPreferences']({ userName: 'Dana Editor' })
  const docs: number[] = []
  const texts = [
    'Times: the EPT-IOC logged 260 drone incursions in 2023. EPT-IOC stands for El Paso Tactical Operations Center.',
    'Report: 260 drone incursions were logged. EPT-IOC means El Paso Intelligence Operations Center.',
    `Memo: ${LONG} The memo was signed by the sector chief.`,
    'Notes: a deputy said the figure was closer to 90. He asked not to be named.'
  ]
  for (const [i, text] of texts.entries()) {
    const { document } = await h['documents.import']({ name: `doc${i}.txt`, data: b64(text) })
    await h['documents.update']({ id: document.id, outlet: ['El Paso Times', 'Border Report', null, null][i] ?? null })
    docs.push(document.id)
  }
  const mark = async (doc: number, quote: string) => {
    const start = texts[doc]!.indexOf(quote)
    if (start < 0) throw new Error(`fixture lacks ${quote}`)
    return h['passages.create']({ documentId: docs[doc]!, start, end: start + quote.length })
  }
  const claim = async (doc: number, quote: string, status?: 'verified' | 'disputed' | 'false' | 'corroborated') =>
    h['claims.create']({ passageId: (await mark(doc, quote)).id, status })

  // Questions: overdue means open or in progress with a due date before today.
  const question = async (title: string, status: 'open' | 'in_progress' | 'answered' | 'dropped', dueDate: string | null) => {
    const created = await h['questions.create']({ title })
    await h['questions.update']({ id: created.id, status, dueDate })
    return created.id
  }
  const q = {
    lateOpen: await question('Who compiled the 260 figure?', 'open', '2025-01-10'),
    lateInProgress: await question('What does EPT-IOC stand for?', 'in_progress', '2025-01-31'),
    dueToday: await question('Ask the sector for the raw log', 'open', '2025-02-01'),
    answeredLate: await question('When was the memo signed?', 'answered', '2025-01-01'),
    dropped: await question('Is the pilot agreement public?', 'dropped', null),
    lateWithTime: await question('Call the county back', 'open', '2025-01-20T10:00:00Z'),
    noDate: await question('Which counties?', 'open', null)
  }

  // Claims in every state the board distinguishes.
  const signedOff = await claim(0, 'the EPT-IOC logged 260 drone incursions in 2023', 'verified')
  await h['claims.addEvidence']({ claimId: signedOff.id, passageId: (await mark(1, '260 drone incursions were logged')).id, stance: 'supports' })
  await h['reviews.signOff']({ claimId: signedOff.id })

  const awaiting = await claim(2, 'The memo was signed by the sector chief.', 'verified')

  const cleared = await claim(2, LONG, 'verified')
  await h['reviews.signOff']({ claimId: cleared.id })
  await h['claims.addEvidence']({ claimId: cleared.id, passageId: (await mark(0, 'Times: the EPT-IOC')).id, stance: 'supports' })

  const disputed = await claim(0, 'EPT-IOC stands for El Paso Tactical Operations Center', 'disputed')
  const expansion = await mark(1, 'EPT-IOC means El Paso Intelligence Operations Center')
  const withContradiction = await h['claims.addEvidence']({ claimId: disputed.id, passageId: expansion.id, stance: 'contradicts' })
  const openContradiction = withContradiction.contradictions[0]!

  const confidential = await claim(3, 'the figure was closer to 90')
  const deputy = await h['contacts.create']({ name: 'Halvard Strøm', terms: 'confidential' })
  await h['contacts.linkPassage']({ contactId: deputy.id, passageId: confidential.passageId, role: 'quote' })
  await h['claims.update']({ id: confidential.id, status: 'verified' })
  await h['reviews.sendBack']({ claimId: confidential.id, note: 'One unnamed source is not enough.' })

  const falseClaim = await claim(3, 'He asked not to be named.', 'false')
  const corroborated = await claim(1, 'Report: 260', 'corroborated')

  const resolved = await h['contradictions.create']({ passageA: (await mark(3, 'a deputy said')).id, passageB: (await mark(1, 'Report:')).id })
  await h['contradictions.update']({ id: resolved.id, status: 'resolved' })

  return { core, h, q, claims: { signedOff, awaiting, cleared, disputed, confidential, falseClaim, corroborated }, openContradiction }
}

const ids = (items: StatusItem[]) => items.map((item) => item.id).sort((a, b) => a - b)
const sorted = (...values: number[]) => [...values].sort((a, b) => a - b)

describe('the status board', () => {
  it('gives every figure of a built case, judged against the given day', async () => {
    const { core, h, q, claims: c, openContradiction } = await builtCase()
    const status = (await h['status.get']({ today: '2025-02-01' })) as CaseStatus
    expect(status.today).toBe('2025-02-01')

    expect(ids(status.questions.byStatus.open)).toEqual(sorted(q.lateOpen, q.dueToday, q.lateWithTime, q.noDate))
    expect(ids(status.questions.byStatus.in_progress)).toEqual([q.lateInProgress])
    expect(ids(status.questions.byStatus.answered)).toEqual([q.answeredLate])
    expect(ids(status.questions.byStatus.dropped)).toEqual([q.dropped])
    expect(status.questions.byStatus.cant_answer).toEqual([])
    // Oldest due date first; due today is not overdue yet, an answered question never is.
    expect(status.questions.overdue.map((item) => item.id)).toEqual([q.lateOpen, q.lateWithTime, q.lateInProgress])
    expect(status.questions.overdue[0]).toEqual({ id: q.lateOpen, title: 'Who compiled the 260 figure?' })

    const board = status.claims
    expect(ids(board.byStatus.verified)).toEqual(sorted(c.signedOff.id, c.awaiting.id, c.cleared.id, c.confidential.id))
    expect(ids(board.byStatus.disputed)).toEqual([c.disputed.id])
    expect(ids(board.byStatus.false)).toEqual([c.falseClaim.id])
    expect(ids(board.byStatus.corroborated)).toEqual([c.corroborated.id])
    expect(board.byStatus.unverified).toEqual([])
    // Single origin: everything but the claim with two outlets and the one with the memo plus the Times.
    expect(ids(board.singleOrigin)).toEqual(sorted(c.awaiting.id, c.disputed.id, c.confidential.id, c.falseClaim.id, c.corroborated.id))
    // The open contradiction touches the disputed claim's passage; the Times claim shares no passage with it.
    expect(ids(board.openContradictions)).toEqual([c.disputed.id])
    expect(ids(board.confidentialOnly)).toEqual([c.confidential.id])
    expect(ids(board.awaitingSignOff)).toEqual(sorted(c.awaiting.id, c.cleared.id, c.confidential.id))
    expect(ids(board.signedOff)).toEqual([c.signedOff.id])
    expect(ids(board.signOffCleared)).toEqual([c.cleared.id])
    expect(ids(board.sentBack)).toEqual([c.confidential.id])

    // Titles: the statement, shortened to about 120 characters at a word.
    const long = board.signOffCleared[0]!.title
    expect(long.length).toBeLessThanOrEqual(120)
    expect(long.endsWith('…')).toBe(true)
    expect(LONG.startsWith(long.slice(0, -1))).toBe(true)
    expect(board.signedOff[0]!.title).toBe('the EPT-IOC logged 260 drone incursions in 2023')

    expect(status.contradictions.resolved).toBe(1)
    expect(status.contradictions.open).toEqual([
      { id: openContradiction.id, title: '“EPT-IOC stands for El Paso Tactical Operations Center” vs “EPT-IOC means El Paso Intelligence Operations Center”' }
    ])

    // No confidential name anywhere on the board.
    expect(JSON.stringify(status)).not.toContain('Halvard')
    // The repo function agrees with the handler.
    expect(caseStatus(core.currentDb()!, '2025-02-01')).toEqual(status)
  })

  it('judges "overdue" against the local date when no day is given, and validates a given one', async () => {
    const { h, q } = await builtCase()
    const response = await dispatch(h, 'status.get', {})
    expect(response.ok).toBe(true)
    const status = (response as { ok: true; result: CaseStatus }).result
    expect(status.today).toBe(localToday())
    expect(status.today).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // Every fixture due date lies in the past now.
    expect(ids(status.questions.overdue)).toEqual(sorted(q.lateOpen, q.lateInProgress, q.dueToday, q.lateWithTime))
    expect(localToday(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05')
    expect(await dispatch(h, 'status.get', { today: '1 Feb 2025' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    // On an early day nothing is overdue.
    expect((await h['status.get']({ today: '2024-12-31' })).questions.overdue).toEqual([])
  })

  it('an empty case has empty lists under every heading', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Empty' })
    const status = await core.handlers['status.get']({ today: '2025-02-01' })
    expect(Object.values(status.questions.byStatus).flat()).toEqual([])
    const { byStatus, ...lists } = status.claims
    expect(byStatus).toEqual({ unverified: [], corroborated: [], disputed: [], false: [], verified: [] })
    expect(lists).toEqual({ singleOrigin: [], openContradictions: [], confidentialOnly: [], awaitingSignOff: [], signedOff: [], signOffCleared: [], sentBack: [] })
    expect(status.contradictions).toEqual({ open: [], resolved: 0 })
  })
})
