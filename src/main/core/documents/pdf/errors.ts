// The sentences a PDF import fails with. One place, so the worker, the pool and the import service
// say the same thing the same way. Plain { code, message } payloads, since the worker cannot load
// CasefileError from source (Node strips types but does not compile parameter properties): the main
// thread raises them with CasefileError.fromPayload.
import type { ErrorCode, ErrorPayload } from '../../../../shared/errors'
import { describeDuration, MAX_PDF_PAGES } from './limits'

const count = (n: number) => n.toLocaleString('en')
const failure = (code: ErrorCode, message: string): ErrorPayload => ({ code, message })

export const pdfErrors = {
  notAPdf: (name: string) =>
    failure('corrupt_file', `“${name}” is not a PDF: it does not start the way every PDF file does. Check that it is the file you meant.`),
  damaged: (name: string) =>
    failure(
      'corrupt_file',
      `“${name}” is damaged or incomplete, and Casefile cannot read it. Ask for a fresh copy of the file, or save it again as PDF from the program that opens it.`
    ),
  damagedPage: (name: string, page: number, pageCount: number) =>
    failure(
      'corrupt_file',
      `“${name}” is damaged: page ${count(page)} of ${count(pageCount)} cannot be read, so nothing was imported. Ask for a fresh copy of the file, or save it again as PDF from the program that opens it.`
    ),
  noPages: (name: string) => failure('empty_file', `“${name}” has no pages: there is nothing to import.`),
  passwordRequired: (name: string) =>
    failure('password_required', `“${name}” is protected by a password. Enter it to import the file.`),
  wrongPassword: (name: string) =>
    failure('wrong_password', `That password does not open “${name}”. Check it and try again.`),
  tooManyPages: (name: string, pages: number) =>
    failure(
      'too_large',
      `“${name}” has ${count(pages)} pages; Casefile imports PDFs of up to ${count(MAX_PDF_PAGES)} pages. Split it, then import the parts.`
    ),
  timeout: (name: string, budgetMs: number) =>
    failure(
      'timeout',
      `Reading “${name}” took longer than the ${describeDuration(budgetMs)} Casefile allows for it, so it was stopped and nothing was imported. The file may be damaged; try saving it again as PDF.`
    ),
  outOfMemory: (name: string, memoryMb: number) =>
    failure(
      'too_large',
      `Reading “${name}” needed more than the ${count(memoryMb)} MB of memory Casefile allows for one PDF, so it was stopped and nothing was imported. Split the file, then import the parts.`
    ),
  cancelled: (name: string) => failure('cancelled', `The import of “${name}” was cancelled; nothing of it was saved.`),
  workerFailed: (name: string, detail: string) =>
    failure('internal', `Casefile could not read “${name}”: its PDF reader stopped unexpectedly (${detail}).`)
}
