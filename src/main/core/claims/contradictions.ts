// Contradictions: two passages that say incompatible things (one outlet's expansion of an acronym
// against another's), open or resolved, with a note. A pair is stored once, ordered (a < b).
import { CasefileError } from '../../../shared/errors'
import type { Contradiction, ContradictionStatus } from '../../../shared/models'
import type { Db } from '../db/open'
import { getPassage, getPassages } from '../passages/repo'
import { now } from '../time'

interface ContradictionRow {
  id: number
  passageA: number
  passageB: number
  status: ContradictionStatus
  note: string
  createdAt: string
  updatedAt: string
}

const SELECT_CONTRADICTIONS = `
  SELECT id, passage_a AS passageA, passage_b AS passageB, status, note, created_at AS createdAt, updated_at AS updatedAt
  FROM contradictions x`

/** Open first, then newest. */
const ORDER = `ORDER BY x.status = 'open' DESC, x.created_at DESC, x.id DESC`

/** Rows made whole: both passages and the claims touching either, in three queries for any number. */
function toContradictions(db: Db, rows: ContradictionRow[]): Contradiction[] {
  if (rows.length === 0) return []
  const passageIds = [...new Set(rows.flatMap((row) => [row.passageA, row.passageB]))]
  const passages = new Map(getPassages(db, passageIds).map((passage) => [passage.id, passage]))
  const claimsByPassage = new Map<number, Set<number>>()
  const links = db
    .prepare(
      `SELECT passage_id AS passageId, id AS claimId FROM claims WHERE passage_id IN (SELECT value FROM json_each(@ids))
       UNION SELECT passage_id, claim_id FROM claim_evidence WHERE passage_id IN (SELECT value FROM json_each(@ids))`
    )
    .all({ ids: JSON.stringify(passageIds) }) as { passageId: number; claimId: number }[]
  for (const { passageId, claimId } of links) {
    const set = claimsByPassage.get(passageId) ?? new Set<number>()
    set.add(claimId)
    claimsByPassage.set(passageId, set)
  }
  return rows.map(({ passageA, passageB, ...row }) => ({
    ...row,
    a: passages.get(passageA)!,
    b: passages.get(passageB)!,
    claimIds: [...new Set([...(claimsByPassage.get(passageA) ?? []), ...(claimsByPassage.get(passageB) ?? [])])].sort((x, y) => x - y)
  }))
}

export function getContradiction(db: Db, id: number): Contradiction {
  const row = db.prepare(`${SELECT_CONTRADICTIONS} WHERE x.id = ?`).get(id) as ContradictionRow | undefined
  if (!row) throw new CasefileError('not_found', 'That contradiction is no longer in this case.')
  return toContradictions(db, [row])[0]!
}

export function listContradictions(db: Db, filter: { status?: ContradictionStatus } = {}): Contradiction[] {
  const rows = db.prepare(`${SELECT_CONTRADICTIONS} WHERE @status IS NULL OR x.status = @status ${ORDER}`).all({ status: filter.status ?? null })
  return toContradictions(db, rows as ContradictionRow[])
}

/** Contradictions with either passage among these (a claim's passage and its evidence). */
export function contradictionsTouching(db: Db, passageIds: number[]): Contradiction[] {
  if (passageIds.length === 0) return []
  const rows = db
    .prepare(
      `${SELECT_CONTRADICTIONS}
       WHERE x.passage_a IN (SELECT value FROM json_each(@ids)) OR x.passage_b IN (SELECT value FROM json_each(@ids)) ${ORDER}`
    )
    .all({ ids: JSON.stringify(passageIds) })
  return toContradictions(db, rows as ContradictionRow[])
}

/**
 * Flags two passages as contradicting each other. The same pair again (in either order) returns the
 * one already flagged, with its note replaced when a new one is given.
 */
export function createContradiction(db: Db, passageA: number, passageB: number, note?: string): Contradiction {
  if (passageA === passageB) throw new CasefileError('invalid_argument', 'A passage cannot contradict itself. Pick a passage that says something else.')
  const [a, b] = passageA < passageB ? [passageA, passageB] : [passageB, passageA]
  const id = db.transaction(() => {
    getPassage(db, a) // not_found for a passage deleted meanwhile
    getPassage(db, b)
    const existing = db.prepare('SELECT id, note FROM contradictions WHERE passage_a = ? AND passage_b = ?').get(a, b) as
      | { id: number; note: string }
      | undefined
    if (existing) {
      if (note !== undefined && note.trim() !== existing.note) {
        db.prepare('UPDATE contradictions SET note = ?, updated_at = ? WHERE id = ?').run(note.trim(), now(), existing.id)
      }
      return existing.id
    }
    const timestamp = now()
    const { lastInsertRowid } = db
      .prepare('INSERT INTO contradictions (passage_a, passage_b, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
      .run(a, b, note?.trim() ?? '', timestamp, timestamp)
    return Number(lastInsertRowid)
  })()
  return getContradiction(db, id)
}

export interface ContradictionChanges {
  status?: ContradictionStatus
  note?: string
}

export function updateContradiction(db: Db, id: number, changes: ContradictionChanges): Contradiction {
  db.transaction(() => {
    const current = db.prepare('SELECT status, note FROM contradictions WHERE id = ?').get(id) as ContradictionChanges | undefined
    if (!current) throw new CasefileError('not_found', 'That contradiction is no longer in this case.')
    const status = changes.status ?? current.status
    const note = changes.note?.trim() ?? current.note
    if (status !== current.status || note !== current.note) {
      db.prepare('UPDATE contradictions SET status = ?, note = ?, updated_at = ? WHERE id = ?').run(status, note, now(), id)
    }
  })()
  return getContradiction(db, id)
}

export function deleteContradiction(db: Db, id: number): void {
  const { changes } = db.prepare('DELETE FROM contradictions WHERE id = ?').run(id)
  if (changes === 0) throw new CasefileError('not_found', 'That contradiction is no longer in this case.')
}
