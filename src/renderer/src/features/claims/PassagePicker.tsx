// Pick one of the case's marked passages, grouped by document and filtered as you type: the claim
// view's "Add evidence" and the inspector's "Flags a contradiction with…" both use it. What else the
// choice needs (a stance, a note) comes in as children, above the list.
import { FileText } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'
import type { Passage } from '../../../../shared/models'
import { PassageQuote } from '../questions/PassageQuote'
import { useAllPassages } from './data'
import { ClaimStatusBadge, pageLabel } from './labels'
import { FilterField } from '../../components/FilterField'

interface PassagePickerDialogProps {
  title: string
  description?: ReactNode
  /** Documents whose passages are not offered (a claim's own document). */
  excludeDocumentIds?: readonly number[]
  excludePassageIds?: readonly number[]
  /** What the pick needs besides the passage (stance, note), shown above the list. */
  children?: ReactNode
  /** Said when no document offers a passage at all. */
  emptyHint: string
  onPick(passage: Passage): void
  onClose(): void
}

export function PassagePickerDialog(props: PassagePickerDialogProps) {
  const { excludeDocumentIds = [], excludePassageIds = [] } = props
  const all = useAllPassages()
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLocaleLowerCase()
  const offered = (all.data ?? [])
    .filter((group) => !excludeDocumentIds.includes(group.document.id))
    .map((group) => ({ ...group, passages: group.passages.filter((passage) => !excludePassageIds.includes(passage.id)) }))
    .filter((group) => group.passages.length > 0)
  const groups = needle
    ? offered
        .map((group) =>
          group.document.title.toLocaleLowerCase().includes(needle)
            ? group
            : { ...group, passages: group.passages.filter((passage) => passage.exact.toLocaleLowerCase().includes(needle)) }
        )
        .filter((group) => group.passages.length > 0)
    : offered

  return (
    <Dialog
      title={props.title}
      description={props.description}
      onClose={props.onClose}
      className="dialog-wide"
      actions={
        <button type="button" className="button" onClick={props.onClose}>
          Cancel
        </button>
      }
    >
      {props.children}
      <FilterField
        label="Filter passages"
        placeholder="Filter passages or documents"
        value={filter}
        onChange={setFilter}
        autoFocus
      />
      {!all.data ? (
        <p className="muted" role="status">
          Loading passages…
        </p>
      ) : offered.length === 0 ? (
        <p className="muted">{props.emptyHint}</p>
      ) : groups.length === 0 ? (
        <p className="muted">No passage matches that filter.</p>
      ) : (
        <div className="passage-picker">
          {groups.map(({ document, passages }) => (
            <section key={document.id} className="passage-picker-group" aria-label={document.title}>
              <h3 className="passage-picker-document">
                <FileText size={13} aria-hidden /> {document.title}
              </h3>
              <ul className="picker-list passage-picker-list" aria-label={`Passages in ${document.title}`}>
                {passages.map((passage) => (
                  <li key={passage.id}>
                    <button type="button" className="picker-row passage-picker-row" onClick={() => props.onPick(passage)}>
                      <PassageQuote passage={passage} clamp />
                      <span className="passage-picker-meta">
                        {pageLabel(passage) && <span className="muted small">{pageLabel(passage)}</span>}
                        {passage.claimStatus && <ClaimStatusBadge status={passage.claimStatus} />}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Dialog>
  )
}

/** Supports / Contradicts, as radio buttons (the evidence dialogs). */
export function StanceChoice({ stance, onChange }: { stance: 'supports' | 'contradicts'; onChange(stance: 'supports' | 'contradicts'): void }) {
  return (
    <fieldset className="radio-row stance-choice">
      <legend className="field-label">Stance</legend>
      <label className="radio-option">
        <input type="radio" name="evidence-stance" value="supports" checked={stance === 'supports'} onChange={() => onChange('supports')} />
        Supports
      </label>
      <label className="radio-option">
        <input type="radio" name="evidence-stance" value="contradicts" checked={stance === 'contradicts'} onChange={() => onChange('contradicts')} />
        Contradicts
      </label>
    </fieldset>
  )
}
