// The editor's status board: where the story stands at a glance. Each line gives a figure and
// lists its items on demand; each item opens in one click. Lines that need attention (claims on a
// single origin, open contradictions, sign-offs cleared…) are flagged and start expanded; empty
// lines stay quiet.
import {
  BadgeCheck,
  CalendarX,
  ChevronRight,
  CircleAlert,
  FileOutput,
  Gauge,
  Loader,
  Lock,
  Split,
  TriangleAlert,
  Undo2,
  Waypoints,
  type LucideIcon
} from 'lucide-react'
import { useId, useState } from 'react'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { STATUS_ICONS } from '../../components/StatusBadge'
import { useQuery } from '../../data/useQuery'
import {
  CLAIM_STATUSES,
  CLAIM_STATUS_LABELS,
  QUESTION_STATUSES,
  QUESTION_STATUS_LABELS,
  type CaseStatus,
  type ClaimStatus,
  type StatusItem
} from '../../../../shared/models'
import { formatDate, plural } from '../../lib/format'
import { todayInput } from '../contacts/dates'
import { CLAIM_STATUS_ICONS } from '../claims/labels'

export interface StatusBoardProps {
  onOpenClaim(id: number): void
  onOpenQuestion(id: number): void
  onShowContradictions(): void
  onShowSummary(): void
}

/** attention: flagged when it has items; good: a healthy figure; plain: neither. */
type Tone = 'attention' | 'good' | 'plain'

interface Line {
  key: string
  label: string
  /** How the verdict at the top names it, when the label needs its card for context. */
  short?: string
  /** What the line means, for the flag's tooltip and screen readers. */
  hint?: string
  icon: LucideIcon
  tone: Tone
  items: StatusItem[]
  /** Lines with a figure but no items to list (resolved contradictions). */
  count?: number
  open(id: number): void
  /** Shown under the items: e.g. "Show all contradictions". */
  more?: { label: string; onClick(): void }
  /** A status line: its badge colour. */
  status?: string
}

const CLAIM_TONES: Record<ClaimStatus, Tone> = {
  unverified: 'plain',
  corroborated: 'plain',
  disputed: 'attention',
  false: 'plain',
  verified: 'good'
}

