// Centre pane for a claim: the statement and status (saved as they change), the passage it was made
// of, its evidence for and against, how many independent origins support it, the contradictions
// touching it, its sources, the summary choice, internal notes, the editor's review and its history.
import { ArrowLeftRight, CircleAlert, FileText, Layers, Loader, Lock, Plus, Trash2, X } from 'lucide-react'
import { useMemo, useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { ChoiceField, TextField } from '../../components/Fields'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { useSave } from '../../data/useSave'
import type { Args } from '../../../../shared/api'
import { CLAIM_STATUS_LABELS, type Claim, type ClaimStatus, type Evidence, type EvidenceStance, type ExportChoice } from '../../../../shared/models'
import { formatDateTime, plural, shorten } from '../../lib/format'
import { AuditHistory } from '../audit/AuditHistory'
import { ContactChip } from '../contacts/ContactChip'
import { PassageQuote } from '../questions/PassageQuote'
import { ReviewPanel } from '../review/ReviewPanel'
import { ContradictionCard } from './ContradictionCard'
import { useClaim, useClaims } from './data'
import { CLAIM_STATUS_OPTIONS, ClaimStatusBadge, EXPORT_CHOICE_LABELS, EXPORT_CHOICE_OPTIONS, pageLabel, ReviewMark } from './labels'
import { PassagePickerDialog, StanceChoice } from './PassagePicker'

export interface ClaimViewProps {
  claimId: number
  onOpenPassage(documentId: number, passageId: number): void
  onOpenClaim(id: number): void
  onOpenContact(id: number): void
  onDeleted(): void
}

export function ClaimView({ claimId, onOpenPassage, onOpenClaim, onOpenContact, onDeleted }: ClaimViewProps) {
  const claim = useClaim(claimId)
  const readOnly = useReadOnly()
  const save = useSave()
  const toasts = useToasts()
  const [dialog, setDialog] = useState<'evidence' | 'delete' | null>(null)
  const [stance, setStance] = useState<EvidenceStance>('supports')

  if (claim.error && !claim.data) {
    return (
      <EmptyState icon={CircleAlert} title="This claim couldn’t be opened">
        <p>{claim.error.message}</p>
      </EmptyState>
    )
  }
  if (!claim.data) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Opening claim…
      </div>
    )
  }
  const c = claim.data
  const update = (changes: Omit<Args<'claims.update'>, 'id'>, what: string) =>
    save(() => api['claims.update']({ id: c.id, ...changes }), `Couldn’t save the ${what}.`)
  const supporting = c.evidence.filter((item) => item.stance === 'supports')
  const contradicting = c.evidence.filter((item) => item.stance === 'contradicts')
  const page = pageLabel(c.passage)

  return (
    <section className="claim-view" aria-label="Claim">
      <div className="claim-scroll">
        <header className="question-header">
          <ClaimStatusBadge status={c.status} />
          <ReviewMark review={c.review} showNone />
          <span className="muted small">Updated {formatDateTime(c.updatedAt)}</span>
        </header>

        {readOnly ? (
          <>
            <p className="field-label">Statement</p>
            <h2 className="claim-statement">{c.statement}</h2>
            <dl className="facts claim-facts">
              <dt>Status</dt>
              <dd>{CLAIM_STATUS_LABELS[c.status]}</dd>
              <dt>In the summary</dt>
              <dd>
                {EXPORT_CHOICE_LABELS[c.exportChoice]} — {c.included ? 'included' : 'not included'}
              </dd>
            </dl>
          </>
        ) : (
          <>
            <div className="question-title-field">
              <TextField label="Statement" multiline rows={3} value={c.statement} required onSave={(statement) => update({ statement }, 'statement')} />
            </div>
            <div className="field-grid">
              <ChoiceField
                label="Status"
                value={c.status}
                options={CLAIM_STATUS_OPTIONS}
                onSave={(status) => update({ status: status as ClaimStatus }, 'status')}
              />
              <div>
                <ChoiceField
                  label="Include in summary"
                  value={c.exportChoice}
                  options={EXPORT_CHOICE_OPTIONS}
                  onSave={(exportChoice) => update({ exportChoice: exportChoice as ExportChoice }, 'summary choice')}
                />
              </div>
            </div>
            <p className="field-hint claim-include-hint">
              {c.exportChoice === 'auto'
                ? 'Auto puts a claim in the summary once it is verified and signed off by an editor. '
                : c.exportChoice === 'include'
                  ? 'Always in the summary, whatever its status. '
                  : 'Never in the summary. '}
              {c.included ? 'It is in the summary now.' : 'It is not in the summary now.'}
            </p>
          </>
        )}

        {c.confidentialOnly && (
          <p className="notice notice-warning claim-warning" role="note">
            <Lock size={14} aria-hidden />
            <span>
              <strong>Only confidential sources.</strong> Everyone this claim is attributed to is confidential: find an attributable source or a document
              before publishing it.
            </span>
          </p>
        )}

        <h3 className="subheading">Made in</h3>
        <div className="passage-card claim-passage">
          <button type="button" className="passage-card-open" onClick={() => onOpenPassage(c.passage.documentId, c.passage.id)} title="Open the document at this passage">
            <PassageQuote passage={c.passage} context />
            <span className="passage-card-source">
              <FileText size={13} aria-hidden /> {c.documentTitle}
              {page && <span className="muted"> · {page}</span>}
            </span>
          </button>
        </div>

        <Independence claim={c} onOpenPassage={onOpenPassage} />

        <div className="claim-section-head">
          <h3 className="subheading">
            Evidence <span className="count">{c.evidence.length}</span>
          </h3>
          {!readOnly && (
            <button type="button" className="button button-small" onClick={() => setDialog('evidence')}>
              <Plus size={14} aria-hidden /> Add evidence
            </button>
          )}
        </div>
        <div className="evidence-columns">
          <EvidenceList title="Supporting" stance="supports" items={supporting} claim={c} onOpenPassage={onOpenPassage} />
          <EvidenceList title="Contradicting" stance="contradicts" items={contradicting} claim={c} onOpenPassage={onOpenPassage} />
        </div>

        <ClaimContradictions claim={c} onOpenPassage={onOpenPassage} onOpenClaim={onOpenClaim} />

        <h3 className="subheading">
          Sources <span className="count">{c.sources.length}</span>
        </h3>
        {c.sources.length === 0 ? (
          <p className="muted small">
            No contacts yet. Attribute the claim’s passage or its supporting evidence to a contact from the passage’s inspector.
          </p>
        ) : (
          <ul className="contact-chips claim-sources" aria-label="Sources">
            {c.sources.map((contact) => (
              <ContactChip key={contact.id} contact={contact} onOpen={onOpenContact} />
            ))}
          </ul>
        )}

        <h3 className="subheading">Notes</h3>
        {readOnly ? (
          <p className="claim-notes">{c.notes || <span className="muted">No notes.</span>}</p>
        ) : (
          <TextField
            label="Internal notes"
            multiline
            rows={5}
            value={c.notes}
            placeholder="What is still missing, whom to call, why the status is what it is"
            hint="Internal: never exported."
            onSave={(notes) => update({ notes }, 'notes')}
          />
        )}

        <ReviewPanel claim={c} />
        <AuditHistory itemType="claim" itemId={c.id} />

        <footer className="claim-footer">
          <span className="muted small">Marked {formatDateTime(c.createdAt)}</span>
          {!readOnly && (
            <button type="button" className="button button-danger-quiet" onClick={() => setDialog('delete')}>
              <Trash2 size={16} aria-hidden /> Delete claim
            </button>
          )}
        </footer>
      </div>

      {dialog === 'evidence' && (
        <PassagePickerDialog
          title="Add evidence"
          description={<blockquote className="dialog-quote">{shorten(c.statement, 200)}</blockquote>}
          excludeDocumentIds={[c.documentId]}
          excludePassageIds={[c.passageId, ...c.evidence.map((item) => item.passage.id)]}
          emptyHint="No passage in another document yet. Mark passages in other documents (H), or select text there and choose Add as evidence…"
          onClose={() => setDialog(null)}
          onPick={async (passage) => {
            setDialog(null)
            if (await save(() => api['claims.addEvidence']({ claimId: c.id, passageId: passage.id, stance }), 'Couldn’t add the evidence.')) {
              toasts.success(stance === 'supports' ? 'Supporting evidence added' : 'Contradicting evidence added', `“${shorten(passage.exact, 70)}”`)
            }
          }}
        >
          <StanceChoice stance={stance} onChange={setStance} />
        </PassagePickerDialog>
      )}
      {dialog === 'delete' && (
        <ConfirmDialog
          title="Delete this claim?"
          confirmLabel="Delete claim"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            setDialog(null)
            if (await save(() => api['claims.delete']({ id: c.id }), 'Couldn’t delete the claim.')) {
              onDeleted()
              toasts.success('Claim deleted', `“${shorten(c.statement, 70)}”`)
            }
          }}
        >
          <blockquote className="dialog-quote">{shorten(c.statement, 200)}</blockquote>
          <p>
            The claim goes, with its status, {plural(c.evidence.length, 'evidence link')} and its reviews. Its passage and the evidence passages stay marked
            in their documents.
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}

