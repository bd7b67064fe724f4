// Claims: passages treated as factual claims, with a verification status, evidence from other
// documents (supporting or contradicting), the independence of their support and the editor's
// reviews. Clearing a sign-off when the claim or its evidence changes is done by the schema's
// triggers (migration 0006), so every path that changes them, a deleted document included, clears it.
import { CasefileError } from '../../../shared/errors'
import type { Claim, ClaimStatus, ClaimSummary, ContactRef, Evidence, EvidenceStance, ExportChoice, Passage, PdfRect, SourcingTerms } from '../../../shared/models'
import { displayName, isConfidential } from '../contacts/withholding'
import type { Db } from '../db/open'
import { createPassage, getPassage, getPassages } from '../passages/repo'
import { now } from '../time'
import { contradictionsTouching, createContradiction } from './contradictions'
import { originGroups } from './independence'
import { claimSummaries, reviewsOf } from './summaries'
import { collapseSpaces } from '../text'

/** A fresh selection in the reader, made a passage in the same transaction. */
export interface Selection {
  documentId: number
  start: number
  end: number
  rects?: PdfRect[]
}

/** An existing passage or a fresh selection: exactly one of the two. */
export interface PassageTarget {
  passageId?: number
  selection?: Selection
}

const NOT_FOUND = 'That claim is no longer in this case.'

function resolvePassage(db: Db, target: PassageTarget): Passage {
  if ((target.passageId === undefined) === (target.selection === undefined)) {
    throw new CasefileError('invalid_argument', 'Give either a passage or a selection.')
  }
  if (target.passageId !== undefined) return getPassage(db, target.passageId)
  const { documentId, start, end, rects } = target.selection!
  return createPassage(db, documentId, start, end, rects)
}

function claimRow(db: Db, id: number): { passageId: number; documentId: number } {
  const row = db
    .prepare('SELECT c.passage_id AS passageId, p.document_id AS documentId FROM claims c JOIN passages p ON p.id = c.passage_id WHERE c.id = ?')
    .get(id) as { passageId: number; documentId: number } | undefined
  if (!row) throw new CasefileError('not_found', NOT_FOUND)
  return row
}

export function listClaims(db: Db, filter: { status?: ClaimStatus } = {}): ClaimSummary[] {
  return claimSummaries(db, { status: filter.status })
}

export function getClaim(db: Db, id: number): Claim {
  const [summary] = claimSummaries(db, { ids: [id] })
  if (!summary) throw new CasefileError('not_found', NOT_FOUND)
  const links = db
    .prepare('SELECT passage_id AS passageId, stance, linked_at AS linkedAt FROM claim_evidence WHERE claim_id = ? ORDER BY linked_at, passage_id')
    .all(id) as { passageId: number; stance: EvidenceStance; linkedAt: string }[]
  const passages = new Map(getPassages(db, [summary.passageId, ...links.map((link) => link.passageId)]).map((p) => [p.id, p]))
  const evidence: Evidence[] = links.map(({ passageId, stance, linkedAt }) => ({ passage: passages.get(passageId)!, stance, linkedAt }))
  const supporting = [summary.passageId, ...links.filter((link) => link.stance === 'supports').map((link) => link.passageId)]
  const { notes } = db.prepare('SELECT notes FROM claims WHERE id = ?').get(id) as { notes: string }
  return {
    ...summary,
    notes,
    passage: passages.get(summary.passageId)!,
    evidence,
    origins: originGroups(db, [id]).get(id) ?? [],
    contradictions: contradictionsTouching(db, [summary.passageId, ...links.map((link) => link.passageId)]),
    reviews: reviewsOf(db, id),
    sources: sourcesOf(db, supporting)
  }
}

