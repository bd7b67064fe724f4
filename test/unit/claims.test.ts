// Claims through the handler table, as both shells call them: marking passages (or fresh
// selections) as claims, evidence from other documents, independence counting with folded outlets
// and shared origins, contradictions, sign-offs (only for verified claims, cleared by the schema
// when the claim or its evidence changes), confidential-only sourcing and the summary's default.
import { describe, expect, it } from 'vitest'
import type { Method } from '../../src/shared/api'
import { CasefileError } from '../../src/shared/errors'
import type { Claim } from '../../src/shared/models'
import { dispatch } from '../../src/main/core/dispatch'
import { createClaim, listClaims } from '../../src/main/core/claims/repo'
import { foldOutlet } from '../../src/main/core/claims/independence'
import { b64, tempCore } from './helpers/tmp'

const DOCS = {
  memo: {
    title: 'EPT-IOC internal memo',
    outlet: null,
    text: 'Internal memo. The EPT-IOC logged 260 drone incursions in 2023. The figure\n   was   compiled by the sector.'
  },
  times: {
    title: 'Drones over the river',
    outlet: 'El Paso Times',
    text: 'A memo seen by the Times says the EPT-IOC logged 260 drone incursions in 2023. EPT-IOC stands for El Paso Tactical Operations Center.'
  },
  timesAgain: {
    title: 'Sector figures questioned',
    outlet: '  el paso   TIMES ',
    text: 'The sector’s count of 260 incursions was repeated by officials on Tuesday.'
  },
  report: {
    title: 'Border Report: incursions',
    outlet: 'Border Report',
    text: 'Border Report obtained the memo: 260 drone incursions were logged. EPT-IOC means El Paso Intelligence Operations Center.'
  },
  opinion: { title: 'Drones y cifras', outlet: 'La Opinión', text: 'La cifra de 260 incursiones fue citada por La Opinión.' },
  opinion2: { title: 'Más cifras', outlet: 'la opinion', text: 'Un portavoz confirmó 260 incursiones ante la prensa.' },
  notes1: { title: 'Call notes, Tuesday', outlet: null, text: 'Call with the deputy: he said 260 incursions sounds right.' },
  notes2: { title: 'Call notes, Friday', outlet: '   ', text: 'Second call: the analyst doubted 260 and said it was closer to 90.' }
} as const
type DocName = keyof typeof DOCS

async function setup() {
  const core = tempCore()
  const h = core.handlers
  await h['cases.create']({ title: 'Drone incursions' })
  const docs = {} as Record<DocName, number>
  for (const [name, doc] of Object.entries(DOCS) as [DocName, (typeof DOCS)[DocName]][]) {
    const { document } = await h['documents.import']({ name: `${name}.txt`, data: b64(doc.text) })
    await h['documents.update']({ id: document.id, title: doc.title, outlet: doc.outlet })
    docs[name] = document.id
  }
  const db = core.currentDb()!
  /** A passage over the first occurrence of `quote` in the document. */
  const mark = async (doc: DocName, quote: string) => {
    const start = DOCS[doc].text.indexOf(quote)
    if (start < 0) throw new Error(`fixture ${doc} lacks ${quote}`)
    return h['passages.create']({ documentId: docs[doc], start, end: start + quote.length })
  }
  const selection = (doc: DocName, quote: string) => {
    const start = DOCS[doc].text.indexOf(quote)
    if (start < 0) throw new Error(`fixture ${doc} lacks ${quote}`)
    return { documentId: docs[doc], start, end: start + quote.length }
  }
  /** Calls through dispatch (validation included) and gives back the error, or null on success. */
  const failure = async (method: Method, arg: unknown) => {
    const response = await dispatch(h, method, arg)
    return response.ok ? null : response.error
  }
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { core, h, db, docs, mark, selection, failure, count }
}

async function codeOf(action: () => unknown): Promise<string> {
  try {
    await action()
  } catch (error) {
    if (error instanceof CasefileError) return `${error.code}: ${error.message}`
    throw error
  }
  return 'ok'
}

