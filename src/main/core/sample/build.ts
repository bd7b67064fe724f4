// The sample case: our own documents about the February 2025 drone memo (resources/sample), imported
// through the normal import path, with passages marked by exact quote, the open questions a
// reporter would have after a week on the story, and the contacts to call (sample/contacts.ts).
// Runs inside the transaction that creates the case.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DocumentKind, Priority, QuestionStatus } from '../../../shared/models'
import type { Db } from '../db/open'
import { getDocumentText, updateDocument } from '../documents/repo'
import { importFile } from '../documents/service'
import { createPassage } from '../passages/repo'
import { createQuestion, updateQuestion } from '../questions/repo'
import { setAuditActor } from '../audit/triggers'
import { addSampleClaims, SAMPLE_REPORTER } from './claims'
import { addSampleContacts } from './contacts'

export const SAMPLE_TITLE = 'Sample case: Drone memo, Feb 2025'

interface SampleDocument {
  file: string
  retrievedAt: string
  /** What a reporter would fill in by hand when the file itself does not say. */
  details?: { kind?: DocumentKind; outlet?: string; author?: string; publishedAt?: string }
}

const DOCUMENTS: SampleDocument[] = [
  { file: 'frontera-dispatch-drone-alert.html', retrievedAt: '2025-02-03T17:05:00Z' },
  {
    file: 'gulf-coast-ledger-valley-warning.md',
    retrievedAt: '2025-02-04T13:40:00Z',
    details: { outlet: 'Gulf Coast Ledger', author: 'Marcus Núñez', publishedAt: '2025-02-04' }
  },
  { file: 'interview-arturo-pena-salinas.txt', retrievedAt: '2025-02-05T17:30:00Z' },
  {
    file: 'transcript-valley-morning-report.txt',
    retrievedAt: '2025-02-06T15:10:00Z',
    details: { kind: 'transcript', outlet: 'KVLR 88.1 FM', publishedAt: '2025-02-06' }
  },
  { file: 'memo-summary-as-read-to-us.txt', retrievedAt: '2025-02-07T18:00:00Z' }
]

const PASSAGES = {
  alertSource: [
    'frontera-dispatch-drone-alert.html',
    'It was issued by the EPT-IOC, which the document identifies as the El Paso Sector Intelligence and Operations Center'
  ],
  firstReported: ['frontera-dispatch-drone-alert.html', 'It was first reported by NewsNation on Sunday evening.'],
  precautions: [
    'frontera-dispatch-drone-alert.html',
    'Agents were told to carry individual first aid kits and tourniquets on patrol, to wear their body armour, to keep their rifles within reach rather than locked in their vehicles, and to report every drone sighting to their station without delay.'
  ],
  valleySector: [
    'gulf-coast-ledger-valley-warning.md',
    'after an internal alert reached agents in the Rio Grande Valley sector over the weekend'
  ],
  obtainedByPost: [
    'gulf-coast-ledger-valley-warning.md',
    'The alert, dated Feb. 1, was obtained by the New York Post, which published parts of it on Monday.'
  ],
  incidents260: [
    'gulf-coast-ledger-valley-warning.md',
    'Mexican security forces recorded over 260 incidents in which drones dropped explosives in Mexico in 2023, injuring 42 security personnel'
  ],
  troops: [
    'gulf-coast-ledger-valley-warning.md',
    'The number of active-duty troops assigned to the southern border is expected to grow from roughly 1,500 to as many as 10,000'
  ],
  sectorCode: ['interview-arturo-pena-salinas.txt', "EPT is El Paso's sector code, the way RGV is the Valley's and LRT is Laredo's."],
  notFromUs: ['interview-arturo-pena-salinas.txt', 'A number like 260 does not come from us.'],
  memoNo260: ['memo-summary-as-read-to-us.txt', 'No figure of 260 incidents appears in the part that was read to us'],
  guardTroops: ['transcript-valley-morning-report.txt', 'The state is sending 400 more Guard troops to the Valley.'],
  dpsSightings: ['transcript-valley-morning-report.txt', 'Most nights somebody on the line in Starr County logs one.']
} as const satisfies Record<string, readonly [file: string, quote: string]>

type PassageKey = keyof typeof PASSAGES

interface SampleQuestion {
  title: string
  notes: string
  status: QuestionStatus
  priority: Priority
  assignee: string | null
  dueDate: string | null
  passages: PassageKey[]
}

