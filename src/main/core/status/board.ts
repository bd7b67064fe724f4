// The editor's status board: questions by status and overdue; claims by status, by independence,
// contradictions, confidential-only sourcing and review; open contradictions. Set-based queries
// (see claims/summaries.ts), so a case with thousands of claims answers at once.
import {
  CLAIM_STATUSES,
  QUESTION_STATUSES,
  type CaseStatus,
  type ClaimStatus,
  type QuestionStatus,
  type StatusItem
} from '../../../shared/models'
import { claimSummaries } from '../claims/summaries'
import { shortText } from '../text'
import type { Db } from '../db/open'

/** Today in the local time zone, as YYYY-MM-DD (what "overdue" means to the person looking). */
export function localToday(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** Longest passage excerpt in a contradiction's title, per side. */
const SIDE_LENGTH = 56

export function caseStatus(db: Db, today: string): CaseStatus {
  const questions = db
    .prepare(
      `SELECT id, title, status, due_date AS dueDate FROM questions
       ORDER BY due_date IS NULL, due_date, id`
    )
    .all() as { id: number; title: string; status: QuestionStatus; dueDate: string | null }[]
  const questionsByStatus = Object.fromEntries(QUESTION_STATUSES.map((status) => [status, [] as StatusItem[]])) as Record<QuestionStatus, StatusItem[]>
  const overdue: StatusItem[] = []
  for (const question of questions) {
    const item = { id: question.id, title: shortText(question.title) }
    questionsByStatus[question.status].push(item)
    // Dates compare as text: both are YYYY-MM-DD (a due date may carry a time after it).
    if (question.dueDate !== null && question.dueDate.slice(0, 10) < today && (question.status === 'open' || question.status === 'in_progress')) {
      overdue.push(item)
    }
  }

  const claimsByStatus = Object.fromEntries(CLAIM_STATUSES.map((status) => [status, [] as StatusItem[]])) as Record<ClaimStatus, StatusItem[]>
  const claims: CaseStatus['claims'] = {
    byStatus: claimsByStatus,
    singleOrigin: [],
    openContradictions: [],
    confidentialOnly: [],
    awaitingSignOff: [],
    signedOff: [],
    signOffCleared: [],
    sentBack: []
  }
  for (const claim of claimSummaries(db)) {
    const item = { id: claim.id, title: shortText(claim.statement) }
    claims.byStatus[claim.status].push(item)
    if (claim.originCount === 1) claims.singleOrigin.push(item)
    if (claim.openContradictionCount > 0) claims.openContradictions.push(item)
    if (claim.confidentialOnly) claims.confidentialOnly.push(item)
    if (claim.status === 'verified' && claim.review !== 'signed_off') claims.awaitingSignOff.push(item)
    if (claim.review === 'signed_off') claims.signedOff.push(item)
    if (claim.review === 'cleared') claims.signOffCleared.push(item)
    if (claim.review === 'sent_back') claims.sentBack.push(item)
  }

  const open = db
    .prepare(
      `SELECT x.id, a.exact AS aText, b.exact AS bText FROM contradictions x
       JOIN passages a ON a.id = x.passage_a JOIN passages b ON b.id = x.passage_b
       WHERE x.status = 'open' ORDER BY x.created_at DESC, x.id DESC`
    )
    .all() as { id: number; aText: string; bText: string }[]
  const resolved = db.prepare(`SELECT count(*) FROM contradictions WHERE status = 'resolved'`).pluck().get() as number

  return {
    today,
    questions: { byStatus: questionsByStatus, overdue },
    claims,
    contradictions: {
      open: open.map((row) => ({ id: row.id, title: `“${shortText(row.aText, SIDE_LENGTH)}” vs “${shortText(row.bText, SIDE_LENGTH)}”` })),
      resolved
    }
  }
}
