// Open questions and their links to the passages that prompted them.
import { CasefileError } from '../../../shared/errors'
import type { Priority, Question, QuestionStatus } from '../../../shared/models'
import { contactRefsForQuestions } from '../contacts/refs'
import type { Db } from '../db/open'
import { getPassage, getPassages } from '../passages/repo'
import { now } from '../time'

type QuestionRow = Omit<Question, 'passages' | 'contacts'> & { passageIdList: string | null }

const SELECT_QUESTIONS = `
  SELECT q.id, q.title, q.notes, q.status, q.priority, q.assignee, q.due_date AS dueDate,
         q.created_at AS createdAt, q.updated_at AS updatedAt,
         (SELECT group_concat(passage_id) FROM question_passages qp WHERE qp.question_id = q.id) AS passageIdList
  FROM questions q`

const ORDER = `ORDER BY CASE q.status WHEN 'in_progress' THEN 0 WHEN 'open' THEN 1 ELSE 2 END,
  CASE q.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END,
  q.due_date IS NULL, q.due_date, q.id DESC`

function withPassages(db: Db, rows: QuestionRow[]): Question[] {
  const ids = [...new Set(rows.flatMap((row) => (row.passageIdList ? row.passageIdList.split(',').map(Number) : [])))]
  const passages = new Map(getPassages(db, ids).map((passage) => [passage.id, passage]))
  const contacts = contactRefsForQuestions(db, rows.map((row) => row.id))
  return rows.map(({ passageIdList, ...row }) => ({
    ...row,
    passages: (passageIdList ? passageIdList.split(',').map(Number) : [])
      .map((id) => passages.get(id))
      .filter((passage) => passage !== undefined),
    contacts: contacts.get(row.id) ?? []
  }))
}

export function listQuestions(db: Db, status?: QuestionStatus): Question[] {
  const rows = db.prepare(`${SELECT_QUESTIONS} WHERE @status IS NULL OR q.status = @status ${ORDER}`).all({ status: status ?? null })
  return withPassages(db, rows as QuestionRow[])
}

export function getQuestion(db: Db, id: number): Question {
  const row = db.prepare(`${SELECT_QUESTIONS} WHERE q.id = ?`).get(id) as QuestionRow | undefined
  if (!row) throw new CasefileError('not_found', 'That question is no longer in this case.')
  return withPassages(db, [row])[0]!
}

export interface NewQuestion {
  title: string
  notes?: string
  priority?: Priority
  passageIds?: number[]
}

export function createQuestion(db: Db, question: NewQuestion): Question {
  const id = db.transaction(() => {
    const timestamp = now()
    const { lastInsertRowid } = db
      .prepare('INSERT INTO questions (title, notes, priority, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(question.title, question.notes ?? '', question.priority ?? 'normal', timestamp, timestamp)
    const questionId = Number(lastInsertRowid)
    for (const passageId of question.passageIds ?? []) linkPassage(db, questionId, passageId)
    return questionId
  })()
  return getQuestion(db, id)
}

export interface QuestionChanges {
  title?: string
  notes?: string
  status?: QuestionStatus
  priority?: Priority
  assignee?: string | null
  dueDate?: string | null
}

const EDITABLE: Record<keyof QuestionChanges, string> = {
  title: 'title',
  notes: 'notes',
  status: 'status',
  priority: 'priority',
  assignee: 'assignee',
  dueDate: 'due_date'
}

export function updateQuestion(db: Db, id: number, changes: QuestionChanges): Question {
  const keys = (Object.keys(EDITABLE) as (keyof QuestionChanges)[]).filter((key) => changes[key] !== undefined)
  if (keys.length > 0) {
    const sets = keys.map((key) => `${EDITABLE[key]} = @${key}`).join(', ')
    // An emptied optional field is stored as "not set"; notes stay text.
    const values = Object.fromEntries(keys.map((key) => [key, changes[key] === '' && key !== 'notes' ? null : changes[key]]))
    const { changes: count } = db
      .prepare(`UPDATE questions SET ${sets}, updated_at = @updatedAt WHERE id = @id`)
      .run({ ...values, updatedAt: now(), id })
    if (count === 0) throw new CasefileError('not_found', 'That question is no longer in this case.')
  }
  return getQuestion(db, id)
}

export function linkPassage(db: Db, questionId: number, passageId: number): void {
  getPassage(db, passageId) // a clear error for a passage that is gone
  const exists = db.prepare('SELECT 1 FROM questions WHERE id = ?').get(questionId)
  if (!exists) throw new CasefileError('not_found', 'That question is no longer in this case.')
  db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO question_passages (question_id, passage_id, linked_at) VALUES (?, ?, ?)').run(
      questionId,
      passageId,
      now()
    )
    db.prepare('UPDATE questions SET updated_at = ? WHERE id = ?').run(now(), questionId)
  })()
}

export function unlinkPassage(db: Db, questionId: number, passageId: number): void {
  db.prepare('DELETE FROM question_passages WHERE question_id = ? AND passage_id = ?').run(questionId, passageId)
}

export function deleteQuestion(db: Db, id: number): void {
  const { changes } = db.prepare('DELETE FROM questions WHERE id = ?').run(id)
  if (changes === 0) throw new CasefileError('not_found', 'That question is no longer in this case.')
}
