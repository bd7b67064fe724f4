// Above a document with claims: what each highlight colour means (only the statuses present), each
// swatch drawn as the highlights are, with the status's icon and word beside it.
import { Highlighter } from 'lucide-react'
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type Passage } from '../../../../shared/models'
import { CLAIM_STATUS_HINTS, CLAIM_STATUS_ICONS } from '../claims/labels'

export function ClaimLegend({ passages, className = '' }: { passages: readonly Passage[]; className?: string }) {
  const present = new Set(passages.map((passage) => passage.claimStatus))
  const statuses = CLAIM_STATUSES.filter((status) => present.has(status))
  if (statuses.length === 0) return null
  return (
    <ul className={`claim-legend ${className}`} aria-label="Highlight colours">
      {present.has(null) && (
        <li className="claim-legend-item" title="A marked passage that is not a claim">
          <span className="claim-legend-swatch claim-legend-passage" aria-hidden>
            <Highlighter size={11} />
          </span>
          Passage
        </li>
      )}
      {statuses.map((status) => {
        const Icon = CLAIM_STATUS_ICONS[status]
        return (
          <li key={status} className="claim-legend-item" title={`A claim: ${CLAIM_STATUS_HINTS[status].toLowerCase()}`}>
            <span className={`claim-legend-swatch claim-${status}`} aria-hidden>
              <Icon size={11} />
            </span>
            <span>
              <span className="visually-hidden">Claim, </span>
              {CLAIM_STATUS_LABELS[status]}
            </span>
          </li>
        )
      })}
    </ul>
  )
}
