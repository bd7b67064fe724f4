// PDF bytes to page texts and facts with pdf.js (legacy build, the one that runs in Node). Runs in a
// PDF worker thread (see worker.ts), never on the main thread. Imported by the worker from source
// under vitest, so: erasable TypeScript only, and `import type` for types.
//
// Page text is spelled by `pageTextFromItems` from the items pdf.js returns with its default text
// options, and nothing else: the PDF reader rebuilds the same text from the same items to map a
// selection to offsets, so any post-processing here would break that mapping.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { ErrorPayload } from '../../../../shared/errors'
import { pageTextFromItems, type PdfTextItemLike } from '../../../../shared/pdfText'
import { pdfErrors } from './errors'
import type { PdfExtraction, PdfFacts, PdfJob } from './protocol'

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>

let loading: Promise<Pdfjs> | null = null

/** pdf.js, loaded once per worker (about 0.1 s), so a worker reused across files pays it once. */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  return loading
}

/** Filesystem folders of pdf.js's fonts, character maps and decoders, ending in "/" as pdf.js wants. */
function assetFolders() {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
  const folder = (name: string) => `${join(root, name)}/`
  return { standardFontDataUrl: folder('standard_fonts'), cMapUrl: folder('cmaps'), wasmUrl: folder('wasm'), iccUrl: folder('iccs') }
}

export interface ExtractionProgress {
  opened(pageCount: number): void
  page(page: number, pageCount: number): void
}

export async function extractPdf(job: PdfJob, progress: ExtractionProgress): Promise<PdfExtraction> {
  const pdfjs = await loadPdfjs()
  const task = pdfjs.getDocument({
    data: job.bytes,
    password: job.password || undefined,
    ...assetFolders(),
    cMapPacked: true,
    // Text only: no fonts handed to a DOM, no system fonts, no canvas, no XFA forms. pdf.js never
    // runs a PDF's JavaScript here (its scripting sandbox belongs to the viewer, not to this API).
    disableFontFace: true,
    useSystemFonts: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    // Tolerant, as PDF readers (and Casefile's own reader, which must see the same text) are: a page
    // with a broken font or operator keeps the text pdf.js can read. A file pdf.js cannot open or
    // a page it cannot parse at all still fails the import as damaged.
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  })
  let reading: { page: number; pageCount: number } | null = null
  try {
    const doc = await task.promise
    const pageCount = doc.numPages
    if (pageCount === 0) throw new PdfReadError(pdfErrors.noPages(job.fileName))
    if (pageCount > job.maxPages) throw new PdfReadError(pdfErrors.tooManyPages(job.fileName, pageCount))
    progress.opened(pageCount)

    const pageTexts: string[] = []
    for (let page = 1; page <= pageCount; page++) {
      reading = { page, pageCount }
      const pdfPage = await doc.getPage(page)
      const content = await pdfPage.getTextContent()
      pageTexts.push(pageTextFromItems(content.items as PdfTextItemLike[]).text)
      pdfPage.cleanup()
      progress.page(page, pageCount)
    }
    reading = null

    // Labels and metadata are extras: a file whose text reads but whose labels or metadata do not is still imported.
    const pageLabels = await doc.getPageLabels().catch(() => null)
    return { pageTexts, pageLabels, facts: await readFacts(pdfjs, doc) }
  } catch (error) {
    throw asImportError(error, job.fileName, reading)
  } finally {
    await task.destroy()
  }
}

async function readFacts(pdfjs: Pdfjs, doc: PdfDocument): Promise<PdfFacts> {
  const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }))
  const fields = info as Record<string, unknown>
  const xmp = (name: string): unknown => metadata?.get(name) ?? null
  const date = (value: unknown): string | null => {
    if (typeof value !== 'string') return null
    const parsed = /^\d{4}-\d{2}/.test(value) ? new Date(value) : pdfjs.PDFDateString.toDateObject(value)
    return parsed && !Number.isNaN(parsed.getTime()) ? parsed.toISOString() : null
  }
  return {
    title: cleanTitle(text(fields.Title) ?? text(xmp('dc:title'))),
    author: text(fields.Author) ?? text(xmp('dc:creator')),
    createdAt: date(fields.CreationDate) ?? date(xmp('xmp:createdate')),
    creator: text(fields.Creator) ?? text(xmp('xmp:creatortool')),
    producer: text(fields.Producer) ?? text(xmp('pdf:producer')),
    fingerprint: doc.fingerprints.filter((print): print is string => typeof print === 'string').join(' '),
    encrypted: fields.EncryptFilterName != null
  }
}

/** A trimmed single-line string, or null (XMP may give a list: its entries are joined). */
function text(value: unknown): string | null {
  const joined = Array.isArray(value) ? value.filter((entry) => typeof entry === 'string').join(', ') : value
  if (typeof joined !== 'string') return null
  const flat = joined.replace(/\s+/g, ' ').trim()
  return flat ? flat.slice(0, 500) : null
}

/** Office suites title exports "Microsoft Word - memo.docx": the document's name is the useful part. */
function cleanTitle(title: string | null): string | null {
  return title?.replace(/^Microsoft (Word|PowerPoint|Excel) - /, '').trim() || null
}

/** Thrown inside the worker; posted to the main thread as its payload. */
export class PdfReadError extends Error {
  readonly payload: ErrorPayload

  constructor(payload: ErrorPayload) {
    super(payload.message)
    this.payload = payload
  }
}

function asImportError(error: unknown, fileName: string, reading: { page: number; pageCount: number } | null): PdfReadError {
  if (error instanceof PdfReadError) return error
  const { name, code } = (error ?? {}) as { name?: string; code?: number }
  if (name === 'PasswordException') {
    // pdf.js PasswordResponses: 1 NEED_PASSWORD, 2 INCORRECT_PASSWORD.
    return new PdfReadError(code === 2 ? pdfErrors.wrongPassword(fileName) : pdfErrors.passwordRequired(fileName))
  }
  return new PdfReadError(reading ? pdfErrors.damagedPage(fileName, reading.page, reading.pageCount) : pdfErrors.damaged(fileName))
}
