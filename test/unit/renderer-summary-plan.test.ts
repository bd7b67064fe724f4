import { describe, expect, it } from 'vitest'
import type { ClaimSummary, SummaryPlan, SummarySection } from '../../src/shared/models'
import { moveSection, moveTo, moveWithin, planGroups } from '../../src/renderer/src/features/summary/plan'
import { formatRelative } from '../../src/renderer/src/features/audit/relativeTime'

const section = (id: number, position: number, title = `Section ${id}`): SummarySection => ({ id, title, prose: '', position })

const claim = (id: number, sectionId: number | null, sectionPosition: number): ClaimSummary => ({
  id,
  statement: `Claim ${id}`,
  status: 'verified',
  passageId: id,
  documentId: 1,
  documentTitle: 'Doc',
  supportCount: 0,
  contradictCount: 0,
  originCount: 1,
  openContradictionCount: 0,
  review: 'none',
  confidentialOnly: false,
  exportChoice: 'auto',
  included: false,
  sectionId,
  sectionPosition,
  createdAt: `2025-02-0${id}T00:00:00Z`,
  updatedAt: `2025-02-0${id}T00:00:00Z`
})

// Sections listed out of order; claims out of order within them; claim 6 names a section that is gone.
const plan: SummaryPlan = {
  sections: [section(20, 1, 'Second'), section(10, 0, 'First')],
  claims: [claim(1, 10, 1), claim(2, 10, 0), claim(3, 20, 0), claim(4, null, 1), claim(5, null, 0), claim(6, 99, 0)]
}

describe('summary plan layout', () => {
  it('orders sections by position, claims by their place, and puts unplaced claims (or claims of a missing section) last', () => {
    const groups = planGroups(plan)
    expect(groups.map((group) => group.section?.title ?? null)).toEqual(['First', 'Second', null])
    expect(groups.map((group) => group.claims.map((item) => item.id))).toEqual([[2, 1], [3], [5, 6, 4]])
  })

  it('moves a claim up or down within its group, and refuses to move past either end', () => {
    const [first] = planGroups(plan)
    expect(moveWithin(first!, 1, -1)).toEqual([{ sectionId: 10, claimIds: [1, 2] }])
    expect(moveWithin(first!, 2, -1)).toBeNull()
    expect(moveWithin(first!, 1, 1)).toBeNull()
  })

  it('moves a claim to the end of another section, or out of every section, naming both groups', () => {
    const groups = planGroups(plan)
    expect(moveTo(groups, 2, 20)).toEqual([
      { sectionId: 10, claimIds: [1] },
      { sectionId: 20, claimIds: [3, 2] }
    ])
    expect(moveTo(groups, 3, null)).toEqual([
      { sectionId: 20, claimIds: [] },
      { sectionId: null, claimIds: [5, 6, 4, 3] }
    ])
    expect(moveTo(groups, 3, 20)).toBeNull()
  })

  it('reorders sections one step at a time', () => {
    expect(moveSection(plan.sections, 20, -1)).toEqual([20, 10])
    expect(moveSection(plan.sections, 10, -1)).toBeNull()
    expect(moveSection(plan.sections, 20, 1)).toBeNull()
  })
})

describe('audit times', () => {
  const now = Date.parse('2025-02-10T12:00:00Z')
  it('says how long ago a change was made', () => {
    expect(formatRelative('2025-02-10T11:59:50Z', now)).toBe('just now')
    expect(formatRelative('2025-02-10T11:55:00Z', now)).toBe('5 minutes ago')
    expect(formatRelative('2025-02-10T09:00:00Z', now)).toBe('3 hours ago')
    expect(formatRelative('2025-02-09T12:00:00Z', now)).toBe('yesterday')
    expect(formatRelative('2025-01-20T12:00:00Z', now)).toBe('3 weeks ago')
    expect(formatRelative('2023-02-10T12:00:00Z', now)).toBe('2 years ago')
    expect(formatRelative('not a date', now)).toBe('—')
  })
})
