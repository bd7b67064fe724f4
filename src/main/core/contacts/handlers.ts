// The contacts.* API methods over the open case.
import type { Handlers, Method } from '../../../shared/api'
import type { Db } from '../db/open'
import { listMentions } from './mentions'
import * as contacts from './repo'
import { dismissSuggestion, listSuggestions, surnamesFor, unreadSuggestionDocuments } from './suggestions'

export type ContactMethod = Extract<Method, `contacts.${string}`>

/**
 * How long one call for suggestions may spend reading documents it has not read yet. The core runs
 * in the app's main process, so a first call on a 10,000-document case (about ten minutes of NLP)
 * must not hold it: each call reads for this long, newest documents first, and returns what it has.
 */
export const SUGGESTION_BUDGET_MS = 5_000

export function contactHandlers(db: () => Db): Pick<Handlers, ContactMethod> {
  const get = (id: number, reveal?: boolean) => contacts.getContact(db(), id, reveal)
  return {
    'contacts.list': (filter) => contacts.listContacts(db(), filter),
    'contacts.get': ({ id, reveal }) => get(id, reveal),
    'contacts.create': (input) => get(contacts.createContact(db(), input)),
    'contacts.update': ({ id, ...changes }) => {
      contacts.updateContact(db(), id, changes)
      return get(id)
    },
    'contacts.delete': ({ id }) => {
      contacts.deleteContact(db(), id)
      return null
    },
    'contacts.merge': ({ keepId, mergeId }) => {
      contacts.mergeContacts(db(), keepId, mergeId)
      return get(keepId)
    },
    'contacts.logInteraction': ({ contactId, ...interaction }) => {
      contacts.logInteraction(db(), contactId, interaction)
      return get(contactId)
    },
    'contacts.updateInteraction': ({ id, ...interaction }) => get(contacts.updateInteraction(db(), id, interaction)),
    'contacts.deleteInteraction': ({ id }) => get(contacts.deleteInteraction(db(), id)),
    'contacts.linkQuestion': ({ contactId, questionId }) => {
      contacts.linkQuestion(db(), contactId, questionId)
      return get(contactId)
    },
    'contacts.unlinkQuestion': ({ contactId, questionId }) => {
      contacts.unlinkQuestion(db(), contactId, questionId)
      return get(contactId)
    },
    'contacts.linkPassage': ({ contactId, passageId, role }) => {
      contacts.linkPassage(db(), contactId, passageId, role)
      return get(contactId)
    },
    'contacts.unlinkPassage': ({ contactId, passageId }) => {
      contacts.unlinkPassage(db(), contactId, passageId)
      return get(contactId)
    },
    'contacts.mentions': ({ id, reveal, limit }) => listMentions(db(), contacts.contactTerms(db(), id), { reveal, limit }),
    'contacts.suggestions': async ({ limit }) => {
      const suggestions = await listSuggestions(db(), { limit, budgetMs: SUGGESTION_BUDGET_MS })
      return { suggestions, unreadDocuments: unreadSuggestionDocuments(db()) }
    },
    'contacts.acceptSuggestion': async ({ name, kind }) => {
      // Surnames the documents use alone for this name become aliases, so those mentions count too.
      const aliases = kind === 'person' ? await surnamesFor(db(), name) : []
      return get(contacts.acceptSuggestion(db(), name, kind, aliases))
    },
    'contacts.dismissSuggestion': ({ name }) => {
      dismissSuggestion(db(), name)
      return null
    }
  }
}
