// Plain data shapes that cross the API boundary. No node, DOM or electron imports here.

export const DOCUMENT_KINDS = ['article', 'memo', 'transcript', 'email', 'social', 'note'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const QUESTION_STATUSES = ['open', 'in_progress', 'answered', 'cant_answer', 'dropped'] as const
export type QuestionStatus = (typeof QUESTION_STATUSES)[number]
export const QUESTION_STATUS_LABELS: Record<QuestionStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  answered: 'Answered',
  cant_answer: "Can't answer",
  dropped: 'Dropped'
}

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const
export type Priority = (typeof PRIORITIES)[number]

export interface CaseInfo {
  path: string
  title: string
  createdAt: string
  /** Opened for review: content cannot change; only reviews (sign-off, send back) and exports are allowed. */
  readOnly: boolean
  /** Encrypted at rest with a passphrase. */
  encrypted: boolean
  /** Pane sizes remembered per case (percentages), or null before the first resize. */
  layout: number[] | null
}

/** How much the open case holds, for section counts and empty states (cheaper than the lists). */
export interface CaseCounts {
  documents: number
  questions: number
  contacts: number
  claims: number
}

export type BackupReason = 'open' | 'timer' | 'manual' | 'before-restore'

/** A consistent copy of the case file, kept in "<case file>.backups/". */
export interface BackupInfo {
  file: string
  createdAt: string
  reason: BackupReason
  bytes: number
}

export interface RecentCase {
  path: string
  /** For an encrypted case, its file name: the real title is inside the encrypted file. */
  title: string
  openedAt: string
  encrypted?: boolean
}

export interface AppInfo {
  version: string
  shell: 'desktop' | 'browser'
  casesDir: string
  recent: RecentCase[]
  openCase: CaseInfo | null
  /** An encrypted case chosen (e.g. from the desktop's Open dialog) that waits for its passphrase. */
  pendingUnlock: string | null
  /** The shell can remember passphrases safely (the desktop app with an OS keychain). */
  canRememberPassphrase: boolean
  preferences: Preferences
}

export interface DocumentSummary {
  id: number
  title: string
  kind: DocumentKind
  outlet: string | null
  author: string | null
  publishedAt: string | null
  sha256: string
  importedAt: string
  pageCount: number
  passageCount: number
  /** 'needs_ocr': a PDF whose pages carry no text layer (a scan); it is kept and shown, not searchable. */
  textStatus: TextStatus
}

export const TEXT_STATUSES = ['ok', 'needs_ocr'] as const
export type TextStatus = (typeof TEXT_STATUSES)[number]

/** What a PDF says about itself, beyond the common document fields. */
export interface PdfInfo {
  /** pdf.js fingerprint(s) of the file: stable across copies of the same PDF. */
  fingerprint: string
  creator: string | null
  producer: string | null
  createdAt: string | null
  encrypted: boolean
}

export interface PageSpan {
  index: number
  label: string
  /** Offsets of this page within the document text (UTF-16 code units). */
  start: number
  end: number
}

export interface DocumentDetail extends DocumentSummary {
  url: string | null
  sourceName: string
  mimeType: string
  byteSize: number
  encoding: string
  retrievedAt: string | null
  text: string
  pages: PageSpan[]
  /** Null for documents that are not PDFs. */
  pdf: PdfInfo | null
  /** The shared origin the reporter marked, if any (see OriginGroup). */
  origin: { id: number; name: string } | null
}

export interface ImportOutcome {
  status: 'imported' | 'duplicate'
  document: DocumentSummary
}

/** Where a running import stands (polled by the UI; printed by the CLI). */
export interface ImportProgress {
  importId: string
  fileName: string
  stage: 'reading' | 'extracting' | 'saving'
  /** Pages done so far and in all; 0 of 0 for files without pages. */
  page: number
  pageCount: number
}

/**
 * A rectangle on a PDF page in PDF points (user space of that page, origin bottom-left, as pdf.js
 * reports it and as Zotero stores it): x1 < x2, y1 < y2.
 */
export interface PdfRect {
  pageIndex: number
  x1: number
  y1: number
  x2: number
  y2: number
}

export type AnchorState = 'anchored' | 'orphaned'

/**
 * A highlighted span. Offsets count UTF-16 code units in the document text (what a JS string and a
 * DOM selection count), alongside the quote selector (exact text with up to 32 characters of context).
 */
export interface Passage {
  id: number
  documentId: number
  documentTitle: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  pageIndex: number | null
  /** For PDF passages: where the highlight sits on its page(s). Null for text documents. */
  rects: PdfRect[] | null
  anchor: AnchorState
  createdAt: string
  questionIds: number[]
  /** The claim made of this passage, if any (the reader colours it by status). */
  claimId: number | null
  claimStatus: ClaimStatus | null
}

export interface Question {
  id: number
  title: string
  notes: string
  status: QuestionStatus
  priority: Priority
  assignee: string | null
  dueDate: string | null
  createdAt: string
  updatedAt: string
  passages: Passage[]
  /** Contacts to ask about this question. */
  contacts: ContactRef[]
}

