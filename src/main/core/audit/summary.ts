// One sentence per audit entry, from its action and detail, as seen from the item whose history is
// shown ("Linked passage #12" on the question, "Linked to question #3" on the passage). Built only
// from what the log holds, which never includes a contact's identifying values: a withheld change
// reads "Name changed".
import {
  CLAIM_STATUS_LABELS,
  QUESTION_STATUS_LABELS,
  SOURCING_TERMS_LABELS,
  type AuditItemType
} from '../../../shared/models'

export interface AuditRow {
  itemType: AuditItemType
  itemId: number
  action: string
  relatedType: AuditItemType | null
  relatedId: number | null
  detail: Record<string, unknown>
}

type Labels = Record<string, string>

const PRIORITY_LABELS: Labels = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' }
const KIND_LABELS: Labels = { person: 'person', organization: 'organisation' }
const CHANNEL_LABELS: Labels = { phone: 'Phone', email: 'Email', signal: 'Signal', other: 'Other' }
const EXPORT_CHOICE_LABELS: Labels = { auto: 'Automatic', include: 'Always include', exclude: 'Leave out' }
const STANCE_LABELS: Labels = { supports: 'supporting', contradicts: 'contradicting' }
const ROLE_LABELS: Labels = { quote: 'a quote', mention: 'a mention' }
const CONTRADICTION_STATUS_LABELS: Labels = { open: 'Open', resolved: 'Resolved' }

const REASONS: Labels = {
  passage_deleted: 'the passage was deleted',
  question_deleted: 'the question was deleted',
  claim_deleted: 'the claim was deleted',
  contact_deleted: 'the contact was deleted',
  document_deleted: 'its document was deleted'
}

/** How a column's change reads: its label, how its values show ('text' quotes them; 'hidden' never shows them). */
interface Field {
  label: string
  values?: Labels | 'text' | 'plain' | 'hidden' | 'ref'
}

const FIELDS: Record<string, Field> = {
  statement: { label: 'Statement', values: 'text' },
  title: { label: 'Title', values: 'text' },
  note: { label: 'Note', values: 'text' },
  notes: { label: 'Notes', values: 'hidden' },
  priority: { label: 'Priority', values: PRIORITY_LABELS },
  assignee: { label: 'Assignee', values: 'plain' },
  due_date: { label: 'Due date', values: 'plain' },
  export_choice: { label: 'Summary choice', values: EXPORT_CHOICE_LABELS },
  section_id: { label: 'Summary section', values: 'ref' },
  passage_id: { label: 'Passage', values: 'ref' },
  document_id: { label: 'Document', values: 'ref' },
  start_offset: { label: 'Start', values: 'plain' },
  end_offset: { label: 'End', values: 'plain' },
  page_index: { label: 'Page', values: 'plain' },
  kind: { label: 'Kind', values: KIND_LABELS },
  name: { label: 'Name' },
  role: { label: 'Role' },
  description: { label: 'Description' },
  terms: { label: 'Terms', values: SOURCING_TERMS_LABELS },
  affiliation_id: { label: 'Affiliation', values: 'ref' },
  date: { label: 'Date', values: 'plain' },
  channel: { label: 'Channel', values: CHANNEL_LABELS },
  type: { label: 'Type', values: CHANNEL_LABELS },
  value: { label: 'Value' },
  summary: { label: 'Summary' },
  outcome: { label: 'Outcome' },
  follow_up_by: { label: 'Follow-up date', values: 'plain' },
  contact_id: { label: 'Contact', values: 'ref' },
  stance: { label: 'Stance', values: STANCE_LABELS },
  cleared_at: { label: 'Cleared', values: 'plain' }
}

function statusLabels(itemType: AuditItemType): Labels {
  if (itemType === 'claim') return CLAIM_STATUS_LABELS
  if (itemType === 'question') return QUESTION_STATUS_LABELS
  return CONTRADICTION_STATUS_LABELS
}