describe('marking claims', () => {
  it('makes a claim of an existing passage, its statement the passage’s text with spaces collapsed', async () => {
    const { h, mark } = await setup()
    const passage = await mark('memo', 'The figure\n   was   compiled by the sector.')
    const claim = await h['claims.create']({ passageId: passage.id })
    expect(claim).toMatchObject({
      statement: 'The figure was compiled by the sector.',
      status: 'unverified',
      passageId: passage.id,
      documentTitle: 'EPT-IOC internal memo',
      supportCount: 0,
      contradictCount: 0,
      originCount: 1,
      openContradictionCount: 0,
      review: 'none',
      confidentialOnly: false,
      exportChoice: 'auto',
      included: false,
      notes: '',
      evidence: [],
      reviews: [],
      sources: []
    })
    expect(claim.passage.exact).toBe('The figure\n   was   compiled by the sector.')
    expect(claim.origins).toEqual([{ key: `document:${passage.documentId}`, label: 'EPT-IOC internal memo', documents: [{ id: passage.documentId, title: 'EPT-IOC internal memo' }] }])
    // The reader colours the passage by its claim's status.
    const [listed] = (await h['passages.listForDocument']({ documentId: passage.documentId })).filter((p) => p.id === passage.id)
    expect(listed).toMatchObject({ claimId: claim.id, claimStatus: 'unverified' })
    expect((await h['cases.counts']({})).claims).toBe(1)
  })

  it('marking a passage that already is a claim gives back that claim unchanged', async () => {
    const { h, mark, count } = await setup()
    const passage = await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')
    const first = await h['claims.create']({ passageId: passage.id, statement: 'The EPT-IOC logged 260 incursions in 2023.', status: 'corroborated' })
    const again = await h['claims.create']({ passageId: passage.id, statement: 'Something else', status: 'false' })
    expect(again).toEqual(first)
    // The same span selected afresh is the same passage, so the same claim.
    const start = DOCS.times.text.indexOf('the EPT-IOC logged')
    const viaSelection = await h['claims.create']({ selection: { documentId: passage.documentId, start: start - 1, end: start + 47 } })
    expect(viaSelection.id).toBe(first.id)
    expect(count('claims')).toBe(1)
  })

  it('makes a claim of a fresh selection in one transaction: a failure leaves no passage behind', async () => {
    const { h, db, selection, count, failure, docs } = await setup()
    const claim = await h['claims.create']({ selection: selection('report', '260 drone incursions were logged'), statement: '  260   incursions were logged. ' })
    expect(claim.statement).toBe('260 incursions were logged.')
    expect(claim.passage).toMatchObject({ exact: '260 drone incursions were logged', documentId: docs.report, claimId: claim.id })
    expect(count('passages')).toBe(1)

    // The passage is made, then the claim is refused (a status the schema rejects): nothing stays.
    const bad = selection('times', 'EPT-IOC stands for El Paso Tactical Operations Center')
    expect(() => createClaim(db, { selection: bad, status: 'bogus' as never })).toThrow()
    expect(count('passages')).toBe(1)
    expect(count('claims')).toBe(1)

    // Bad selections are refused with a sentence and store nothing.
    expect(await failure('claims.create', { selection: { documentId: docs.times, start: 0, end: 99_999 } })).toMatchObject({ code: 'invalid_argument' })
    expect(await failure('claims.create', { selection: { documentId: docs.times, start: 0, end: 5, rects: [{ pageIndex: 0, x1: 0, y1: 0, x2: 1, y2: 1 }] } })).toMatchObject({
      code: 'invalid_argument'
    })
    expect(await failure('claims.create', { selection: { documentId: 9999, start: 0, end: 5 } })).toMatchObject({ code: 'not_found' })
    expect(await failure('claims.create', { passageId: 9999 })).toMatchObject({ code: 'not_found' })
    expect(await failure('claims.create', {})).toMatchObject({ code: 'invalid_argument', message: 'Give either a passage or a selection.' })
    expect(count('passages')).toBe(1)
    expect(count('claims')).toBe(1)
  })

  it('updates statement, status, notes and the export choice; refuses an empty statement', async () => {
    const { h, mark, failure } = await setup()
    const claim = await h['claims.create']({ passageId: (await mark('memo', 'The EPT-IOC logged 260 drone incursions in 2023.')).id })
    const updated = await h['claims.update']({ id: claim.id, statement: 'The EPT-IOC logged 260 incursions.', status: 'corroborated', notes: 'Ask the sector.', exportChoice: 'include' })
    expect(updated).toMatchObject({ statement: 'The EPT-IOC logged 260 incursions.', status: 'corroborated', notes: 'Ask the sector.', exportChoice: 'include', included: true })
    expect(await failure('claims.update', { id: claim.id, statement: '   ' })).toMatchObject({ code: 'invalid_argument' })
    expect(await failure('claims.update', { id: 9999, status: 'false' })).toMatchObject({ code: 'not_found', message: 'That claim is no longer in this case.' })
    expect(await h['claims.list']({ status: 'corroborated' })).toHaveLength(1)
    expect(await h['claims.list']({ status: 'verified' })).toHaveLength(0)
  })

  it('deleting a claim keeps its passage, its evidence passages and its contradictions', async () => {
    const { h, mark, count, failure } = await setup()
    const own = await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')
    const claim = await h['claims.create']({ passageId: own.id })
    await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark('report', '260 drone incursions were logged')).id, stance: 'supports' })
    await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark('notes2', 'closer to 90')).id, stance: 'contradicts' })
    expect(await h['claims.delete']({ id: claim.id })).toBeNull()
    expect(count('claims')).toBe(0)
    expect(count('claim_evidence')).toBe(0)
    expect(count('passages')).toBe(3)
    expect(count('contradictions')).toBe(1)
    const [passage] = (await h['passages.listForDocument']({ documentId: own.documentId })).filter((p) => p.id === own.id)
    expect(passage).toMatchObject({ claimId: null, claimStatus: null })
    expect(await failure('claims.delete', { id: claim.id })).toMatchObject({ code: 'not_found' })
    expect(await failure('claims.get', { id: claim.id })).toMatchObject({ code: 'not_found' })
  })
})