/** Enough of a contact to show a safe label (never the withheld name). */
export interface ContactRef {
  id: number
  displayName: string
  confidential: boolean
  terms: SourcingTerms
}

export const SEARCH_KINDS = ['document', 'passage', 'question'] as const
export type SearchKind = (typeof SEARCH_KINDS)[number]

/** Snippets mark matches with these control characters; the UI renders them as <mark>. */
export const SNIPPET_MARK_START = '\u0002'
export const SNIPPET_MARK_END = '\u0003'

export interface SearchHit {
  kind: SearchKind
  /** The document's id for document hits, else the passage's or question's. */
  id: number
  documentId: number | null
  documentTitle: string | null
  pageIndex: number | null
  title: string
  snippet: string
  rank: number
  /** For document and passage hits: the document's kind and page count (null for questions). */
  documentKind: DocumentKind | null
  pageCount: number | null
  /** For question hits: the question's status (null otherwise). */
  status: QuestionStatus | null
}

export interface SearchResult {
  hits: SearchHit[]
  /** Words and phrases the reader should highlight. */
  terms: string[]
}

export interface TextRange {
  start: number
  end: number
}

// ---- Contacts and sources ----------------------------------------------------------------------

export const CONTACT_KINDS = ['person', 'organization'] as const
export type ContactKind = (typeof CONTACT_KINDS)[number]

/** The terms a source speaks on. 'confidential' also withholds the name everywhere (see Contact). */
export const SOURCING_TERMS = ['on_record', 'background', 'deep_background', 'off_record', 'confidential'] as const
export type SourcingTerms = (typeof SOURCING_TERMS)[number]
export const SOURCING_TERMS_LABELS: Record<SourcingTerms, string> = {
  on_record: 'On the record',
  background: 'On background',
  deep_background: 'Deep background',
  off_record: 'Off the record',
  confidential: 'Confidential'
}

export const CHANNEL_TYPES = ['phone', 'email', 'signal', 'other'] as const
export type ChannelType = (typeof CHANNEL_TYPES)[number]

export interface Channel {
  type: ChannelType
  value: string
  /** Set when the value does not look like its type (a malformed email or phone): accepted, flagged. */
  warning?: string | null
}

/**
 * A person or organisation. For a confidential contact the core withholds identifying fields
 * (name, aliases, channels, notes, role) unless the caller asked to reveal them: `withheld` is then
 * true, those fields are empty, and `displayName` is "Confidential source N" (N: the contact's id,
 * so it never changes). Every list, title and tooltip shows `displayName`, never `name`.
 */
export interface ContactSummary {
  id: number
  kind: ContactKind
  displayName: string
  /** The real name; null when withheld. */
  name: string | null
  withheld: boolean
  confidential: boolean
  terms: SourcingTerms
  role: string | null
  affiliationId: number | null
  /** The affiliated organisation's display name. */
  affiliationName: string | null
  lastContactedAt: string | null
  /** The follow-up date of the latest logged interaction, if it set one. */
  followUpDue: string | null
  interactionCount: number
  mentionCount: number
}

export interface Interaction {
  id: number
  contactId: number
  date: string
  channel: ChannelType
  summary: string
  outcome: string
  followUpBy: string | null
  questionIds: number[]
  createdAt: string
}

export const CONTACT_PASSAGE_ROLES = ['quote', 'mention'] as const
export type ContactPassageRole = (typeof CONTACT_PASSAGE_ROLES)[number]

export interface Contact extends ContactSummary {
  aliases: string[]
  channels: Channel[]
  notes: string
  /** How the source may be described in print when not named ("a Border Patrol official…"). */
  description: string
  createdAt: string
  updatedAt: string
  interactions: Interaction[]
  questionIds: number[]
  passages: { passage: Passage; role: ContactPassageRole }[]
  /** Other contacts with the same name or email: candidates to merge. */
  possibleDuplicates: { id: number; displayName: string }[]
}

/** One place a contact (or an alias) is named in a document. */
export interface Mention {
  contactId: number
  documentId: number
  documentTitle: string
  pageIndex: number | null
  start: number
  end: number
  /** Text around the mention, with the name itself between SNIPPET_MARK_START/END, or replaced by
   *  "[withheld]" when the contact's name is withheld. */
  context: string
}

/** Suggestions so far, and how many documents are still to be read for names (large cases are read over several calls). */
export interface ContactSuggestions {
  suggestions: ContactSuggestion[]
  unreadDocuments: number
}

/** A person or organisation named in the documents but not yet a contact. */
export interface ContactSuggestion {
  name: string
  kind: ContactKind
  mentionCount: number
  documents: { id: number; title: string }[]
}

// ---- Claims, verification and review ------------------------------------------------------------

export const CLAIM_STATUSES = ['unverified', 'corroborated', 'disputed', 'false', 'verified'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  unverified: 'Unverified',
  corroborated: 'Corroborated',
  disputed: 'Disputed',
  false: 'False',
  verified: 'Verified'
}

export const EVIDENCE_STANCES = ['supports', 'contradicts'] as const
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number]

