// PLACEHOLDER (the claims work replaces it): a claim in the centre pane.
export interface ClaimViewProps {
  claimId: number
  onOpenPassage(documentId: number, passageId: number): void
  onOpenClaim(id: number): void
  onOpenContact(id: number): void
  onDeleted(): void
}

export function ClaimView(props: ClaimViewProps) {
  void props
  return null
}