describe('evidence', () => {
  it('links passages from other documents; refuses the claim’s own document and its own passage', async () => {
    const { h, mark, selection, failure, count } = await setup()
    const own = await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')
    const claim = await h['claims.create']({ passageId: own.id })
    const sameDocument = await mark('times', 'EPT-IOC stands for El Paso Tactical Operations Center')
    const refusal = 'Evidence must come from another document: a document cannot corroborate itself.'
    expect(await failure('claims.addEvidence', { claimId: claim.id, passageId: sameDocument.id, stance: 'supports' })).toEqual({ code: 'invalid_argument', message: refusal })
    expect(await failure('claims.addEvidence', { claimId: claim.id, selection: selection('times', 'A memo seen by the Times'), stance: 'contradicts' })).toEqual({
      code: 'invalid_argument',
      message: refusal
    })
    expect(await failure('claims.addEvidence', { claimId: claim.id, passageId: own.id, stance: 'supports' })).toMatchObject({ code: 'invalid_argument' })
    expect(await failure('claims.addEvidence', { claimId: 9999, passageId: sameDocument.id, stance: 'supports' })).toMatchObject({ code: 'not_found' })
    expect(await failure('claims.addEvidence', { claimId: claim.id, passageId: 9999, stance: 'supports' })).toMatchObject({ code: 'not_found' })
    expect(count('passages')).toBe(2) // the refused selection left no passage
    expect(count('claim_evidence')).toBe(0)

    const withEvidence = await h['claims.addEvidence']({ claimId: claim.id, selection: selection('report', '260 drone incursions were logged'), stance: 'supports' })
    expect(withEvidence.evidence).toHaveLength(1)
    expect(withEvidence.evidence[0]).toMatchObject({ stance: 'supports', passage: { exact: '260 drone incursions were logged' } })
    expect(withEvidence).toMatchObject({ supportCount: 1, contradictCount: 0, originCount: 2 })
  })

  it('linking the same passage with another stance changes the stance; removing it unlinks it', async () => {
    const { h, mark, failure, count } = await setup()
    const claim = await h['claims.create']({ passageId: (await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')).id })
    const evidence = await mark('notes2', 'the analyst doubted 260')
    let result = await h['claims.addEvidence']({ claimId: claim.id, passageId: evidence.id, stance: 'supports' })
    expect(result).toMatchObject({ supportCount: 1, contradictCount: 0 })
    result = await h['claims.addEvidence']({ claimId: claim.id, passageId: evidence.id, stance: 'contradicts' })
    expect(result).toMatchObject({ supportCount: 0, contradictCount: 1 })
    expect(result.evidence.map((e) => e.stance)).toEqual(['contradicts'])
    expect(count('claim_evidence')).toBe(1)
    result = await h['claims.removeEvidence']({ claimId: claim.id, passageId: evidence.id })
    expect(result).toMatchObject({ supportCount: 0, contradictCount: 0, evidence: [] })
    expect(await failure('claims.removeEvidence', { claimId: claim.id, passageId: evidence.id })).toMatchObject({ code: 'not_found' })
    expect(count('passages')).toBe(2) // unlinking keeps the passage
  })

  it('contradicting evidence opens a contradiction with the claim’s passage, once per pair', async () => {
    const { h, mark, count } = await setup()
    const own = await mark('times', 'EPT-IOC stands for El Paso Tactical Operations Center')
    const claim = await h['claims.create']({ passageId: own.id })
    const other = await mark('report', 'EPT-IOC means El Paso Intelligence Operations Center')
    const result = await h['claims.addEvidence']({ claimId: claim.id, passageId: other.id, stance: 'contradicts' })
    expect(result.contradictions).toHaveLength(1)
    expect(result.contradictions[0]).toMatchObject({ status: 'open', claimIds: [claim.id] })
    expect([result.contradictions[0]!.a.id, result.contradictions[0]!.b.id]).toEqual([own.id, other.id].sort((a, b) => a - b))
    expect(result.openContradictionCount).toBe(1)

    // Resolved, then linked again: the pair keeps its one contradiction, still resolved.
    await h['contradictions.update']({ id: result.contradictions[0]!.id, status: 'resolved', note: 'The Times corrected itself.' })
    await h['claims.addEvidence']({ claimId: claim.id, passageId: other.id, stance: 'supports' })
    const again = await h['claims.addEvidence']({ claimId: claim.id, passageId: other.id, stance: 'contradicts' })
    expect(count('contradictions')).toBe(1)
    expect(again.contradictions[0]).toMatchObject({ status: 'resolved', note: 'The Times corrected itself.' })
    expect(again.openContradictionCount).toBe(0)

    // A pair flagged by hand beforehand is not flagged twice either.
    const third = await mark('notes2', 'closer to 90')
    const flagged = await h['contradictions.create']({ passageA: third.id, passageB: own.id, note: 'Ninety, not 260.' })
    const linked = await h['claims.addEvidence']({ claimId: claim.id, passageId: third.id, stance: 'contradicts' })
    expect(count('contradictions')).toBe(2)
    expect(linked.contradictions.find((c) => c.id === flagged.id)).toMatchObject({ note: 'Ninety, not 260.', status: 'open' })
    expect(linked.openContradictionCount).toBe(1)
  })

  it('adding evidence is one transaction: a refused link leaves the fresh passage out too', async () => {
    const { h, db, selection, mark, count } = await setup()
    const claim = await h['claims.create']({ passageId: (await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')).id })
    const { addEvidence } = await import('../../src/main/core/claims/repo')
    expect(() => addEvidence(db, claim.id, { selection: selection('report', 'Border Report obtained the memo') }, 'neutral' as never)).toThrow()
    expect(count('passages')).toBe(1)
    expect(count('claim_evidence')).toBe(0)
  })
})

describe('independence', () => {
  it('folds outlets: trimmed, spaces collapsed, case and accents ignored', () => {
    expect(foldOutlet('  el paso   TIMES ')).toBe(foldOutlet('El Paso Times'))
    expect(foldOutlet('La Opinión')).toBe('la opinion')
    expect(foldOutlet('Border Report')).not.toBe(foldOutlet('Border Reports'))
  })

  it('counts origins: the claim’s document and its supporting evidence, grouped by outlet, else alone; contradicting evidence never counts', async () => {
    const { h, mark, docs } = await setup()
    const claim = await h['claims.create']({ passageId: (await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')).id })
    const support = async (doc: DocName, quote: string) =>
      h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark(doc, quote)).id, stance: 'supports' })

    expect((await support('timesAgain', 'count of 260 incursions')).originCount).toBe(1) // same outlet, written differently
    expect((await support('report', '260 drone incursions were logged')).originCount).toBe(2)
    expect((await support('opinion', 'La cifra de 260 incursiones')).originCount).toBe(3)
    expect((await support('opinion2', 'confirmó 260 incursiones')).originCount).toBe(3) // "la opinion" = "La Opinión"
    expect((await support('notes1', '260 incursions sounds right')).originCount).toBe(4) // no outlet: alone
    let result = await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark('notes2', 'closer to 90')).id, stance: 'contradicts' })
    expect(result.originCount).toBe(4)
    expect(result.origins).toEqual([
      { key: 'outlet:el paso times', label: 'El Paso Times', documents: [{ id: docs.times, title: DOCS.times.title }, { id: docs.timesAgain, title: DOCS.timesAgain.title }] },
      { key: 'outlet:border report', label: 'Border Report', documents: [{ id: docs.report, title: DOCS.report.title }] },
      { key: 'outlet:la opinion', label: 'La Opinión', documents: [{ id: docs.opinion, title: DOCS.opinion.title }, { id: docs.opinion2, title: DOCS.opinion2.title }] },
      { key: `document:${docs.notes1}`, label: DOCS.notes1.title, documents: [{ id: docs.notes1, title: DOCS.notes1.title }] }
    ])
    // A second document without an outlet (a blank one counts as none) is its own origin.
    result = await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark('notes2', 'the analyst doubted 260')).id, stance: 'supports' })
    expect(result.originCount).toBe(5)
    // The list agrees with the detail.
    const [summary] = await h['claims.list']({})
    expect(summary).toMatchObject({ id: claim.id, originCount: 5, supportCount: 6, contradictCount: 1 })
  })

  it('three outlets repeating one memo, marked with that origin, are one origin', async () => {
    const { h, mark, docs } = await setup()
    const claim = await h['claims.create']({ passageId: (await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')).id })
    for (const [doc, quote] of [
      ['report', '260 drone incursions were logged'],
      ['opinion', 'La cifra de 260 incursiones'],
      ['notes1', '260 incursions sounds right']
    ] as const) {
      await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark(doc, quote)).id, stance: 'supports' })
    }
    expect((await h['claims.get']({ id: claim.id })).originCount).toBe(4)
    await h['documents.setOrigin']({ documentId: docs.times, origin: 'EPT-IOC memo' })
    await h['documents.setOrigin']({ documentId: docs.report, origin: 'ept-ioc MEMO' })
    const detail = await h['documents.setOrigin']({ documentId: docs.opinion, origin: '  EPT-IOC   memo ' })
    expect(detail.origin).toMatchObject({ name: 'EPT-IOC memo' })
    const result = await h['claims.get']({ id: claim.id })
    expect(result.originCount).toBe(2)
    expect(result.origins).toEqual([
      {
        key: `origin:${detail.origin!.id}`,
        label: 'EPT-IOC memo',
        documents: (['times', 'report', 'opinion'] as const).map((name) => ({ id: docs[name], title: DOCS[name].title }))
      },
      { key: `document:${docs.notes1}`, label: DOCS.notes1.title, documents: [{ id: docs.notes1, title: DOCS.notes1.title }] }
    ])
    expect((await h['claims.list']({}))[0]!.originCount).toBe(2)
  })
})

