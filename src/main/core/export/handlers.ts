// summary.* (the plan: sections, prose, where each claim goes) and export.* (the summary as a file)
// over the open case.
import type { Handlers, Method } from '../../../shared/api'
import type { Db } from '../db/open'
import { exportTarget, writeAtomically } from './files'
import { arrange, createSection, deleteSection, getPlan, updateSection } from './plan'
import { renderSummary, type PrintToPdf } from './render'

export type { PrintToPdf } from './render'

export type SummaryMethod = Extract<Method, `summary.${string}` | `export.${string}`>

export function summaryHandlers(db: () => Db, options: { printToPdf?: PrintToPdf }): Pick<Handlers, SummaryMethod> {
  return {
    'summary.plan': () => getPlan(db()),
    'summary.createSection': ({ title, prose }) => createSection(db(), title, prose),
    'summary.updateSection': ({ id, ...changes }) => updateSection(db(), id, changes),
    'summary.deleteSection': ({ id }) => {
      deleteSection(db(), id)
      return null
    },
    'summary.arrange': (arrangement) => arrange(db(), arrangement),
    'export.render': async ({ format, all, appendix }) => {
      const file = await renderSummary(db(), format, { all, appendix })
      return { fileName: file.fileName, mimeType: file.mimeType, data: file.bytes.toString('base64') }
    },
    'export.save': async ({ format, path, all, appendix }) => {
      const database = db()
      const target = exportTarget(path, format, database.name)
      const file = await renderSummary(database, format, { all, appendix }, options.printToPdf)
      return writeAtomically(target, file.bytes)
    }
  }
}
