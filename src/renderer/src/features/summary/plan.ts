// The summary plan as the screen lays it out, and the placements that move a claim. Pure functions,
// so the arrangement sent to the core is easy to check.
import type { ClaimSummary, SummaryPlan, SummarySection } from '../../../../shared/models'

export interface PlanGroup {
  /** null: the claims not placed in any section. */
  section: SummarySection | null
  claims: ClaimSummary[]
}

const byPlace = (a: ClaimSummary, b: ClaimSummary) => a.sectionPosition - b.sectionPosition || a.createdAt.localeCompare(b.createdAt) || a.id - b.id

/** Sections in order, each with its claims in order, then the unplaced claims. */
export function planGroups(plan: SummaryPlan): PlanGroup[] {
  const sections = [...plan.sections].sort((a, b) => a.position - b.position || a.id - b.id)
  const known = new Set(sections.map((section) => section.id))
  const groups: PlanGroup[] = sections.map((section) => ({
    section,
    claims: plan.claims.filter((claim) => claim.sectionId === section.id).sort(byPlace)
  }))
  groups.push({ section: null, claims: plan.claims.filter((claim) => claim.sectionId === null || !known.has(claim.sectionId)).sort(byPlace) })
  return groups
}

export type Placement = { sectionId: number | null; claimIds: number[] }[]

/** Moves a claim one place up (-1) or down (+1) within its group. Null when it cannot move. */
export function moveWithin(group: PlanGroup, claimId: number, step: -1 | 1): Placement | null {
  const ids = group.claims.map((claim) => claim.id)
  const from = ids.indexOf(claimId)
  const to = from + step
  if (from < 0 || to < 0 || to >= ids.length) return null
  ids.splice(from, 1)
  ids.splice(to, 0, claimId)
  return [{ sectionId: group.section?.id ?? null, claimIds: ids }]
}

/** Moves a claim to the end of another group (sectionId null: out of every section). */
export function moveTo(groups: readonly PlanGroup[], claimId: number, sectionId: number | null): Placement | null {
  const from = groups.find((group) => group.claims.some((claim) => claim.id === claimId))
  const to = groups.find((group) => (group.section?.id ?? null) === sectionId)
  if (!from || !to || from === to) return null
  return [
    { sectionId: from.section?.id ?? null, claimIds: from.claims.filter((claim) => claim.id !== claimId).map((claim) => claim.id) },
    { sectionId, claimIds: [...to.claims.map((claim) => claim.id), claimId] }
  ]
}

/** The section order after moving one section up (-1) or down (+1); null when it cannot move. */
export function moveSection(sections: readonly SummarySection[], sectionId: number, step: -1 | 1): number[] | null {
  const ids = [...sections].sort((a, b) => a.position - b.position || a.id - b.id).map((section) => section.id)
  const from = ids.indexOf(sectionId)
  const to = from + step
  if (from < 0 || to < 0 || to >= ids.length) return null
  ids.splice(from, 1)
  ids.splice(to, 0, sectionId)
  return ids
}