describe('origins', () => {
  it('finds an origin by name ignoring case, or creates it; clearing removes origins nobody uses', async () => {
    const { h, docs, failure, count } = await setup()
    const first = await h['documents.setOrigin']({ documentId: docs.times, origin: 'Sector memo' })
    expect(first).toMatchObject({ id: docs.times, title: DOCS.times.title, origin: { name: 'Sector memo' } })
    await h['documents.setOrigin']({ documentId: docs.report, origin: 'SECTOR MEMO' })
    await h['documents.setOrigin']({ documentId: docs.notes1, origin: 'Análisis' })
    await h['documents.setOrigin']({ documentId: docs.notes2, origin: 'ANÁLISIS' }) // beyond ASCII, case still ignored
    expect(await h['origins.list']({})).toEqual([
      { id: expect.any(Number), name: 'Análisis', documentIds: [docs.notes1, docs.notes2].sort((a, b) => a - b) },
      { id: first.origin!.id, name: 'Sector memo', documentIds: [docs.times, docs.report].sort((a, b) => a - b) }
    ])

    // Moving one document to a new origin keeps the old one while another document uses it.
    expect((await h['documents.setOrigin']({ documentId: docs.times, origin: 'Press release' })).origin).toMatchObject({ name: 'Press release' })
    expect(count('origins')).toBe(3)
    expect((await h['documents.setOrigin']({ documentId: docs.report, origin: null })).origin).toBeNull()
    expect((await h['origins.list']({})).map((o) => o.name)).toEqual(['Análisis', 'Press release'])
    expect(count('origins')).toBe(2)
    await h['documents.setOrigin']({ documentId: docs.notes1, origin: null })
    await h['documents.setOrigin']({ documentId: docs.notes2, origin: null })
    expect((await h['origins.list']({})).map((o) => o.name)).toEqual(['Press release'])

    expect(await failure('documents.setOrigin', { documentId: 9999, origin: 'X' })).toMatchObject({ code: 'not_found' })
    expect(await failure('documents.setOrigin', { documentId: docs.times, origin: '   ' })).toMatchObject({ code: 'invalid_argument' })
    expect((await h['documents.get']({ id: docs.times })).origin).toMatchObject({ name: 'Press release' })
  })
})

