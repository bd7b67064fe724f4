// The summary plan: the sections of the exported summary (title and the reporter's prose, in order)
// and where each claim goes (claims.section_id and section_position). Which claims are included
// comes from the claims themselves (export_choice, status, review: ClaimSummary.included).
import { CasefileError } from '../../../shared/errors'
import type { SummaryPlan, SummarySection } from '../../../shared/models'
import { listClaims } from '../claims/repo'
import type { Db } from '../db/open'
import { now } from '../time'

const NO_SECTION = 'That section is no longer in the summary.'

export function listSections(db: Db): SummarySection[] {
  return db.prepare('SELECT id, title, prose, position FROM summary_sections ORDER BY position, id').all() as SummarySection[]
}

function getSection(db: Db, id: number): SummarySection {
  const row = db.prepare('SELECT id, title, prose, position FROM summary_sections WHERE id = ?').get(id) as SummarySection | undefined
  if (!row) throw new CasefileError('not_found', NO_SECTION)
  return row
}

export function getPlan(db: Db): SummaryPlan {
  return { sections: listSections(db), claims: listClaims(db) }
}

export function createSection(db: Db, title: string, prose = ''): SummarySection {
  const id = db.transaction(() => {
    const next = db.prepare('SELECT coalesce(max(position), -1) + 1 FROM summary_sections').pluck().get() as number
    const { lastInsertRowid } = db
      .prepare('INSERT INTO summary_sections (title, prose, position, created_at) VALUES (?, ?, ?, ?)')
      .run(title, prose, next, now())
    return Number(lastInsertRowid)
  })()
  return getSection(db, id)
}

export function updateSection(db: Db, id: number, changes: { title?: string; prose?: string }): SummarySection {
  getSection(db, id)
  db.prepare('UPDATE summary_sections SET title = coalesce(@title, title), prose = coalesce(@prose, prose) WHERE id = @id').run({
    id,
    title: changes.title ?? null,
    prose: changes.prose ?? null
  })
  return getSection(db, id)
}

/** Deletes a section; its claims stay in the plan, unplaced (after those unplaced already). */
export function deleteSection(db: Db, id: number): void {
  db.transaction(() => {
    getSection(db, id)
    // Its claims go after those already unplaced, in the order they had.
    const unplacedFrom = db.prepare('SELECT coalesce(max(section_position), -1) + 1 FROM claims WHERE section_id IS NULL').pluck().get() as number
    const claimIds = db.prepare('SELECT id FROM claims WHERE section_id = ? ORDER BY section_position, id').pluck().all(id) as number[]
    db.prepare('DELETE FROM summary_sections WHERE id = ?').run(id)
    const place = db.prepare('UPDATE claims SET section_id = NULL, section_position = ? WHERE id = ?')
    claimIds.forEach((claimId, index) => place.run(unplacedFrom + index, claimId))
    renumberSections(db, listSections(db).map((section) => section.id))
  })()
}

export interface Arrangement {
  /** Every section, in the new order. */
  sectionIds?: number[]
  /**
   * For each listed section (null: unplaced), all its claims in order. A claim that was in a listed
   * section and is listed nowhere becomes unplaced; claims of sections not listed stay where they are.
   */
  placement?: { sectionId: number | null; claimIds: number[] }[]
}

export function arrange(db: Db, arrangement: Arrangement): SummaryPlan {
  db.transaction(() => {
    const sections = listSections(db)
    const known = new Set(sections.map((section) => section.id))
    if (arrangement.sectionIds) {
      const order = arrangement.sectionIds
      const unknown = order.find((id) => !known.has(id))
      if (unknown !== undefined) throw new CasefileError('not_found', NO_SECTION)
      if (new Set(order).size !== order.length || order.length !== known.size) {
        throw new CasefileError('invalid_argument', 'List every section of the summary once to put them in a new order.')
      }
      renumberSections(db, order)
    }
    const seenClaims = new Set<number>()
    const seenSections = new Set<number | null>()
    const claimExists = db.prepare('SELECT 1 FROM claims WHERE id = ?').pluck()
    const place = db.prepare('UPDATE claims SET section_id = ?, section_position = ? WHERE id = ?')
    for (const { sectionId, claimIds } of arrangement.placement ?? []) {
      if (sectionId !== null && !known.has(sectionId)) throw new CasefileError('not_found', NO_SECTION)
      if (seenSections.has(sectionId)) throw new CasefileError('invalid_argument', 'Each section can be arranged only once at a time.')
      seenSections.add(sectionId)
      claimIds.forEach((claimId, index) => {
        if (seenClaims.has(claimId)) throw new CasefileError('invalid_argument', 'A claim can only go in one place in the summary.')
        seenClaims.add(claimId)
        if (!claimExists.get(claimId)) throw new CasefileError('not_found', 'That claim is no longer in this case.')
        place.run(sectionId, index, claimId)
      })
    }
    const dropped = db.prepare('SELECT id FROM claims WHERE section_id = ? ORDER BY section_position, id').pluck()
    const leftOut = [...seenSections].flatMap((sectionId) =>
      sectionId === null ? [] : (dropped.all(sectionId) as number[]).filter((claimId) => !seenClaims.has(claimId))
    )
    const unplacedFrom = db.prepare('SELECT coalesce(max(section_position), -1) + 1 FROM claims WHERE section_id IS NULL').pluck().get() as number
    leftOut.forEach((claimId, index) => place.run(null, unplacedFrom + index, claimId))
  })()
  return getPlan(db)
}

function renumberSections(db: Db, order: number[]): void {
  const move = db.prepare('UPDATE summary_sections SET position = ? WHERE id = ?')
  order.forEach((id, index) => move.run(index, id))
}
