// The sample case's claims, as a reporter would have them a week into the drone-memo story: one in
// every verification status, with supporting and contradicting evidence from the other documents;
// the two published accounts of the alert marked as one origin; one contradiction still open (El
// Paso or the Rio Grande Valley?); the confidential agent's read-back cited as evidence; two claims
// signed off by the editor and one sent back; and a summary plan with sections and short prose, so
// that exporting the sample gives a first draft. The editor (Ruth Calloway) is invented, like
// everyone else in the sample. Runs inside the transaction that creates the case.
import type { ClaimStatus, ExportChoice } from '../../../shared/models'
import type { Db } from '../db/open'
import { setAuditActor } from '../audit/triggers'
import { addEvidence, createClaim, updateClaim } from '../claims/repo'
import { createContradiction, listContradictions, updateContradiction } from '../claims/contradictions'
import { setDocumentOrigin } from '../claims/origins'
import { sendBack, signOff } from '../claims/reviews'
import { linkPassage } from '../contacts/repo'
import { getDocumentText } from '../documents/repo'
import { createPassage } from '../passages/repo'
import { linkPassage as linkQuestionPassage } from '../questions/repo'
import { arrange, createSection } from '../export/plan'

export const SAMPLE_REPORTER = 'Sofía Beltrán'
export const SAMPLE_EDITOR = 'Ruth Calloway'

const DISPATCH = 'frontera-dispatch-drone-alert.html'
const LEDGER = 'gulf-coast-ledger-valley-warning.md'
const MEMO = 'memo-summary-as-read-to-us.txt'

/** Passages the claims need beyond those the sample marks for its questions (build.ts). */
const CLAIM_PASSAGES = {
  dispatchThreat: [
    DISPATCH,
    'leaders of Mexican cartels have given their people permission to fly drones armed with explosives at U.S. agents and at the soldiers now posted along the border'
  ],
  ledgerThreat: [
    LEDGER,
    'the alert says cartel leaders have approved the use of armed drones against Border Patrol agents and the military personnel assigned to support them'
  ],
  memoThreat: [
    MEMO,
    'Opening paragraph says that reporting indicates cartel leadership in Mexico has approved the use of drones carrying explosive devices against Border Patrol agents and U.S. military personnel working at the border.'
  ],
  ledgerPrecautions: [
    LEDGER,
    'It tells agents to keep first aid kits and tourniquets on hand, to wear protective vests, to keep rifles close and to report any drone they see.'
  ],
  memoPrecautions: [
    MEMO,
    'Precautions for agents, in this order: carry an individual first aid kit with a tourniquet; wear body armour while on duty; keep a rifle readily accessible; report any drone sighting to the operations centre immediately, with time, location and direction of travel.'
  ],
  ledgerInitials: [LEDGER, 'It comes from an intelligence office identified in the document only by the initials EPT-IOC.'],
  memoInitials: [MEMO, 'The source did not read out what the initials stand for and said the header does not spell them out.'],
  memoHeader: [MEMO, 'Top line, read verbatim: "EPT-IOC".'],
  ledgerGuard: [LEDGER, "Gov. Greg Abbott's office said 400 Texas National Guard troops were being sent to the Rio Grande Valley"]
} as const satisfies Record<string, readonly [file: string, quote: string]>

/** The questions the claim passages bear on (every passage in the sample serves a question). */
const QUESTION_LINKS: Record<string, (keyof typeof CLAIM_PASSAGES)[]> = {
  'Obtain the EPT-IOC memo': ['dispatchThreat', 'ledgerThreat', 'memoThreat', 'ledgerInitials', 'memoInitials', 'memoHeader'],
  'Do the accounts differ on the precautions agents were told to take?': ['ledgerPrecautions', 'memoPrecautions'],
  'Confirm the troop figures and the Guard deployment': ['ledgerGuard']
}

/** Read aloud by the confidential agent: cited by his description only. */
const READ_BY_CONFIDENTIAL_SOURCE = ['memoThreat', 'memoPrecautions', 'memoInitials', 'memoHeader'] as const

type Key = keyof typeof CLAIM_PASSAGES | SamplePassageKey
type SamplePassageKey =
  | 'alertSource'
  | 'firstReported'
  | 'precautions'
  | 'valleySector'
  | 'incidents260'
  | 'troops'
  | 'sectorCode'
  | 'notFromUs'
  | 'memoNo260'
  | 'guardTroops'
  | 'dpsSightings'

interface SampleClaim {
  key: string
  passage: Key
  statement: string
  status: ClaimStatus
  notes: string
  supports?: Key[]
  contradicts?: Key[]
  exportChoice?: ExportChoice
}

