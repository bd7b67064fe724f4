// Suggested contacts: people and organisations named in the documents that are not contacts yet.
// Names come from compromise (extract.ts), document by document; here they are put together:
//  - a surname alone ("Halvorsen") counts for the full name it stands for in the same document
//    ("Margit Halvorsen"), or in the whole case when only one full name ends that way; a first
//    name alone counts for a full name in the same document;
//  - a name that is, contains or is part of an existing contact's name or alias is never suggested
//    (so a confidential source's name can never come back through here), nor a dismissed one.
// Per-document results are cached per open case (compromise takes about 13 ms per 1,000 characters),
// so only documents imported since the last call are read; the list itself is cached until the
// documents, the contacts or the dismissed names change. In the app each call reads for a few seconds
// at most (newest documents first) and the next calls go on where it stopped.
import type { ContactKind, ContactSuggestion } from '../../../shared/models'
import type { Db } from '../db/open'
import { now } from '../time'
import { extractNames, loadNlp, type NameOccurrence, type NlpKit } from './extract'
import { nameSources } from './mentions'
import { containsWords, foldName } from './names'
import { redactNames } from './withholding'

let kitLoading: Promise<NlpKit> | null = null

/** compromise, loaded on first use (it takes most of a second, which app start-up should not pay). */
function nlpKit(): Promise<NlpKit> {
  kitLoading ??= loadNlp()
  return kitLoading
}

interface DocumentNames {
  documentId: number
  title: string
  occurrences: NameOccurrence[]
}

interface CaseCache {
  documents: Map<string, DocumentNames>
  list: { key: string; suggestions: Candidate[] } | null
  /** Documents the last call had no time left to read. */
  unread?: number
}

const caches = new WeakMap<Db, CaseCache>()

/** One suggested name with everything counted for it. */
export interface Candidate {
  folded: string
  name: string
  kind: ContactKind
  mentionCount: number
  documents: Map<number, string>
  /** Surnames alone that were counted for this name ("Halvorsen" for "Margit Halvorsen"). */
  surnames: Set<string>
}

/** Kinds of single-word entries in compromise's lexicon that are names rather than common words. */
const NAME_LEXICON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'Company', 'ProperNoun', 'Place', 'City', 'Country', 'Region'])

export interface SuggestionOptions {
  limit?: number
  /**
   * At most this long (ms) reading documents not read yet, newest first; the rest are read by the
   * next calls. The app passes a budget so that a first look at a large case never freezes it
   * (compromise reads about 80,000 characters a second: ten minutes for 10,000 documents); the
   * command line reads everything.
   */
  budgetMs?: number
}

export async function listSuggestions(db: Db, options: SuggestionOptions = {}): Promise<ContactSuggestion[]> {
  const candidates = await suggestionCandidates(db, options.budgetMs)
  // A document's title may name a confidential contact ("Call with <name>").
  const confidential = db.prepare(`SELECT id FROM contacts WHERE terms = 'confidential'`).pluck().all() as number[]
  const hidden = confidential.length ? nameSources(db, confidential).flatMap((source) => source.names) : []
  return candidates.slice(0, options.limit ?? 200).map((candidate) => ({
    name: candidate.name,
    kind: candidate.kind,
    mentionCount: candidate.mentionCount,
    documents: [...candidate.documents].map(([id, title]) => ({ id, title: redactNames(title, hidden) }))
  }))
}

/** Documents the last call left unread (past its time budget): the next calls read them. */
export function unreadSuggestionDocuments(db: Db): number {
  return caches.get(db)?.unread ?? 0
}