export function StatusBoard({ onOpenClaim, onOpenQuestion, onShowContradictions, onShowSummary }: StatusBoardProps) {
  const [today] = useState(() => todayInput())
  const status = useQuery(() => api['status.get']({ today }), [today])

  if (status.error && !status.data) {
    return (
      <EmptyState icon={CircleAlert} title="The status board couldn’t be read">
        <p>{status.error.message}</p>
      </EmptyState>
    )
  }
  if (!status.data) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Reading where the story stands…
      </div>
    )
  }
  const s = status.data
  const c = s.claims
  const claimTotal = CLAIM_STATUSES.reduce((sum, key) => sum + c.byStatus[key].length, 0)
  const questionTotal = QUESTION_STATUSES.reduce((sum, key) => sum + s.questions.byStatus[key].length, 0)

  // Claim lines that need the editor: flagged when they hold anything.
  const flag = (key: string, label: string, short: string, hint: string, icon: LucideIcon, items: StatusItem[]): Line => ({
    key,
    label,
    short,
    hint,
    icon,
    tone: 'attention',
    items,
    open: onOpenClaim
  })
  const signOff: Line[] = [
    flag('awaiting', 'Awaiting sign-off', 'awaiting sign-off', 'Verified claims no editor has signed off yet', BadgeCheck, c.awaitingSignOff),
    flag('cleared', 'Sign-off cleared', 'sign-offs cleared', 'Signed off, then the claim or its evidence changed: it needs a new sign-off', TriangleAlert, c.signOffCleared),
    flag('sent-back', 'Sent back', 'sent back', 'An editor asked for changes before sign-off', Undo2, c.sentBack),
    { key: 'signed-off', label: 'Signed off', icon: BadgeCheck, tone: 'good', items: c.signedOff, open: onOpenClaim }
  ]
  const risks: Line[] = [
    flag('single-origin', 'Resting on one origin', 'claims resting on one origin', 'All its support traces back to one outlet or one shared origin', Waypoints, c.singleOrigin),
    flag('contradicted', 'With open contradictions', 'claims with open contradictions', 'A passage behind the claim is contradicted, unresolved', Split, c.openContradictions),
    flag('confidential', 'Only confidential sources', 'claims sourced only to confidential contacts', 'Every attributed source is confidential: check how each is described in print', Lock, c.confidentialOnly)
  ]
  const byStatus: Line[] = CLAIM_STATUSES.map((key) => ({
    key: `claim-${key}`,
    label: CLAIM_STATUS_LABELS[key],
    short: `${CLAIM_STATUS_LABELS[key].toLowerCase()} claims`,
    icon: CLAIM_STATUS_ICONS[key],
    tone: CLAIM_TONES[key],
    items: c.byStatus[key],
    open: onOpenClaim,
    status: `claim-${key}`
  }))
  const questions: Line[] = [
    {
      key: 'overdue',
      label: 'Overdue',
      short: 'overdue questions',
      hint: `Questions still open whose due date is before ${formatDate(s.today)}`,
      icon: CalendarX,
      tone: 'attention',
      items: s.questions.overdue,
      open: onOpenQuestion
    },
    ...QUESTION_STATUSES.map((key) => ({
      key: `question-${key}`,
      label: QUESTION_STATUS_LABELS[key],
      icon: STATUS_ICONS[key],
      tone: (key === 'answered' ? 'good' : 'plain') as Tone,
      items: s.questions.byStatus[key],
      open: onOpenQuestion,
      status: `question-${key}`
    }))
  ]
  const contradictions: Line[] = [
    {
      key: 'contradictions-open',
      label: 'Open',
      short: 'open contradictions',
      hint: 'Passages flagged as contradicting each other, not resolved yet',
      icon: Split,
      tone: 'attention',
      items: s.contradictions.open,
      open: () => onShowContradictions(),
      more: { label: 'Show the contradictions', onClick: onShowContradictions }
    },
    { key: 'contradictions-resolved', label: 'Resolved', icon: Split, tone: 'good', items: [], count: s.contradictions.resolved, open: () => onShowContradictions() }
  ]

  const attention = [...signOff, ...risks, ...byStatus, ...questions, ...contradictions].filter((line) => line.tone === 'attention' && line.items.length > 0)

  return (
    <section className="status-board" aria-label="Status board">
      <div className="status-scroll">
        <header className="status-header">
          <div>
            <p className="status-kicker">
              <Gauge size={14} aria-hidden /> Status board
            </p>
            <h2 className="status-title">Where the story stands</h2>
            <p className="status-lede">
              {claimTotal === 0 ? 'No claims marked yet.' : `${plural(claimTotal, 'claim')}: ${c.signedOff.length} signed off, ${c.awaitingSignOff.length} awaiting sign-off.`}{' '}
              {plural(questionTotal, 'question')}, {s.questions.byStatus.open.length + s.questions.byStatus.in_progress.length} still open.
            </p>
          </div>
          <button type="button" className="button" onClick={onShowSummary}>
            <FileOutput size={16} aria-hidden /> Summary &amp; export
          </button>
        </header>

        <Verdict attention={attention} />

        {claimTotal > 0 && <ClaimBar status={s} total={claimTotal} />}

        <div className="status-grid">
          <StatusCard title="Editor’s sign-off" lines={signOff} empty="No verified claim to sign off yet." />
          <StatusCard title="Sourcing risks" lines={risks} empty="No claim rests on one origin, on confidential sources only, or on contradicted passages." />
          <StatusCard title="Claims by status" lines={byStatus} figure={claimTotal} empty="No claims marked yet. Select text in a document and choose Mark as claim." />
          <StatusCard title="Questions" lines={questions} figure={questionTotal} empty="No questions raised yet." />
          <StatusCard title="Contradictions" lines={contradictions} empty="No passages flagged as contradicting each other." />
        </div>
      </div>
    </section>
  )
}

