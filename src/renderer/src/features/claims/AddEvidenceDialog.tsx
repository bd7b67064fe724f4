// "Add as evidence…" from a selection in the reader: pick the claim it bears on (any claim made in
// another document) and whether it supports or contradicts it. The selection becomes a passage and
// evidence in one call.
import { FileText } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog } from '../../components/Dialog'
import { useToasts } from '../../components/Toasts'
import { useRevision } from '../../data/revision'
import type { EvidenceStance, PdfRect } from '../../../../shared/models'
import { shorten } from '../../lib/format'
import { useClaims } from './data'
import { ClaimStatusBadge } from './labels'
import { StanceChoice } from './PassagePicker'
import { FilterField } from '../../components/FilterField'

export interface EvidenceSelection {
  documentId: number
  start: number
  end: number
  rects?: PdfRect[]
  quote: string
}

interface AddEvidenceDialogProps {
  selection: EvidenceSelection
  onClose(): void
  /** The passage the selection became. */
  onAdded(passageId: number): void
}

export function AddEvidenceDialog({ selection, onClose, onAdded }: AddEvidenceDialogProps) {
  const claims = useClaims()
  const toasts = useToasts()
  const { invalidate } = useRevision()
  const [stance, setStance] = useState<EvidenceStance>('supports')
  const [filter, setFilter] = useState('')
  const [busy, setBusy] = useState(false)
  const needle = filter.trim().toLocaleLowerCase()
  const all = claims.data ?? []
  const elsewhere = all.filter((claim) => claim.documentId !== selection.documentId)
  const shown = elsewhere.filter(
    (claim) => claim.statement.toLocaleLowerCase().includes(needle) || claim.documentTitle.toLocaleLowerCase().includes(needle)
  )

  const add = async (claimId: number, statement: string) => {
    if (busy) return
    setBusy(true)
    try {
      const { documentId, start, end, rects } = selection
      const claim = await api['claims.addEvidence']({ claimId, selection: { documentId, start, end, rects }, stance })
      invalidate()
      const passage = claim.evidence.find((item) => item.passage.documentId === documentId && item.passage.start === start && item.passage.end === end)
      toasts.success(stance === 'supports' ? 'Supporting evidence added' : 'Contradicting evidence added', `To “${shorten(statement, 70)}”`)
      onAdded(passage?.passage.id ?? 0)
    } catch (error) {
      toasts.error('Couldn’t add the evidence.', error)
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="Add as evidence"
      description={<blockquote className="dialog-quote">{shorten(selection.quote, 200)}</blockquote>}
      onClose={onClose}
      className="dialog-wide"
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <StanceChoice stance={stance} onChange={setStance} />
      <FilterField label="Filter claims" value={filter} onChange={setFilter} autoFocus />
      {!claims.data ? (
        <p className="muted" role="status">
          Loading claims…
        </p>
      ) : shown.length === 0 ? (
        <p className="muted">
          {all.length === 0
            ? 'This case has no claims yet. Select a statement in a document and choose Mark as claim (C) first.'
            : elsewhere.length === 0
              ? 'Every claim so far was made in this document; evidence has to come from another document.'
              : 'No claim matches that filter.'}
        </p>
      ) : (
        <ul className="picker-list" aria-label="Claims">
          {shown.map((claim) => (
            <li key={claim.id}>
              <button type="button" className="picker-row claim-picker-row" disabled={busy} onClick={() => void add(claim.id, claim.statement)}>
                <span className="claim-picker-text">
                  <span className="picker-title">{claim.statement}</span>
                  <span className="muted small claim-picker-source">
                    <FileText size={12} aria-hidden /> {claim.documentTitle}
                  </span>
                </span>
                <ClaimStatusBadge status={claim.status} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {elsewhere.length < all.length && shown.length > 0 && (
        <p className="muted small">Claims made in this document are not listed: evidence has to come from another document.</p>
      )}
    </Dialog>
  )
}