describe('contradictions', () => {
  it('stores a pair once, in order; refuses a passage against itself; lists open first, then newest', async () => {
    const { h, mark, failure, db } = await setup()
    const times = await mark('times', 'EPT-IOC stands for El Paso Tactical Operations Center')
    const report = await mark('report', 'EPT-IOC means El Paso Intelligence Operations Center')
    const notes = await mark('notes2', 'closer to 90')
    const memo = await mark('memo', 'The EPT-IOC logged 260 drone incursions in 2023.')
    const claim = await h['claims.create']({ passageId: memo.id })
    await h['claims.addEvidence']({ claimId: claim.id, passageId: report.id, stance: 'supports' })
    const other = await h['claims.create']({ passageId: times.id })

    const first = await h['contradictions.create']({ passageA: report.id, passageB: times.id, note: 'Which expansion?' })
    expect(first).toMatchObject({ a: { id: times.id }, b: { id: report.id }, status: 'open', note: 'Which expansion?' })
    expect(first.claimIds).toEqual([claim.id, other.id].sort((a, b) => a - b))
    expect(db.prepare('SELECT passage_a, passage_b FROM contradictions').raw().all()).toEqual([[times.id, report.id]])

    const same = await h['contradictions.create']({ passageA: times.id, passageB: report.id })
    expect(same).toEqual(first)
    const renoted = await h['contradictions.create']({ passageA: times.id, passageB: report.id, note: 'Ask the sector which is right.' })
    expect(renoted).toMatchObject({ id: first.id, note: 'Ask the sector which is right.' })

    expect(await failure('contradictions.create', { passageA: times.id, passageB: times.id })).toMatchObject({ code: 'invalid_argument' })
    expect(await failure('contradictions.create', { passageA: times.id, passageB: 9999 })).toMatchObject({ code: 'not_found' })

    const second = await h['contradictions.create']({ passageA: notes.id, passageB: memo.id })
    expect(second.claimIds).toEqual([claim.id])
    const third = await h['contradictions.create']({ passageA: notes.id, passageB: report.id })
    await h['contradictions.update']({ id: second.id, status: 'resolved' })
    expect((await h['contradictions.list']({})).map((c) => c.id)).toEqual([third.id, first.id, second.id])
    expect((await h['contradictions.list']({ status: 'resolved' })).map((c) => c.id)).toEqual([second.id])
    expect((await h['claims.get']({ id: claim.id })).openContradictionCount).toBe(2) // first and third touch its evidence
    expect((await h['claims.list']({})).find((c) => c.id === claim.id)!.openContradictionCount).toBe(2)

    expect(await h['contradictions.delete']({ id: third.id })).toBeNull()
    expect(await failure('contradictions.delete', { id: third.id })).toMatchObject({ code: 'not_found' })
    expect(await failure('contradictions.update', { id: third.id, status: 'open' })).toMatchObject({ code: 'not_found' })
    // Deleting a passage takes its contradictions with it.
    await h['passages.delete']({ id: notes.id })
    expect((await h['contradictions.list']({})).map((c) => c.id)).toEqual([first.id])
  })
})

