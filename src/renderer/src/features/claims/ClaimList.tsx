// PLACEHOLDER (the claims work replaces it): the navigator's list of claims, filterable by status,
// with an entry for the contradictions view.
export interface ClaimListProps {
  selectedId: number | null
  contradictionsOpen: boolean
  onOpen(id: number): void
  onShowContradictions(): void
}

export function ClaimList(props: ClaimListProps) {
  void props
  return null
}
