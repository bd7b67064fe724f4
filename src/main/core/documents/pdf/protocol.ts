// Messages between the import (main thread) and a PDF worker thread. Types only.
import type { ErrorPayload } from '../../../../shared/errors'

export interface PdfJob {
  /** The file's name, for the sentences errors are reported in. */
  fileName: string
  /** A copy of the file's bytes, transferred to the worker. */
  bytes: Uint8Array
  password?: string
  maxPages: number
}

/** What a PDF says about itself. */
export interface PdfFacts {
  title: string | null
  author: string | null
  createdAt: string | null
  creator: string | null
  producer: string | null
  fingerprint: string
  encrypted: boolean
}

export interface PdfExtraction {
  /** Each page's text as `pageTextFromItems` spells it, in page order. */
  pageTexts: string[]
  /** The labels the PDF gives its pages ("i", "ii", "1"…), or null when it gives none. */
  pageLabels: string[] | null
  facts: PdfFacts
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'opened'; pageCount: number }
  | { type: 'page'; page: number; pageCount: number }
  | { type: 'done'; extraction: PdfExtraction }
  | { type: 'failed'; error: ErrorPayload }
