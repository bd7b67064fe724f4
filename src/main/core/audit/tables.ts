// What the audit log records, table by table. triggers.ts turns each description into TEMP triggers.
// Every entry names one item (and, for links, the item on the other side); its detail holds the
// values that changed, except for a contact's identifying fields, whose values are never recorded.
import type { AuditItemType } from '../../../shared/models'

/** The row a trigger sees: NEW after an insert or update, OLD before a delete or update. */
export type Row = 'NEW' | 'OLD'

/** An item an entry is about: its type and the SQL giving its id from the changed row. */
export interface Side {
  type: AuditItemType
  id: (row: Row) => string
}

/** SQL expressions whose values go into an entry's detail, by key. */
export type DetailSql = (row: Row) => Record<string, string>

export interface AuditedTable {
  table: string
  item: Side
  /** The other side of a link (a passage linked to a question): the entry shows on both items. */
  related?: Side
  /** SQL expressions for the action of each kind of change ('created' is written "'created'"). */
  actions: { insert?: string; update?: string; delete?: string }
  /** Columns whose changes are recorded, as [old, new]. */
  columns?: string[]
  /** Of those, the ones whose values are never recorded: their change is, as {column: null}. */
  withheld?: string[]
  /** Columns recorded as they were on insert and on delete (never withheld ones). */
  snapshot?: string[]
  /** Detail every entry of this table carries (which interaction a change was to). */
  context?: DetailSql
  /** Replaces the column changes on update (a review's clearing records its reason, not columns). */
  updateDetail?: DetailSql
  /** Extra conditions, per kind of change. */
  when?: { insert?: string; update?: string; delete?: string }
  /**
   * Why a row went with something else (a cascade): tables whose row, when gone, explains it.
   * [parent table, column of this table pointing to it, reason recorded].
   */
  reasons?: [string, string, string][]
  /**
   * Rows their repository rewrites wholesale (delete all, insert again). A row deleted and put back
   * in the same write is no change: its removal entry is withdrawn. `owner` is the table whose
   * insert or update starts such a write (and so forgets what the last one left pending).
   */
  rewritten?: { owner: string; ownerId: (row: Row) => string; key: (row: Row) => string }
}

const literal = (text: string) => `'${text}'`
const self = (type: AuditItemType): Side => ({ type, id: (row) => `${row}.id` })
const column = (type: AuditItemType, name: string): Side => ({ type, id: (row) => `${row}.${name}` })
const exists = (table: string, id: string) => `EXISTS (SELECT 1 FROM ${table} WHERE id = ${id})`

// A contact's child rows (aliases, channels, interactions) go with the contact: its 'deleted' entry
// says it all, so their cascaded deletions are not recorded one by one.
const contactStillThere = exists('contacts', 'OLD.contact_id')

const interactionContact = (row: Row) => `(SELECT contact_id FROM interactions WHERE id = ${row}.interaction_id)`

