// The editor's decisions on a claim: a sign-off (only for a verified claim) or sending it back with
// a comment. The latest decision is the claim's review state; a sign-off is cleared by the schema's
// triggers when the claim or its evidence changes after it.
import { CasefileError } from '../../../shared/errors'
import type { Claim, ReviewDecision } from '../../../shared/models'
import type { Db } from '../db/open'
import { now } from '../time'
import { getClaim } from './repo'

function record(db: Db, claimId: number, decision: ReviewDecision, reviewer: string, note: string): void {
  const name = reviewer.trim()
  if (name === '') throw new CasefileError('invalid_argument', 'A review records who gave it: give the reviewer’s name.')
  db.prepare('INSERT INTO reviews (claim_id, decision, reviewer, note, created_at) VALUES (?, ?, ?, ?, ?)').run(claimId, decision, name, note.trim(), now())
}

function claimStatus(db: Db, claimId: number): string {
  const status = db.prepare('SELECT status FROM claims WHERE id = ?').pluck().get(claimId) as string | undefined
  if (status === undefined) throw new CasefileError('not_found', 'That claim is no longer in this case.')
  return status
}

export function signOff(db: Db, claimId: number, reviewer: string, note?: string): Claim {
  db.transaction(() => {
    if (claimStatus(db, claimId) !== 'verified') {
      throw new CasefileError('invalid_argument', 'Only a verified claim can be signed off: mark it verified first.')
    }
    record(db, claimId, 'signed_off', reviewer, note ?? '')
  })()
  return getClaim(db, claimId)
}

export function sendBack(db: Db, claimId: number, reviewer: string, note: string): Claim {
  db.transaction(() => {
    claimStatus(db, claimId)
    if (note.trim() === '') throw new CasefileError('invalid_argument', 'Say what needs to change before sign-off.')
    record(db, claimId, 'sent_back', reviewer, note)
  })()
  return getClaim(db, claimId)
}
