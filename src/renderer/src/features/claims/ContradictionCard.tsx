// One contradiction between two passages: the two side by side (each opens its document there), its
// status (open or resolved, one click to change), an internal note, the claims it touches, delete.
import { CircleAlert, CircleCheck, FileText, RotateCcw, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { TextField } from '../../components/Fields'
import { useReadOnly } from '../../data/readOnly'
import { useSave } from '../../data/useSave'
import type { ClaimSummary, Contradiction, Passage } from '../../../../shared/models'
import { shorten } from '../../lib/format'
import { PassageQuote } from '../questions/PassageQuote'
import { ClaimStatusBadge, pageLabel } from './labels'

interface ContradictionCardProps {
  contradiction: Contradiction
  /** Claims by id, to name the claims involved. */
  claims: ReadonlyMap<number, ClaimSummary>
  /** In a claim's own view: that claim is not listed among those involved. */
  currentClaimId?: number
  onOpenPassage(documentId: number, passageId: number): void
  onOpenClaim(id: number): void
}

export function ContradictionStatus({ status }: { status: Contradiction['status'] }) {
  const Icon = status === 'open' ? CircleAlert : CircleCheck
  return (
    <span className={`status-badge contradiction-${status}`}>
      <Icon size={13} aria-hidden strokeWidth={2.25} />
      {status === 'open' ? 'Open' : 'Resolved'}
    </span>
  )
}

export function ContradictionCard({ contradiction: item, claims, currentClaimId, onOpenPassage, onOpenClaim }: ContradictionCardProps) {
  const readOnly = useReadOnly()
  const save = useSave()
  const [confirming, setConfirming] = useState(false)
  const involved = item.claimIds.filter((id) => id !== currentClaimId)
  const label = `“${shorten(item.a.exact, 40)}” against “${shorten(item.b.exact, 40)}”`

  return (
    <li className={`contradiction-card contradiction-card-${item.status}`} aria-label={`Contradiction: ${label}`}>
      <div className="contradiction-head">
        <ContradictionStatus status={item.status} />
        {!readOnly && (
          <>
            <button
              type="button"
              className="button button-small"
              onClick={() =>
                void save(
                  () => api['contradictions.update']({ id: item.id, status: item.status === 'open' ? 'resolved' : 'open' }),
                  'Couldn’t change the contradiction’s status.'
                )
              }
            >
              {item.status === 'open' ? <CircleCheck size={14} aria-hidden /> : <RotateCcw size={14} aria-hidden />}
              {item.status === 'open' ? 'Mark resolved' : 'Reopen'}
            </button>
            <button
              type="button"
              className="icon-button contradiction-delete"
              aria-label="Delete this contradiction"
              title="Delete this contradiction (the passages stay)"
              onClick={() => setConfirming(true)}
            >
              <Trash2 size={15} aria-hidden />
            </button>
          </>
        )}
      </div>
      <div className="contradiction-sides">
        <ContradictionSide passage={item.a} onOpen={onOpenPassage} />
        <span className="contradiction-versus" aria-hidden>
          vs
        </span>
        <ContradictionSide passage={item.b} onOpen={onOpenPassage} />
      </div>
      {readOnly ? (
        item.note && (
          <p className="contradiction-note">
            <span className="field-label">Note (internal)</span>
            {item.note}
          </p>
        )
      ) : (
        <TextField
          label="Note (internal)"
          value={item.note}
          placeholder="Which version holds, and why; whom to ask"
          onSave={(note) => save(() => api['contradictions.update']({ id: item.id, note }), 'Couldn’t save the note.')}
        />
      )}
      {involved.length > 0 && (
        <div className="contradiction-claims">
          <span className="field-label">{currentClaimId ? 'Also touches' : 'Claims involved'}</span>
          <ul className="claim-links" aria-label="Claims involved">
            {involved.map((id) => {
              const claim = claims.get(id)
              return (
                <li key={id}>
                  <button type="button" className="claim-link" onClick={() => onOpenClaim(id)}>
                    {claim && <ClaimStatusBadge status={claim.status} />}
                    <span className="claim-link-text">{claim ? shorten(claim.statement, 90) : `Claim ${id}`}</span>
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title="Delete this contradiction?"
          confirmLabel="Delete contradiction"
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            setConfirming(false)
            await save(() => api['contradictions.delete']({ id: item.id }), 'Couldn’t delete the contradiction.')
          }}
        >
          <p>The flag and its note go. Both passages stay marked, and so do the claims.</p>
        </ConfirmDialog>
      )}
    </li>
  )
}

function ContradictionSide({ passage, onOpen }: { passage: Passage; onOpen(documentId: number, passageId: number): void }) {
  const page = pageLabel(passage)
  return (
    <button type="button" className="contradiction-side" onClick={() => onOpen(passage.documentId, passage.id)} title="Open the document at this passage">
      <PassageQuote passage={passage} clamp />
      <span className="passage-card-source">
        <FileText size={13} aria-hidden /> {passage.documentTitle}
        {page && <span className="muted"> · {page}</span>}
      </span>
    </button>
  )
}
