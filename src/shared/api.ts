// The one API contract. Each method takes one JSON object, validated by its schema wherever it
// crosses a process boundary; its result type is declared beside it. The core implements
// `Handlers`; the renderer calls through `Client`. A method declared here but not implemented in
// the core fails to compile.
import { z } from 'zod'
import type {
  AppInfo,
  AuditEntry,
  CaseStatus,
  Claim,
  ClaimSummary,
  Contradiction,
  ExportFile,
  Origin,
  Preferences,
  SummaryPlan,
  SummarySection,
  BackupInfo,
  CaseCounts,
  CaseInfo,
  DocumentDetail,
  DocumentSummary,
  ImportOutcome,
  Contact,
  ContactSuggestions,
  ContactSummary,
  ImportProgress,
  Mention,
  Passage,
  Question,
  SearchResult,
  TextRange
} from './models'
import {
  AUDIT_ITEM_TYPES,
  CLAIM_STATUSES,
  CONTRADICTION_STATUSES,
  EVIDENCE_STANCES,
  EXPORT_CHOICES,
  EXPORT_FORMATS,
  CHANNEL_TYPES,
  CONTACT_KINDS,
  CONTACT_PASSAGE_ROLES,
  DOCUMENT_KINDS,
  PRIORITIES,
  QUESTION_STATUSES,
  SEARCH_KINDS,
  SOURCING_TERMS
} from './models'

const id = z.number().int().positive()
const shortText = z.string().trim().max(500)
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/, 'Use a date like 2025-02-01')
  .nullable()
  .optional()
/** File contents travel as base64 so one JSON argument works over IPC and HTTP alike. */
const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64 data')

const pdfRect = z
  .object({
    pageIndex: z.number().int().min(0),
    x1: z.number().finite(),
    y1: z.number().finite(),
    x2: z.number().finite(),
    y2: z.number().finite()
  })
  .refine((rect) => rect.x1 <= rect.x2 && rect.y1 <= rect.y2, 'A rectangle needs x1 ≤ x2 and y1 ≤ y2')
/** Client-chosen id of one running import, so its progress can be polled and it can be cancelled. */
const importId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)
const channel = z.object({ type: z.enum(CHANNEL_TYPES), value: z.string().trim().min(1).max(300) })
const contactFields = {
  kind: z.enum(CONTACT_KINDS).optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  role: optionalText(300),
  affiliationId: id.nullable().optional(),
  channels: z.array(channel).max(50).optional(),
  notes: z.string().max(100_000).optional(),
  terms: z.enum(SOURCING_TERMS).optional(),
  description: z.string().trim().max(500).optional()
}
const interactionFields = {
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'Use a date like 2025-02-01'),
  channel: z.enum(CHANNEL_TYPES),
  summary: z.string().trim().max(20_000),
  outcome: z.string().trim().max(5_000).optional(),
  followUpBy: isoDate,
  questionIds: z.array(id).max(500).optional()
}

/** A fresh selection in the reader, made a passage by the same call (one transaction). */
const selection = z.object({
  documentId: id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  rects: z.array(pdfRect).min(1).max(2000).optional()
})
/** An existing passage (`passageId`) or a fresh `selection`: exactly one of the two. */
const passageTarget = { passageId: id.optional(), selection: selection.optional() }
const onePassage = (value: { passageId?: number; selection?: unknown }) => (value.passageId === undefined) !== (value.selection === undefined)
const onePassageMessage = 'Give either a passage or a selection.'
const exportOptions = {
  /** Every claim, not only those the plan includes (verified and signed off by default). */
  all: z.boolean().optional(),
  /** Add the editors' appendix: open questions and unresolved contradictions. */
  appendix: z.boolean().optional()
}

const passphrase = z.string().min(8, 'Choose a passphrase of at least 8 characters.').max(1000)

