// The editor's review of a claim: where it stands (signed off, sent back, or a sign-off cleared
// because the claim or its evidence changed afterwards), the two decisions, and every earlier one.
// A decision records who made it, so without a user name the panel asks for one first.
import { BadgeCheck, ShieldAlert, Undo2, UserRound } from 'lucide-react'
import { useId, useState } from 'react'
import { api } from '../../api/client'
import { useToasts } from '../../components/Toasts'
import { useRevision } from '../../data/revision'
import { CLAIM_STATUS_LABELS, type Claim, type Review } from '../../../../shared/models'
import { formatDateTime } from '../../lib/format'
import { formatRelative } from '../audit/relativeTime'
import { usePreferences } from '../preferences/preferences'

export interface ReviewPanelProps {
  claim: Claim
}

export function ReviewPanel({ claim }: ReviewPanelProps) {
  const headingId = useId()
  const latest = claim.reviews[0] ?? null
  return (
    <section className="review-panel" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        Editor’s review
      </h3>
      <CurrentReview claim={claim} latest={latest} />
      <ReviewForm claim={claim} />
      {claim.reviews.length > 1 && <ReviewHistory reviews={claim.reviews} />}
    </section>
  )
}

function When({ at }: { at: string }) {
  return <time dateTime={at}>{formatDateTime(at)}</time>
}

function CurrentReview({ claim, latest }: { claim: Claim; latest: Review | null }) {
  if (claim.review === 'signed_off' && latest) {
    return (
      <div className="review-state review-state-signed_off" role="status">
        <BadgeCheck size={18} aria-hidden className="review-state-icon" />
        <div>
          <p className="review-state-title">
            Signed off by {latest.reviewer} <span aria-hidden>✓</span>
          </p>
          <p className="review-state-meta">
            <When at={latest.createdAt} />
          </p>
          {latest.note && <p className="review-state-note">“{latest.note}”</p>}
        </div>
      </div>
    )
  }
  if (claim.review === 'sent_back' && latest) {
    return (
      <div className="review-state review-state-sent_back" role="status">
        <Undo2 size={18} aria-hidden className="review-state-icon" />
        <div>
          <p className="review-state-title">Sent back by {latest.reviewer}</p>
          <p className="review-state-meta">
            <When at={latest.createdAt} />
          </p>
          {latest.note && <p className="review-state-note">“{latest.note}”</p>}
        </div>
      </div>
    )
  }
  if (claim.review === 'cleared') {
    // The sign-off that was withdrawn: the latest one carrying a clearing time.
    const cleared = claim.reviews.find((review) => review.decision === 'signed_off' && review.clearedAt) ?? latest
    return (
      <div className="review-state review-state-cleared" role="status">
        <ShieldAlert size={18} aria-hidden className="review-state-icon" />
        <div>
          <p className="review-state-title">Sign-off cleared</p>
          {cleared?.clearedAt && (
            <p className="review-state-meta">
              <When at={cleared.clearedAt} />
              {cleared.clearedReason ? ` — ${cleared.clearedReason}` : ''}
            </p>
          )}
          {cleared && (
            <p className="review-state-note">
              {cleared.reviewer} had signed it off on {formatDateTime(cleared.createdAt)}. It needs a new sign-off.
            </p>
          )}
        </div>
      </div>
    )
  }
  return <p className="muted small review-none">Not reviewed yet.</p>
}

