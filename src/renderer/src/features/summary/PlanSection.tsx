// One section of the summary plan (or the claims not placed in any): its title and prose, which
// save themselves, its place among the sections, and its claims with their inclusion and moves.
import { ArrowDown, ArrowUp, ChevronDown, ChevronUp, CircleCheck, CircleMinus, Trash2 } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { TextField } from '../../components/Fields'
import { useSave } from '../../data/useSave'
import type { ClaimSummary, ExportChoice, SummarySection } from '../../../../shared/models'
import { plural, shorten } from '../../lib/format'
import { ClaimStatusBadge, ReviewMark } from '../claims/labels'
import { moveSection, moveTo, moveWithin, type PlanGroup, type Placement } from './plan'

interface PlanSectionProps {
  group: PlanGroup
  groups: PlanGroup[]
  sections: SummarySection[]
  /** First and last of the sections (the unplaced group is never moved). */
  first: boolean
  last: boolean
  readOnly: boolean
  /** The "every claim" export option is on: every claim not excluded goes in. */
  allClaims: boolean
  onOpenClaim(id: number): void
  onArrange(placement: Placement): Promise<boolean>
  onOrderSections(sectionIds: number[]): Promise<boolean>
}

export function PlanSection(props: PlanSectionProps) {
  const { group, readOnly } = props
  const { section } = group
  const save = useSave()
  const headingId = useId()
  const [deleting, setDeleting] = useState(false)
  const position = props.sections.findIndex((other) => other.id === section?.id)
  const moves = useKeepFocus(position)

  return (
    <section className={`plan-section ${section ? '' : 'plan-section-unplaced'}`} aria-labelledby={headingId}>
      <div className="plan-section-head">
        <h3 id={headingId} className="plan-section-title">
          {section ? section.title : 'Not in a section'}
          <span className="count">{group.claims.length}</span>
        </h3>
        {section && !readOnly && (
          <div className="plan-section-actions">
            <button
              type="button"
              className="icon-button"
              aria-label={`Move section “${section.title}” up`}
              title="Move section up"
              disabled={props.first}
              ref={moves.up}
              onClick={() => {
                const order = moveSection(props.sections, section.id, -1)
                if (order) void props.onOrderSections(order).then(() => moves.moved('up'))
              }}
            >
              <ChevronUp size={16} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Move section “${section.title}” down`}
              title="Move section down"
              disabled={props.last}
              ref={moves.down}
              onClick={() => {
                const order = moveSection(props.sections, section.id, 1)
                if (order) void props.onOrderSections(order).then(() => moves.moved('down'))
              }}
            >
              <ChevronDown size={16} aria-hidden />
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={`Delete section “${section.title}”`}
              title="Delete section (its claims stay, not in a section)"
              onClick={() => setDeleting(true)}
            >
              <Trash2 size={15} aria-hidden />
            </button>
          </div>
        )}
      </div>
      {section && !readOnly && (
        <div className="plan-section-fields">
          <TextField
            label="Section title"
            value={section.title}
            required
            onSave={(title) => save(() => api['summary.updateSection']({ id: section.id, title }), 'Couldn’t rename the section.')}
          />
          <ProseField section={section} />
        </div>
      )}
      {section && readOnly && section.prose && <p className="plan-prose-readonly">{section.prose}</p>}
      {!section && (
        <p className="muted small plan-unplaced-hint">
          {group.claims.length === 0
            ? 'Every claim has a section.'
            : props.sections.length === 0
              ? 'Exported under “Findings”. Add sections to group the claims and introduce them with your prose.'
              : 'Exported under “Findings”, after the sections. Move them into a section to place them.'}
        </p>
      )}
      {group.claims.length > 0 ? (
        <ol className="plan-claims" aria-label={section ? `Claims in “${section.title}”` : 'Claims not in a section'}>
          {group.claims.map((claim, index) => (
            <PlanClaim key={claim.id} claim={claim} index={index} {...props} />
          ))}
        </ol>
      ) : (
        section && <p className="muted small plan-empty">No claims here yet. Move claims in with “Section” beside each claim.</p>
      )}
      {deleting && section && (
        <ConfirmDialog
          title="Delete this section?"
          confirmLabel="Delete section"
          onClose={() => setDeleting(false)}
          onConfirm={async () => {
            setDeleting(false)
            await save(() => api['summary.deleteSection']({ id: section.id }), 'Couldn’t delete the section.')
          }}
        >
          <p>
            “{section.title}” and its prose go.
            {group.claims.length > 0 ? ` Its ${plural(group.claims.length, 'claim')} stay, under “Not in a section”.` : ''}
          </p>
        </ConfirmDialog>
      )}
    </section>
  )
}

/**
 * Keeps keyboard focus on a Move up/down button while its row changes place (the DOM node moves,
 * which drops focus); at the top or bottom, focus goes to the other button, which is still enabled.
 */
function useKeepFocus(position: number) {
  const up = useRef<HTMLButtonElement>(null)
  const down = useRef<HTMLButtonElement>(null)
  const pending = useRef<'up' | 'down' | null>(null)
  useEffect(() => {
    const wanted = pending.current
    if (!wanted) return
    pending.current = null
    const first = wanted === 'up' ? up.current : down.current
    const other = wanted === 'up' ? down.current : up.current
    ;(first && !first.disabled ? first : other)?.focus()
  }, [position])
  return { up, down, moved: (direction: 'up' | 'down') => (pending.current = direction) }
}

/** The section's prose: saves a moment after typing stops, and on leaving the field. */
function ProseField({ section }: { section: SummarySection }) {
  const id = useId()
  const save = useSave()
  const [draft, setDraft] = useState(section.prose)
  const [focused, setFocused] = useState(false)
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle')
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const saved = useRef(section.prose)

  useEffect(() => {
    saved.current = section.prose
    if (!focused) setDraft(section.prose)
  }, [section.prose, focused])
  useEffect(() => () => clearTimeout(timer.current), [])

  const commit = async (text: string) => {
    clearTimeout(timer.current)
    if (text === saved.current) return
    setState('saving')
    const ok = await save(() => api['summary.updateSection']({ id: section.id, prose: text }), 'Couldn’t save the section’s prose.')
    if (ok) saved.current = text
    setState(ok ? 'saved' : 'idle')
  }

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Prose before the claims
        {state !== 'idle' && (
          <span className="field-saved" role="status">
            {state === 'saving' ? 'Saving…' : 'Saved'}
          </span>
        )}
      </label>
      <textarea
        id={id}
        className="input"
        rows={Math.min(14, Math.max(3, draft.split('\n').length + Math.floor(draft.length / 80) + 1))}
        value={draft}
        placeholder="Set the scene for this section’s claims. Blank lines start new paragraphs."
        onFocus={() => setFocused(true)}
        onChange={(event) => {
          const text = event.target.value
          setDraft(text)
          setState('idle')
          clearTimeout(timer.current)
          timer.current = setTimeout(() => void commit(text), 900)
        }}
        onBlur={() => {
          setFocused(false)
          void commit(draft)
        }}
      />
    </div>
  )
}

const CHOICE_OPTIONS: { value: ExportChoice; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'include', label: 'Include' },
  { value: 'exclude', label: 'Exclude' }
]

function PlanClaim({ claim, index, group, groups, readOnly, allClaims, onOpenClaim, onArrange }: PlanSectionProps & { claim: ClaimSummary; index: number }) {
  const save = useSave()
  const name = shorten(claim.statement, 50)
  const moves = useKeepFocus(index)
  // "Every claim" exports all of them, drafts marked as such; otherwise the plan's choice decides.
  const goesIn = allClaims || claim.included
  const why =
    claim.included
      ? claim.exportChoice === 'include'
        ? 'included by choice'
        : 'verified and signed off'
      : allClaims
        ? 'as a draft, with “every claim”'
        : claim.exportChoice === 'exclude'
          ? 'excluded'
          : claim.status !== 'verified'
            ? 'not verified yet'
            : 'not signed off yet'
  return (
    <li className={`plan-claim ${goesIn ? 'plan-claim-in' : 'plan-claim-out'}`}>
      <span className="plan-claim-number" aria-hidden>
        {index + 1}
      </span>
      <div className="plan-claim-main">
        <button type="button" className="plan-claim-open" onClick={() => onOpenClaim(claim.id)} title="Open the claim">
          {claim.statement}
        </button>
        <span className="plan-claim-meta">
          <ClaimStatusBadge status={claim.status} />
          <ReviewMark review={claim.review} />
          <span className={`plan-inclusion ${goesIn ? 'plan-inclusion-in' : 'plan-inclusion-out'}`}>
            {goesIn ? <CircleCheck size={13} aria-hidden /> : <CircleMinus size={13} aria-hidden />}
            {goesIn ? 'Exported' : 'Left out'}
            <span className="muted"> — {why}</span>
          </span>
        </span>
      </div>
      <div className="plan-claim-controls">
        <label className="plan-control">
          <span className="plan-control-label">In summary</span>
          <select
            className="input input-compact"
            aria-label={`Include “${name}”`}
            value={claim.exportChoice}
            disabled={readOnly}
            title="Auto: included once verified and signed off"
            onChange={(event) =>
              void save(() => api['claims.update']({ id: claim.id, exportChoice: event.target.value as ExportChoice }), 'Couldn’t change what the summary includes.')
            }
          >
            {CHOICE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        {!readOnly && (
          <>
            <label className="plan-control">
              <span className="plan-control-label">Section</span>
              <select
                className="input input-compact"
                aria-label={`Section of “${name}”`}
                value={group.section ? String(group.section.id) : ''}
                onChange={(event) => {
                  const placement = moveTo(groups, claim.id, event.target.value ? Number(event.target.value) : null)
                  if (placement) void onArrange(placement)
                }}
              >
                {groups.map((other) => (
                  <option key={other.section?.id ?? 'none'} value={other.section ? String(other.section.id) : ''}>
                    {other.section ? shorten(other.section.title, 40) : 'Not in a section'}
                  </option>
                ))}
              </select>
            </label>
            <span className="plan-claim-moves">
              <button
                type="button"
                className="icon-button"
                aria-label={`Move “${name}” up`}
                title="Move up"
                disabled={index === 0}
                ref={moves.up}
                onClick={() => {
                  const placement = moveWithin(group, claim.id, -1)
                  if (placement) void onArrange(placement).then(() => moves.moved('up'))
                }}
              >
                <ArrowUp size={15} aria-hidden />
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move “${name}” down`}
                title="Move down"
                disabled={index === group.claims.length - 1}
                ref={moves.down}
                onClick={() => {
                  const placement = moveWithin(group, claim.id, 1)
                  if (placement) void onArrange(placement).then(() => moves.moved('down'))
                }}
              >
                <ArrowDown size={15} aria-hidden />
              </button>
            </span>
          </>
        )}
      </div>
    </li>
  )
}
