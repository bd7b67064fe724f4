// People and organisations named in a text, found with compromise (a maintained rule-based English
// NLP library): its tagger decides what is a person, an organisation, a place, a title, a verb;
// this module only assembles its tagged words into clean names:
//  - runs of capitalised words compromise tags as nouns, joined by "of", "del", "and" (organisations);
//  - titles dropped ("Sen.", "Dr.", "Captain", "Council President": compromise's Honorific/Actor tags),
//    possessives dropped ("Homan's" → "Homan"), trailing punctuation dropped;
//  - a person if compromise tags a word of it as a person (or it had a title); an organisation if
//    compromise tags it so or it ends with one of compromise's organisation words ("Authority",
//    "Union", "Office"…); anything else (places, months, products) is left out.
// Line breaks inside wrapped paragraphs are read as spaces, so "Renée\nDubois-Okafor" is one name.
import type { ContactKind } from '../../../shared/models'

/** compromise (loaded lazily: it takes most of a second to load) and the parts of its model used here. */
export interface NlpKit {
  nlp: typeof import('compromise').default
  /** Nouns that end organisation names ("Authority", "Union"), compromise's list plus a few of ours. */
  orgWords: ReadonlySet<string>
  /** compromise's lexicon: word → tag(s). */
  lexicon: Readonly<Record<string, string | string[]>>
}

/** Words that end the names of newsrooms, forces and agencies, which compromise's list lacks. */
export const MORE_ORG_WORDS = [
  'courier', 'dispatch', 'ledger', 'tribune', 'observer', 'sentinel', 'examiner', 'inquirer', 'bulletin', 'monitor',
  'patrol', 'guard', 'enforcement', 'protection', 'command', 'cartel', 'parliament', 'congress', 'senate', 'assembly',
  'secretariat', 'court', 'prosecutors'
]

export async function loadNlp(): Promise<NlpKit> {
  const { default: nlp } = await import('compromise')
  const world = nlp.world() as unknown as {
    model: { one: { lexicon: Record<string, string | string[]> }; two: { orgWords: Record<string, boolean> } }
  }
  return { nlp, orgWords: new Set([...Object.keys(world.model.two.orgWords), ...MORE_ORG_WORDS]), lexicon: world.model.one.lexicon }
}

export interface NameOccurrence {
  name: string
  kind: ContactKind
  /** How sure the tagger was: 'tagged' when compromise itself named the kind, 'inferred' otherwise. */
  evidence: 'tagged' | 'inferred'
  /** A single word: maybe a surname standing for a full name seen elsewhere. */
  single: boolean
}

interface Term {
  text: string
  pre: string
  post: string
  tags: string[]
  normal: string
  machine?: string
  offset: { start: number; length: number }
}