function fieldOf(itemType: AuditItemType, column: string): Field {
  if (column === 'status') return { label: 'Status', values: statusLabels(itemType) }
  return FIELDS[column] ?? { label: sentenceCase(column), values: 'plain' }
}

const MAX_QUOTE = 80

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return `“${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat}”`
}

function sentenceCase(text: string): string {
  const words = text.replace(/_/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

function shown(field: Field, value: unknown, column: string): string {
  const values = field.values ?? 'hidden'
  if (values === 'text') return quote(String(value))
  if (values === 'ref') return refLabel(column, Number(value))
  if (typeof values === 'object') return values[String(value)] ?? String(value)
  return String(value)
}

function refLabel(column: string, id: number): string {
  if (column === 'section_id') return `section #${id}`
  if (column === 'document_id') return `document #${id}`
  if (column === 'passage_id') return `passage #${id}`
  return `contact #${id}`
}

/** "Status changed from Unverified to Verified", "Assignee cleared", "Name changed". */
function changeSentence(itemType: AuditItemType, column: string, change: unknown): string {
  const field = fieldOf(itemType, column)
  if (!Array.isArray(change) || field.values === undefined || field.values === 'hidden') return `${field.label} changed`
  const [before, after] = change as unknown[]
  if (isEmpty(after)) return `${field.label} cleared`
  if (isEmpty(before)) return `${field.label} set to ${shown(field, after, column)}`
  if (field.values === 'text') return `${field.label} changed to ${shown(field, after, column)}`
  return `${field.label} changed from ${shown(field, before, column)} to ${shown(field, after, column)}`
}

const CONTEXT_KEYS = new Set(['interaction_id', 'review_id', 'reason'])

function changes(itemType: AuditItemType, detail: Record<string, unknown>): string {
  const sentences = Object.entries(detail)
    .filter(([key]) => !CONTEXT_KEYS.has(key))
    .map(([column, change]) => changeSentence(itemType, column, change))
  return sentences.length ? sentences.join('; ') : 'Updated'
}

const text = (value: unknown) => (typeof value === 'string' ? value : '')
const ref = (type: AuditItemType | null, id: number | null) => `${type ?? 'item'} #${id ?? '?'}`
const because = (detail: Record<string, unknown>) => {
  const reason = REASONS[text(detail.reason)]
  return reason ? ` (${reason})` : ''
}

/**
 * The entry's sentence for the history of `viewer`. An entry shows on the item it is about and on
 * the item on the other side of a link; the wording follows the side being looked at.
 */
export function summarize(row: AuditRow, viewer: { type: AuditItemType; id: number }): string {
  const { detail } = row
  const own = row.itemType === viewer.type && row.itemId === viewer.id
  const other = own ? ref(row.relatedType, row.relatedId) : ref(row.itemType, row.itemId)

  switch (row.action) {
    case 'created':
      return created(row, own)
    case 'deleted':
      return deleted(row, own)
    case 'updated':
      return own ? changes(row.itemType, detail) : `${sentenceCase(ref(row.itemType, row.itemId))}: ${changes(row.itemType, detail)}`
    case 'linked': {
      const via = detail.interaction_id === undefined ? '' : ' through an interaction'
      const as = detail.role ? ` as ${ROLE_LABELS[text(detail.role)] ?? text(detail.role)}` : ''
      return own ? `Linked ${other}${as}${via}` : `Linked to ${other}${as}${via}`
    }
    case 'unlinked': {
      const via = detail.interaction_id === undefined ? '' : ' (from an interaction)'
      return (own ? `Unlinked ${other}` : `Unlinked from ${other}`) + via + because(detail)
    }
    case 'link_changed': {
      const role = Array.isArray(detail.role) ? (ROLE_LABELS[text(detail.role[1])] ?? text(detail.role[1])) : 'changed'
      return `Link to ${other} is now ${role}`
    }
    case 'evidence_added': {
      const stance = STANCE_LABELS[text(detail.stance)] ?? ''
      return own ? `Added ${other} as ${stance} evidence` : `Added as ${stance} evidence to ${other}`
    }
    case 'evidence_removed': {
      const stance = STANCE_LABELS[text(detail.stance)] ?? ''
      return (own ? `Removed ${other} from the ${stance} evidence` : `Removed from the ${stance} evidence of ${other}`) + because(detail)
    }
    case 'evidence_changed': {
      const [before, after] = Array.isArray(detail.stance) ? detail.stance : []
      const change = `from ${STANCE_LABELS[text(before)] ?? '?'} to ${STANCE_LABELS[text(after)] ?? '?'}`
      return own ? `Evidence ${other} changed ${change}` : `Changed ${change} evidence for ${other}`
    }
    case 'signed_off':
    case 'sent_back': {
      const verb = row.action === 'signed_off' ? 'Signed off' : 'Sent back'
      const note = text(detail.note)
      return `${verb} by ${text(detail.reviewer) || 'an editor'}${note ? `: ${quote(note)}` : ''}`
    }
    case 'signoff_cleared':
      return `Sign-off cleared${text(detail.reason) ? `: ${text(detail.reason).replace(/\.$/, '')}` : ''}`
    case 'alias_added':
      return 'Alias added'
    case 'alias_removed':
      return 'Alias removed'
    case 'channel_added':
      return `${CHANNEL_LABELS[text(detail.type)] ?? 'Contact'} channel added`
    case 'channel_removed':
      return `${CHANNEL_LABELS[text(detail.type)] ?? 'Contact'} channel removed`
    case 'channel_changed':
      return `Channel changed: ${changes(row.itemType, detail)}`
    case 'interaction_logged':
      return `Logged an interaction (${interactionLabel(detail)})`
    case 'interaction_updated':
      return `Interaction updated: ${changes(row.itemType, detail)}`
    case 'interaction_deleted':
      return `Deleted an interaction (${interactionLabel(detail)})`
    default:
      return sentenceCase(row.action)
  }
}

const interactionLabel = (detail: Record<string, unknown>) =>
  [CHANNEL_LABELS[text(detail.channel)], text(detail.date)].filter(Boolean).join(', ')

function created(row: AuditRow, own: boolean): string {
  const { detail } = row
  switch (row.itemType) {
    case 'claim':
      return own
        ? `Marked as a claim (${CLAIM_STATUS_LABELS[text(detail.status) as keyof typeof CLAIM_STATUS_LABELS] ?? 'Unverified'}): ${quote(text(detail.statement))}`
        : `Marked as ${ref(row.itemType, row.itemId)}`
    case 'question':
      return `Created ${quote(text(detail.title))}`
    case 'passage':
      return `Highlighted in document #${String(detail.document_id)}`
    case 'contact':
      return `Added as ${detail.kind === 'organization' ? 'an organisation' : 'a person'} (${
        SOURCING_TERMS_LABELS[text(detail.terms) as keyof typeof SOURCING_TERMS_LABELS] ?? 'On the record'
      })`
    case 'contradiction': {
      const between = `passage #${String(detail.passage_a)} and passage #${String(detail.passage_b)}`
      const note = text(detail.note)
      return `Flagged a contradiction between ${between}${note ? `: ${quote(note)}` : ''}` + (own ? '' : ` (${ref(row.itemType, row.itemId)})`)
    }
  }
}

function deleted(row: AuditRow, own: boolean): string {
  const { detail } = row
  const suffix = because(detail)
  switch (row.itemType) {
    case 'claim':
      return (own ? `Claim deleted: ${quote(text(detail.statement))}` : `${sentenceCase(ref(row.itemType, row.itemId))} deleted`) + suffix
    case 'question':
      return `Deleted ${quote(text(detail.title))}`
    case 'contradiction':
      return (own ? 'Contradiction removed' : `${sentenceCase(ref(row.itemType, row.itemId))} removed`) + suffix
    default:
      return `Deleted${suffix}`
  }
}