/** Whether the summary includes a claim: 'auto' includes it when verified and signed off. */
export const EXPORT_CHOICES = ['auto', 'include', 'exclude'] as const
export type ExportChoice = (typeof EXPORT_CHOICES)[number]

export const REVIEW_DECISIONS = ['signed_off', 'sent_back'] as const
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number]

/**
 * Where a claim stands with the editor: its latest review, or 'cleared' when a sign-off was
 * withdrawn automatically because the claim or its evidence changed after it.
 */
export type ReviewState = 'none' | 'signed_off' | 'sent_back' | 'cleared'

export interface Review {
  id: number
  claimId: number
  decision: ReviewDecision
  reviewer: string
  note: string
  createdAt: string
  clearedAt: string | null
  clearedReason: string | null
}

/**
 * One independent origin behind a claim: documents sharing a marked origin, else one outlet, else
 * one document without an outlet. `key` is stable ("origin:3", "outlet:reuters", "document:12").
 */
export interface OriginGroup {
  key: string
  label: string
  documents: { id: number; title: string }[]
}

/** A shared origin the reporter marked (e.g. "The EPT-IOC memo"), with the documents repeating it. */
export interface Origin {
  id: number
  name: string
  documentIds: number[]
}

export interface ClaimSummary {
  id: number
  statement: string
  status: ClaimStatus
  passageId: number
  documentId: number
  documentTitle: string
  supportCount: number
  contradictCount: number
  /** Independent origins supporting the claim: its own document's plus its supporting evidence's. */
  originCount: number
  openContradictionCount: number
  review: ReviewState
  /** Every supporting passage is attributed to contacts, and all of them are confidential. */
  confidentialOnly: boolean
  exportChoice: ExportChoice
  /** Whether the summary includes it now (the choice applied to status and review). */
  included: boolean
  sectionId: number | null
  sectionPosition: number
  createdAt: string
  updatedAt: string
}

export interface Evidence {
  passage: Passage
  stance: EvidenceStance
  linkedAt: string
}

export interface Claim extends ClaimSummary {
  /** Internal notes: never exported. */
  notes: string
  passage: Passage
  evidence: Evidence[]
  /** The independent origins supporting it, each with its documents. */
  origins: OriginGroup[]
  /** Contradictions touching the claim's passage or any of its evidence. */
  contradictions: Contradiction[]
  /** Newest first. */
  reviews: Review[]
  /** Contacts linked to the claim's passage or its supporting evidence (withheld as everywhere). */
  sources: ContactRef[]
}

export const CONTRADICTION_STATUSES = ['open', 'resolved'] as const
export type ContradictionStatus = (typeof CONTRADICTION_STATUSES)[number]

export interface Contradiction {
  id: number
  a: Passage
  b: Passage
  status: ContradictionStatus
  note: string
  createdAt: string
  updatedAt: string
  /** Claims whose passage or evidence is one of the two passages. */
  claimIds: number[]
}

/** One item on the status board: enough to list it and open it. */
export interface StatusItem {
  id: number
  title: string
}

/** The editor's status board (also `casefile status --json`). Each list holds the items behind a figure. */
export interface CaseStatus {
  /** The day "overdue" was judged against (YYYY-MM-DD). */
  today: string
  questions: {
    byStatus: Record<QuestionStatus, StatusItem[]>
    overdue: StatusItem[]
  }
  claims: {
    byStatus: Record<ClaimStatus, StatusItem[]>
    singleOrigin: StatusItem[]
    openContradictions: StatusItem[]
    confidentialOnly: StatusItem[]
    /** Verified but not signed off (never reviewed, sent back, or sign-off cleared). */
    awaitingSignOff: StatusItem[]
    signedOff: StatusItem[]
    signOffCleared: StatusItem[]
    sentBack: StatusItem[]
  }
  contradictions: { open: StatusItem[]; resolved: number }
}

export const AUDIT_ITEM_TYPES = ['claim', 'question', 'passage', 'contact', 'contradiction'] as const
export type AuditItemType = (typeof AUDIT_ITEM_TYPES)[number]

/** One recorded change. `summary` is a sentence safe to show (a withheld contact's values never appear). */
export interface AuditEntry {
  id: number
  at: string
  actor: string
  itemType: AuditItemType
  itemId: number
  action: string
  relatedType: AuditItemType | null
  relatedId: number | null
  summary: string
}

export interface Preferences {
  /** Recorded in the audit log and on sign-offs. Null until the user sets it. */
  userName: string | null
}

// ---- The exported summary -----------------------------------------------------------------------

export interface SummarySection {
  id: number
  title: string
  /** The reporter's prose, exported before the section's claims (plain text, blank lines = paragraphs). */
  prose: string
  position: number
}

/** What the summary will hold: sections in order, and every claim with where it goes. */
export interface SummaryPlan {
  sections: SummarySection[]
  claims: ClaimSummary[]
}

export const EXPORT_FORMATS = ['md', 'html', 'docx', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

/** An exported file handed to the renderer (the browser shell downloads it). */
export interface ExportFile {
  fileName: string
  mimeType: string
  /** base64 */
  data: string
}