/** What needs attention, in one line: each flag jumps to its line on the board. */
function Verdict({ attention }: { attention: Line[] }) {
  if (attention.length === 0) {
    return (
      <p className="status-verdict status-verdict-clear">
        <BadgeCheck size={15} aria-hidden /> Nothing needs attention.
      </p>
    )
  }
  return (
    <div className="status-verdict status-verdict-attention">
      <TriangleAlert size={15} aria-hidden />
      <p className="status-verdict-text">{attention.length === 1 ? 'One line needs attention:' : `${attention.length} lines need attention:`}</p>
      <ul className="status-flags" aria-label="Needs attention">
        {attention.map((line) => (
          <li key={line.key}>
            <button
              type="button"
              className="status-flag"
              onClick={() => {
                const target = document.getElementById(lineId(line))
                target?.scrollIntoView({ block: 'center', behavior: 'smooth' })
                target?.focus({ preventScroll: true })
              }}
            >
              {capitalised(line.short ?? line.label)} <span className="status-flag-figure">{line.items.length}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

const lineId = (line: Line) => `status-line-${line.key}`

/** The claims by status as one proportional bar; the lines below carry the same figures in words. */
function ClaimBar({ status, total }: { status: CaseStatus; total: number }) {
  return (
    <div className="status-bar" aria-hidden>
      {CLAIM_STATUSES.map((key) => {
        const count = status.claims.byStatus[key].length
        if (count === 0) return null
        return (
          <span key={key} className={`status-bar-segment status-bar-${key}`} style={{ flexGrow: count }} title={`${CLAIM_STATUS_LABELS[key]}: ${count} of ${total}`}>
            {CLAIM_STATUS_LABELS[key]} {count}
          </span>
        )
      })}
    </div>
  )
}

/** A group of lines; when every figure is zero, one quiet sentence instead of a column of zeros. */
function StatusCard({ title, lines, figure, empty }: { title: string; lines: Line[]; figure?: number; empty: string }) {
  const headingId = useId()
  const allZero = lines.every((line) => (line.count ?? line.items.length) === 0)
  return (
    <section className={`status-card ${allZero ? 'status-card-empty' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="status-card-title">
        {title}
        {figure !== undefined && <span className="count">{figure}</span>}
      </h3>
      {allZero ? (
        <p className="status-card-none">{empty}</p>
      ) : (
        <ul className="status-lines">
          {lines.map((line) => (
            <StatusLine key={line.key} line={line} />
          ))}
        </ul>
      )}
    </section>
  )
}

function StatusLine({ line }: { line: Line }) {
  const count = line.count ?? line.items.length
  const flagged = line.tone === 'attention' && count > 0
  const [expanded, setExpanded] = useState(flagged && line.items.length <= 5)
  const listId = useId()
  const Icon = line.icon
  const tone = count === 0 ? 'quiet' : line.tone
  const label = (
    <>
      <Icon size={15} aria-hidden className={`status-line-icon ${line.status ? `status-icon-${line.status}` : ''}`} />
      <span className="status-line-label">{line.label}</span>
      {flagged && <span className="visually-hidden"> (needs attention)</span>}
      <span className="status-figure">{count}</span>
    </>
  )

  if (line.items.length === 0) {
    return (
      <li className={`status-line status-line-${tone}`} title={line.hint}>
        <span className="status-line-row">
          <span className="status-chevron-space" aria-hidden />
          {label}
        </span>
      </li>
    )
  }
  return (
    <li className={`status-line status-line-${tone}`}>
      <button
        type="button"
        id={lineId(line)}
        className="status-line-row status-line-toggle"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        title={line.hint}
        onClick={() => setExpanded((value) => !value)}
      >
        <ChevronRight size={14} aria-hidden className="status-chevron" />
        {label}
      </button>
      {expanded && (
        <ul id={listId} className="status-items" aria-label={line.label}>
          {line.items.map((item) => (
            <li key={item.id}>
              <button type="button" className="status-item" onClick={() => line.open(item.id)}>
                {item.title}
              </button>
            </li>
          ))}
          {line.more && (
            <li>
              <button type="button" className="link-button status-more" onClick={line.more.onClick}>
                {line.more.label}
              </button>
            </li>
          )}
        </ul>
      )}
    </li>
  )
}