export async function suggestionCandidates(db: Db, budgetMs = Infinity): Promise<Candidate[]> {
  const kit = await nlpKit()
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = { documents: new Map(), list: null }))

  const rows = db.prepare('SELECT id, sha256, title FROM documents ORDER BY id DESC').all() as { id: number; sha256: string; title: string }[]
  const current = new Set<string>()
  const started = performance.now()
  let readNow = 0
  let unread = 0
  for (const row of rows) {
    const key = `${row.id}:${row.sha256}`
    current.add(key)
    const known = cache.documents.get(key)
    if (known) {
      known.title = row.title
      continue
    }
    // Past the budget (but at least one document per call, so that calls make progress): later.
    if (budgetMs === 0 || (readNow > 0 && performance.now() - started > budgetMs)) {
      unread++
      continue
    }
    const text = db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(row.id) as string
    cache.documents.set(key, { documentId: row.id, title: row.title, occurrences: extractNames(kit, text) })
    readNow++
  }
  for (const key of cache.documents.keys()) if (!current.has(key)) cache.documents.delete(key)
  cache.unread = unread

  const contactNames = nameSources(db).flatMap((source) => source.names)
  const dismissed = db.prepare('SELECT folded_name FROM dismissed_suggestions').pluck().all() as string[]
  const read = [...cache.documents.values()].sort((a, b) => a.documentId - b.documentId)
  const listKey = JSON.stringify([[...cache.documents.keys()], contactNames, dismissed, read.map((doc) => doc.title)])
  if (cache.list?.key === listKey) return cache.list.suggestions

  const suggestions = aggregateSuggestions(read, {
    contactNames,
    dismissed: new Set(dismissed),
    isCommonWord: (word) => {
      const entry = kit.lexicon[word.toLowerCase()]
      const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]
      return tags.length > 0 && !tags.some((tag) => NAME_LEXICON_TAGS.has(tag))
    }
  })
  cache.list = { key: listKey, suggestions }
  return suggestions
}

export interface Exclusions {
  contactNames: string[]
  dismissed: ReadonlySet<string>
  /** A single word that is an ordinary English word ("Skyline" is not; "Mark" is a name; "Court" is). */
  isCommonWord: (word: string) => boolean
}

interface Seen {
  occurrence: NameOccurrence
  words: string[]
  folded: string
}

export function aggregateSuggestions(documents: DocumentNames[], exclusions: Exclusions): Candidate[] {
  const perDocument = documents.map((doc) => ({
    doc,
    seen: doc.occurrences.map((occurrence): Seen => {
      const folded = foldName(occurrence.name)
      return { occurrence, folded, words: folded.split(' ') }
    })
  }))

  // Longer names known in the case, for shorter forms seen alone elsewhere: people by their last
  // word(s) ("Halvorsen"), organisations by their first or last ("Skyline", "Sheriff's Office").
  const shortForms = new Map<string, Map<string, ContactKind>>()
  const addShortForm = (short: string, full: string, kind: ContactKind) => {
    if (!shortForms.has(short)) shortForms.set(short, new Map())
    shortForms.get(short)!.set(full, kind)
  }
  for (const { seen } of perDocument) {
    for (const { words, folded, occurrence } of seen) {
      if (words.length < 2) continue
      for (let cut = 1; cut < words.length; cut++) {
        if (occurrence.kind === 'person') addShortForm(words.slice(cut).join(' '), folded, 'person')
        else {
          addShortForm(words.slice(0, cut).join(' '), folded, 'organization')
          addShortForm(words.slice(cut).join(' '), folded, 'organization')
        }
      }
    }
  }

  const candidates = new Map<string, Candidate & { kinds: Record<ContactKind, number>; tagged: number; forms: Map<string, number> }>()
  for (const { doc, seen } of perDocument) {
    for (const entry of seen) {
      const target = resolveName(entry, seen, shortForms)
      if (target === null) continue
      let candidate = candidates.get(target.folded)
      if (!candidate) {
        candidate = {
          folded: target.folded,
          name: '',
          kind: target.kind,
          mentionCount: 0,
          documents: new Map(),
          surnames: new Set(),
          kinds: { person: 0, organization: 0 },
          tagged: 0,
          forms: new Map()
        }
        candidates.set(target.folded, candidate)
      }
      candidate.mentionCount++
      candidate.documents.set(doc.documentId, doc.title)
      if (target.folded === entry.folded) {
        // Only the name written in full says what kind it is ("Skyline" alone may look like a person).
        candidate.kinds[entry.occurrence.kind] += entry.occurrence.evidence === 'tagged' ? 2 : 1
        if (entry.occurrence.evidence === 'tagged') candidate.tagged++
        candidate.forms.set(entry.occurrence.name, (candidate.forms.get(entry.occurrence.name) ?? 0) + 1)
      } else if (target.kind === 'person' && target.folded.endsWith(` ${entry.folded}`)) candidate.surnames.add(entry.occurrence.name)
    }
  }

  const contactWords = exclusions.contactNames.map(foldName).filter(Boolean).map((name) => name.split(' '))
  const result: Candidate[] = []
  for (const candidate of candidates.values()) {
    if (candidate.forms.size === 0) continue // only ever seen as a part of itself: cannot be named
    const words = candidate.folded.split(' ')
    if (exclusions.dismissed.has(candidate.folded)) continue
    if (contactWords.some((contact) => containsWords(contact, words) || containsWords(words, contact))) continue
    const name = bestForm(candidate.forms)
    if (words.length === 1 && exclusions.isCommonWord(name)) continue
    const kind: ContactKind = candidate.kinds.organization > candidate.kinds.person ? 'organization' : 'person'
    // A single word the tagger only guessed at, never seen as part of a full name: too weak to suggest.
    if (words.length === 1 && candidate.tagged === 0) continue
    result.push({ folded: candidate.folded, name, kind, mentionCount: candidate.mentionCount, documents: candidate.documents, surnames: candidate.surnames })
  }
  return result.sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name, 'en'))
}

