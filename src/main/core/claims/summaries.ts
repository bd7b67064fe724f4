// Claims as lists show them, computed for any number of claims in a few set-based queries (a case
// may hold thousands of claims; nothing here runs once per claim).
import type { ClaimStatus, ClaimSummary, ExportChoice, Review, ReviewDecision, ReviewState } from '../../../shared/models'
import type { Db } from '../db/open'
import { originGroups } from './independence'

interface ClaimRow {
  id: number
  statement: string
  status: ClaimStatus
  passageId: number
  documentId: number
  documentTitle: string
  exportChoice: ExportChoice
  sectionId: number | null
  sectionPosition: number
  createdAt: string
  updatedAt: string
  supportCount: number
  contradictCount: number
  lastDecision: ReviewDecision | null
  lastCleared: number | null
}

interface FlagRow {
  claimId: number
  openContradictions: number
  allLinked: number
  anyNamed: number
}

export interface ClaimScope {
  /** Only these claims (all when absent). */
  ids?: number[]
  status?: ClaimStatus
}

/** The claims in scope, as `scope` CTE rows, for the queries below. */
const SCOPE = `scope AS (
  SELECT id, passage_id FROM claims
  WHERE (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids))) AND (@status IS NULL OR status = @status))`

/** Where a claim stands with the editor, from its latest review. */
export function reviewState(decision: ReviewDecision | null, cleared: boolean): ReviewState {
  if (decision === null) return 'none'
  if (decision === 'sent_back') return 'sent_back'
  return cleared ? 'cleared' : 'signed_off'
}

/** The summary includes a claim the reporter chose, or by default one verified and signed off. */
export function isIncluded(choice: ExportChoice, status: ClaimStatus, review: ReviewState): boolean {
  return choice === 'include' || (choice === 'auto' && status === 'verified' && review === 'signed_off')
}

export function claimSummaries(db: Db, scope: ClaimScope = {}): ClaimSummary[] {
  const params = { ids: scope.ids ? JSON.stringify(scope.ids) : null, status: scope.status ?? null }
  const rows = db
    .prepare(
      `WITH ${SCOPE}
       SELECT c.id, c.statement, c.status, c.passage_id AS passageId, p.document_id AS documentId, d.title AS documentTitle,
              c.export_choice AS exportChoice, c.section_id AS sectionId, c.section_position AS sectionPosition,
              c.created_at AS createdAt, c.updated_at AS updatedAt,
              (SELECT count(*) FROM claim_evidence e WHERE e.claim_id = c.id AND e.stance = 'supports') AS supportCount,
              (SELECT count(*) FROM claim_evidence e WHERE e.claim_id = c.id AND e.stance = 'contradicts') AS contradictCount,
              r.decision AS lastDecision, r.cleared_at IS NOT NULL AS lastCleared
       FROM scope s JOIN claims c ON c.id = s.id
       JOIN passages p ON p.id = c.passage_id JOIN documents d ON d.id = p.document_id
       LEFT JOIN reviews r ON r.id = (SELECT max(id) FROM reviews WHERE claim_id = c.id)
       ORDER BY c.id DESC`
    )
    .all(params) as ClaimRow[]
  if (rows.length === 0) return []

  // Per claim: open contradictions touching its passage or any evidence, and whether its supporting
  // passages are all attributed, to confidential contacts only (terms 'confidential', as
  // contacts/withholding.ts isConfidential has it).
  const flags = db
    .prepare(
      `WITH ${SCOPE},
       touched (claimId, passageId) AS (
         SELECT id, passage_id FROM scope
         UNION SELECT e.claim_id, e.passage_id FROM claim_evidence e JOIN scope s ON s.id = e.claim_id),
       supporting (claimId, passageId) AS (
         SELECT id, passage_id FROM scope
         UNION SELECT e.claim_id, e.passage_id FROM claim_evidence e JOIN scope s ON s.id = e.claim_id WHERE e.stance = 'supports'),
       open_pairs (claimId, contradictionId) AS (
         SELECT t.claimId, x.id FROM touched t JOIN contradictions x ON x.passage_a = t.passageId WHERE x.status = 'open'
         UNION SELECT t.claimId, x.id FROM touched t JOIN contradictions x ON x.passage_b = t.passageId WHERE x.status = 'open'),
       sourcing (claimId, allLinked, anyNamed) AS (
         SELECT claimId,
                min(EXISTS (SELECT 1 FROM contact_passages cp WHERE cp.passage_id = sp.passageId)),
                max(EXISTS (SELECT 1 FROM contact_passages cp JOIN contacts k ON k.id = cp.contact_id
                            WHERE cp.passage_id = sp.passageId AND k.terms <> 'confidential'))
         FROM supporting sp GROUP BY claimId)
       SELECT so.claimId, so.allLinked, so.anyNamed, coalesce(oc.n, 0) AS openContradictions
       FROM sourcing so LEFT JOIN (SELECT claimId, count(*) AS n FROM open_pairs GROUP BY claimId) oc ON oc.claimId = so.claimId`
    )
    .all(params) as FlagRow[]
  const flagsById = new Map(flags.map((flag) => [flag.claimId, flag]))
  const origins = originGroups(db, scope.ids || scope.status ? rows.map((row) => row.id) : null)

  return rows.map(({ lastDecision, lastCleared, ...row }) => {
    const flag = flagsById.get(row.id)
    const review = reviewState(lastDecision, lastCleared === 1)
    return {
      ...row,
      originCount: origins.get(row.id)?.length ?? 0,
      openContradictionCount: flag?.openContradictions ?? 0,
      review,
      confidentialOnly: flag !== undefined && flag.allLinked === 1 && flag.anyNamed === 0,
      included: isIncluded(row.exportChoice, row.status, review)
    }
  })
}

/** A claim's reviews, newest first. */
export function reviewsOf(db: Db, claimId: number): Review[] {
  return db
    .prepare(
      `SELECT id, claim_id AS claimId, decision, reviewer, note, created_at AS createdAt,
              cleared_at AS clearedAt, cleared_reason AS clearedReason
       FROM reviews WHERE claim_id = ? ORDER BY id DESC`
    )
    .all(claimId) as Review[]
}
