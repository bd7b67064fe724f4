// Contacts: people and organisations, their aliases, channels, interaction log and links to
// questions and passages. Every write that touches more than one row is one transaction; every
// result goes through the withholding rules (withholding.ts) before it leaves.
import { CasefileError } from '../../../shared/errors'
import type {
  Channel,
  ChannelType,
  Contact,
  ContactKind,
  ContactPassageRole,
  ContactSummary,
  Interaction,
  SourcingTerms
} from '../../../shared/models'
import { SOURCING_TERMS } from '../../../shared/models'
import type { Db } from '../db/open'
import { getPassages } from '../passages/repo'
import { now } from '../time'
import { channelKey, withWarning } from './channels'
import { documentsMentioning, forgetMatcher, refreshContactMentions } from './mentions'
import { foldName } from './names'
import { displayName, isConfidential, isWithheld, redactNames } from './withholding'

const NOT_FOUND = 'That contact is no longer in this case.'

export interface ContactInput {
  name?: string
  kind?: ContactKind
  aliases?: string[]
  role?: string | null
  affiliationId?: number | null
  channels?: { type: ChannelType; value: string }[]
  notes?: string
  terms?: SourcingTerms
  description?: string
}

export interface InteractionInput {
  date: string
  channel: ChannelType
  summary: string
  outcome?: string
  followUpBy?: string | null
  questionIds?: number[]
}

export interface ListFilter {
  reveal?: boolean
  questionId?: number
  passageId?: number
}

// ---- Reading -----------------------------------------------------------------------------------

interface ContactRow {
  id: number
  kind: ContactKind
  name: string
  role: string | null
  affiliationId: number | null
  affiliationRawName: string | null
  affiliationTerms: SourcingTerms | null
  notes: string
  terms: SourcingTerms
  description: string
  createdAt: string
  updatedAt: string
  lastContactedAt: string | null
  followUpDue: string | null
  interactionCount: number
  mentionCount: number
}

const SELECT_CONTACTS = `
  SELECT c.id, c.kind, c.name, c.role, c.affiliation_id AS affiliationId, a.name AS affiliationRawName,
         a.terms AS affiliationTerms, c.notes, c.terms, c.description, c.created_at AS createdAt, c.updated_at AS updatedAt,
         (SELECT max(i.date) FROM interactions i WHERE i.contact_id = c.id) AS lastContactedAt,
         (SELECT i.follow_up_by FROM interactions i WHERE i.contact_id = c.id ORDER BY i.date DESC, i.id DESC LIMIT 1) AS followUpDue,
         (SELECT count(*) FROM interactions i WHERE i.contact_id = c.id) AS interactionCount,
         (SELECT count(*) FROM mentions m WHERE m.contact_id = c.id) AS mentionCount
  FROM contacts c LEFT JOIN contacts a ON a.id = c.affiliation_id`

function toSummary(row: ContactRow, reveal: boolean | undefined): ContactSummary {
  const withheld = isWithheld(row.terms, reveal)
  return {
    id: row.id,
    kind: row.kind,
    displayName: displayName(row, reveal),
    name: withheld ? null : row.name,
    withheld,
    confidential: isConfidential(row.terms),
    terms: row.terms,
    role: withheld ? null : row.role,
    affiliationId: row.affiliationId,
    affiliationName:
      row.affiliationId === null || row.affiliationRawName === null
        ? null
        : displayName({ id: row.affiliationId, name: row.affiliationRawName, terms: row.affiliationTerms ?? 'on_record' }, reveal),
    lastContactedAt: row.lastContactedAt,
    followUpDue: row.followUpDue,
    interactionCount: row.interactionCount,
    mentionCount: row.mentionCount
  }
}

/** Follow-ups first (the earliest due first), then by the name shown. */
function byFollowUpThenName(a: ContactSummary, b: ContactSummary): number {
  if (a.followUpDue && b.followUpDue) return a.followUpDue.localeCompare(b.followUpDue) || a.displayName.localeCompare(b.displayName, 'en')
  if (a.followUpDue) return -1
  if (b.followUpDue) return 1
  return a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) || a.id - b.id
}

