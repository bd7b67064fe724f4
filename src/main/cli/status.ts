// `casefile status`: the editor's status board in figures: questions by status and overdue, claims
// by status, review and independence, contradictions. --json prints the board as the API gives it.
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { CasefileError } from '../../shared/errors'
import {
  CLAIM_STATUS_LABELS,
  CLAIM_STATUSES,
  QUESTION_STATUS_LABELS,
  QUESTION_STATUSES,
  type CaseStatus,
  type StatusItem
} from '../../shared/models'
import { readCase } from '../core/cases/repo'
import { caseStatus, localToday } from '../core/status/board'
import { withCase } from './caseFile'
import { shorten } from './format'

export interface StatusIo {
  out: (text?: string) => void
}

export function registerStatusCommand(program: Command, io: StatusIo): void {
  program
    .command('status')
    .description("the case's status board: questions and claims by status, sign-offs, single-origin claims, open contradictions")
    .argument('<case-file>', 'the case file to read')
    .option('--today <date>', 'judge overdue questions against this day (YYYY-MM-DD) instead of today')
    .option('--json', 'print the board as JSON')
    .action(async (caseFile: string, options: { today?: string; json?: boolean }) => {
      if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
        throw new CasefileError('invalid_argument', `“${options.today}” is not a date: give it as YYYY-MM-DD.`)
      }
      const today = options.today ?? localToday()
      const { title, status } = await withCase(resolve(caseFile), (db) => ({ title: readCase(db).title, status: caseStatus(db, today) }))
      io.out(options.json ? JSON.stringify(status, null, 2) : statusBoard(title, status))
    })
}

/** A short board: one line per figure, with the first few items behind it. */
export function statusBoard(title: string, status: CaseStatus): string {
  const { questions, claims, contradictions } = status
  const questionCount = QUESTION_STATUSES.reduce((sum, key) => sum + questions.byStatus[key].length, 0)
  const claimCount = CLAIM_STATUSES.reduce((sum, key) => sum + claims.byStatus[key].length, 0)
  const breakdown = (counts: [string, number][]) =>
    counts
      .filter(([, count]) => count > 0)
      .map(([label, count]) => `${count} ${label.toLowerCase()}`)
      .join(', ')
  const questionFigures = breakdown(QUESTION_STATUSES.map((key) => [QUESTION_STATUS_LABELS[key], questions.byStatus[key].length]))
  const claimFigures = breakdown(CLAIM_STATUSES.map((key) => [CLAIM_STATUS_LABELS[key], claims.byStatus[key].length]))
  return [
    `${title}: status on ${status.today}`,
    '',
    `Questions  ${questionCount}${questionFigures ? ` (${questionFigures})` : ''}`,
    ...figureLines([['overdue', questions.overdue]]),
    '',
    `Claims  ${claimCount}${claimFigures ? ` (${claimFigures})` : ''}`,
    ...figureLines([
      ['signed off', claims.signedOff],
      ['awaiting sign-off', claims.awaitingSignOff],
      ['sent back', claims.sentBack],
      ['sign-off cleared', claims.signOffCleared],
      ['resting on a single origin', claims.singleOrigin],
      ['with open contradictions', claims.openContradictions],
      ['sourced only to confidential contacts', claims.confidentialOnly]
    ]),
    '',
    `Contradictions  ${contradictions.open.length} open, ${contradictions.resolved} resolved`,
    ...figureLines([['open', contradictions.open]])
  ].join('\n')
}

const SHOWN = 3

function figureLines(rows: [string, StatusItem[]][]): string[] {
  const width = Math.max(...rows.map(([label]) => label.length))
  return rows.map(([label, items]) => {
    const shown = items.slice(0, SHOWN).map((item) => `#${item.id} ${shorten(item.title, 48)}`)
    const more = items.length > SHOWN ? `; and ${items.length - SHOWN} more` : ''
    return `  ${label.padEnd(width)}  ${String(items.length).padStart(3)}${shown.length ? `  ${shown.join('; ')}${more}` : ''}`
  })
}
