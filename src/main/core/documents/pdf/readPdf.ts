// A PDF file to a document's text, pages and facts: quick checks here, the parsing in a worker
// thread, then the pages joined into one text. Writes nothing; the import service stores the result.
import { safeFileName } from '../fileName'
import { MAX_IMPORT_BYTES } from '../../../../shared/api'
import { CasefileError } from '../../../../shared/errors'
import type { PdfInfo, TextStatus } from '../../../../shared/models'
import { PAGE_SEPARATOR } from '../../../../shared/pdfText'
import { pdfErrors } from './errors'
import { MAX_PDF_PAGES, type PdfTimeBudget } from './limits'
import { pdfPool, type PdfWorkerPool } from './pool'
import type { PdfExtraction } from './protocol'

export interface ReadPdfOptions {
  password?: string
  signal?: AbortSignal
  /** Pages read so far, of all (0 of n once the file is open). */
  onPage?: (page: number, pageCount: number) => void
  /** Time budget; by default DEFAULT_PDF_BUDGET (limits.ts). */
  budget?: PdfTimeBudget
  /** Most pages accepted (default MAX_PDF_PAGES). */
  maxPages?: number
  pool?: PdfWorkerPool
}

export interface PdfContent {
  title: string
  author: string | null
  text: string
  pages: { label: string; start: number; end: number }[]
  textStatus: TextStatus
  pdf: PdfInfo
}

/** A PDF may carry junk before its header, as readers allow, within its first kilobyte. */
const HEADER_WINDOW = 1024

/**
 * Fewer visible characters than this per page on average: the pages are pictures of text (a scan,
 * perhaps with a page number or a stamp in its text layer), and need OCR to be searchable.
 */
const MIN_CHARACTERS_PER_PAGE = 10

export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_WINDOW)).includes('%PDF-', 0, 'latin1')
}

export async function readPdf(name: string, bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfContent> {
  const fileName = safeFileName(name)
  if (bytes.length === 0) throw new CasefileError('empty_file', `“${fileName}” is empty: there is nothing to import.`)
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new CasefileError(
      'too_large',
      `“${fileName}” is ${(bytes.length / 1048576).toFixed(1)} MB; Casefile imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Split it, then import the parts.`
    )
  }
  if (!looksLikePdf(bytes)) throw CasefileError.fromPayload(pdfErrors.notAPdf(fileName))

  const extraction = await (options.pool ?? pdfPool()).extract(
    { fileName, bytes, password: options.password, maxPages: options.maxPages ?? MAX_PDF_PAGES },
    { budget: options.budget, signal: options.signal, onPage: options.onPage }
  )
  return assemble(fileName, extraction)
}

/** Pages joined by PAGE_SEPARATOR; each page's span covers its own text only. */
export function assemble(fileName: string, { pageTexts, pageLabels, facts }: PdfExtraction): PdfContent {
  let text = ''
  const pages = pageTexts.map((pageText, index) => {
    if (index > 0) text += PAGE_SEPARATOR
    const start = text.length
    text += pageText
    return { label: pageLabels?.[index]?.trim() || String(index + 1), start, end: text.length }
  })
  const visible = text.replace(/\s+/g, '').length
  return {
    title: facts.title ?? fileName.replace(/\.[^.]+$/, ''),
    author: facts.author,
    text,
    pages,
    textStatus: visible < MIN_CHARACTERS_PER_PAGE * pages.length ? 'needs_ocr' : 'ok',
    pdf: {
      fingerprint: facts.fingerprint,
      creator: facts.creator,
      producer: facts.producer,
      createdAt: facts.createdAt,
      encrypted: facts.encrypted
    }
  }
}
