// PLACEHOLDER (the review work replaces it): the editor's status board in the centre pane.
export interface StatusBoardProps {
  onOpenClaim(id: number): void
  onOpenQuestion(id: number): void
  onShowContradictions(): void
  onShowSummary(): void
}

export function StatusBoard(props: StatusBoardProps) {
  void props
  return null
}