/** "Supported by N independent origins", each with its documents; a warning when there is only one. */
function Independence({ claim, onOpenPassage }: { claim: Claim; onOpenPassage(documentId: number, passageId: number): void }) {
  // A document opens at the passage that makes it count: the claim's own, or its supporting evidence.
  const passageIn = (documentId: number) =>
    claim.passage.documentId === documentId
      ? claim.passage.id
      : claim.evidence.find((item) => item.stance === 'supports' && item.passage.documentId === documentId)?.passage.id
  return (
    <section className="claim-independence" aria-labelledby="claim-independence-heading">
      <h3 id="claim-independence-heading" className="subheading">
        Independence
      </h3>
      <p className={`independence-summary ${claim.originCount <= 1 ? 'independence-single' : ''}`}>
        <Layers size={16} aria-hidden />
        Supported by {plural(claim.originCount, 'independent origin')}
      </p>
      <ul className="origin-groups" aria-label="Independent origins">
        {claim.origins.map((group) => (
          <li key={group.key} className="origin-group">
            <span className="origin-label">{group.label}</span>
            <ul className="origin-documents" aria-label={`Documents from ${group.label}`}>
              {group.documents.map((document) => {
                const passageId = passageIn(document.id)
                return (
                  <li key={document.id}>
                    {passageId ? (
                      <button type="button" className="link-button" onClick={() => onOpenPassage(document.id, passageId)}>
                        {document.title}
                      </button>
                    ) : (
                      document.title
                    )}
                  </li>
                )
              })}
            </ul>
          </li>
        ))}
      </ul>
      {claim.originCount <= 1 ? (
        <p className="field-hint independence-hint">
          <CircleAlert size={12} aria-hidden /> This claim rests on one origin. Look for a second, independent source — another outlet repeating the same memo
          does not count.
        </p>
      ) : (
        <p className="field-hint independence-hint">Documents that repeat one memo count as one origin: set a document’s Origin in its inspector.</p>
      )}
    </section>
  )
}

