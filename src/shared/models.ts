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
  /** Pane sizes remembered per case (percentages), or null before the first resize. */
  layout: number[] | null
}

/** How much the open case holds, for section counts and empty states (cheaper than the lists). */
export interface CaseCounts {
  documents: number
  questions: number
}

export interface RecentCase {
  path: string
  title: string
  openedAt: string
}

export interface AppInfo {
  version: string
  shell: 'desktop' | 'browser'
  casesDir: string
  recent: RecentCase[]
  openCase: CaseInfo | null
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
}

export interface ImportOutcome {
  status: 'imported' | 'duplicate'
  document: DocumentSummary
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