const CLAIMS: SampleClaim[] = [
  {
    key: 'threat',
    passage: 'dispatchThreat',
    statement:
      'Cartel leaders in Mexico have approved the use of drones carrying explosives against Border Patrol agents and U.S. military personnel at the border, the alert says.',
    status: 'verified',
    notes: 'All three accounts of the alert agree on this, and our source read the opening paragraph to us on 7 Feb.',
    supports: ['ledgerThreat', 'memoThreat']
  },
  {
    key: 'precautions',
    passage: 'precautions',
    statement: 'The alert tells agents to carry first aid kits with tourniquets, wear body armour, keep their rifles within reach and report every drone sighting at once.',
    status: 'verified',
    notes: 'Same four precautions in the Dispatch, the Ledger and the read-back. "Body armour" and "protective vests" are the same instruction.',
    supports: ['ledgerPrecautions', 'memoPrecautions']
  },
  {
    key: 'sector',
    passage: 'sectorCode',
    statement: 'The alert is headed “EPT-IOC”, which carries the El Paso sector’s code: it points to El Paso, not the Rio Grande Valley, as the place the alert was written.',
    status: 'corroborated',
    notes: 'Header read verbatim by our source; the code reading is from the retired supervisor (background). Still needs someone who has seen the distribution list.',
    supports: ['memoHeader', 'alertSource'],
    exportChoice: 'include'
  },
  {
    key: 'expansion',
    passage: 'alertSource',
    statement: 'The alert spells out “EPT-IOC” as the El Paso Sector Intelligence and Operations Center.',
    status: 'false',
    notes: 'The Dispatch says the document identifies the unit by name. The Ledger and our source both say the header gives the initials only.',
    contradicts: ['ledgerInitials', 'memoInitials']
  },
  {
    key: 'figure',
    passage: 'incidents260',
    statement: 'Mexican security forces recorded more than 260 incidents in 2023 in which drones dropped explosives, injuring 42 security personnel.',
    status: 'disputed',
    notes: 'Not in the first page of the alert. Check the Mexican defence ministry’s 2023 report before using the figure at all.',
    contradicts: ['memoNo260', 'notFromUs']
  },
  {
    key: 'troops',
    passage: 'troops',
    statement: 'The number of active-duty troops assigned to the southern border is expected to grow from about 1,500 to as many as 10,000.',
    status: 'verified',
    notes: 'Matches what defense officials said publicly (checked 8 Feb), but we only have the Ledger’s wording in the case.'
  },
  {
    key: 'guard',
    passage: 'ledgerGuard',
    statement: 'Texas is sending 400 National Guard troops to the Rio Grande Valley.',
    status: 'corroborated',
    notes: 'The governor’s office confirmed by email on 8 Feb; file the email in the case before asking for sign-off.',
    supports: ['guardTroops'],
    exportChoice: 'include'
  },
  {
    key: 'firstReport',
    passage: 'firstReported',
    statement: 'NewsNation was the first to report the alert, on the evening of Sunday 2 February.',
    status: 'unverified',
    notes: 'Only the Dispatch says so. Compare NewsNation’s and the Post’s publication times.'
  },
  {
    key: 'sightings',
    passage: 'dpsSightings',
    statement: 'Texas DPS troopers in Starr County log a drone sighting most nights, according to a department spokesman.',
    status: 'unverified',
    notes: 'DPS will not release counts by district; a records request is the only route.'
  }
]

const SECTIONS: { title: string; prose: string; claims: string[] }[] = [
  {
    title: 'What the alert says',
    prose:
      'An internal Border Patrol officer safety alert dated 1 February 2025 warns agents that Mexican cartels may turn drones carrying explosives against them. Two outlets have described the alert, and a serving agent read most of its first page to us.\n\nThe three accounts agree on the threat and on the precautions agents were told to take.',
    claims: ['threat', 'precautions']
  },
  {
    title: 'Where the alert came from',
    prose:
      'The alert is headed “EPT-IOC”. The Frontera Dispatch expands the initials and places the alert in El Paso; the Gulf Coast Ledger reports it reaching agents in the Rio Grande Valley.\n\nAlerts of this kind are routinely copied to every southwest border sector, which would explain both accounts. Until a second source confirms where it was written, the sector should be attributed rather than stated.',
    claims: ['sector', 'expansion']
  },
  {
    title: 'The 260-incident figure',
    prose:
      'The Ledger, citing the alert’s summary as published elsewhere, reports more than 260 drone attacks with explosives in Mexico in 2023. The part of the alert read to us contains no such figure, and a retired Border Patrol supervisor says the agency does not count incidents inside Mexico. The figure should not run until its source is found.',
    claims: ['figure']
  },
  {
    title: 'Troops on the border',
    prose: 'The alert arrives during a build-up of federal and state forces along the border.',
    claims: ['guard', 'troops']
  }
]

/** The two published accounts repeat one document: they count as one origin, not two. */
const SHARED_ORIGIN = { name: 'Published accounts of the EPT-IOC alert', files: [DISPATCH, LEDGER] }

const OPEN_CONTRADICTION = {
  a: 'alertSource',
  b: 'valleySector',
  note: 'The Dispatch places the alert in El Paso, the Ledger in the Valley. Copies go to every sector (retired supervisor), which may explain both. Needs a second source.'
} as const