export function listContacts(db: Db, filter: ListFilter = {}): ContactSummary[] {
  const conditions: string[] = []
  if (filter.questionId !== undefined) conditions.push('c.id IN (SELECT contact_id FROM contact_questions WHERE question_id = @questionId)')
  if (filter.passageId !== undefined) conditions.push('c.id IN (SELECT contact_id FROM contact_passages WHERE passage_id = @passageId)')
  const rows = db
    .prepare(`${SELECT_CONTACTS} ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`)
    .all({ questionId: filter.questionId ?? null, passageId: filter.passageId ?? null }) as ContactRow[]
  return rows.map((row) => toSummary(row, filter.reveal)).sort(byFollowUpThenName)
}

function contactRow(db: Db, id: number): ContactRow {
  const row = db.prepare(`${SELECT_CONTACTS} WHERE c.id = ?`).get(id) as ContactRow | undefined
  if (!row) throw new CasefileError('not_found', NOT_FOUND)
  return row
}

function aliasesOf(db: Db, id: number): string[] {
  return db.prepare('SELECT alias FROM contact_aliases WHERE contact_id = ? ORDER BY alias').pluck().all(id) as string[]
}

function channelsOf(db: Db, id: number): Channel[] {
  const rows = db.prepare('SELECT type, value FROM contact_channels WHERE contact_id = ? ORDER BY id').all(id) as {
    type: ChannelType
    value: string
  }[]
  return rows.map(withWarning)
}

function interactionsOf(db: Db, id: number): Interaction[] {
  const rows = db
    .prepare(
      `SELECT i.id, i.contact_id AS contactId, i.date, i.channel, i.summary, i.outcome, i.follow_up_by AS followUpBy,
              i.created_at AS createdAt,
              (SELECT json_group_array(question_id) FROM interaction_questions iq WHERE iq.interaction_id = i.id) AS questionIdList
       FROM interactions i WHERE i.contact_id = ? ORDER BY i.date DESC, i.id DESC`
    )
    .all(id) as (Omit<Interaction, 'questionIds'> & { questionIdList: string })[]
  return rows.map(({ questionIdList, ...row }) => ({
    ...row,
    questionIds: (JSON.parse(questionIdList) as number[]).sort((a, b) => a - b)
  }))
}

export function getContact(db: Db, id: number, reveal?: boolean): Contact {
  const row = contactRow(db, id)
  const summary = toSummary(row, reveal)
  const withheld = summary.withheld
  const aliases = aliasesOf(db, id)
  // Text written about a withheld contact (its interactions, passages quoted from it) may name it:
  // those names are replaced wherever they appear.
  const names = [row.name, ...aliases]
  const hide = (text: string) => (withheld ? redactNames(text, names) : text)

  const questionIds = db.prepare('SELECT question_id FROM contact_questions WHERE contact_id = ? ORDER BY question_id').pluck().all(id) as number[]
  const links = db.prepare('SELECT passage_id AS passageId, role FROM contact_passages WHERE contact_id = ?').all(id) as {
    passageId: number
    role: ContactPassageRole
  }[]
  const roles = new Map(links.map((link) => [link.passageId, link.role]))
  const passages = getPassages(db, links.map((link) => link.passageId)).map((passage) => ({
    passage: withheld
      ? {
          ...passage,
          documentTitle: hide(passage.documentTitle),
          exact: hide(passage.exact),
          prefix: hide(passage.prefix),
          suffix: hide(passage.suffix)
        }
      : passage,
    role: roles.get(passage.id) ?? 'mention'
  }))

  return {
    ...summary,
    aliases: withheld ? [] : aliases,
    channels: withheld ? [] : channelsOf(db, id),
    notes: withheld ? '' : row.notes,
    description: row.description,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    interactions: interactionsOf(db, id).map((interaction) => ({
      ...interaction,
      summary: hide(interaction.summary),
      outcome: hide(interaction.outcome)
    })),
    questionIds,
    passages,
    possibleDuplicates: possibleDuplicates(db, row, aliases, reveal)
  }
}

