// PLACEHOLDER (replaced by the export work): summary.* and export.* over the open case.
import type { Handlers, Method } from '../../../shared/api'
import { CasefileError } from '../../../shared/errors'
import type { Db } from '../db/open'

/** Prints a self-contained HTML document to PDF bytes (the desktop shell, with Electron). */
export type PrintToPdf = (html: string) => Promise<Uint8Array>

export type SummaryMethod = Extract<Method, `summary.${string}` | `export.${string}`>

const notYet = () => {
  throw new CasefileError('internal', 'Not built yet.')
}

export function summaryHandlers(db: () => Db, options: { printToPdf?: PrintToPdf }): Pick<Handlers, SummaryMethod> {
  void db
  void options
  return {
    'summary.plan': notYet,
    'summary.createSection': notYet,
    'summary.updateSection': notYet,
    'summary.deleteSection': notYet,
    'summary.arrange': notYet,
    'export.render': notYet,
    'export.save': notYet
  }
}