interface EvidenceListProps {
  title: string
  stance: EvidenceStance
  items: Evidence[]
  claim: Claim
  onOpenPassage(documentId: number, passageId: number): void
}

function EvidenceList({ title, stance, items, claim, onOpenPassage }: EvidenceListProps) {
  const readOnly = useReadOnly()
  const save = useSave()
  const other: EvidenceStance = stance === 'supports' ? 'contradicts' : 'supports'
  return (
    <section className={`evidence-list evidence-${stance}`} aria-label={`${title} evidence`}>
      <h4 className="evidence-title">
        {title} <span className="count">{items.length}</span>
      </h4>
      {items.length === 0 ? (
        <p className="muted small">{stance === 'supports' ? 'Nothing supports it yet.' : 'Nothing contradicts it so far.'}</p>
      ) : (
        <ul className="passage-cards">
          {items.map(({ passage }) => {
            const quote = shorten(passage.exact, 40)
            const page = pageLabel(passage)
            return (
              <li key={passage.id} className="passage-card evidence-card">
                <button type="button" className="passage-card-open" onClick={() => onOpenPassage(passage.documentId, passage.id)} title="Open the document at this passage">
                  <PassageQuote passage={passage} clamp />
                  <span className="passage-card-source">
                    <FileText size={13} aria-hidden /> {passage.documentTitle}
                    {page && <span className="muted"> · {page}</span>}
                  </span>
                </button>
                {!readOnly && (
                  <span className="evidence-actions">
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Count “${quote}” as ${other === 'supports' ? 'supporting' : 'contradicting'}`}
                      title={other === 'supports' ? 'It supports the claim after all' : 'It contradicts the claim after all'}
                      onClick={() =>
                        void save(() => api['claims.addEvidence']({ claimId: claim.id, passageId: passage.id, stance: other }), 'Couldn’t change the evidence.')
                      }
                    >
                      <ArrowLeftRight size={15} aria-hidden />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Remove evidence “${quote}”`}
                      title="Remove from the evidence (the passage stays marked)"
                      onClick={() => void save(() => api['claims.removeEvidence']({ claimId: claim.id, passageId: passage.id }), 'Couldn’t remove the evidence.')}
                    >
                      <X size={15} aria-hidden />
                    </button>
                  </span>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

function ClaimContradictions({ claim, onOpenPassage, onOpenClaim }: { claim: Claim; onOpenPassage(documentId: number, passageId: number): void; onOpenClaim(id: number): void }) {
  const claims = useClaims(undefined, claim.contradictions.some((item) => item.claimIds.some((id) => id !== claim.id)))
  const byId = useMemo(() => new Map((claims.data ?? []).map((item) => [item.id, item])), [claims.data])
  const open = claim.contradictions.filter((item) => item.status === 'open').length
  return (
    <>
      <h3 className="subheading">
        Contradictions <span className={`count ${open ? 'count-alert' : ''}`}>{claim.contradictions.length}</span>
      </h3>
      {claim.contradictions.length === 0 ? (
        <p className="muted small">
          None flagged. When a passage disagrees with this one, select it and choose “Flags a contradiction with…” in the inspector.
        </p>
      ) : (
        <ul className="contradiction-list" aria-label="Contradictions touching this claim">
          {[...claim.contradictions]
            .sort((a, b) => (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1))
            .map((item) => (
              <ContradictionCard key={item.id} contradiction={item} claims={byId} currentClaimId={claim.id} onOpenPassage={onOpenPassage} onOpenClaim={onOpenClaim} />
            ))}
        </ul>
      )}
    </>
  )
}
