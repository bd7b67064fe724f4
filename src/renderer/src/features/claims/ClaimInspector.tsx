// Beside an open claim: where it stands at a glance (status, independent origins, review, sources,
// contradictions) and a link to the passage it was made of.
import { CircleAlert, FileText, Layers, Quote } from 'lucide-react'
import { plural, shorten } from '../../lib/format'
import { ContactChip } from '../contacts/ContactChip'
import { useClaim } from './data'
import { ClaimStatusBadge, pageLabel, ReviewMark } from './labels'

export interface ClaimInspectorProps {
  claimId: number
  onOpenDocument(documentId: number, passageId?: number): void
  onOpenContact(id: number): void
}

export function ClaimInspector({ claimId, onOpenDocument, onOpenContact }: ClaimInspectorProps) {
  const claim = useClaim(claimId)
  const c = claim.data
  if (!c) return claim.error ? <p className="muted inspector-scroll">{claim.error.message}</p> : null
  const open = c.contradictions.filter((item) => item.status === 'open').length
  const page = pageLabel(c.passage)

  return (
    <div className="inspector-scroll">
      <section aria-labelledby="inspector-claim-heading" className="inspector-section">
        <h2 id="inspector-claim-heading" className="inspector-heading">
          Claim summary
        </h2>
        <p className="inspector-claim-statement">{shorten(c.statement, 200)}</p>
        <dl className="facts claim-summary-facts">
          <dt>Status</dt>
          <dd>
            <ClaimStatusBadge status={c.status} />
          </dd>
          <dt>Review</dt>
          <dd>
            <ReviewMark review={c.review} showNone />
          </dd>
          <dt>Origins</dt>
          <dd className={c.originCount <= 1 ? 'tone-warning' : undefined}>
            <Layers size={13} aria-hidden /> {plural(c.originCount, 'independent origin')}
          </dd>
          <dt>Evidence</dt>
          <dd>
            {c.supportCount} supporting · {c.contradictCount} contradicting
          </dd>
          <dt>Contradictions</dt>
          <dd className={open > 0 ? 'tone-danger' : undefined}>
            {open > 0 && <CircleAlert size={13} aria-hidden />} {c.contradictions.length === 0 ? 'None' : `${open} open · ${c.contradictions.length - open} resolved`}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="inspector-claim-passage" className="inspector-section">
        <h2 id="inspector-claim-passage" className="inspector-heading">
          <Quote size={12} aria-hidden /> Made in
        </h2>
        <button type="button" className="inspector-passage" onClick={() => onOpenDocument(c.passage.documentId, c.passage.id)}>
          <span className="quote quote-clamp">
            <span className="quote-exact">{c.passage.exact}</span>
          </span>
          <span className="inspector-passage-meta">
            <FileText size={12} aria-hidden /> {c.documentTitle}
            {page && ` · ${page}`}
          </span>
        </button>
      </section>

      <section aria-labelledby="inspector-claim-sources" className="inspector-section">
        <h2 id="inspector-claim-sources" className="inspector-heading">
          Sources <span className="count">{c.sources.length}</span>
        </h2>
        {c.sources.length === 0 ? (
          <p className="muted small">Not attributed to any contact.</p>
        ) : (
          <ul className="contact-chips" aria-label="Sources of this claim">
            {c.sources.map((contact) => (
              <ContactChip key={contact.id} contact={contact} onOpen={onOpenContact} />
            ))}
          </ul>
        )}
        {c.confidentialOnly && (
          <p className="notice notice-warning small claim-inspector-warning">
            <CircleAlert size={13} aria-hidden /> Only confidential sources.
          </p>
        )}
      </section>
    </div>
  )
}
