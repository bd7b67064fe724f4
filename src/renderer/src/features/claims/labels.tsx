// Words and marks for claims: the status badge (icon plus words, never colour alone), the review
// state, the summary choice. Shared by the claim screens, the reader's legend and the inspector.
import { BadgeCheck, CircleCheck, CircleDashed, CircleX, CornerUpLeft, Eraser, Scale, type LucideIcon } from 'lucide-react'
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, EXPORT_CHOICES, type ClaimStatus, type ExportChoice, type Passage, type ReviewState } from '../../../../shared/models'

export const CLAIM_STATUS_ICONS: Record<ClaimStatus, LucideIcon> = {
  unverified: CircleDashed,
  corroborated: CircleCheck,
  disputed: Scale,
  false: CircleX,
  verified: BadgeCheck
}

/** What each status means, for tooltips and the reader's legend. */
export const CLAIM_STATUS_HINTS: Record<ClaimStatus, string> = {
  unverified: 'Not checked yet',
  corroborated: 'Backed by independent evidence, not yet confirmed',
  disputed: 'Evidence points both ways',
  false: 'Shown to be wrong',
  verified: 'Confirmed'
}

export const CLAIM_STATUS_OPTIONS = CLAIM_STATUSES.map((status) => ({ value: status, label: CLAIM_STATUS_LABELS[status] }))

export function ClaimStatusBadge({ status }: { status: ClaimStatus }) {
  const Icon = CLAIM_STATUS_ICONS[status]
  return (
    <span className={`status-badge claim-status-${status}`} title={CLAIM_STATUS_HINTS[status]}>
      <Icon size={13} aria-hidden strokeWidth={2.25} />
      {CLAIM_STATUS_LABELS[status]}
    </span>
  )
}

export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  none: 'Not reviewed',
  signed_off: 'Signed off',
  sent_back: 'Sent back',
  cleared: 'Sign-off cleared'
}

const REVIEW_STATE_ICONS: Record<Exclude<ReviewState, 'none'>, LucideIcon> = {
  signed_off: CircleCheck,
  sent_back: CornerUpLeft,
  cleared: Eraser
}

/** The editor's verdict in a word and an icon; nothing for a claim not yet reviewed unless `showNone`. */
export function ReviewMark({ review, showNone = false }: { review: ReviewState; showNone?: boolean }) {
  if (review === 'none') return showNone ? <span className="review-mark review-none">{REVIEW_STATE_LABELS.none}</span> : null
  const Icon = REVIEW_STATE_ICONS[review]
  return (
    <span className={`review-mark review-${review}`}>
      <Icon size={12} aria-hidden strokeWidth={2.25} />
      {REVIEW_STATE_LABELS[review]}
    </span>
  )
}

export const EXPORT_CHOICE_LABELS: Record<ExportChoice, string> = {
  auto: 'Auto',
  include: 'Include',
  exclude: 'Exclude'
}

export const EXPORT_CHOICE_OPTIONS = EXPORT_CHOICES.map((choice) => ({ value: choice, label: EXPORT_CHOICE_LABELS[choice] }))

/** "p. 3" for a passage in a PDF (or any paged document); nothing for one-page texts. */
export function pageLabel(passage: Pick<Passage, 'pageIndex' | 'rects'>): string | null {
  if (passage.pageIndex === null || (!passage.rects?.length && passage.pageIndex === 0)) return null
  return `p. ${passage.pageIndex + 1}`
}
