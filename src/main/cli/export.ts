// `casefile export`: the sourced summary of a case as Markdown, HTML or Word, written atomically.
// By default it holds the claims the summary plan includes (verified and signed off, or included by
// hand); --all takes every claim, each marked with its status; --appendix adds the editors' pages.
import { statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Option, type Command } from 'commander'
import type { ExportFormat } from '../../shared/models'
import { exportTarget, writeAtomically } from '../core/export/files'
import { renderSummary } from '../core/export/render'
import { withCase } from './caseFile'
import { plural } from './format'

export interface ExportIo {
  out: (text?: string) => void
}

interface ExportOptions {
  format: Exclude<ExportFormat, 'pdf'>
  out: string
  all?: boolean
  appendix?: boolean
}

export function registerExportCommand(program: Command, io: ExportIo): void {
  program
    .command('export')
    .description('export the sourced summary: by default the claims verified and signed off, with footnotes and a source list')
    .argument('<case-file>', 'the case file to read')
    .addOption(new Option('--format <format>', 'md (Markdown), html (print-ready) or docx (Word)').choices(['md', 'html', 'docx']).makeOptionMandatory())
    .requiredOption('--out <path>', 'the file to write, or a folder (the file is then named after the case)')
    .option('--all', 'every claim, each marked with its status, not only those verified and signed off')
    .option('--appendix', 'add an appendix for editors: open questions and unresolved contradictions')
    .action(async (caseFile: string, options: ExportOptions) => {
      const path = resolve(caseFile)
      const result = await withCase(path, async (db) => {
        const rendered = await renderSummary(db, options.format, { all: options.all, appendix: options.appendix })
        const out = resolve(options.out)
        const target = exportTarget(statSync(out, { throwIfNoEntry: false })?.isDirectory() ? join(out, rendered.fileName) : out, options.format, path)
        return { rendered, written: writeAtomically(target, rendered.bytes) }
      })
      const { model } = result.rendered
      const statements = model.sections.reduce((sum, section) => sum + section.statements.length, 0)
      const drafts = model.sections.reduce((sum, section) => sum + section.statements.filter((statement) => statement.flag).length, 0)
      io.out(
        `Exported the summary of “${model.title}” to ${result.written.path}: ${plural(statements, 'statement')}` +
          `${drafts ? ` (${drafts} not signed off)` : ''}, ${plural(model.footnotes.length, 'footnote')}, ${plural(model.sources.length, 'source')}.`
      )
      if (statements === 0 && !options.all) io.out('No claim is verified and signed off yet. Use --all for a working draft with every claim.')
    })
}
