// The `casefile` command line over the same core as the app: create cases, import files and folders,
// list documents and questions, write the sample case, search, check and reindex a case, back up
// and restore it. `run` is the whole program, so tests drive it with their own writers; exit codes:
// 0 done, 1 something failed, 2 the command was misused.
import { join, relative, resolve } from 'node:path'
import { Command, CommanderError } from 'commander'
import { CasefileError } from '../../shared/errors'
import { QUESTION_STATUS_LABELS, type DocumentSummary, type Question } from '../../shared/models'
import { listDocuments } from '../core/documents/repo'
import { listQuestions } from '../core/questions/repo'
import { buildSampleCase, SAMPLE_TITLE } from '../core/sample/build'
import { titleFromPath } from '../core/cases/repo'
import { createCaseFile, newPassphrase, setPassphrasePrompt, withCase } from './caseFile'
import { collectFiles } from './collect'
import { PartialFailure } from './errors'
import { plural, shorten, shortenStart, table } from './format'
import { ImportInterrupted, importFiles, progressLine, type FileOutcome } from './importFiles'
import { registerSearchCommands } from './search'
import { registerContactCommands } from './contacts'
import { registerBackupCommands } from './backups'
import { registerExportCommand } from './export'
import { registerStatusCommand } from './status'
import { version } from '../../../package.json'

export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Show "file x of n · page y of m" on stderr during imports (when stderr is a terminal). */
  progress?: boolean
  /** Calls the listener on an interrupt (Ctrl+C) while an import runs; returns a function that stops listening. */
  onInterrupt?: (listener: () => void) => () => void
  /** Environment variables (default: the process's), for --password-env. */
  env?: Record<string, string | undefined>
  /** stdout is a terminal: search shows matches in bold. */
  color?: boolean
  /** The app's resources folder, which holds the sample case's documents. */
  resourcesDir: string
  /** Asks for a passphrase without echo (the terminal); absent when there is no one to ask. */
  askPassphrase?: (question: string) => Promise<string | null>
}

export async function run(argv: string[], io: CliIo): Promise<number> {
  const out = (text = '') => io.stdout(`${text}\n`)
  setPassphrasePrompt(io.askPassphrase ?? (async () => null))
  const program = new Command()
    .name('casefile')
    .description('Casefile on the command line: build and inspect case files.')
    .version(version)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(Run casefile --help for the commands and their options.)')

  program
    .command('new')
    .description('create an empty case file')
    .argument('<case-file>', 'where to write the new case file')
    .option('--title <text>', 'the case title (default: the file name)')
    .option('--encrypt', 'encrypt the case with a passphrase (from CASEFILE_PASSPHRASE, or asked for)')
    .action(async (caseFile: string, options: { title?: string; encrypt?: boolean }) => {
      const path = resolve(caseFile)
      const title = options.title?.trim() || titleFromPath(path)
      const passphrase = options.encrypt ? await newPassphrase() : null
      createCaseFile(path, title, undefined, passphrase)
      out(`Created the ${passphrase ? 'encrypted ' : ''}case “${title}” in ${caseFile}.`)
    })

  program
    .command('import')
    .description('import files, or every supported file in folders (recursively), into a case')
    .argument('<case-file>', 'the case file to import into')
    .argument('<path...>', 'files or folders to import')
    .option('--json', 'print the outcome of every file as JSON')
    .option('--password-env <name>', 'open password-protected PDFs with the password held in this environment variable')
    .action(async (caseFile: string, paths: string[], options: { json?: boolean; passwordEnv?: string }) => {
      const password = options.passwordEnv === undefined ? undefined : passwordFromEnv(options.passwordEnv, io.env ?? process.env)
      const files = collectFiles(paths)
      const stop = new AbortController()
      const stopListening = io.onInterrupt?.(() => stop.abort())
      let outcomes: FileOutcome[]
      try {
        outcomes = await withCase(resolve(caseFile), async (db) => {
          const progress = progressLine(io.stderr)
          try {
            return await importFiles(db, files, { onProgress: io.progress ? progress.update : undefined, signal: stop.signal, password })
          } finally {
            progress.end()
          }
        })
      } catch (error) {
        if (!(error instanceof ImportInterrupted)) throw error
        const imported = error.outcomes.filter((outcome) => outcome.status === 'imported').length
        io.stderr(
          `Import stopped: ${plural(imported, 'file')} imported before the interruption; nothing of the files still being read was saved.\n`
        )
        throw new PartialFailure()
      } finally {
        stopListening?.()
      }
      if (options.json) out(JSON.stringify(importJson(caseFile, outcomes), null, 2))
      else out(importSummary(caseFile, outcomes))
      if (outcomes.some((outcome) => outcome.status === 'failed')) throw new PartialFailure()
    })

  program
    .command('list')
    .description('list the documents in a case')
    .argument('<case-file>', 'the case file to read')
    .option('--json', 'print the documents as JSON')
    .action(async (caseFile: string, options: { json?: boolean }) => {
      const documents = await withCase(resolve(caseFile), (db) => listDocuments(db))
      if (options.json) out(JSON.stringify({ documents: documents.map(documentJson) }, null, 2))
      else out(documentTable(documents))
    })

  program
    .command('questions')
    .description('list the open questions in a case with their linked passages')
    .argument('<case-file>', 'the case file to read')
    .option('--json', 'print the questions as JSON')
    .action(async (caseFile: string, options: { json?: boolean }) => {
      const questions = await withCase(resolve(caseFile), (db) => listQuestions(db))
      if (options.json) out(JSON.stringify({ questions: questions.map(questionJson) }, null, 2))
      else out(questionList(questions))
    })

  program
    .command('sample')
    .description('write the sample case (the February 2025 drone memo) to a new case file')
    .argument('<case-file>', 'where to write the sample case')
    .action((caseFile: string) => {
      createCaseFile(resolve(caseFile), SAMPLE_TITLE, (db) => buildSampleCase(db, join(io.resourcesDir, 'sample')))
      out(`Wrote the sample case “${SAMPLE_TITLE}” to ${caseFile}.`)
    })

  registerSearchCommands(program, { out, color: io.color })
  registerContactCommands(program, { out })
  registerBackupCommands(program, out)
  registerStatusCommand(program, { out })
  registerExportCommand(program, { out })

  try {
    await program.parseAsync(argv, { from: 'user' })
    return 0
  } catch (error) {
    if (error instanceof PartialFailure) return 1
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander raises is a usage error it has printed.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2
    }
    if (error instanceof CasefileError) {
      io.stderr(`${error.message}\n`)
      return 1
    }
    io.stderr(`Casefile hit an unexpected problem: ${(error as Error)?.message ?? String(error)}\n`)
    return 1
  }
}