/** The name (and kind) an occurrence counts for, or null when it stands for nothing clear. */
function resolveName(entry: Seen, sameDocument: Seen[], shortForms: Map<string, Map<string, ContactKind>>): { folded: string; kind: ContactKind } | null {
  const { occurrence, words, folded } = entry
  if (!folded) return null
  // A shorter form of a longer name in the same document: "Halvorsen", "Daniela", "Skyline".
  const longer = sameDocument.filter(
    (other) =>
      other.words.length > words.length &&
      (endsWith(other.words, words) || startsWith(other.words, words)) &&
      (occurrence.kind === other.occurrence.kind || occurrence.evidence === 'inferred')
  )
  const distinct = new Set(longer.map((other) => other.folded))
  if (distinct.size === 1) {
    const [target] = longer
    return { folded: target!.folded, kind: target!.occurrence.kind }
  }
  if (distinct.size > 1) return null // "Calder" in "Calder Bay Port Authority" and "Calder City Council"
  // A short form with one longer name in the whole case that it can stand for.
  const full = shortForms.get(folded)
  if (full?.size === 1) {
    const [[target, kind]] = [...full] as [[string, ContactKind]]
    return { folded: target, kind }
  }
  if (full && full.size > 1) return null
  return { folded, kind: occurrence.kind }
}

const endsWith = (words: string[], tail: string[]) => tail.every((word, i) => words[words.length - tail.length + i] === word)
const startsWith = (words: string[], head: string[]) => head.every((word, i) => words[i] === word)

/** The way the documents write a name most often; on a tie, the one with accents or the longest. */
function bestForm(forms: Map<string, number>): string {
  return [...forms].sort(
    (a, b) => b[1] - a[1] || accents(b[0]) - accents(a[0]) || b[0].length - a[0].length || a[0].localeCompare(b[0])
  )[0]![0]
}

function accents(text: string): number {
  return text.normalize('NFD').length - text.length
}

/** Remembers a dismissed name (folded), so it is not suggested again. */
export function dismissSuggestion(db: Db, name: string): void {
  const folded = foldName(name)
  if (!folded) return
  db.prepare('INSERT OR REPLACE INTO dismissed_suggestions (folded_name, dismissed_at) VALUES (?, ?)').run(folded, now())
}

/** The surnames seen alone for this suggested name, to keep as the new contact's aliases. */
export async function surnamesFor(db: Db, name: string): Promise<string[]> {
  const folded = foldName(name)
  // From the documents read so far (no new reading: accepting must be quick).
  const candidate = (await suggestionCandidates(db, 0)).find((entry) => entry.folded === folded)
  return candidate ? [...candidate.surnames] : []
}
