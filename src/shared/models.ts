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