/** Largest file a single import accepts (documented in the README). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export const schemas = {
  'app.info': z.object({}),
  'app.setPreferences': z.object({ userName: z.string().trim().min(1).max(200).nullable() }),

  'cases.create': z.object({
    title: z.string().trim().min(1).max(200),
    path: z.string().min(1).optional(),
    /** Encrypts the new case at rest. */
    passphrase: passphrase.optional(),
    /** Remember the passphrase on this computer (desktop app, OS keychain). */
    remember: z.boolean().optional()
  }),
  'cases.open': z.object({
    path: z.string().min(1),
    passphrase: z.string().min(1).max(1000).optional(),
    remember: z.boolean().optional(),
    /** Open for review: read-only except for reviews and exports (CaseInfo.readOnly). */
    review: z.boolean().optional()
  }),
  /** Encrypts the open case, changes its passphrase, or (next: null) stores it unencrypted again. */
  'cases.changePassphrase': z.object({
    current: z.string().max(1000).optional(),
    next: passphrase.nullable(),
    remember: z.boolean().optional()
  }),
  'cases.createSample': z.object({ path: z.string().min(1).optional() }),
  'cases.close': z.object({}),
  'cases.forgetRecent': z.object({ path: z.string().min(1) }),
  'cases.saveLayout': z.object({ layout: z.array(z.number().min(0).max(100)).min(2).max(4) }),
  'cases.counts': z.object({}),
  'cases.backups': z.object({}),
  'cases.backupNow': z.object({}),
  /** Replaces the open case with one of its backups (after backing up the current state). */
  'cases.restore': z.object({ file: z.string().min(1).max(200) }),

  'documents.list': z.object({ filter: z.string().max(500).optional() }),
  'documents.get': z.object({ id }),
  'documents.import': z.object({
    name: z.string().min(1).max(1000),
    data: base64.max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 8),
    lastModified: z.number().optional(),
    /** For password-protected PDFs; asked for after a 'password_required' error. */
    password: z.string().max(1000).optional(),
    importId: importId.optional()
  }),
  'documents.importProgress': z.object({ importId }),
  'documents.cancelImport': z.object({ importId }),
  /** The original bytes (base64), for the PDF reader. */
  'documents.original': z.object({ id }),
  'documents.createNote': z.object({ title: shortText.min(1), text: z.string().min(1).max(5_000_000) }),
  'documents.update': z.object({
    id,
    title: shortText.min(1).optional(),
    kind: z.enum(DOCUMENT_KINDS).optional(),
    outlet: optionalText(200),
    author: optionalText(300),
    publishedAt: isoDate,
    url: optionalText(2000)
  }),
  'documents.delete': z.object({ id }),
  /** Marks the document as repeating a shared origin (created by name if new), or clears it with null. */
  'documents.setOrigin': z.object({ documentId: id, origin: z.string().trim().min(1).max(300).nullable() }),
  'origins.list': z.object({}),

  'passages.create': z.object({
    documentId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** PDF passages: the highlight's rectangles in PDF points (may cover two pages). */
    rects: z.array(pdfRect).min(1).max(2000).optional()
  }),
  'passages.listForDocument': z.object({ documentId: id }),
  'passages.delete': z.object({ id }),

  'questions.list': z.object({ status: z.enum(QUESTION_STATUSES).optional() }),
  'questions.get': z.object({ id }),
  'questions.create': z.object({
    title: shortText.min(1),
    notes: z.string().max(100_000).optional(),
    priority: z.enum(PRIORITIES).optional(),
    passageIds: z.array(id).max(1000).optional()
  }),
  'questions.update': z.object({
    id,
    title: shortText.min(1).optional(),
    notes: z.string().max(100_000).optional(),
    status: z.enum(QUESTION_STATUSES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    assignee: optionalText(200),
    dueDate: isoDate
  }),
  'questions.linkPassage': z.object({ questionId: id, passageId: id }),
  'questions.unlinkPassage': z.object({ questionId: id, passageId: id }),
  'questions.delete': z.object({ id }),

  'claims.list': z.object({ status: z.enum(CLAIM_STATUSES).optional() }),
  'claims.get': z.object({ id }),
  /** Marks a passage (or a fresh selection) as a claim; `statement` defaults to the passage's text. */
  'claims.create': z
    .object({ ...passageTarget, statement: z.string().trim().min(1).max(5000).optional(), status: z.enum(CLAIM_STATUSES).optional() })
    .refine(onePassage, onePassageMessage),
  'claims.update': z.object({
    id,
    statement: z.string().trim().min(1).max(5000).optional(),
    status: z.enum(CLAIM_STATUSES).optional(),
    notes: z.string().max(100_000).optional(),
    exportChoice: z.enum(EXPORT_CHOICES).optional()
  }),
  /** Removes the claim; its passage and evidence passages stay. */
  'claims.delete': z.object({ id }),
  /** Links supporting or contradicting evidence (changes the stance if already linked). */
  'claims.addEvidence': z
    .object({ claimId: id, ...passageTarget, stance: z.enum(EVIDENCE_STANCES) })
    .refine(onePassage, onePassageMessage),
  'claims.removeEvidence': z.object({ claimId: id, passageId: id }),

  'contradictions.list': z.object({ status: z.enum(CONTRADICTION_STATUSES).optional() }),
  'contradictions.create': z.object({ passageA: id, passageB: id, note: z.string().trim().max(5000).optional() }),
  'contradictions.update': z.object({ id, status: z.enum(CONTRADICTION_STATUSES).optional(), note: z.string().trim().max(5000).optional() }),
  'contradictions.delete': z.object({ id }),

  /** The editor's decisions, recorded under the user name from preferences. */
  'reviews.signOff': z.object({ claimId: id, note: z.string().trim().max(5000).optional() }),
  'reviews.sendBack': z.object({ claimId: id, note: z.string().trim().min(1, 'Say what needs to change before sign-off.').max(5000) }),

  'status.get': z.object({ today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
  'audit.forItem': z.object({ itemType: z.enum(AUDIT_ITEM_TYPES), itemId: id, limit: z.number().int().min(1).max(5000).optional() }),

  'summary.plan': z.object({}),
  'summary.createSection': z.object({ title: z.string().trim().min(1).max(300), prose: z.string().max(100_000).optional() }),
  'summary.updateSection': z.object({ id, title: z.string().trim().min(1).max(300).optional(), prose: z.string().max(100_000).optional() }),
  /** Deletes a section; its claims stay, unplaced. */
  'summary.deleteSection': z.object({ id }),
  /** Orders the sections and/or places claims: each entry lists a section's claims in order (null: unplaced). */
  'summary.arrange': z.object({
    sectionIds: z.array(id).max(500).optional(),
    placement: z.array(z.object({ sectionId: id.nullable(), claimIds: z.array(id).max(10_000) })).max(501).optional()
  }),

  /** The summary as a file (for download in the browser shell). */
  'export.render': z.object({ format: z.enum(['md', 'html', 'docx']), ...exportOptions }),
  /** Writes the summary to `path` atomically (the desktop app; 'pdf' needs it). */
  'export.save': z.object({ format: z.enum(EXPORT_FORMATS), path: z.string().min(1).max(4096), ...exportOptions }),

  // Any text is a valid query: the parser makes it safe. Over-long input is cut, not refused.
  'search.query': z.object({
    query: z.string().transform((text) => text.slice(0, 1000)),
    kinds: z.array(z.enum(SEARCH_KINDS)).max(3).optional(),
    limit: z.number().int().min(1).max(500).optional()
  }),
  'search.inDocument': z.object({ documentId: id, query: z.string().transform((text) => text.slice(0, 1000)) }),

  // Contacts: `reveal` asks for a confidential contact's identifying fields; without it they are withheld.
  'contacts.list': z.object({
    reveal: z.boolean().optional(),
    questionId: id.optional(),
    passageId: id.optional()
  }),
  'contacts.get': z.object({ id, reveal: z.boolean().optional() }),
  'contacts.create': z.object({ ...contactFields, name: z.string().trim().min(1).max(300) }),
  'contacts.update': z.object({ id, ...contactFields, name: z.string().trim().min(1).max(300).optional() }),
  'contacts.delete': z.object({ id }),
  /** Folds `mergeId` into `keepId`: interactions, links, aliases and channels move over; `mergeId` goes. */
  'contacts.merge': z.object({ keepId: id, mergeId: id }),
  'contacts.logInteraction': z.object({ contactId: id, ...interactionFields }),
  'contacts.updateInteraction': z.object({ id, ...interactionFields }),
  'contacts.deleteInteraction': z.object({ id }),
  'contacts.linkQuestion': z.object({ contactId: id, questionId: id }),
  'contacts.unlinkQuestion': z.object({ contactId: id, questionId: id }),
  'contacts.linkPassage': z.object({ contactId: id, passageId: id, role: z.enum(CONTACT_PASSAGE_ROLES).optional() }),
  'contacts.unlinkPassage': z.object({ contactId: id, passageId: id }),
  'contacts.mentions': z.object({ id, reveal: z.boolean().optional(), limit: z.number().int().min(1).max(5000).optional() }),
  'contacts.suggestions': z.object({ limit: z.number().int().min(1).max(1000).optional() }),
  'contacts.acceptSuggestion': z.object({ name: z.string().trim().min(1).max(300), kind: z.enum(CONTACT_KINDS) }),
  'contacts.dismissSuggestion': z.object({ name: z.string().trim().min(1).max(300) })
} as const

export type Method = keyof typeof schemas

export interface Results {
  'app.info': AppInfo
  'app.setPreferences': Preferences
  'cases.create': CaseInfo
  'cases.open': CaseInfo
  'cases.changePassphrase': CaseInfo
  'cases.createSample': CaseInfo
  'cases.close': null
  'cases.forgetRecent': null
  'cases.saveLayout': null
  'cases.counts': CaseCounts
  'cases.backups': BackupInfo[]
  'cases.backupNow': BackupInfo
  'cases.restore': CaseInfo
  'documents.list': DocumentSummary[]
  'documents.get': DocumentDetail
  'documents.import': ImportOutcome
  'documents.importProgress': ImportProgress | null
  'documents.cancelImport': null
  'documents.original': { mimeType: string; data: string }
  'documents.createNote': DocumentSummary
  'documents.update': DocumentDetail
  'documents.delete': null
  'documents.setOrigin': DocumentDetail
  'origins.list': Origin[]
  'claims.list': ClaimSummary[]
  'claims.get': Claim
  'claims.create': Claim
  'claims.update': Claim
  'claims.delete': null
  'claims.addEvidence': Claim
  'claims.removeEvidence': Claim
  'contradictions.list': Contradiction[]
  'contradictions.create': Contradiction
  'contradictions.update': Contradiction
  'contradictions.delete': null
  'reviews.signOff': Claim
  'reviews.sendBack': Claim
  'status.get': CaseStatus
  'audit.forItem': AuditEntry[]
  'summary.plan': SummaryPlan
  'summary.createSection': SummarySection
  'summary.updateSection': SummarySection
  'summary.deleteSection': null
  'summary.arrange': SummaryPlan
  'export.render': ExportFile
  'export.save': { path: string; bytes: number }
  'passages.create': Passage
  'passages.listForDocument': Passage[]
  'passages.delete': null
  'questions.list': Question[]
  'questions.get': Question
  'questions.create': Question
  'questions.update': Question
  'questions.linkPassage': Question
  'questions.unlinkPassage': Question
  'questions.delete': null
  'search.query': SearchResult
  'search.inDocument': TextRange[]
  'contacts.list': ContactSummary[]
  'contacts.get': Contact
  'contacts.create': Contact
  'contacts.update': Contact
  'contacts.delete': null
  'contacts.merge': Contact
  'contacts.logInteraction': Contact
  'contacts.updateInteraction': Contact
  'contacts.deleteInteraction': Contact
  'contacts.linkQuestion': Contact
  'contacts.unlinkQuestion': Contact
  'contacts.linkPassage': Contact
  'contacts.unlinkPassage': Contact
  'contacts.mentions': Mention[]
  'contacts.suggestions': ContactSuggestions
  'contacts.acceptSuggestion': Contact
  'contacts.dismissSuggestion': null
}

// Compile-time check that Results and schemas name the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never
const resultsMatchSchemas: SameKeys<Results, typeof schemas> = true
void resultsMatchSchemas

export type Args<M extends Method> = z.input<(typeof schemas)[M]>
export type ParsedArgs<M extends Method> = z.output<(typeof schemas)[M]>

export type Handlers = {
  [M in Method]: (arg: ParsedArgs<M>) => Results[M] | Promise<Results[M]>
}

export type Client = {
  [M in Method]: (arg: Args<M>) => Promise<Results[M]>
}

export function isMethod(name: string): name is Method {
  return Object.hasOwn(schemas, name)
}

export const METHODS = Object.keys(schemas) as Method[]

/**
 * What a case open for review (read-only) still allows: reading, the editor's decisions, exports
 * (written outside the case) and moving between cases. Everything else is refused by the core.
 */
export const REVIEW_MODE_METHODS: ReadonlySet<Method> = new Set<Method>([
  'app.info',
  'app.setPreferences',
  'cases.create',
  'cases.open',
  'cases.createSample',
  'cases.close',
  'cases.forgetRecent',
  'cases.counts',
  'cases.backups',
  'documents.list',
  'documents.get',
  'documents.importProgress',
  'documents.original',
  'origins.list',
  'passages.listForDocument',
  'questions.list',
  'questions.get',
  'search.query',
  'search.inDocument',
  'contacts.list',
  'contacts.get',
  'contacts.mentions',
  'contacts.suggestions',
  'claims.list',
  'claims.get',
  'contradictions.list',
  'reviews.signOff',
  'reviews.sendBack',
  'status.get',
  'audit.forItem',
  'summary.plan',
  'export.render',
  'export.save'
])
