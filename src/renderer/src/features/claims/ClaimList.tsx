// The navigator's claims: an entry for the contradictions, a status filter, then every claim
// (virtualized like the other lists) with its status, how many independent origins support it,
// open contradictions and where it stands with the editor. Arrow keys move between claims.
import { CircleAlert, Layers, ShieldCheck, Swords } from 'lucide-react'
import { useState } from 'react'
import { EmptyState } from '../../components/EmptyState'
import { useVirtualRows } from '../../components/virtualRows'
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, type ClaimStatus, type ClaimSummary } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { useClaims, useContradictions } from './data'
import { ClaimStatusBadge, ReviewMark } from './labels'

export interface ClaimListProps {
  selectedId: number | null
  contradictionsOpen: boolean
  onOpen(id: number): void
  onShowContradictions(): void
}

const ROW_HEIGHT = 78

export function ClaimList({ selectedId, contradictionsOpen, onOpen, onShowContradictions }: ClaimListProps) {
  const claims = useClaims()
  const contradictions = useContradictions()
  const [statusFilter, setStatusFilter] = useState<ClaimStatus | 'all'>('all')
  const all = claims.data ?? []
  const shown = statusFilter === 'all' ? all : all.filter((claim) => claim.status === statusFilter)
  const countOf = (status: ClaimStatus) => all.filter((claim) => claim.status === status).length
  const openContradictions = contradictions.data?.filter((contradiction) => contradiction.status === 'open').length
  const { scrollRef, virtualizer, listProps, rowProps, moveFocus } = useVirtualRows(shown.length, ROW_HEIGHT)

  return (
    <div className="list-pane">
      <div className="list-filter list-filter-row">
        <label htmlFor="claim-status-filter" className="list-filter-label">
          Show
        </label>
        <select
          id="claim-status-filter"
          className="input input-compact"
          value={statusFilter}
          onChange={(event) => setStatusFilter(event.target.value as ClaimStatus | 'all')}
          disabled={all.length === 0}
        >
          <option value="all">All claims ({all.length})</option>
          {CLAIM_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CLAIM_STATUS_LABELS[status]} ({countOf(status)})
            </option>
          ))}
        </select>
      </div>
      <div className="contacts-tools">
        <button type="button" className="suggestions-entry" aria-current={contradictionsOpen ? 'true' : undefined} onClick={onShowContradictions}>
          <Swords size={14} aria-hidden />
          <span className="suggestions-entry-label">Contradictions</span>
          <span className={`count ${openContradictions ? 'count-alert' : ''}`}>
            {openContradictions === undefined ? '…' : `${openContradictions} open`}
          </span>
        </button>
      </div>
      {claims.data && all.length === 0 ? (
        <EmptyState icon={ShieldCheck} title="No claims yet">
          <p>
            A claim is a statement to verify. Select it in a document and choose <strong>Mark as claim</strong> (or press C); then give it a status and
            link the passages that support or contradict it.
          </p>
        </EmptyState>
      ) : claims.data && shown.length === 0 ? (
        <p className="list-empty">No claims are “{statusFilter === 'all' ? 'all' : CLAIM_STATUS_LABELS[statusFilter]}”.</p>
      ) : (
        <div ref={scrollRef} className="list-scroll">
          <ul {...listProps} aria-label="Claims">
            {virtualizer.getVirtualItems().map((item) => {
              const claim = shown[item.index]!
              return (
                <li key={claim.id} {...rowProps(item)}>
                  <button
                    type="button"
                    className="list-row list-row-claim"
                    aria-current={claim.id === selectedId ? 'true' : undefined}
                    onClick={() => onOpen(claim.id)}
                    onKeyDown={(event) => moveFocus(event, item.index, (next) => onOpen(shown[next]!.id))}
                  >
                    <span className="list-row-text">
                      <span className="list-row-title wrap">{claim.statement}</span>
                      <ClaimRowMeta claim={claim} />
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </div>
  )
}

function ClaimRowMeta({ claim }: { claim: ClaimSummary }) {
  return (
    <span className="list-row-meta question-meta">
      <ClaimStatusBadge status={claim.status} />
      <span className={`meta-item ${claim.originCount <= 1 ? 'tone-warning' : ''}`} title="Independent origins supporting the claim">
        <Layers size={12} aria-hidden />
        {plural(claim.originCount, 'origin')}
      </span>
      {claim.openContradictionCount > 0 && (
        <span className="meta-item tone-danger" title="Open contradictions touching this claim">
          <CircleAlert size={12} aria-hidden />
          {plural(claim.openContradictionCount, 'open contradiction')}
        </span>
      )}
      <ReviewMark review={claim.review} />
    </span>
  )
}