function ReviewForm({ claim }: { claim: Claim }) {
  const { preferences, saveUserName, showDialog } = usePreferences()
  const { invalidate } = useRevision()
  const toasts = useToasts()
  const noteId = useId()
  const nameId = useId()
  const whyId = useId()
  const errorId = useId()
  const [note, setNote] = useState('')
  const [name, setName] = useState('')
  const [error, setError] = useState<{ field: 'note' | 'name'; message: string } | null>(null)
  const [busy, setBusy] = useState(false)

  const needsName = !preferences.userName
  const signedOff = claim.review === 'signed_off'
  const verified = claim.status === 'verified'
  const canSignOff = verified && !signedOff
  const why = signedOff
    ? 'Signed off already. To withdraw the sign-off, send the claim back with a comment.'
    : !verified
      ? `Only a verified claim can be signed off; this one is ${CLAIM_STATUS_LABELS[claim.status].toLowerCase()}. The reporter sets it to Verified when the evidence holds.`
      : null

  const decide = async (decision: 'signOff' | 'sendBack') => {
    const comment = note.trim()
    if (decision === 'sendBack' && !comment) {
      setError({ field: 'note', message: 'Say what needs to change before sign-off.' })
      document.getElementById(noteId)?.focus()
      return
    }
    if (needsName && !name.trim()) {
      setError({ field: 'name', message: 'Enter your name first: a decision records who made it.' })
      document.getElementById(nameId)?.focus()
      return
    }
    setBusy(true)
    setError(null)
    try {
      if (needsName) await saveUserName(name.trim())
      if (decision === 'signOff') {
        await api['reviews.signOff']({ claimId: claim.id, note: comment || undefined })
        toasts.success('Claim signed off')
      } else {
        await api['reviews.sendBack']({ claimId: claim.id, note: comment })
        toasts.success('Claim sent back', 'The reporter sees your comment on the claim.')
      }
      setNote('')
      invalidate()
    } catch (failure) {
      toasts.error(decision === 'signOff' ? 'Couldn’t sign off the claim.' : 'Couldn’t send the claim back.', failure)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="review-form">
      {needsName ? (
        <div className="field">
          <label htmlFor={nameId} className="field-label">
            Your name (recorded on sign-offs and in the history)
          </label>
          <input
            id={nameId}
            className="input"
            autoComplete="name"
            value={name}
            onChange={(event) => {
              setName(event.target.value)
              if (error?.field === 'name') setError(null)
            }}
            aria-invalid={error?.field === 'name' ? true : undefined}
            aria-describedby={error?.field === 'name' ? errorId : undefined}
          />
        </div>
      ) : (
        <p className="review-signer small">
          <UserRound size={13} aria-hidden /> Deciding as <strong>{preferences.userName}</strong>{' '}
          <button type="button" className="link-button" onClick={showDialog}>
            Change…
          </button>
        </p>
      )}
      <div className="field">
        <label htmlFor={noteId} className="field-label">
          Note <span className="field-label-aside">(optional to sign off; required to send back)</span>
        </label>
        <textarea
          id={noteId}
          className="input"
          rows={2}
          value={note}
          placeholder={canSignOff ? 'What you checked, or what must change before sign-off' : 'What needs to change before sign-off'}
          onChange={(event) => {
            setNote(event.target.value)
            if (error?.field === 'note') setError(null)
          }}
          aria-invalid={error?.field === 'note' ? true : undefined}
          aria-describedby={error?.field === 'note' ? errorId : undefined}
        />
      </div>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <div className="button-row review-actions">
        {!signedOff && (
          <button
            type="button"
            className="button button-primary"
            disabled={!canSignOff || busy}
            aria-describedby={why ? whyId : undefined}
            onClick={() => void decide('signOff')}
          >
            <BadgeCheck size={16} aria-hidden /> Sign off
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void decide('sendBack')}>
          <Undo2 size={16} aria-hidden /> Send back
        </button>
      </div>
      {why && (
        <p id={whyId} className="muted small review-why">
          {why}
        </p>
      )}
    </div>
  )
}

function ReviewHistory({ reviews }: { reviews: Review[] }) {
  return (
    <>
      <h4 className="review-history-heading">Review history</h4>
      <ol className="review-history" aria-label="Review history, newest first">
        {reviews.map((review) => (
          <li key={review.id} className={`review-entry review-entry-${review.decision}`}>
            <span className="review-entry-title">
              {review.decision === 'signed_off' ? <BadgeCheck size={13} aria-hidden /> : <Undo2 size={13} aria-hidden />}
              {review.decision === 'signed_off' ? 'Signed off' : 'Sent back'} by {review.reviewer}
              <span className="muted">
                {' · '}
                <time dateTime={review.createdAt} title={formatDateTime(review.createdAt)}>
                  {formatRelative(review.createdAt)}
                </time>
              </span>
            </span>
            {review.note && <span className="review-entry-note">“{review.note}”</span>}
            {review.clearedAt && (
              <span className="review-entry-cleared">
                <ShieldAlert size={12} aria-hidden /> Cleared {formatDateTime(review.clearedAt)}
                {review.clearedReason ? `: ${review.clearedReason}` : ''}
              </span>
            )}
          </li>
        ))}
      </ol>
    </>
  )
}