/**
 * Other contacts with the same name (or a name equal to an alias, either way) or a shared email
 * address. Without `reveal`, a pair where only one side is confidential is not shown: it would tell
 * whoever looks at the screen who the confidential source is.
 */
function possibleDuplicates(db: Db, row: ContactRow, aliases: string[], reveal: boolean | undefined): { id: number; displayName: string }[] {
  const ownNames = new Set([row.name, ...aliases].map(foldName).filter(Boolean))
  const ownEmails = new Set(
    (db.prepare(`SELECT lower(trim(value)) FROM contact_channels WHERE contact_id = ? AND type = 'email'`).pluck().all(row.id) as string[])
  )
  const others = db
    .prepare(
      `SELECT c.id, c.name, c.terms,
              (SELECT json_group_array(alias) FROM contact_aliases a WHERE a.contact_id = c.id) AS aliases,
              (SELECT json_group_array(lower(trim(value))) FROM contact_channels ch WHERE ch.contact_id = c.id AND ch.type = 'email') AS emails
       FROM contacts c WHERE c.id != ?`
    )
    .all(row.id) as { id: number; name: string; terms: SourcingTerms; aliases: string; emails: string }[]
  return others
    .filter((other) => {
      const names = [other.name, ...(JSON.parse(other.aliases) as string[])].map(foldName)
      const emails = JSON.parse(other.emails) as string[]
      const same = names.some((name) => ownNames.has(name)) || emails.some((email) => ownEmails.has(email))
      if (!same) return false
      return reveal === true || isConfidential(other.terms) === isConfidential(row.terms)
    })
    .map((other) => ({ id: other.id, displayName: displayName(other, reveal) }))
}

// ---- Writing -----------------------------------------------------------------------------------

function assertContact(db: Db, id: number): { id: number; kind: ContactKind; name: string; terms: SourcingTerms } {
  const row = db.prepare('SELECT id, kind, name, terms FROM contacts WHERE id = ?').get(id) as
    | { id: number; kind: ContactKind; name: string; terms: SourcingTerms }
    | undefined
  if (!row) throw new CasefileError('not_found', NOT_FOUND)
  return row
}

function assertAffiliation(db: Db, contactId: number | null, affiliationId: number | null | undefined): void {
  if (affiliationId === null || affiliationId === undefined) return
  if (affiliationId === contactId) throw new CasefileError('invalid_argument', 'A contact cannot be affiliated with itself.')
  const row = db.prepare('SELECT kind FROM contacts WHERE id = ?').get(affiliationId) as { kind: ContactKind } | undefined
  if (!row) throw new CasefileError('not_found', 'The organisation chosen as the affiliation is no longer in this case.')
  if (row.kind !== 'organization') throw new CasefileError('invalid_argument', 'An affiliation must be an organisation, not a person.')
}

function assertQuestions(db: Db, questionIds: number[]): void {
  if (questionIds.length === 0) return
  const found = db.prepare('SELECT count(*) FROM questions WHERE id IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify([...new Set(questionIds)]))
  if (found !== new Set(questionIds).size) throw new CasefileError('not_found', 'One of the linked questions is no longer in this case.')
}

/** Aliases without blanks, repeats (as folded) or the name itself. */
function cleanAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([foldName(name)])
  const kept: string[] = []
  for (const alias of aliases.map((value) => value.trim().replace(/\s+/g, ' '))) {
    const folded = foldName(alias)
    if (!alias || !folded || seen.has(folded)) continue
    seen.add(folded)
    kept.push(alias)
  }
  return kept
}

function cleanChannels(channels: { type: ChannelType; value: string }[]): { type: ChannelType; value: string }[] {
  const seen = new Set<string>()
  return channels
    .map((channel) => ({ type: channel.type, value: channel.value.trim() }))
    .filter((channel) => {
      const key = channelKey(channel)
      if (!channel.value || seen.has(key)) return false
      seen.add(key)
      return true
    })
}

