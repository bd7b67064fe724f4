// Every contradiction flagged in the case, open ones first: the two passages side by side, status,
// internal note, the claims involved.
import { CircleAlert, Loader, Swords } from 'lucide-react'
import { useMemo } from 'react'
import { EmptyState } from '../../components/EmptyState'
import { plural } from '../../lib/format'
import { ContradictionCard } from './ContradictionCard'
import { useClaims, useContradictions } from './data'

export interface ContradictionsViewProps {
  onOpenPassage(documentId: number, passageId: number): void
  onOpenClaim(id: number): void
}

export function ContradictionsView({ onOpenPassage, onOpenClaim }: ContradictionsViewProps) {
  const contradictions = useContradictions()
  const claims = useClaims()
  const claimsById = useMemo(() => new Map((claims.data ?? []).map((claim) => [claim.id, claim])), [claims.data])

  if (contradictions.error && !contradictions.data) {
    return (
      <EmptyState icon={CircleAlert} title="The contradictions couldn’t be listed">
        <p>{contradictions.error.message}</p>
      </EmptyState>
    )
  }
  if (!contradictions.data) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Loading contradictions…
      </div>
    )
  }
  const all = contradictions.data
  const open = all.filter((item) => item.status === 'open')
  const resolved = all.filter((item) => item.status === 'resolved')

  return (
    <section className="claim-view contradictions-view" aria-label="Contradictions">
      <div className="claim-scroll">
        <header className="claim-page-header">
          <h2 className="claim-page-title">
            <Swords size={20} aria-hidden /> Contradictions
          </h2>
          <p className="muted">
            {all.length === 0 ? 'None flagged yet.' : `${plural(open.length, 'open contradiction')} · ${resolved.length} resolved`}
          </p>
        </header>
        {all.length === 0 ? (
          <EmptyState icon={Swords} title="No contradictions flagged">
            <p>
              When two passages disagree — one outlet’s reading of an acronym against another’s — select one, and in the inspector choose “Flags a
              contradiction with…”.
            </p>
          </EmptyState>
        ) : (
          <>
            {open.length > 0 && (
              <>
                <h3 className="subheading">
                  Open <span className="count">{open.length}</span>
                </h3>
                <ul className="contradiction-list" aria-label="Open contradictions">
                  {open.map((item) => (
                    <ContradictionCard key={item.id} contradiction={item} claims={claimsById} onOpenPassage={onOpenPassage} onOpenClaim={onOpenClaim} />
                  ))}
                </ul>
              </>
            )}
            {resolved.length > 0 && (
              <>
                <h3 className="subheading">
                  Resolved <span className="count">{resolved.length}</span>
                </h3>
                <ul className="contradiction-list" aria-label="Resolved contradictions">
                  {resolved.map((item) => (
                    <ContradictionCard key={item.id} contradiction={item} claims={claimsById} onOpenPassage={onOpenPassage} onOpenClaim={onOpenClaim} />
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  )
}
