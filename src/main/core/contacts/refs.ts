// Contacts as other records show them (a question's "ask these people"): a safe label only.
import type { ContactRef, SourcingTerms } from '../../../shared/models'
import type { Db } from '../db/open'
import { displayName, isConfidential } from './withholding'

/** The contacts linked to each of these questions, by question id, in name order. */
export function contactRefsForQuestions(db: Db, questionIds: number[]): Map<number, ContactRef[]> {
  const refs = new Map<number, ContactRef[]>()
  if (questionIds.length === 0) return refs
  const rows = db
    .prepare(
      `SELECT cq.question_id AS questionId, c.id, c.name, c.terms
       FROM contact_questions cq JOIN contacts c ON c.id = cq.contact_id
       WHERE cq.question_id IN (SELECT value FROM json_each(?))`
    )
    .all(JSON.stringify(questionIds)) as { questionId: number; id: number; name: string; terms: SourcingTerms }[]
  for (const row of rows) {
    const ref: ContactRef = { id: row.id, displayName: displayName(row, false), confidential: isConfidential(row.terms), terms: row.terms }
    const list = refs.get(row.questionId)
    if (list) list.push(ref)
    else refs.set(row.questionId, [ref])
  }
  for (const list of refs.values()) list.sort((a, b) => a.displayName.localeCompare(b.displayName, 'en'))
  return refs
}