export const AUDITED_TABLES: AuditedTable[] = [
  {
    table: 'claims',
    item: self('claim'),
    related: column('passage', 'passage_id'),
    actions: { insert: literal('created'), update: literal('updated'), delete: literal('deleted') },
    // section_position is left out: reordering a section would log every claim in it.
    columns: ['statement', 'status', 'notes', 'export_choice', 'section_id', 'passage_id'],
    snapshot: ['statement', 'status'],
    reasons: [['passages', 'passage_id', 'passage_deleted']]
  },
  {
    table: 'claim_evidence',
    item: column('claim', 'claim_id'),
    related: column('passage', 'passage_id'),
    actions: { insert: literal('evidence_added'), update: literal('evidence_changed'), delete: literal('evidence_removed') },
    columns: ['stance'],
    snapshot: ['stance'],
    reasons: [
      ['claims', 'claim_id', 'claim_deleted'],
      ['passages', 'passage_id', 'passage_deleted']
    ]
  },
  {
    table: 'contradictions',
    item: self('contradiction'),
    related: column('passage', 'passage_a'),
    actions: { insert: literal('created'), update: literal('updated'), delete: literal('deleted') },
    columns: ['status', 'note'],
    snapshot: ['passage_a', 'passage_b', 'status', 'note'],
    reasons: [
      ['passages', 'passage_a', 'passage_deleted'],
      ['passages', 'passage_b', 'passage_deleted']
    ]
  },
  {
    // A review is an entry on its claim: the decision when made, and its clearing when the claim or
    // its evidence changed afterwards (the clearing triggers of migration 0006 set cleared_at).
    table: 'reviews',
    item: column('claim', 'claim_id'),
    actions: { insert: 'NEW.decision', update: literal('signoff_cleared') },
    columns: ['cleared_at'],
    snapshot: ['reviewer', 'note'],
    context: (row) => ({ review_id: `${row}.id` }),
    updateDetail: (row) => ({ reason: `${row}.cleared_reason` }),
    when: { update: `OLD.cleared_at IS NULL AND NEW.cleared_at IS NOT NULL AND ${exists('claims', 'NEW.claim_id')}` }
  },
  {
    table: 'questions',
    item: self('question'),
    actions: { insert: literal('created'), update: literal('updated'), delete: literal('deleted') },
    columns: ['title', 'notes', 'status', 'priority', 'assignee', 'due_date'],
    snapshot: ['title', 'status', 'priority']
  },
  {
    table: 'question_passages',
    item: column('question', 'question_id'),
    related: column('passage', 'passage_id'),
    actions: { insert: literal('linked'), delete: literal('unlinked') },
    reasons: [
      ['questions', 'question_id', 'question_deleted'],
      ['passages', 'passage_id', 'passage_deleted']
    ]
  },
  {
    // Passages hold document text, which may name a confidential source: only where they are is recorded.
    table: 'passages',
    item: self('passage'),
    actions: { insert: literal('created'), update: literal('updated'), delete: literal('deleted') },
    columns: ['document_id', 'start_offset', 'end_offset', 'page_index'],
    snapshot: ['document_id', 'start_offset', 'end_offset', 'page_index'],
    reasons: [['documents', 'document_id', 'document_deleted']]
  },
  {
    table: 'contacts',
    item: self('contact'),
    actions: { insert: literal('created'), update: literal('updated'), delete: literal('deleted') },
    columns: ['kind', 'name', 'role', 'affiliation_id', 'notes', 'terms', 'description'],
    withheld: ['name', 'role', 'notes', 'description'],
    snapshot: ['kind', 'terms']
  },
  {
    table: 'contact_aliases',
    item: column('contact', 'contact_id'),
    actions: { insert: literal('alias_added'), delete: literal('alias_removed') },
    when: { delete: contactStillThere },
    rewritten: { owner: 'contacts', ownerId: (row) => `${row}.contact_id`, key: (row) => `${row}.alias` }
  },
  {
    table: 'contact_channels',
    item: column('contact', 'contact_id'),
    actions: { insert: literal('channel_added'), update: literal('channel_changed'), delete: literal('channel_removed') },
    columns: ['type', 'value'],
    withheld: ['value'],
    snapshot: ['type'],
    when: { delete: contactStillThere },
    rewritten: { owner: 'contacts', ownerId: (row) => `${row}.contact_id`, key: (row) => `${row}.type || ':' || ${row}.value` }
  },
  {
    table: 'interactions',
    item: column('contact', 'contact_id'),
    actions: { insert: literal('interaction_logged'), update: literal('interaction_updated'), delete: literal('interaction_deleted') },
    columns: ['contact_id', 'date', 'channel', 'summary', 'outcome', 'follow_up_by'],
    withheld: ['summary', 'outcome'],
    snapshot: ['date', 'channel'],
    context: (row) => ({ interaction_id: `${row}.id` }),
    when: { delete: contactStillThere }
  },
  {
    table: 'interaction_questions',
    item: { type: 'contact', id: interactionContact },
    related: column('question', 'question_id'),
    actions: { insert: literal('linked'), delete: literal('unlinked') },
    context: (row) => ({ interaction_id: `${row}.interaction_id` }),
    // The interaction's own deletion is its entry; the contact is found through it.
    when: { delete: exists('interactions', 'OLD.interaction_id') },
    reasons: [['questions', 'question_id', 'question_deleted']],
    rewritten: { owner: 'interactions', ownerId: (row) => `${row}.interaction_id`, key: (row) => `${row}.question_id` }
  },
  {
    table: 'contact_questions',
    item: column('contact', 'contact_id'),
    related: column('question', 'question_id'),
    actions: { insert: literal('linked'), delete: literal('unlinked') },
    reasons: [
      ['contacts', 'contact_id', 'contact_deleted'],
      ['questions', 'question_id', 'question_deleted']
    ]
  },
  {
    table: 'contact_passages',
    item: column('contact', 'contact_id'),
    related: column('passage', 'passage_id'),
    actions: { insert: literal('linked'), update: literal('link_changed'), delete: literal('unlinked') },
    columns: ['role'],
    snapshot: ['role'],
    reasons: [
      ['contacts', 'contact_id', 'contact_deleted'],
      ['passages', 'passage_id', 'passage_deleted']
    ]
  }
]