describe('reviews', () => {
  async function verifiedClaim() {
    const ctx = await setup()
    const { h, mark } = ctx
    const claim = await h['claims.create']({ passageId: (await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')).id })
    const evidence = await mark('report', '260 drone incursions were logged')
    await h['claims.addEvidence']({ claimId: claim.id, passageId: evidence.id, stance: 'supports' })
    return { ...ctx, claim, evidence }
  }

  it('signs off only a verified claim, and only with a name set in Preferences', async () => {
    const { h, claim, failure } = await verifiedClaim()
    expect(await failure('reviews.signOff', { claimId: claim.id })).toEqual({
      code: 'invalid_argument',
      message: 'Set your name in Preferences first: a sign-off or a request for changes records who gave it.'
    })
    await h['app.setPreferences']({ userName: 'Dana Editor' })
    expect(await failure('reviews.signOff', { claimId: claim.id })).toEqual({
      code: 'invalid_argument',
      message: 'Only a verified claim can be signed off: mark it verified first.'
    })
    expect(await failure('reviews.signOff', { claimId: 9999 })).toMatchObject({ code: 'not_found' })
    await h['claims.update']({ id: claim.id, status: 'verified' })
    const signed = await h['reviews.signOff']({ claimId: claim.id, note: 'Two outlets, fine.' })
    expect(signed).toMatchObject({ review: 'signed_off', included: true })
    expect(signed.reviews).toEqual([
      { id: expect.any(Number), claimId: claim.id, decision: 'signed_off', reviewer: 'Dana Editor', note: 'Two outlets, fine.', createdAt: expect.any(String), clearedAt: null, clearedReason: null }
    ])
  })

  it('sends a claim back with a comment; the comment is required', async () => {
    const { h, claim, failure, db } = await verifiedClaim()
    await h['app.setPreferences']({ userName: 'Dana Editor' })
    expect(await failure('reviews.sendBack', { claimId: claim.id, note: '  ' })).toMatchObject({ code: 'invalid_argument', message: 'note: Say what needs to change before sign-off.' })
    const { sendBack } = await import('../../src/main/core/claims/reviews')
    expect(await codeOf(() => sendBack(db, claim.id, 'Dana Editor', ''))).toMatch(/^invalid_argument/)
    const back = await h['reviews.sendBack']({ claimId: claim.id, note: 'Find a third source.' })
    expect(back.review).toBe('sent_back')
    await h['claims.update']({ id: claim.id, status: 'verified' })
    await h['reviews.signOff']({ claimId: claim.id })
    const again = await h['reviews.sendBack']({ claimId: claim.id, note: 'On second thought, call the sector.' })
    expect(again.review).toBe('sent_back')
    expect(again.reviews.map((r) => r.decision)).toEqual(['sent_back', 'signed_off', 'sent_back']) // newest first
    expect(again.included).toBe(false)
  })

  it('a sign-off is cleared when evidence is added, removed or changes stance, or the claim’s status or wording changes', async () => {
    const { h, claim, evidence, mark } = await verifiedClaim()
    await h['app.setPreferences']({ userName: 'Dana Editor' })
    await h['claims.update']({ id: claim.id, status: 'verified' })
    const signOff = async () => expect((await h['reviews.signOff']({ claimId: claim.id })).review).toBe('signed_off')
    const cleared = (result: Claim, reason: string) => {
      expect(result.review).toBe('cleared')
      expect(result.included).toBe(false)
      expect(result.reviews[0]).toMatchObject({ decision: 'signed_off', clearedAt: expect.any(String), clearedReason: reason })
    }

    await signOff()
    // Changing only the notes or the export choice keeps the sign-off; so does an unchanged status.
    expect((await h['claims.update']({ id: claim.id, notes: 'internal', exportChoice: 'auto', status: 'verified' })).review).toBe('signed_off')
    // Linking evidence already linked with the same stance changes nothing.
    expect((await h['claims.addEvidence']({ claimId: claim.id, passageId: evidence.id, stance: 'supports' })).review).toBe('signed_off')

    cleared(await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark('opinion', 'La cifra de 260 incursiones')).id, stance: 'supports' }), 'Supporting evidence was added.')
    await signOff()
    cleared(await h['claims.addEvidence']({ claimId: claim.id, passageId: evidence.id, stance: 'contradicts' }), 'Evidence changed from supporting to contradicting, or back.')
    await signOff()
    cleared(await h['claims.removeEvidence']({ claimId: claim.id, passageId: evidence.id }), 'Evidence was removed.')
    await signOff()
    cleared(await h['claims.addEvidence']({ claimId: claim.id, passageId: (await mark('notes2', 'closer to 90')).id, stance: 'contradicts' }), 'Contradicting evidence was added.')
    await signOff()
    cleared(await h['claims.update']({ id: claim.id, statement: 'The EPT-IOC counted 260 incursions in 2023.' }), 'The claim’s wording changed.')
    await signOff()
    const demoted = await h['claims.update']({ id: claim.id, status: 'corroborated' })
    cleared(demoted, 'The claim’s status changed.')
    expect(demoted.reviews.filter((r) => r.clearedAt === null)).toEqual([])
  })

  it('deleting an evidence document clears the sign-off (the cascade goes through the schema)', async () => {
    const { h, claim, evidence } = await verifiedClaim()
    await h['app.setPreferences']({ userName: 'Dana Editor' })
    await h['claims.update']({ id: claim.id, status: 'verified' })
    await h['reviews.signOff']({ claimId: claim.id })
    await h['documents.delete']({ id: evidence.documentId })
    const after = await h['claims.get']({ id: claim.id })
    expect(after).toMatchObject({ review: 'cleared', supportCount: 0, originCount: 1, evidence: [] })
    expect(after.reviews[0]!.clearedReason).toBe('Evidence was removed.')
    expect((await h['claims.list']({}))[0]!.review).toBe('cleared')
  })
})

