// PLACEHOLDER (the review work replaces it): sign off or send back a claim, and its review history.
import type { Claim } from '../../../../shared/models'

export interface ReviewPanelProps {
  claim: Claim
}

export function ReviewPanel(props: ReviewPanelProps) {
  void props
  return null
}
