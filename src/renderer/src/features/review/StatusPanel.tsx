// PLACEHOLDER (the review work replaces it): the navigator's panel for the Status section.
export interface StatusPanelProps {
  statusOpen: boolean
  summaryOpen: boolean
  onShowStatus(): void
  onShowSummary(): void
}

export function StatusPanel(props: StatusPanelProps) {
  void props
  return null
}
