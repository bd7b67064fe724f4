// Searching and looking after a case from the command line: `search`, `reindex` and `check`.
// Search prints hits grouped by kind; snippets show their matches as [[…]], or in bold on a terminal.
import { resolve } from 'node:path'
import { InvalidArgumentError, type Command } from 'commander'
import { SEARCH_KINDS, SNIPPET_MARK_END, SNIPPET_MARK_START, type SearchHit, type SearchKind } from '../../shared/models'
import { rebuildMentions } from '../core/contacts/mentions'
import { checkCase, rebuildSearchIndex } from '../core/maintenance/check'
import { markedRanges, search } from '../core/search/repo'
import { withCase } from './caseFile'
import { PartialFailure } from './errors'
import { plural, shorten } from './format'

export interface SearchIo {
  out: (text?: string) => void
  /** stdout is a terminal: show matches in bold rather than between [[ ]]. */
  color?: boolean
}

const MAX_LIMIT = 500
const GROUP_TITLES: Record<SearchKind, string> = { document: 'Documents', passage: 'Passages', question: 'Questions' }
const MARKS = new RegExp(`[${SNIPPET_MARK_START}${SNIPPET_MARK_END}]`, 'g')

export function registerSearchCommands(program: Command, io: SearchIo): void {
  program
    .command('search')
    .description('search the documents, passages and questions of a case')
    .argument('<case-file>', 'the case file to search')
    .argument('<query>', 'words, "exact phrases", prefix*, -excluded, OR, and filters such as kind:passage outlet:… from:2025-01-01')
    .option('--kind <kind>', 'only this kind of result: document, passage or question (repeatable)', collectKind, [])
    .option('--limit <n>', `at most this many hits of each kind (1–${MAX_LIMIT}, default 50)`, parseLimit)
    .option('--json', 'print the hits as JSON')
    .allowUnknownOption() // a query may start with "-" (an excluded word): it is the query, not an option
    .action(async (caseFile: string, query: string, options: { kind: SearchKind[]; limit?: number; json?: boolean }) => {
      const kinds = options.kind.length ? options.kind : undefined
      const result = await withCase(resolve(caseFile), (db) => search(db, query, { kinds, limit: options.limit }))
      if (options.json) io.out(JSON.stringify({ query, terms: result.terms, hits: result.hits.map(hitJson) }, null, 2))
      else io.out(hitList(query, result.hits, io.color === true))
    })

  program
    .command('reindex')
    .description('rebuild the search index of a case from its documents, passages and questions, and its contacts’ mentions')
    .argument('<case-file>', 'the case file to reindex')
    .option('--json', 'print the counts as JSON')
    .action(async (caseFile: string, options: { json?: boolean }) => {
      // Mentions after the index: recomputing one contact's mentions later relies on the index.
      const counts = await withCase(resolve(caseFile), (db) => ({ ...rebuildSearchIndex(db), ...rebuildMentions(db) }))
      if (options.json) io.out(JSON.stringify(counts, null, 2))
      else {
        io.out(
          `Rebuilt the search index of ${caseFile}: ${plural(counts.pages, 'page')}, ` +
            `${plural(counts.passages, 'passage')}, ${plural(counts.questions, 'question')}. ` +
            `Found ${plural(counts.mentions, 'contact mention')}.`
        )
      }
    })

  program
    .command('check')
    .description('check a case file for damage and a search index out of step (exit code 1 on any problem)')
    .argument('<case-file>', 'the case file to check')
    .option('--json', 'print the report as JSON')
    .action(async (caseFile: string, options: { json?: boolean }) => {
      const report = await withCase(resolve(caseFile), (db) => checkCase(db))
      if (options.json) io.out(JSON.stringify(report, null, 2))
      else io.out(report.ok ? 'ok' : report.problems.join('\n'))
      if (!report.ok) throw new PartialFailure()
    })
}

function collectKind(value: string, previous: SearchKind[]): SearchKind[] {
  const kind = value.toLowerCase().replace(/s$/, '')
  if (!(SEARCH_KINDS as readonly string[]).includes(kind)) {
    throw new InvalidArgumentError(`Choose one of: ${SEARCH_KINDS.join(', ')}.`)
  }
  return [...previous, kind as SearchKind]
}

function parseLimit(value: string): number {
  const limit = Number(value)
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new InvalidArgumentError(`Give a whole number from 1 to ${MAX_LIMIT}.`)
  }
  return limit
}

/** JSON keeps the snippet as plain text; `matches` are the marked spans' offsets within it. */
function hitJson(hit: SearchHit) {
  const { kind, id, documentId, documentTitle, pageIndex, title, rank } = hit
  return {
    kind,
    id,
    documentId,
    documentTitle,
    pageIndex,
    title,
    snippet: hit.snippet.replace(MARKS, ''),
    matches: markedRanges(hit.snippet),
    rank
  }
}

function hitList(query: string, hits: SearchHit[], color: boolean): string {
  if (hits.length === 0) return `Nothing found for “${shorten(query, 80)}”.`
  const sections: string[] = []
  for (const kind of SEARCH_KINDS) {
    const group = hits.filter((hit) => hit.kind === kind)
    if (group.length === 0) continue
    const lines = [`${GROUP_TITLES[kind]} (${group.length})`]
    for (const hit of group) {
      lines.push(`  ${heading(hit)}  (rank ${hit.rank.toFixed(2)})`, `      ${renderSnippet(hit.snippet, color)}`)
    }
    sections.push(lines.join('\n'))
  }
  return sections.join('\n\n')
}

function heading(hit: SearchHit): string {
  switch (hit.kind) {
    case 'document':
      return `#${hit.id}  ${shorten(hit.title, 70)} — page ${(hit.pageIndex ?? 0) + 1}`
    case 'passage': {
      const page = hit.pageIndex === null ? '' : `, page ${hit.pageIndex + 1}`
      return `passage #${hit.id} in #${hit.documentId} ${shorten(hit.documentTitle ?? hit.title, 60)}${page}`
    }
    default:
      return `question #${hit.id}  ${shorten(hit.title, 70)}`
  }
}

/** Snippet on one line, matches between [[ ]] (or bold on a terminal), other control characters dropped. */
function renderSnippet(snippet: string, color: boolean): string {
  const [open, close] = color ? ['\x1b[1m', '\x1b[22m'] : ['[[', ']]']
  return snippet
    .replace(/\s+/g, ' ')
    .replace(/[\u0000-\u0001\u0004-\u001f\u007f]/g, '')
    .replaceAll(SNIPPET_MARK_START, open)
    .replaceAll(SNIPPET_MARK_END, close)
    .trim()
}