function writeAliases(db: Db, id: number, aliases: string[]): void {
  db.prepare('DELETE FROM contact_aliases WHERE contact_id = ?').run(id)
  const insert = db.prepare('INSERT INTO contact_aliases (contact_id, alias) VALUES (?, ?)')
  for (const alias of aliases) insert.run(id, alias)
}

function writeChannels(db: Db, id: number, channels: { type: ChannelType; value: string }[]): void {
  db.prepare('DELETE FROM contact_channels WHERE contact_id = ?').run(id)
  const insert = db.prepare('INSERT INTO contact_channels (contact_id, type, value) VALUES (?, ?, ?)')
  for (const channel of channels) insert.run(id, channel.type, channel.value)
}

const touch = (db: Db, id: number) => db.prepare('UPDATE contacts SET updated_at = ? WHERE id = ?').run(now(), id)

/** Creates a contact with its aliases and channels, and finds its mentions: one transaction. */
export function createContact(db: Db, input: ContactInput & { name: string }): number {
  return db.transaction(() => {
    assertAffiliation(db, null, input.affiliationId)
    const timestamp = now()
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO contacts (kind, name, role, affiliation_id, notes, terms, description, created_at, updated_at)
         VALUES (@kind, @name, @role, @affiliationId, @notes, @terms, @description, @timestamp, @timestamp)`
      )
      .run({
        kind: input.kind ?? 'person',
        name: input.name.trim(),
        role: input.role?.trim() || null,
        affiliationId: input.affiliationId ?? null,
        notes: input.notes ?? '',
        terms: input.terms ?? 'on_record',
        description: input.description ?? '',
        timestamp
      })
    const id = Number(lastInsertRowid)
    writeAliases(db, id, cleanAliases(input.name, input.aliases ?? []))
    writeChannels(db, id, cleanChannels(input.channels ?? []))
    refreshContactMentions(db, id)
    return id
  })()
}

/** A suggested name becomes a contact (with its mentions) in one transaction. */
export function acceptSuggestion(db: Db, name: string, kind: ContactKind, aliases: string[] = []): number {
  return db.transaction(() => {
    db.prepare('DELETE FROM dismissed_suggestions WHERE folded_name = ?').run(foldName(name))
    return createContact(db, { name, kind, aliases })
  })()
}

const COLUMNS: Partial<Record<keyof ContactInput, string>> = {
  name: 'name',
  kind: 'kind',
  role: 'role',
  affiliationId: 'affiliation_id',
  notes: 'notes',
  terms: 'terms',
  description: 'description'
}

export function updateContact(db: Db, id: number, input: ContactInput): void {
  db.transaction(() => {
    const before = assertContact(db, id)
    if (input.affiliationId !== undefined) assertAffiliation(db, id, input.affiliationId)
    if (input.kind === 'person' && before.kind === 'organization') {
      const members = db.prepare('SELECT count(*) FROM contacts WHERE affiliation_id = ?').pluck().get(id) as number
      if (members > 0) {
        throw new CasefileError(
          'invalid_argument',
          'People are affiliated with this organisation, so it cannot become a person. Change their affiliation first.'
        )
      }
    }
    const keys = (Object.keys(COLUMNS) as (keyof ContactInput)[]).filter((key) => input[key] !== undefined)
    // An emptied role is stored as "not set".
    const values = Object.fromEntries(keys.map((key) => [key, key === 'role' ? input.role?.trim() || null : input[key]]))
    const sets = keys.map((key) => `${COLUMNS[key]} = @${key}`)
    db.prepare(`UPDATE contacts SET ${[...sets, 'updated_at = @updatedAt'].join(', ')} WHERE id = @id`).run({ ...values, updatedAt: now(), id })

    const name = input.name?.trim() ?? before.name
    if (input.aliases !== undefined) writeAliases(db, id, cleanAliases(name, input.aliases))
    else if (input.name !== undefined) writeAliases(db, id, cleanAliases(name, aliasesOf(db, id)))
    if (input.channels !== undefined) writeChannels(db, id, cleanChannels(input.channels))
    if (input.name !== undefined || input.aliases !== undefined) refreshContactMentions(db, id)
    else forgetMatcher(db)
  })()
}

/**
 * Deletes a contact with its interactions, aliases, channels and links. Questions, passages and
 * documents stay; people affiliated with a deleted organisation keep everything but the affiliation.
 */
export function deleteContact(db: Db, id: number): void {
  db.transaction(() => {
    assertContact(db, id)
    const documents = documentsMentioning(db, id)
    db.prepare('DELETE FROM contacts WHERE id = ?').run(id)
    // Names this contact's longer name had covered belong to others again.
    refreshContactMentions(db, null, documents)
  })()
}

const PROTECTION: Record<SourcingTerms, number> = Object.fromEntries(SOURCING_TERMS.map((terms, index) => [terms, index])) as Record<
  SourcingTerms,
  number
>

/**
 * Folds `mergeId` into `keepId`: its interactions, question and passage links move over, its name
 * and aliases become aliases, its channels join (without repeats), its notes are appended, and the
 * kept contact takes the more protective sourcing terms of the two. One transaction.
 */
export function mergeContacts(db: Db, keepId: number, mergeId: number): void {
  if (keepId === mergeId) throw new CasefileError('invalid_argument', 'Choose two different contacts to merge.')
  db.transaction(() => {
    const keep = db.prepare('SELECT * FROM contacts WHERE id = ?').get(keepId) as RawContact | undefined
    const merge = db.prepare('SELECT * FROM contacts WHERE id = ?').get(mergeId) as RawContact | undefined
    if (!keep || !merge) throw new CasefileError('not_found', NOT_FOUND)
    if (keep.kind !== merge.kind) {
      throw new CasefileError('invalid_argument', 'Only two people or two organisations can be merged. Change the kind of one of them first.')
    }
    const documents = documentsMentioning(db, mergeId)
    const aliases = cleanAliases(keep.name, [...aliasesOf(db, keepId), merge.name, ...aliasesOf(db, mergeId)])
    const channels = cleanChannels([...channelsOf(db, keepId), ...channelsOf(db, mergeId)])
    const notes = [keep.notes.trim(), merge.notes.trim()].filter((text, index, all) => text && all.indexOf(text) === index).join('\n\n')
    const terms = PROTECTION[merge.terms] > PROTECTION[keep.terms] ? merge.terms : keep.terms
    // Never affiliated with itself or with the contact that is going away.
    const affiliation = [keep.affiliation_id, merge.affiliation_id].find((id) => id !== null && id !== keepId && id !== mergeId) ?? null

    db.prepare('UPDATE interactions SET contact_id = ? WHERE contact_id = ?').run(keepId, mergeId)
    db.prepare(
      `INSERT OR IGNORE INTO contact_questions (contact_id, question_id, linked_at)
       SELECT ?, question_id, linked_at FROM contact_questions WHERE contact_id = ?`
    ).run(keepId, mergeId)
    db.prepare(
      `INSERT OR IGNORE INTO contact_passages (contact_id, passage_id, role, linked_at)
       SELECT ?, passage_id, role, linked_at FROM contact_passages WHERE contact_id = ?`
    ).run(keepId, mergeId)
    db.prepare('UPDATE contacts SET affiliation_id = ? WHERE affiliation_id = ? AND id != ?').run(keepId, mergeId, keepId)
    db.prepare(
      `UPDATE contacts SET role = ?, affiliation_id = ?, notes = ?, terms = ?, description = ?, updated_at = ? WHERE id = ?`
    ).run(
      keep.role ?? merge.role,
      affiliation,
      notes,
      terms,
      keep.description || merge.description,
      now(),
      keepId
    )
    writeAliases(db, keepId, aliases)
    writeChannels(db, keepId, channels)
    db.prepare('DELETE FROM contacts WHERE id = ?').run(mergeId)
    refreshContactMentions(db, keepId, documents)
  })()
}

interface RawContact {
  id: number
  kind: ContactKind
  name: string
  role: string | null
  affiliation_id: number | null
  notes: string
  terms: SourcingTerms
  description: string
}

// ---- Interactions and links ----------------------------------------------------------------------

export function logInteraction(db: Db, contactId: number, input: InteractionInput): void {
  db.transaction(() => {
    assertContact(db, contactId)
    assertQuestions(db, input.questionIds ?? [])
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO interactions (contact_id, date, channel, summary, outcome, follow_up_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)`
      )
      .run(contactId, input.date, input.channel, input.summary, input.outcome ?? '', input.followUpBy || null, now())
    writeInteractionQuestions(db, Number(lastInsertRowid), input.questionIds ?? [])
    touch(db, contactId)
  })()
}

