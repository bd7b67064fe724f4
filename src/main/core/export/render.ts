// One summary in one format: build the model, lay it out, and check the result for withheld names
// before anyone gets it. Used by the API (export.render/save) and the command line alike.
import { unzipSync } from 'fflate'
import { CasefileError } from '../../../shared/errors'
import type { ExportFormat } from '../../../shared/models'
import type { Db } from '../db/open'
import { renderDocx } from './docx'
import { EXPORT_TYPES, exportFileName } from './files'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { buildSummaryModel, type ExportOptions, type SummaryModel } from './model'
import { assertNoWithheldNames } from './sourcing'

/** Prints a self-contained HTML document to PDF bytes (the desktop shell, with Electron). */
export type PrintToPdf = (html: string) => Promise<Uint8Array>

export interface RenderedSummary {
  model: SummaryModel
  fileName: string
  mimeType: string
  bytes: Buffer
}

export const PDF_NEEDS_DESKTOP =
  'PDF export needs the Casefile desktop app, which prints the summary itself. Export HTML instead: it is ready to print, and your browser can save it as a PDF.'

export async function renderSummary(db: Db, format: ExportFormat, options: ExportOptions, printToPdf?: PrintToPdf): Promise<RenderedSummary> {
  if (format === 'pdf' && !printToPdf) throw new CasefileError('unsupported_type', PDF_NEEDS_DESKTOP)
  // The model is read in one go (synchronously), before any await: the case cannot change under it.
  const model = buildSummaryModel(db, options)
  const names = model.withheldNames
  let bytes: Buffer
  switch (format) {
    case 'md': {
      const text = renderMarkdown(model)
      assertNoWithheldNames([text], names)
      bytes = Buffer.from(text, 'utf8')
      break
    }
    case 'html': {
      const html = renderHtml(model)
      assertNoWithheldNames([html], names)
      bytes = Buffer.from(html, 'utf8')
      break
    }
    case 'docx': {
      bytes = await renderDocx(model)
      // Every part of the archive (document, footnotes, core properties…), not only the body.
      const parts = Object.values(unzipSync(bytes)).map((part) => Buffer.from(part).toString('utf8'))
      assertNoWithheldNames(parts, names)
      break
    }
    case 'pdf': {
      const html = renderHtml(model)
      assertNoWithheldNames([html], names)
      bytes = await printPdf(printToPdf!, html)
      break
    }
  }
  return { model, fileName: exportFileName(model.title, format), mimeType: EXPORT_TYPES[format].mimeType, bytes }
}

async function printPdf(printToPdf: PrintToPdf, html: string): Promise<Buffer> {
  try {
    const pdf = await printToPdf(html)
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } catch (error) {
    throw new CasefileError('internal', `Casefile could not print the summary to PDF: ${(error as Error)?.message ?? String(error)}`)
  }
}
