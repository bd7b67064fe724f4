// PLACEHOLDER (the claims work replaces it): every contradiction between passages.
export interface ContradictionsViewProps {
  onOpenPassage(documentId: number, passageId: number): void
  onOpenClaim(id: number): void
}

export function ContradictionsView(props: ContradictionsViewProps) {
  void props
  return null
}
