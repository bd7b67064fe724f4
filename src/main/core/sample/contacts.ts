// The sample case's contacts: the people and offices a reporter on the drone-memo story would be
// calling after a week, with the terms each speaks on, the calls logged so far (one follow-up due
// from each of two of them) and the questions and passages they bear on. The serving agent who read
// the memo aloud is confidential: his name appears in no document, and the app shows him as
// "Confidential source N", described as the memo summary describes him. Every name, number and
// address here is invented (the .example domains do not exist).
import type { ChannelType, ContactKind, ContactPassageRole, SourcingTerms } from '../../../shared/models'
import type { Db } from '../db/open'
import { createContact, linkPassage, linkQuestion, logInteraction } from '../contacts/repo'

export interface SampleContact {
  key: string
  name: string
  kind: ContactKind
  aliases?: string[]
  role?: string
  /** The key of the organisation the contact works for. */
  affiliation?: string
  channels?: { type: ChannelType; value: string }[]
  notes?: string
  terms: SourcingTerms
  description?: string
  interactions?: {
    date: string
    channel: ChannelType
    summary: string
    outcome?: string
    followUpBy?: string
    /** Titles of the sample's questions. */
    questions?: string[]
  }[]
  /** Titles of the questions to ask this contact about. */
  questions?: string[]
  passages?: { key: string; role: ContactPassageRole }[]
}

const SECTOR = 'Which sector issued the alert: El Paso or Rio Grande Valley?'
const FIGURE = 'Verify the 260-incident figure'
const MEMO = 'Obtain the EPT-IOC memo'
const DPS = 'Get Texas DPS drone-sighting numbers for Starr County'

export const SAMPLE_CONTACTS: SampleContact[] = [
  {
    key: 'cbp',
    name: 'U.S. Customs and Border Protection',
    kind: 'organization',
    aliases: ['Customs and Border Protection', 'CBP'],
    role: 'Office of Public Affairs',
    channels: [{ type: 'email', value: 'media.relations@cbp.example' }],
    notes: 'Public affairs answers in writing only. Questions about the alert go to the media relations inbox.',
    terms: 'on_record',
    questions: [SECTOR, FIGURE]
  },
  {
    key: 'cbpSpokesperson',
    name: 'Marisa Quintero',
    kind: 'person',
    role: 'Public affairs specialist',
    affiliation: 'cbp',
    channels: [
      { type: 'email', value: 'm.quintero@cbp.example' },
      { type: 'phone', value: '+1 202 555 0110' }
    ],
    terms: 'on_record',
    interactions: [
      {
        date: '2025-02-06',
        channel: 'email',
        summary: 'Sent three questions in writing: which office issued the alert, what EPT-IOC stands for, and who it was distributed to.',
        outcome: 'Acknowledged the same day; said the agency does not discuss internal intelligence products. No answers yet.',
        followUpBy: '2025-02-10',
        questions: [SECTOR, FIGURE]
      }
    ],
    questions: [SECTOR]
  },
  {
    key: 'dps',
    name: 'Texas Department of Public Safety',
    kind: 'organization',
    aliases: ['Texas DPS', 'DPS'],
    role: 'Media and Communications Office',
    channels: [{ type: 'email', value: 'media@dps.texas.example' }],
    terms: 'on_record',
    questions: [DPS]
  },
  {
    key: 'ochoa',
    name: 'Gilberto Ochoa',
    kind: 'person',
    aliases: ['Lt. Gilberto Ochoa', 'Ochoa'],
    role: 'Lieutenant, regional spokesman',
    affiliation: 'dps',
    channels: [{ type: 'phone', value: '+1 956 555 0131' }],
    terms: 'on_record',
    interactions: [
      {
        date: '2025-02-07',
        channel: 'phone',
        summary: 'Asked for the number of drone sightings logged by troopers in Starr County since January.',
        outcome: 'Declined: sighting counts by district are not released. Suggested a public records request.',
        questions: [DPS]
      }
    ],
    questions: [DPS],
    passages: [{ key: 'dpsSightings', role: 'quote' }]
  },
  {
    key: 'penaSalinas',
    name: 'Arturo Peña-Salinas',
    kind: 'person',
    aliases: ['Peña-Salinas'],
    role: 'Retired patrol agent in charge, Weslaco station',
    channels: [{ type: 'phone', value: '+1 956 555 0148' }],
    notes: 'Number from Elena Garza. On the record for his own career and general views; on background for how alerts are written and shared (attribute to "a retired Border Patrol supervisor").',
    terms: 'background',
    description: 'a retired Border Patrol supervisor',
    interactions: [
      {
        date: '2025-02-05',
        channel: 'phone',
        summary: 'Interview, 45 minutes (notes in the case). Explained the sector codes: EPT is El Paso, RGV the Valley.',
        outcome: 'Doubts the 260 figure comes from Border Patrol. Will try to get a former colleague to read us the header of the alert.',
        followUpBy: '2025-02-07',
        questions: [SECTOR, FIGURE]
      }
    ],
    questions: [SECTOR],
    passages: [
      { key: 'sectorCode', role: 'quote' },
      { key: 'notFromUs', role: 'quote' }
    ]
  },
  {
    key: 'servingAgent',
    name: 'Rubén Escamilla',
    kind: 'person',
    role: 'Border Patrol agent',
    channels: [{ type: 'signal', value: '+1 956 555 0173' }],
    notes: 'Read the alert aloud from a printed copy on 7 Feb. Signal only, evenings. Do not describe his station, shift or length of service in anything we publish.',
    terms: 'confidential',
    description: 'a serving Border Patrol agent',
    interactions: [
      {
        date: '2025-02-07',
        channel: 'phone',
        summary: 'Read the first page and part of the second of the EPT-IOC alert aloud, about 12 minutes (see the memo summary).',
        outcome: 'Header, title, date and precautions taken down. No 260 figure in what he read.',
        followUpBy: '2025-02-12',
        questions: [MEMO, FIGURE]
      }
    ],
    questions: [MEMO],
    passages: [{ key: 'memoNo260', role: 'quote' }]
  },
  {
    key: 'fabbricatore',
    name: 'John Fabbricatore',
    kind: 'person',
    role: 'Retired ICE field office director',
    notes: 'Suggested by Peña-Salinas: has spoken publicly about cartel drones and may have seen earlier alerts. No number for him yet.',
    terms: 'on_record',
    questions: [SECTOR]
  }
]

export function addSampleContacts(db: Db, passageIds: Record<string, number>, questionIds: Map<string, number>): void {
  const question = (title: string) => {
    const id = questionIds.get(title)
    if (id === undefined) throw new Error(`A sample contact names the question “${title}”, which the sample does not have.`)
    return id
  }
  const contactIds = new Map<string, number>()
  for (const contact of SAMPLE_CONTACTS) {
    const affiliationId = contact.affiliation ? contactIds.get(contact.affiliation) : undefined
    const id = createContact(db, { ...contact, affiliationId })
    contactIds.set(contact.key, id)
    for (const { questions, ...interaction } of contact.interactions ?? []) {
      logInteraction(db, id, { ...interaction, questionIds: (questions ?? []).map(question) })
    }
    for (const title of contact.questions ?? []) linkQuestion(db, id, question(title))
    for (const { key, role } of contact.passages ?? []) {
      const passageId = passageIds[key]
      if (passageId === undefined) throw new Error(`A sample contact names the passage “${key}”, which the sample does not have.`)
      linkPassage(db, id, passageId, role)
    }
  }
}