describe('sourcing and the summary', () => {
  it('confidentialOnly: every supporting passage is attributed, and only to confidential contacts', async () => {
    const { h, mark } = await setup()
    const own = await mark('notes1', 'he said 260 incursions sounds right')
    const claim = await h['claims.create']({ passageId: own.id })
    const secret = await h['contacts.create']({ name: 'Halvard Strøm', terms: 'confidential' })
    const named = await h['contacts.create']({ name: 'Lionel Achterberg' })
    const get = () => h['claims.get']({ id: claim.id })

    expect((await get()).confidentialOnly).toBe(false) // not attributed at all
    await h['contacts.linkPassage']({ contactId: secret.id, passageId: own.id, role: 'quote' })
    let result = await get()
    expect(result.confidentialOnly).toBe(true)
    expect(result.sources).toEqual([{ id: secret.id, displayName: `Confidential source ${secret.id}`, confidential: true, terms: 'confidential' }])
    expect(JSON.stringify(result)).not.toContain('Halvard')

    // Supporting evidence with no contact: not only confidential any more.
    const evidence = await mark('report', '260 drone incursions were logged')
    expect((await h['claims.addEvidence']({ claimId: claim.id, passageId: evidence.id, stance: 'supports' })).confidentialOnly).toBe(false)
    await h['contacts.linkPassage']({ contactId: secret.id, passageId: evidence.id })
    expect((await get()).confidentialOnly).toBe(true)
    // Contradicting evidence does not count, whoever it is attributed to.
    const against = await mark('notes2', 'closer to 90')
    await h['contacts.linkPassage']({ contactId: named.id, passageId: against.id })
    await h['claims.addEvidence']({ claimId: claim.id, passageId: against.id, stance: 'contradicts' })
    result = await get()
    expect(result.confidentialOnly).toBe(true)
    expect(result.sources.map((s) => s.id)).toEqual([secret.id])
    // A named contact on a supporting passage: no longer confidential only.
    await h['contacts.linkPassage']({ contactId: named.id, passageId: evidence.id })
    result = await get()
    expect(result.confidentialOnly).toBe(false)
    expect(result.sources.map((s) => s.displayName)).toEqual([`Confidential source ${secret.id}`, 'Lionel Achterberg'])
    expect((await h['claims.list']({}))[0]!.confidentialOnly).toBe(false)
    expect(JSON.stringify(await h['claims.list']({}))).not.toContain('Halvard')
  })

  it('included: the choice "include", or by default verified and signed off; never "exclude"', async () => {
    const { h, mark } = await setup()
    await h['app.setPreferences']({ userName: 'Dana Editor' })
    const claim = await h['claims.create']({ passageId: (await mark('times', 'the EPT-IOC logged 260 drone incursions in 2023')).id, status: 'verified' })
    expect(claim.included).toBe(false) // verified, not signed off
    expect((await h['reviews.signOff']({ claimId: claim.id })).included).toBe(true)
    expect((await h['claims.update']({ id: claim.id, exportChoice: 'exclude' })).included).toBe(false)
    expect((await h['claims.update']({ id: claim.id, exportChoice: 'include', status: 'disputed' })).included).toBe(true)
    expect((await h['claims.update']({ id: claim.id, exportChoice: 'auto' })).included).toBe(false) // disputed, sign-off cleared
    expect((await h['claims.list']({}))[0]).toMatchObject({ exportChoice: 'auto', included: false, review: 'cleared' })
  })
})

