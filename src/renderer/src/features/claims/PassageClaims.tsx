// A passage's claim and contradictions, in the passage inspector. A passage that is a claim shows
// it (statement, status, a link to open it); any other offers Mark as claim. Contradictions it is
// part of are listed, and "Flags a contradiction with…" picks the other passage.
import { ArrowRight, CircleAlert, CircleCheck, FileText, ShieldCheck, Swords } from 'lucide-react'
import { useId, useState } from 'react'
import { api } from '../../api/client'
import { ChoiceField } from '../../components/Fields'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { useSave } from '../../data/useSave'
import type { ClaimStatus, Passage } from '../../../../shared/models'
import { shorten } from '../../lib/format'
import { useClaim, useContradictions } from './data'
import { CLAIM_STATUS_OPTIONS, ClaimStatusBadge, pageLabel } from './labels'
import { PassagePickerDialog } from './PassagePicker'

export function PassageClaim({ passage, onOpenClaim }: { passage: Passage; onOpenClaim(id: number): void }) {
  const readOnly = useReadOnly()
  const save = useSave()
  const claim = useClaim(passage.claimId)
  const [busy, setBusy] = useState(false)

  if (passage.claimId === null) {
    if (readOnly) return <p className="muted small">Not a claim.</p>
    return (
      <>
        <p className="muted small">Is this a statement to verify? Make it a claim to track its status, evidence and independent origins.</p>
        <div className="button-column">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true)
              await save(() => api['claims.create']({ passageId: passage.id }), 'Couldn’t mark the claim.')
              setBusy(false)
            }}
          >
            <ShieldCheck size={16} aria-hidden /> Mark as claim
          </button>
        </div>
      </>
    )
  }

  const c = claim.data?.id === passage.claimId ? claim.data : null
  return (
    <div className="passage-claim">
      {c && <p className="inspector-claim-statement">{shorten(c.statement, 160)}</p>}
      {readOnly || !c ? (
        passage.claimStatus && <ClaimStatusBadge status={passage.claimStatus} />
      ) : (
        <ChoiceField
          label="Claim status"
          value={c.status}
          options={CLAIM_STATUS_OPTIONS}
          onSave={(status) => save(() => api['claims.update']({ id: c.id, status: status as ClaimStatus }), 'Couldn’t save the status.')}
        />
      )}
      <div className="button-column">
        <button type="button" className="button" onClick={() => onOpenClaim(passage.claimId!)}>
          Open claim <ArrowRight size={15} aria-hidden />
        </button>
      </div>
    </div>
  )
}

export function PassageContradictions({ passage, onOpenDocument }: { passage: Passage; onOpenDocument(documentId: number, passageId?: number): void }) {
  const readOnly = useReadOnly()
  const save = useSave()
  const toasts = useToasts()
  const contradictions = useContradictions()
  const [picking, setPicking] = useState(false)
  const [note, setNote] = useState('')
  const noteId = useId()
  const mine = (contradictions.data ?? []).filter((item) => item.a.id === passage.id || item.b.id === passage.id)

  return (
    <>
      {mine.length === 0 ? (
        <p className="muted small">No contradiction flagged on this passage.</p>
      ) : (
        <ul className="passage-contradictions" aria-label="Contradictions on this passage">
          {mine.map((item) => {
            const other = item.a.id === passage.id ? item.b : item.a
            const page = pageLabel(other)
            return (
              <li key={item.id}>
                <button type="button" className="inspector-passage" onClick={() => onOpenDocument(other.documentId, other.id)}>
                  <span className="inspector-passage-meta">
                    {item.status === 'open' ? <CircleAlert size={12} aria-hidden /> : <CircleCheck size={12} aria-hidden />}
                    {item.status === 'open' ? 'Open' : 'Resolved'} · contradicts
                  </span>
                  <span className="quote quote-clamp">
                    <span className="quote-exact">{other.exact}</span>
                  </span>
                  <span className="inspector-passage-meta">
                    <FileText size={12} aria-hidden /> {other.documentTitle}
                    {page && ` · ${page}`}
                  </span>
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {!readOnly && (
        <div className="button-column">
          <button type="button" className="button" onClick={() => setPicking(true)}>
            <Swords size={16} aria-hidden /> Flags a contradiction with…
          </button>
        </div>
      )}
      {picking && (
        <PassagePickerDialog
          title="Flag a contradiction"
          description={<blockquote className="dialog-quote">{shorten(passage.exact, 200)}</blockquote>}
          excludePassageIds={[passage.id, ...mine.map((item) => (item.a.id === passage.id ? item.b.id : item.a.id))]}
          emptyHint="No other passage is marked yet. Mark the passage this one contradicts (H), then flag it here."
          onClose={() => {
            setPicking(false)
            setNote('')
          }}
          onPick={async (other) => {
            setPicking(false)
            const flagged = await save(
              () => api['contradictions.create']({ passageA: passage.id, passageB: other.id, note: note.trim() || undefined }),
              'Couldn’t flag the contradiction.'
            )
            setNote('')
            if (flagged) toasts.success('Contradiction flagged', `Against “${shorten(other.exact, 70)}”`)
          }}
        >
          <div className="field">
            <label htmlFor={noteId} className="field-label">
              Note (optional, internal)
            </label>
            <textarea
              id={noteId}
              className="input"
              rows={2}
              value={note}
              placeholder="How they disagree: “EPT-IOC” spelled out two ways"
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <p className="field-label">Contradicts which passage?</p>
        </PassagePickerDialog>
      )}
    </>
  )
}
