// Confidentiality in the exported summary. Two rules:
// - A passage linked to a contact who may not be named in print (confidential, off the record, and
//   by definition also on background or deep background) is cited by the contact's description
//   only: no title, author, URL, page, quote or name.
// - The names and aliases of confidential and off-the-record contacts never appear anywhere in an
//   export: they are replaced by "[withheld]" in every text, and the rendered file is scanned for them
//   once more before it is handed out (assertNoWithheldNames), so that a bug here fails loudly
//   instead of leaking a source.
import { CasefileError } from '../../../shared/errors'
import type { SourcingTerms } from '../../../shared/models'
import type { Db } from '../db/open'
import { NameMatcher } from '../contacts/matcher'
import { redactNames } from '../contacts/withholding'

/** Terms under which a source is not named in print: their passages are cited by description. */
export const UNNAMED_TERMS: readonly SourcingTerms[] = ['confidential', 'off_record', 'background', 'deep_background']
/** Terms whose names (and aliases) are removed from every exported text. */
export const WITHHELD_NAME_TERMS: readonly SourcingTerms[] = ['confidential', 'off_record']

export const ANONYMOUS_FALLBACK = 'a source who spoke on condition of anonymity'
const DEEP_BACKGROUND = 'a source on deep background, not attributed'

/** The names and aliases that must not appear in an export. */
export function withheldNames(db: Db): string[] {
  const terms = JSON.stringify(WITHHELD_NAME_TERMS)
  return db
    .prepare(
      `SELECT name FROM contacts WHERE terms IN (SELECT value FROM json_each(@terms))
       UNION SELECT a.alias FROM contact_aliases a JOIN contacts c ON c.id = a.contact_id WHERE c.terms IN (SELECT value FROM json_each(@terms))`
    )
    .pluck()
    .all({ terms })
    .map(String)
    .filter((name) => name.trim() !== '')
    .sort()
}

export type Redact = (text: string) => string

export function redactor(names: string[]): Redact {
  return names.length === 0 ? (text) => text : (text) => redactNames(text, names)
}

export interface UnnamedSource {
  contactId: number
  /** How the source is described in print (already redacted), e.g. "a serving Border Patrol agent, who spoke on condition of anonymity". */
  description: string
}

/**
 * For each of these passages that is attributed to an unnamed source, that source. A passage linked
 * to several such contacts is cited by the one it quotes (else the first linked).
 */
export function unnamedSources(db: Db, passageIds: number[], redact: Redact): Map<number, UnnamedSource> {
  const rows = db
    .prepare(
      `SELECT cp.passage_id AS passageId, c.id AS contactId, c.terms, c.description
       FROM contact_passages cp JOIN contacts c ON c.id = cp.contact_id
       WHERE cp.passage_id IN (SELECT value FROM json_each(@passages)) AND c.terms IN (SELECT value FROM json_each(@terms))
       ORDER BY cp.passage_id, cp.role = 'quote' DESC, c.id`
    )
    .all({ passages: JSON.stringify(passageIds), terms: JSON.stringify(UNNAMED_TERMS) }) as {
    passageId: number
    contactId: number
    terms: SourcingTerms
    description: string
  }[]
  const sources = new Map<number, UnnamedSource>()
  for (const row of rows) {
    if (!sources.has(row.passageId)) sources.set(row.passageId, { contactId: row.contactId, description: describe(row.terms, redact(row.description)) })
  }
  return sources
}

/**
 * The reporter's description, with the terms spelled out when it does not say them already. Deep
 * background is used without attribution, so its description is not printed at all.
 */
function describe(terms: SourcingTerms, written: string): string {
  const description = written.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '')
  switch (terms) {
    case 'deep_background':
      return DEEP_BACKGROUND
    case 'background':
      if (!description) return 'a source speaking on background'
      return /background/i.test(description) ? description : `${description}, speaking on background`
    default:
      if (!description) return ANONYMOUS_FALLBACK
      return /anonym|not be named|not to be named|unnamed|without being named|condition/i.test(description)
        ? description
        : `${description}, who spoke on condition of anonymity`
  }
}

/**
 * The last guard: refuses an export whose text still names a withheld contact. `texts` are the
 * rendered file's texts (Markdown, HTML, the DOCX's XML parts); markup is read both as written and
 * with tags and character references undone, so an escaped or split name is found too.
 */
export function assertNoWithheldNames(texts: Iterable<string>, names: string[]): void {
  if (names.length === 0) return
  const matcher = new NameMatcher([{ contactId: 0, names }])
  for (const text of texts) {
    if (matcher.scan(text).length > 0 || matcher.scan(plainText(text)).length > 0) {
      throw new CasefileError(
        'internal',
        'The export was stopped because it would have named a confidential source. Nothing was written. Please report this problem.'
      )
    }
  }
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Markup reduced to its text: tags become spaces, character references and Markdown escapes are undone. */
function plainText(markup: string): string {
  return markup
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      }
      return NAMED_REFERENCES[name.toLowerCase()] ?? whole
    })
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
}