describe('scale', () => {
  it('lists thousands of claims with all their figures at once', async () => {
    const { h, db, docs } = await setup()
    await h['documents.update']({ id: docs.report, outlet: 'Wire' })
    const confidential = await h['contacts.create']({ name: 'Halvard Strøm', terms: 'confidential' })
    // Rows written straight into the tables: building 3,000 claims through the API would take longer than the test.
    db.transaction(() => {
      const passage = db.prepare(
        "INSERT INTO passages (document_id, start_offset, end_offset, exact, prefix, suffix, created_at) VALUES (?, ?, ?, 'x', '', '', '2025-01-01')"
      )
      const claim = db.prepare("INSERT INTO claims (passage_id, statement, status, created_at, updated_at) VALUES (?, ?, ?, '2025-01-01', '2025-01-01')")
      const evidence = db.prepare("INSERT INTO claim_evidence (claim_id, passage_id, stance, linked_at) VALUES (?, ?, ?, '2025-01-01')")
      const contradiction = db.prepare("INSERT INTO contradictions (passage_a, passage_b, created_at, updated_at) VALUES (?, ?, '2025-01-01', '2025-01-01')")
      const link = db.prepare("INSERT INTO contact_passages (contact_id, passage_id, linked_at) VALUES (?, ?, '2025-01-01')")
      const review = db.prepare("INSERT INTO reviews (claim_id, decision, reviewer, created_at) VALUES (?, 'signed_off', 'Dana', '2025-01-01')")
      for (let i = 0; i < 3000; i++) {
        const own = Number(passage.run(docs.times, i, i + 1).lastInsertRowid)
        const claimId = Number(claim.run(own, `Claim ${i}`, i % 2 ? 'verified' : 'unverified').lastInsertRowid)
        const other = Number(passage.run(docs.report, i, i + 1).lastInsertRowid)
        evidence.run(claimId, other, i % 3 ? 'supports' : 'contradicts')
        if (i % 5 === 0) contradiction.run(own, other)
        if (i % 7 === 0) {
          link.run(confidential.id, own)
          link.run(confidential.id, other)
        }
        if (i % 2) review.run(claimId)
      }
    })()
    const started = performance.now()
    const claims = listClaims(db)
    const elapsed = performance.now() - started
    expect(claims).toHaveLength(3000)
    const where = (test: (i: number) => boolean) => Array.from({ length: 3000 }, (_, i) => i).filter(test).length
    expect(claims.filter((c) => c.originCount === 2)).toHaveLength(where((i) => i % 3 !== 0))
    expect(claims.filter((c) => c.openContradictionCount === 1)).toHaveLength(where((i) => i % 5 === 0))
    expect(claims.filter((c) => c.confidentialOnly)).toHaveLength(where((i) => i % 7 === 0))
    expect(claims.filter((c) => c.included)).toHaveLength(1500)
    expect(elapsed).toBeLessThan(2000)
  })
})