const RESOLUTIONS: Record<string, string> = {
  expansion: 'Resolved: the alert gives the initials only; the expansion is the Dispatch’s own. Claim marked false.',
  figure: 'Resolved for now: the figure is not in the part of the alert read to us and its source is unknown. Claim marked disputed.'
}

const REVIEWS: { claim: string; decision: 'signOff' | 'sendBack'; note: string }[] = [
  { claim: 'threat', decision: 'signOff', note: 'Three accounts of one alert, and our own read-back. Attribute to the alert.' },
  { claim: 'precautions', decision: 'signOff', note: 'Fine as worded.' },
  {
    claim: 'troops',
    decision: 'sendBack',
    note: 'The Ledger is our only document for 1,500 and 10,000, and it says the figure has shifted. Attribute it to defense officials and add the date of their statement.'
  }
]

export function addSampleClaims(db: Db, documentIds: ReadonlyMap<string, number>, samplePassageIds: Readonly<Record<string, number>>): void {
  setAuditActor(db, SAMPLE_REPORTER)
  const passageIds = new Map<string, number>(Object.entries(samplePassageIds))
  for (const [key, [file, quote]] of Object.entries(CLAIM_PASSAGES)) {
    const documentId = documentIds.get(file)
    if (documentId === undefined) throw new Error(`The sample claim passage “${key}” names “${file}”, which the sample does not import.`)
    const text = getDocumentText(db, documentId)
    const start = text.indexOf(quote)
    // Exactly once, as in build.ts: the sample never degrades silently when a document is edited.
    if (start === -1 || text.indexOf(quote, start + 1) !== -1) throw new Error(`The sample quote “${quote}” is not in “${file}” exactly once.`)
    passageIds.set(key, createPassage(db, documentId, start, start + quote.length).id)
  }
  const passage = (key: string) => {
    const id = passageIds.get(key)
    if (id === undefined) throw new Error(`The sample claims name the passage “${key}”, which the sample does not have.`)
    return id
  }

  for (const [title, keys] of Object.entries(QUESTION_LINKS)) {
    const questionId = db.prepare('SELECT id FROM questions WHERE title = ?').pluck().get(title) as number | undefined
    if (questionId === undefined) throw new Error(`The sample claims name the question “${title}”, which the sample does not have.`)
    for (const key of keys) linkQuestionPassage(db, questionId, passage(key))
  }

  const agent = db.prepare("SELECT id FROM contacts WHERE terms = 'confidential' ORDER BY id LIMIT 1").pluck().get() as number | undefined
  if (agent === undefined) throw new Error('The sample claims cite the confidential agent, who is missing from the sample contacts.')
  for (const key of READ_BY_CONFIDENTIAL_SOURCE) linkPassage(db, agent, passage(key), 'quote')

  for (const file of SHARED_ORIGIN.files) setDocumentOrigin(db, documentIds.get(file)!, SHARED_ORIGIN.name)

  const claimIds = new Map<string, number>()
  for (const claim of CLAIMS) {
    const { id } = createClaim(db, { passageId: passage(claim.passage), statement: claim.statement, status: claim.status })
    for (const key of claim.supports ?? []) addEvidence(db, id, { passageId: passage(key) }, 'supports')
    for (const key of claim.contradicts ?? []) addEvidence(db, id, { passageId: passage(key) }, 'contradicts')
    updateClaim(db, id, { notes: claim.notes, exportChoice: claim.exportChoice })
    claimIds.set(claim.key, id)
  }
  const claimId = (key: string) => claimIds.get(key)!

  // Contradicting evidence opened a contradiction for each pair; those the reporter has settled are
  // resolved, and the El Paso / Rio Grande Valley question is the one left open.
  const passageOf = new Map(CLAIMS.map((claim) => [passage(claim.passage), claim.key]))
  for (const contradiction of listContradictions(db, { status: 'open' })) {
    const settled = RESOLUTIONS[passageOf.get(contradiction.a.id) ?? passageOf.get(contradiction.b.id) ?? '']
    if (settled) updateContradiction(db, contradiction.id, { status: 'resolved', note: settled })
  }
  createContradiction(db, passage(OPEN_CONTRADICTION.a), passage(OPEN_CONTRADICTION.b), OPEN_CONTRADICTION.note)

  const sections = SECTIONS.map((section) => ({ id: createSection(db, section.title, section.prose).id, claims: section.claims }))
  arrange(db, { placement: sections.map((section) => ({ sectionId: section.id, claimIds: section.claims.map(claimId) })) })

  setAuditActor(db, SAMPLE_EDITOR)
  for (const review of REVIEWS) {
    if (review.decision === 'signOff') signOff(db, claimId(review.claim), SAMPLE_EDITOR, review.note)
    else sendBack(db, claimId(review.claim), SAMPLE_EDITOR, review.note)
  }
  setAuditActor(db, SAMPLE_REPORTER)
}
