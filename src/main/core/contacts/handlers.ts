// TEMPORARY (working tree only): replaced by the contacts implementation.
import type { Handlers, Method } from '../../../shared/api'
import type { Db } from '../db/open'

export type ContactMethod = Extract<Method, `contacts.${string}`>

export function contactHandlers(db: () => Db): Pick<Handlers, ContactMethod> {
  void db
  const missing = () => {
    throw new Error('contacts not implemented yet')
  }
  return {
    'contacts.list': missing,
    'contacts.get': missing,
    'contacts.create': missing,
    'contacts.update': missing,
    'contacts.delete': missing,
    'contacts.merge': missing,
    'contacts.logInteraction': missing,
    'contacts.updateInteraction': missing,
    'contacts.deleteInteraction': missing,
    'contacts.linkQuestion': missing,
    'contacts.unlinkQuestion': missing,
    'contacts.linkPassage': missing,
    'contacts.unlinkPassage': missing,
    'contacts.mentions': missing,
    'contacts.suggestions': missing,
    'contacts.acceptSuggestion': missing,
    'contacts.dismissSuggestion': missing
  }
}
