// What the workspace shows: the centre pane's subject, and within a document a selected passage.
import type { PdfRect } from '../../../../shared/models'

export type View =
  | { kind: 'none' }
  | { kind: 'document'; id: number }
  | { kind: 'question'; id: number }
  | { kind: 'contact'; id: number }
  /** People and organisations named in the documents that are not contacts yet. */
  | { kind: 'suggestions' }
  | { kind: 'claim'; id: number }
  /** Every contradiction between passages, open ones first. */
  | { kind: 'contradictions' }
  /** The editor's status board. */
  | { kind: 'status' }
  /** The sourced summary: sections, the claims in them, export. */
  | { kind: 'summary' }

export const VIEW_KINDS: readonly View['kind'][] = [
  'none',
  'document',
  'question',
  'contact',
  'suggestions',
  'claim',
  'contradictions',
  'status',
  'summary'
]

export type Section = 'documents' | 'questions' | 'contacts' | 'claims' | 'status'

/**
 * A request to scroll a passage into view and emphasise it briefly; the nonce repeats a request.
 * With `range` instead (a contact's mention), the reader scrolls to and emphasises those offsets.
 */
export type FocusRequest =
  | { passageId: number; nonce: number; range?: undefined }
  | { passageId?: undefined; range: { start: number; end: number }; nonce: number }

/** What "New question" starts from: nothing, an existing passage, or a fresh selection in the reader. */
export type QuestionSource =
  | { kind: 'none' }
  | { kind: 'passage'; passageId: number; quote: string }
  /** `rects`: where a selection in a PDF sits on its page(s), in PDF points. */
  | { kind: 'selection'; documentId: number; start: number; end: number; quote: string; rects?: PdfRect[] }

/** A request from a search hit to open the find bar on a query, starting at a page; the nonce repeats it. */
export interface FindRequest {
  query: string
  pageIndex: number
  nonce: number
}