function writeInteractionQuestions(db: Db, interactionId: number, questionIds: number[]): void {
  db.prepare('DELETE FROM interaction_questions WHERE interaction_id = ?').run(interactionId)
  const insert = db.prepare('INSERT OR IGNORE INTO interaction_questions (interaction_id, question_id) VALUES (?, ?)')
  for (const questionId of questionIds) insert.run(interactionId, questionId)
}

function interactionContact(db: Db, id: number): number {
  const contactId = db.prepare('SELECT contact_id FROM interactions WHERE id = ?').pluck().get(id) as number | undefined
  if (contactId === undefined) throw new CasefileError('not_found', 'That interaction is no longer in the log.')
  return contactId
}

/** Replaces an interaction's fields; its question links are replaced only when `questionIds` is given. */
export function updateInteraction(db: Db, id: number, input: InteractionInput): number {
  return db.transaction(() => {
    const contactId = interactionContact(db, id)
    if (input.questionIds) assertQuestions(db, input.questionIds)
    db.prepare('UPDATE interactions SET date = ?, channel = ?, summary = ?, outcome = ?, follow_up_by = ? WHERE id = ?').run(
      input.date,
      input.channel,
      input.summary,
      input.outcome ?? '',
      input.followUpBy || null,
      id
    )
    if (input.questionIds) writeInteractionQuestions(db, id, input.questionIds)
    touch(db, contactId)
    return contactId
  })()
}

