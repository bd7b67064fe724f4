// PLACEHOLDER (the claims work replaces it): the inspector beside an open claim.
export interface ClaimInspectorProps {
  claimId: number
  onOpenDocument(documentId: number, passageId?: number): void
  onOpenContact(id: number): void
}

export function ClaimInspector(props: ClaimInspectorProps) {
  void props
  return null
}
