// `casefile contacts`: the contacts of a case with their sourcing terms, or (--suggest) the people
// and organisations named in its documents that are not contacts yet. Confidential contacts are
// listed under their safe label ("Confidential source 3") unless --reveal is given: the core
// withholds the names, this command only prints what it is given.
import { resolve } from 'node:path'
import type { Command } from 'commander'
import { SOURCING_TERMS_LABELS, type ContactSuggestion, type ContactSummary } from '../../shared/models'
import { listContacts } from '../core/contacts/repo'
import { listSuggestions } from '../core/contacts/suggestions'
import { withCase } from './caseFile'
import { plural, table } from './format'

export interface ContactsIo {
  out: (text?: string) => void
}

interface ContactsOptions {
  json?: boolean
  reveal?: boolean
  suggest?: boolean
}

export function registerContactCommands(program: Command, io: ContactsIo): void {
  program
    .command('contacts')
    .description('list the contacts of a case with their sourcing terms, or suggest people and organisations named in its documents')
    .argument('<case-file>', 'the case file to read')
    .option('--suggest', 'list people and organisations named in the documents that are not contacts yet')
    .option('--reveal', 'show the names of confidential contacts (they are withheld otherwise)')
    .option('--json', 'print the list as JSON')
    .action(async (caseFile: string, options: ContactsOptions) => {
      const path = resolve(caseFile)
      if (options.suggest) {
        const suggestions = await withCase(path, (db) => listSuggestions(db, { limit: 1000 }))
        io.out(options.json ? JSON.stringify({ suggestions }, null, 2) : suggestionTable(suggestions))
        return
      }
      const contacts = await withCase(path, (db) => listContacts(db, { reveal: options.reveal }))
      io.out(options.json ? JSON.stringify({ contacts: contacts.map(contactJson) }, null, 2) : contactTable(contacts))
    })
}

function contactJson(contact: ContactSummary) {
  const { id, kind, displayName, name, withheld, confidential, terms, role, affiliationName } = contact
  const { lastContactedAt, followUpDue, interactionCount, mentionCount } = contact
  return {
    id,
    kind,
    displayName,
    name,
    withheld,
    confidential,
    terms,
    role,
    affiliation: affiliationName,
    lastContactedAt,
    followUpDue,
    interactionCount,
    mentionCount
  }
}

const day = (date: string | null) => date?.slice(0, 10) ?? '—'

function contactTable(contacts: ContactSummary[]): string {
  if (contacts.length === 0) return 'This case has no contacts yet. Try: casefile contacts <case-file> --suggest'
  const rows = contacts.map((contact) => [
    String(contact.id),
    contact.confidential ? `${contact.displayName} ●` : contact.displayName,
    contact.kind === 'organization' ? 'organisation' : 'person',
    SOURCING_TERMS_LABELS[contact.terms],
    contact.affiliationName ?? '—',
    day(contact.lastContactedAt),
    day(contact.followUpDue)
  ])
  const withheld = contacts.filter((contact) => contact.withheld).length
  const confidential = contacts.filter((contact) => contact.confidential).length
  const footer = [
    `${plural(contacts.length, 'contact')}.`,
    confidential
      ? `● confidential${withheld ? `: ${withheld === 1 ? 'its name is' : 'their names are'} withheld (--reveal shows ${withheld === 1 ? 'it' : 'them'})` : ''}.`
      : ''
  ].filter(Boolean)
  return `${table(['ID', 'Name', 'Kind', 'Terms', 'Affiliation', 'Last contacted', 'Follow up by'], rows, [6, 40, 12, 16, 36, 14, 12])}\n\n${footer.join(' ')}`
}

function suggestionTable(suggestions: ContactSuggestion[]): string {
  if (suggestions.length === 0) return 'No suggestions: every person and organisation named in the documents is a contact already (or was dismissed).'
  const rows = suggestions.map((suggestion) => [
    suggestion.name,
    suggestion.kind === 'organization' ? 'organisation' : 'person',
    String(suggestion.mentionCount),
    suggestion.documents.map((doc) => doc.title).join('; ')
  ])
  return `${table(['Name', 'Kind', 'Mentions', 'Documents'], rows, [40, 12, 8, 90])}\n\n${plural(suggestions.length, 'suggestion')}.`
}