export function deleteInteraction(db: Db, id: number): number {
  return db.transaction(() => {
    const contactId = interactionContact(db, id)
    db.prepare('DELETE FROM interactions WHERE id = ?').run(id)
    touch(db, contactId)
    return contactId
  })()
}

export function linkQuestion(db: Db, contactId: number, questionId: number): void {
  db.transaction(() => {
    assertContact(db, contactId)
    assertQuestions(db, [questionId])
    db.prepare('INSERT OR IGNORE INTO contact_questions (contact_id, question_id, linked_at) VALUES (?, ?, ?)').run(contactId, questionId, now())
    touch(db, contactId)
  })()
}

export function unlinkQuestion(db: Db, contactId: number, questionId: number): void {
  assertContact(db, contactId)
  db.prepare('DELETE FROM contact_questions WHERE contact_id = ? AND question_id = ?').run(contactId, questionId)
}

export function linkPassage(db: Db, contactId: number, passageId: number, role: ContactPassageRole = 'mention'): void {
  db.transaction(() => {
    assertContact(db, contactId)
    if (!db.prepare('SELECT 1 FROM passages WHERE id = ?').get(passageId)) {
      throw new CasefileError('not_found', 'That passage is no longer in this case.')
    }
    db.prepare(
      `INSERT INTO contact_passages (contact_id, passage_id, role, linked_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (contact_id, passage_id) DO UPDATE SET role = excluded.role`
    ).run(contactId, passageId, role, now())
    touch(db, contactId)
  })()
}

export function unlinkPassage(db: Db, contactId: number, passageId: number): void {
  assertContact(db, contactId)
  db.prepare('DELETE FROM contact_passages WHERE contact_id = ? AND passage_id = ?').run(contactId, passageId)
}

/** The terms of a contact, for callers that decide what to withhold (mentions). */
export function contactTerms(db: Db, id: number): { id: number; terms: SourcingTerms } {
  const { terms } = assertContact(db, id)
  return { id, terms }
}