/** Contacts linked to these passages, as safe labels (a confidential contact by its stand-in name only). */
function sourcesOf(db: Db, passageIds: number[]): ContactRef[] {
  const rows = db
    .prepare(
      `SELECT DISTINCT c.id, c.name, c.terms FROM contact_passages cp JOIN contacts c ON c.id = cp.contact_id
       WHERE cp.passage_id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(passageIds)) as { id: number; name: string; terms: SourcingTerms }[]
  return rows
    .map((row) => ({ id: row.id, displayName: displayName(row, false), confidential: isConfidential(row.terms), terms: row.terms }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || a.id - b.id)
}

export interface NewClaim extends PassageTarget {
  statement?: string
  status?: ClaimStatus
}

/**
 * Marks a passage (or a fresh selection, made a passage in the same transaction) as a claim. A
 * passage that already is one gives back that claim unchanged.
 */
export function createClaim(db: Db, claim: NewClaim): Claim {
  const id = db.transaction(() => {
    const passage = resolvePassage(db, claim)
    const existing = db.prepare('SELECT id FROM claims WHERE passage_id = ?').pluck().get(passage.id) as number | undefined
    if (existing !== undefined) return existing
    const statement = collapseSpaces(claim.statement ?? '') || collapseSpaces(passage.exact)
    const timestamp = now()
    const { lastInsertRowid } = db
      .prepare('INSERT INTO claims (passage_id, statement, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(passage.id, statement, claim.status ?? 'unverified', timestamp, timestamp)
    return Number(lastInsertRowid)
  })()
  return getClaim(db, id)
}

export interface ClaimChanges {
  statement?: string
  status?: ClaimStatus
  notes?: string
  exportChoice?: ExportChoice
}

const EDITABLE: Record<keyof ClaimChanges, string> = {
  statement: 'statement',
  status: 'status',
  notes: 'notes',
  exportChoice: 'export_choice'
}

export function updateClaim(db: Db, id: number, changes: ClaimChanges): Claim {
  const values: Record<string, string> = {}
  if (changes.statement !== undefined) {
    const statement = collapseSpaces(changes.statement)
    if (statement === '') throw new CasefileError('invalid_argument', 'Write the claim’s statement; it cannot be empty.')
    values.statement = statement
  }
  for (const key of ['status', 'notes', 'exportChoice'] as const) {
    if (changes[key] !== undefined) values[key] = changes[key]
  }
  const keys = Object.keys(values) as (keyof ClaimChanges)[]
  db.transaction(() => {
    claimRow(db, id)
    if (keys.length === 0) return
    // Only what differs is written, so an unchanged status does not clear a sign-off or fill the audit log.
    const sets = keys.map((key) => `${EDITABLE[key]} = @${key}`).join(', ')
    const differs = keys.map((key) => `${EDITABLE[key]} IS NOT @${key}`).join(' OR ')
    db.prepare(`UPDATE claims SET ${sets}, updated_at = @updatedAt WHERE id = @id AND (${differs})`).run({ ...values, updatedAt: now(), id })
  })()
  return getClaim(db, id)
}

/** Removes the claim; its passage, its evidence passages and any contradictions stay. */
export function deleteClaim(db: Db, id: number): void {
  const { changes } = db.prepare('DELETE FROM claims WHERE id = ?').run(id)
  if (changes === 0) throw new CasefileError('not_found', NOT_FOUND)
}

/**
 * Links a passage from another document as supporting or contradicting evidence; linking one
 * already linked changes its stance. Contradicting evidence also opens a contradiction between the
 * claim's passage and it, unless the pair has one already.
 */
export function addEvidence(db: Db, claimId: number, target: PassageTarget, stance: EvidenceStance): Claim {
  db.transaction(() => {
    const claim = claimRow(db, claimId)
    if (target.selection && target.selection.documentId === claim.documentId) refuseOwnDocument()
    const passage = resolvePassage(db, target)
    if (passage.id === claim.passageId) {
      throw new CasefileError('invalid_argument', 'A claim cannot be evidence for itself. Pick a passage from another document.')
    }
    if (passage.documentId === claim.documentId) refuseOwnDocument()
    db.prepare(
      `INSERT INTO claim_evidence (claim_id, passage_id, stance, linked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (claim_id, passage_id) DO UPDATE SET stance = excluded.stance WHERE stance IS NOT excluded.stance`
    ).run(claimId, passage.id, stance, now())
    if (stance === 'contradicts') createContradiction(db, claim.passageId, passage.id)
  })()
  return getClaim(db, claimId)
}

function refuseOwnDocument(): never {
  throw new CasefileError(
    'invalid_argument',
    'Evidence must come from another document: a document cannot corroborate itself.'
  )
}

export function removeEvidence(db: Db, claimId: number, passageId: number): Claim {
  db.transaction(() => {
    claimRow(db, claimId)
    const { changes } = db.prepare('DELETE FROM claim_evidence WHERE claim_id = ? AND passage_id = ?').run(claimId, passageId)
    if (changes === 0) throw new CasefileError('not_found', 'That passage is not evidence for this claim.')
  })()
  return getClaim(db, claimId)
}