/** Lower-case words that may sit inside a name: "Department of Transportation", "Cartel del Golfo". */
const CONNECTORS = new Set(['of', 'del', 'de', 'la', 'los', 'las', 'y', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'le', 'al', 'bin', 'for', 'on'])
/** Joining words allowed inside organisation names only: "Customs and Border Protection". */
const ORG_JOINERS = new Set(['and', '&'])
/** Tags that mark a capitalised word as something other than part of a name. */
const NOT_NAME = ['Verb', 'Pronoun', 'Determiner', 'QuestionWord', 'Conjunction', 'Preposition', 'Date', 'Month', 'WeekDay', 'Value', 'Adverb', 'Expression']
/** Titles compromise does not tag as titles. */
const TITLES = new Set(['councilmember', 'councilwoman', 'councilman', 'lieutenant', 'sergeant', 'sheriff', 'rep', 'sen', 'gov', 'lt', 'sgt', 'capt'])
const BREAKING_PUNCTUATION = /[,;:!?()[\]{}"“”«»…|/\\]|—|–|\s-\s/
const UPPER_START = /^\p{Lu}/u
/** "J" or "J.D" (compromise keeps the last full stop apart). */
const INITIAL = /^\p{Lu}(\.\p{Lu}){0,2}\.?$/u

/**
 * Same-length copy of the text where line breaks inside wrapped paragraphs are spaces: between two
 * long lines, or before a line that goes on in lower case. Short lines (headers, signatures, lists)
 * keep their breaks.
 */
export function unwrapLines(text: string): string {
  return text.replace(/([^\n]{50,})\n(?=[^\n\s\-*•#>\d][^\n]{39,}|\p{Ll})/gu, (_, line: string) => `${line} `)
}

export function extractNames(kit: NlpKit, text: string): NameOccurrence[] {
  const sentences = kit.nlp(unwrapLines(text)).json({ offset: true }) as { terms: Term[] }[]
  const words = new Words(kit)
  const found: NameOccurrence[] = []
  for (const sentence of sentences) {
    for (const run of nameRuns(sentence.terms, words)) {
      const occurrence = toOccurrence(run, text, words)
      if (occurrence) found.push(occurrence)
    }
  }
  return found
}

/** What compromise's lexicon says about single words. */
class Words {
  constructor(private readonly kit: NlpKit) {}

  private tags(term: Term): string[] {
    const entry = this.kit.lexicon[word(term).toLowerCase().replace(/\.$/, '')]
    return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry]
  }

  /** An ordinary English word ("Ask", "Safety"), not a name. */
  isCommon(term: Term): boolean {
    const tags = this.tags(term)
    return tags.length > 0 && !tags.some((tag) => LEXICON_NAME_TAGS.has(tag))
  }

  /** A title or a job: "Sen.", "Dr.", "Deputy", "Captain", "President". */
  isTitle(term: Term): boolean {
    if (has(term, ['Honorific']) || TITLES.has(word(term).toLowerCase().replace(/\.$/, ''))) return true
    const tags = this.tags(term)
    return tags.includes('Actor') || tags.includes('Honorific')
  }

  isOrgWord(term: Term): boolean {
    return this.kit.orgWords.has(word(term).toLowerCase())
  }
}

const LEXICON_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Organization', 'Company', 'ProperNoun', 'Place', 'City', 'Country', 'Region', 'Honorific'])

const has = (term: Term, tags: string[]) => tags.some((tag) => term.tags.includes(tag))
const word = (term: Term) => (term.machine ?? term.normal).replace(/['’]s$/, '')

function isNamePart(term: Term, sentenceStart: boolean, words: Words): boolean {
  if (!UPPER_START.test(term.text)) return false
  if (has(term, NOT_NAME) && !has(term, ['Person', 'Organization'])) return false
  // A capital at the start of a sentence says nothing: the word must be known as a name, or at
  // least not be an ordinary word ("Ask Raghunathan whether…", "Port officials said…").
  if (sentenceStart) {
    if (has(term, ['Person', 'FirstName', 'LastName', 'Organization', 'Place']) || words.isTitle(term)) return true
    return has(term, ['ProperNoun', 'Acronym']) && !words.isCommon(term)
  }
  return true
}

/** Whether punctuation after this word ends the name (a full stop after an initial or "Sen." does not). */
function endsRun(term: Term): boolean {
  const post = term.post
  if (BREAKING_PUNCTUATION.test(post) || post.includes('\n')) return true
  if (post.includes('.')) return !(INITIAL.test(term.text) || has(term, ['Abbreviation', 'Honorific']) || TITLES.has(term.normal.replace(/\.$/, '')))
  return false
}

type Run = Term[] & { next?: Term }

function nameRuns(terms: Term[], words: Words): Run[] {
  const runs: Run[] = []
  let run: Run = []
  let lastIndex = -1
  let pendingConnectors: Term[] = []
  const close = () => {
    // Keep the word after the run: classification looks at it.
    if (run.length) runs.push(Object.assign(run, { next: terms[lastIndex + 1] }))
    run = []
    pendingConnectors = []
  }
  // List numbers ("1. Ask …") do not start the sentence: the word after them does.
  let sentenceStart = 0
  while (sentenceStart < terms.length && /^[\d.)*•-]+$/.test(terms[sentenceStart]!.text)) sentenceStart++
  terms.forEach((term, index) => {
    if (run.length && BREAKING_PUNCTUATION.test(term.pre)) close()
    if (isNamePart(term, index <= sentenceStart, words)) {
      run.push(...pendingConnectors, term)
      lastIndex = index
      pendingConnectors = []
      // "Homan's office": the name ends at the possessive, unless an organisation word follows
      // ("Sheriff's Office"). Judged by the text: compromise spreads its Possessive tag backwards.
      const possessive = /['’]s?$/.test(term.text) || /^['’]/.test(term.post)
      const next = terms[index + 1]
      const orgFollows = next !== undefined && UPPER_START.test(next.text) && words.isOrgWord(next)
      if (endsRun(term) || (possessive && !orgFollows)) close()
      return
    }
    const lower = term.text.toLowerCase()
    if (run.length && !endsRun(run[run.length - 1]!) && (CONNECTORS.has(lower) || ORG_JOINERS.has(lower)) && pendingConnectors.length < 2) {
      pendingConnectors.push(term)
      if (endsRun(term)) close()
      return
    }
    close()
  })
  close()
  return runs
}

function toOccurrence(run: Run, text: string, words: Words): NameOccurrence | null {
  let terms: Term[] = run
  // Drop titles: everything up to the last title word that is followed by a name. Organisation
  // names keep theirs ("Coastal Freight Workers Union", "Calder County Sheriff's Office").
  let titled = false
  const organisationName = words.isOrgWord(run[run.length - 1]!)
  for (let i = terms.length - 2; i >= 0 && !organisationName; i--) {
    if (words.isTitle(terms[i]!) && !has(terms[i]!, ['FirstName', 'LastName'])) {
      terms = terms.slice(i + 1)
      titled = true
      break
    }
  }
  // Connectors never start or end a name.
  while (terms.length && !UPPER_START.test(terms[0]!.text)) terms = terms.slice(1)
  while (terms.length && !UPPER_START.test(terms[terms.length - 1]!.text)) terms = terms.slice(0, -1)
  if (terms.length === 0 || terms.length > 7) return null

  const first = terms[0]!
  const last = terms[terms.length - 1]!
  // A job rather than a name: "Information Officer", "Council President".
  if (words.isTitle(last) && !has(last, ['FirstName', 'LastName']) && !words.isOrgWord(last)) return null
  let name = text.slice(first.offset.start, last.offset.start + last.offset.length)
  name = name.replace(/\s+/g, ' ').replace(/['’]s?$/, '').replace(/[.,;:]+$/, (tail) => (INITIAL.test(last.text) ? tail : ''))
  name = name.replace(/^the\s+/i, '').trim()
  if (!/\p{L}{2}/u.test(name) || /\d/.test(name)) return null

  const tagged = (tag: string) => terms.some((term) => term.tags.includes(tag))
  const single = terms.length === 1
  const connected = terms.some((term) => CONNECTORS.has(term.text.toLowerCase()))
  // compromise sometimes stretches an organisation over the lower-case words after it ("a Tacoma
  // company"): its tag then says nothing about the capitalised part.
  const orgTagLeaks = run.next !== undefined && !UPPER_START.test(run.next.text) && run.next.tags.includes('Organization')
  if (single && words.isOrgWord(first)) return null // "Office", "Union" alone
  if ((tagged('Organization') && !orgTagLeaks) || words.isOrgWord(last) || (connected && words.isOrgWord(first))) {
    return { name, kind: 'organization', evidence: 'tagged', single }
  }
  if (terms.some((term) => ORG_JOINERS.has(term.text.toLowerCase()))) return null // "Halvorsen and Ibarra"
  if (terms.every((term) => has(term, ['Place']))) return null
  if (tagged('Person') || tagged('FirstName') || tagged('LastName')) return { name, kind: 'person', evidence: 'tagged', single }
  // Unknown capitalised words after a title, or two or three of them together, are most often a
  // person the tagger does not know ("Ms. Castellanos", "Halvard Strøm") – unless they are
  // ordinary words ("Officer Safety Alert") or places.
  const unknown = terms.every(
    (term) => INITIAL.test(term.text) || (UPPER_START.test(term.text) && !words.isCommon(term) && !has(term, ['Place', 'Acronym']))
  )
  if (unknown && (titled || (terms.length >= 2 && terms.length <= 3))) return { name, kind: 'person', evidence: 'inferred', single }
  if (single && unknown && has(first, ['ProperNoun'])) return { name, kind: 'person', evidence: 'inferred', single }
  return null
}
