// The search box's language, parsed into a safe FTS5 expression. User text never reaches MATCH
// as syntax: every term is emitted as a quoted FTS5 string, so quotes, NEAR(, column filters,
// parentheses or SQL-looking input can only ever be words to look for.
//
//   drone memo        both words          "exact phrase"    the phrase
//   drone*            prefix              -rumour           without the word
//   drone OR drones   either              kind:passage outlet:ledger status:open from:2025-02-01 to:2025-02-28

import { SEARCH_KINDS, type SearchKind } from '../../../shared/models'

export interface SearchFilters {
  kinds: SearchKind[]
  outlet: string | null
  status: string | null
  from: string | null
  to: string | null
}

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or null when there is nothing positive to look for. */
  match: string | null
  filters: SearchFilters
  /** Words and phrases to highlight in the reader (without operators). */
  terms: string[]
}

/** Longest query considered; the rest is ignored rather than refused. */
export const MAX_QUERY_LENGTH = 1000
const MAX_TERMS = 32

interface Term {
  text: string
  phrase: boolean
  prefix: boolean
  negated: boolean
}

const WORDLIKE = /[\p{L}\p{N}]/u

export function parseQuery(input: string): ParsedQuery {
  const filters: SearchFilters = { kinds: [], outlet: null, status: null, from: null, to: null }
  const groups: Term[][] = [[]] // OR-separated groups of AND-ed terms
  const source = input.normalize('NFC').slice(0, MAX_QUERY_LENGTH)
  let count = 0

  for (const token of tokenize(source)) {
    if (count >= MAX_TERMS) break
    if (!token.quoted && token.text === 'OR') {
      if (groups[groups.length - 1]!.length > 0) groups.push([])
      continue
    }
    if (!token.quoted && !token.negated && applyFilter(token.text, filters)) continue

    let text = token.text
    let prefix = false
    if (!token.quoted && text.endsWith('*')) {
      text = text.replace(/\*+$/, '')
      prefix = true
    }
    // Keep only what the tokenizer would index as words; punctuation alone is no term.
    text = text.replace(/[^\p{L}\p{N}\p{M}'’\-_.@]+/gu, ' ').trim()
    if (!WORDLIKE.test(text)) continue
    groups[groups.length - 1]!.push({ text, phrase: token.quoted, prefix: prefix && !/\s/.test(text), negated: token.negated })
    count++
  }

  const clauses = groups.map(buildGroup).filter((clause): clause is string => clause !== null)
  const terms = groups.flat().filter((term) => !term.negated).map((term) => term.text)
  return { match: clauses.length ? clauses.join(' OR ') : null, filters, terms }
}

function buildGroup(terms: Term[]): string | null {
  const positive = terms.filter((term) => !term.negated).map(ftsString)
  if (positive.length === 0) return null // "-word" alone finds nothing rather than everything
  const negative = terms.filter((term) => term.negated).map(ftsString)
  const all = positive.join(' AND ')
  const expression = negative.length ? `(${all}) NOT (${negative.join(' OR ')})` : all
  return `(${expression})`
}

/** An FTS5 string literal: double quotes doubled, prefix star outside the quotes. */
function ftsString(term: Term): string {
  return `"${term.text.replace(/"/g, '""')}"${term.prefix ? '*' : ''}`
}

interface Token {
  text: string
  quoted: boolean
  negated: boolean
}

function* tokenize(source: string): Generator<Token> {
  let i = 0
  while (i < source.length) {
    while (i < source.length && /\s/.test(source[i]!)) i++
    if (i >= source.length) return
    let negated = false
    if (source[i] === '-' && i + 1 < source.length && !/\s/.test(source[i + 1]!)) {
      negated = true
      i++
    }
    if (source[i] === '"' || source[i] === '“') {
      const close = source[i] === '“' ? '”' : '"'
      const end = source.indexOf(close, i + 1)
      const stop = end === -1 ? source.length : end
      yield { text: source.slice(i + 1, stop), quoted: true, negated }
      i = stop + 1
      continue
    }
    const start = i
    while (i < source.length && !/\s/.test(source[i]!) && source[i] !== '"' && source[i] !== '“') i++
    yield { text: source.slice(start, i), quoted: false, negated }
  }
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/

function applyFilter(token: string, filters: SearchFilters): boolean {
  const match = /^(kind|outlet|status|from|to):(.+)$/i.exec(token)
  if (!match) return false
  const key = match[1]!.toLowerCase()
  const value = match[2]!
  switch (key) {
    case 'kind': {
      const kind = value.toLowerCase().replace(/s$/, '')
      if (!(SEARCH_KINDS as readonly string[]).includes(kind)) return false
      filters.kinds.push(kind as SearchKind)
      return true
    }
    case 'outlet':
      filters.outlet = value
      return true
    case 'status':
      filters.status = value.toLowerCase().replace(/[\s-]/g, '_').replace("can't", 'cant').replace('’', '')
      return true
    default:
      if (!DATE.test(value)) return false
      filters[key as 'from' | 'to'] = value
      return true
  }
}