const QUESTIONS: SampleQuestion[] = [
  {
    title: 'Obtain the EPT-IOC memo',
    notes:
      'A confidential source read most of the first page aloud on 7 Feb (see the memo summary). We still need a copy, or at least a photo of the header and the distribution list.',
    status: 'in_progress',
    priority: 'urgent',
    assignee: 'Sofía Beltrán',
    dueDate: '2025-02-10',
    passages: ['alertSource', 'obtainedByPost']
  },
  {
    title: 'Verify the 260-incident figure',
    notes:
      'Where does "over 260 incidents … injuring 42" come from? Not in the part of the memo read to us. Check the Mexican defence ministry’s 2023 reporting and ask CBP for the alert’s source line.',
    status: 'open',
    priority: 'high',
    assignee: 'Sofía Beltrán',
    dueDate: '2025-02-12',
    passages: ['incidents260', 'notFromUs', 'memoNo260']
  },
  {
    title: 'Which sector issued the alert: El Paso or Rio Grande Valley?',
    notes:
      'The Dispatch says El Paso and expands EPT-IOC; the Ledger places it in the Valley. Peña-Salinas says EPT is El Paso’s code and alerts are copied to every sector. Needs a second source.',
    status: 'in_progress',
    priority: 'high',
    assignee: 'Sofía Beltrán',
    dueDate: '2025-02-10',
    passages: ['alertSource', 'valleySector', 'sectorCode']
  },
  {
    title: 'Who first obtained the memo?',
    notes: 'The Dispatch credits NewsNation; the Ledger credits the New York Post. Compare publication times.',
    status: 'open',
    priority: 'normal',
    assignee: 'Tomás Ríos',
    dueDate: '2025-02-11',
    passages: ['firstReported', 'obtainedByPost']
  },
  {
    title: 'Confirm the troop figures and the Guard deployment',
    notes:
      'Answered 8 Feb: the 1,500 figure and the plan for up to 10,000 match the defense officials’ public statements; the governor’s office confirmed 400 Guard troops for the Valley by email.',
    status: 'answered',
    priority: 'normal',
    assignee: 'Tomás Ríos',
    dueDate: '2025-02-08',
    passages: ['troops', 'guardTroops']
  },
  {
    title: 'Get Texas DPS drone-sighting numbers for Starr County',
    notes: 'DPS declined on 7 Feb: sighting counts by district are not released. A public records request is the only route left.',
    status: 'cant_answer',
    priority: 'low',
    assignee: 'Sofía Beltrán',
    dueDate: null,
    passages: ['dpsSightings']
  },
  {
    title: 'Do the accounts differ on the precautions agents were told to take?',
    notes: 'Dropped: the Dispatch, the Ledger and our source list the same four precautions.',
    status: 'dropped',
    priority: 'low',
    assignee: null,
    dueDate: null,
    passages: ['precautions']
  }
]

export function buildSampleCase(db: Db, sampleDir: string): void {
  // The audit log names the sample's reporter, not whoever happens to open it (see sample/claims.ts).
  setAuditActor(db, SAMPLE_REPORTER)
  const documentIds = new Map<string, number>()
  for (const sample of DOCUMENTS) {
    const bytes = readSampleFile(sampleDir, sample.file)
    const { document } = importFile(db, { name: sample.file, bytes, lastModified: Date.parse(sample.retrievedAt) })
    if (sample.details) updateDocument(db, document.id, sample.details)
    documentIds.set(sample.file, document.id)
  }

  const passageIds = {} as Record<PassageKey, number>
  for (const [key, [file, quote]] of Object.entries(PASSAGES) as [PassageKey, readonly [string, string]][]) {
    const documentId = documentIds.get(file)
    if (documentId === undefined) throw new Error(`The sample passage “${key}” names “${file}”, which the sample does not import.`)
    const start = locateQuote(getDocumentText(db, documentId), quote, file)
    passageIds[key] = createPassage(db, documentId, start, start + quote.length).id
  }

  const questionIds = new Map<string, number>()
  for (const { passages, status, assignee, dueDate, ...question } of QUESTIONS) {
    const { id } = createQuestion(db, { ...question, passageIds: passages.map((key) => passageIds[key]) })
    updateQuestion(db, id, { status, assignee, dueDate })
    questionIds.set(question.title, id)
  }

  addSampleContacts(db, passageIds, questionIds)
  addSampleClaims(db, documentIds, passageIds)
}

function readSampleFile(sampleDir: string, file: string): Uint8Array {
  try {
    return readFileSync(join(sampleDir, file))
  } catch {
    throw new Error(`The sample case's document “${file}” is missing from ${sampleDir}. Reinstall Casefile to restore it.`)
  }
}

/** Where the quote sits in the text; it must occur exactly once, so the sample never degrades silently. */
function locateQuote(text: string, quote: string, file: string): number {
  const start = text.indexOf(quote)
  if (start === -1) throw new Error(`The sample quote “${quote}” is no longer in “${file}”.`)
  if (text.indexOf(quote, start + 1) !== -1) throw new Error(`The sample quote “${quote}” occurs more than once in “${file}”.`)
  return start
}