function passwordFromEnv(name: string, env: Record<string, string | undefined>): string {
  const password = env[name]
  if (!password) {
    throw new CasefileError('invalid_argument', `The environment variable ${name} is not set: set it to the PDF password, or leave out --password-env.`)
  }
  return password
}

function documentJson(doc: DocumentSummary) {
  const { id, title, kind, outlet, author, publishedAt, sha256, importedAt, passageCount } = doc
  return { id, title, kind, outlet, author, publishedAt, sha256, importedAt, passageCount }
}

function questionJson(question: Question) {
  const { id, title, status, priority, assignee, dueDate } = question
  return {
    id,
    title,
    status,
    priority,
    assignee,
    dueDate,
    passages: question.passages.map((passage) => ({
      id: passage.id,
      documentId: passage.documentId,
      documentTitle: passage.documentTitle,
      quote: passage.exact,
      anchor: passage.anchor
    }))
  }
}

function importJson(caseFile: string, outcomes: FileOutcome[]) {
  const count = (status: FileOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length
  return {
    caseFile,
    imported: count('imported'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    skipped: count('skipped'),
    files: outcomes.map((outcome) =>
      outcome.status === 'imported' || outcome.status === 'duplicate'
        ? { path: outcome.path, status: outcome.status, document: documentJson(outcome.document) }
        : outcome
    )
  }
}

/** Names shown relative to the working folder when they are inside it. */
function shownPath(path: string): string {
  const shown = relative(process.cwd(), path)
  return shown && !shown.startsWith('..') ? shown : path
}

function importSummary(caseFile: string, outcomes: FileOutcome[]): string {
  const taken = outcomes.filter((outcome) => outcome.status !== 'skipped')
  const skipped = outcomes.filter((outcome) => outcome.status === 'skipped')
  const sections: string[] = []
  if (taken.length === 0) sections.push('There was nothing to import: no files of the types Casefile imports (.pdf, .txt, .md, .html) were found.')
  else {
    const rows = taken.map((outcome) => {
      const file = shortenStart(shownPath(outcome.path), 60)
      switch (outcome.status) {
        case 'imported':
          return ['imported', file, `as “${shorten(outcome.document.title, 70)}” (#${outcome.document.id})`]
        case 'duplicate':
          return ['duplicate', file, `already in the case as “${shorten(outcome.document.title, 70)}” (#${outcome.document.id})`]
        default:
          return ['failed', file, outcome.status === 'failed' ? outcome.error.message : '']
      }
    })
    sections.push(table(['Outcome', 'File', 'Details'], rows))
  }
  if (skipped.length > 0) {
    const names = skipped.slice(0, 10).map((outcome) => shownPath(outcome.path))
    const more = skipped.length > names.length ? `, and ${skipped.length - names.length} more` : ''
    sections.push(`Skipped ${plural(skipped.length, 'file')} of types Casefile does not import: ${names.join(', ')}${more}.`)
  }
  const count = (status: FileOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length
  sections.push(
    `${caseFile}: ${plural(count('imported'), 'file')} imported, ` +
      `${plural(count('duplicate'), 'duplicate')} skipped, ${count('failed')} failed.`
  )
  return sections.join('\n\n')
}

function documentTable(documents: DocumentSummary[]): string {
  if (documents.length === 0) return 'This case has no documents yet. Add some with: casefile import <case-file> <path>…'
  const rows = documents.map((doc) => [
    String(doc.id),
    doc.kind,
    doc.title,
    doc.outlet ?? '—',
    doc.publishedAt?.slice(0, 10) ?? '—',
    String(doc.passageCount)
  ])
  return `${table(['ID', 'Kind', 'Title', 'Outlet', 'Published', 'Passages'], rows, [6, 10, 60, 28, 10, 8])}\n\n${plural(documents.length, 'document')}.`
}

function questionList(questions: Question[]): string {
  if (questions.length === 0) return 'This case has no open questions yet.'
  const blocks = questions.map((question) => {
    const facts = [
      question.priority,
      question.assignee ?? 'unassigned',
      question.dueDate ? `due ${question.dueDate.slice(0, 10)}` : null
    ].filter(Boolean)
    const lines = [`#${question.id}  [${QUESTION_STATUS_LABELS[question.status]}] ${question.title}`, `     ${facts.join(' · ')}`]
    for (const passage of question.passages) {
      const orphaned = passage.anchor === 'orphaned' ? ' (no longer found in its document)' : ''
      lines.push(`     “${shorten(passage.exact, 100)}”`, `        — ${shorten(passage.documentTitle, 70)}${orphaned}`)
    }
    if (question.passages.length === 0) lines.push('     (no linked passages)')
    return lines.join('\n')
  })
  return `${blocks.join('\n\n')}\n\n${plural(questions.length, 'question')}.`
}
