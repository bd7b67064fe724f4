// Confidential contacts: their names and identifying fields never leave the core unless the caller
// asked to reveal them. Every contact result is built through here, so the rule holds for the
// desktop app, the browser bridge, the command line and, later, exports alike.
import type { SourcingTerms } from '../../../shared/models'
import { NameMatcher } from './matcher'

/** What stands in for a withheld name inside text (mention contexts, passages, interaction notes). */
export const WITHHELD_TEXT = '[withheld]'

export function isConfidential(terms: SourcingTerms): boolean {
  return terms === 'confidential'
}

/** Whether this contact's identifying fields are withheld from this result. */
export function isWithheld(terms: SourcingTerms, reveal: boolean | undefined): boolean {
  return isConfidential(terms) && reveal !== true
}

/** A label that identifies the record, not the person, and stays the same for the contact's life. */
export function confidentialLabel(id: number): string {
  return `Confidential source ${id}`
}

export function displayName(contact: { id: number; name: string; terms: SourcingTerms }, reveal: boolean | undefined): string {
  return isWithheld(contact.terms, reveal) ? confidentialLabel(contact.id) : contact.name
}

/** Replaces every occurrence of the given names in `text` by "[withheld]". */
export function redactNames(text: string, names: string[]): string {
  if (!text) return text
  const matches = new NameMatcher([{ contactId: 0, names }]).scan(text)
  if (matches.length === 0) return text
  let result = ''
  let at = 0
  for (const { start, end } of matches) {
    // "Hal Strøm" written as two aliases side by side is one name withheld, not two.
    if (at > 0 && result.endsWith(WITHHELD_TEXT) && /^\s+$/.test(text.slice(at, start))) {
      at = end
      continue
    }
    result += text.slice(at, start) + WITHHELD_TEXT
    at = end
  }
  return result + text.slice(at)
}
