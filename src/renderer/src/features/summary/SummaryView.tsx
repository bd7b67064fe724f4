// PLACEHOLDER (the review work replaces it): the sourced summary's plan and export.
export interface SummaryViewProps {
  onOpenClaim(id: number): void
}

export function SummaryView(props: SummaryViewProps) {
  void props
  return null
}
