// Names as the matcher and the suggestions see them: words folded to lower case without accents
// ("Peña" and "Pena" are both "pena"), with what separates them reduced to what matters for a name
// (a hyphen, an apostrophe, a full stop after an initial), so that "J.D. Vance" and "J. D. Vance",
// "Peña-Salinas" and "Peña Salinas", "Tom\nHoman" and "Tom Homan" compare equal.

const MARKS = /\p{M}+/gu
const ASCII_ONLY = /^[\x00-\x7f]*$/

/** One word folded: lower case, accents removed (NFD, combining marks dropped). */
export function foldWord(word: string): string {
  if (ASCII_ONLY.test(word)) return word.toLowerCase()
  return word.normalize('NFD').replace(MARKS, '').toLowerCase()
}

/** Words of a text with their offsets (UTF-16 code units). */
export interface Words {
  /** Folded words. */
  folded: string[]
  starts: number[]
  ends: number[]
}

const NON_ASCII = /[^\x00-\x7f]/
/** A word character: a letter, a digit or a combining mark (so "Peña" in NFD is still one word). */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u
/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, code) => (/[A-Za-z0-9]/.test(String.fromCharCode(code)) ? 1 : 0))

/** For a code unit ≥ 128: the width (1, or 2 for a surrogate pair) of the word character there, or 0. */
function otherWidth(text: string, index: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) return WORD_CHARACTER.test(text.slice(index, index + 2)) ? 2 : 0
  return WORD_CHARACTER.test(text[index]!) ? 1 : 0
}

/**
 * Walks the words of a text: `next()` moves to the next word and sets `start` and `end`. The hot
 * loop of every scan, so written by hand: ASCII is decided from a table, other characters by their
 * Unicode class (several times faster than a regular expression's exec, which allocates per word).
 */
export class WordCursor {
  start = 0
  end = 0

  constructor(
    private readonly text: string,
    private position = 0
  ) {}

  next(): boolean {
    const text = this.text
    const length = text.length
    let index = this.position
    while (index < length) {
      let code = text.charCodeAt(index)
      let width = code < 128 ? ASCII_WORD[code]! : otherWidth(text, index, code)
      if (width === 0) {
        index++
        continue
      }
      const start = index
      while (width > 0) {
        index += width
        if (index >= length) break
        code = text.charCodeAt(index)
        width = code < 128 ? ASCII_WORD[code]! : otherWidth(text, index, code)
      }
      this.start = start
      this.end = index
      this.position = index
      return true
    }
    this.position = length
    return false
  }
}

/**
 * Folds the words of one text, fast: the text is lower-cased once, and words of a text that is
 * plain ASCII (or of an ASCII word in any text) are slices of that; only other words go through
 * Unicode decomposition. Lower-casing keeps offsets only when no character changes length in lower
 * case (true of almost every text), so that is checked.
 */
export class WordFolder {
  /** The text in lower case; its offsets are the text's when `sameLength`. */
  readonly lowered: string
  readonly sameLength: boolean
  /** Plain ASCII: every folded word is a slice of `lowered`. */
  readonly ascii: boolean

  constructor(private readonly text: string) {
    this.lowered = text.toLowerCase()
    this.sameLength = this.lowered.length === text.length
    this.ascii = this.sameLength && !NON_ASCII.test(text)
  }

  fold(start: number, end: number): string {
    if (this.ascii) return this.lowered.slice(start, end)
    const word = this.text.slice(start, end)
    return this.sameLength && !NON_ASCII.test(word) ? this.lowered.slice(start, end) : foldWord(word)
  }
}

/** The words of a text, folded, with their offsets. */
export function splitWords(text: string): Words {
  const words: Words = { folded: [], starts: [], ends: [] }
  const folder = new WordFolder(text)
  const cursor = new WordCursor(text)
  while (cursor.next()) {
    words.folded.push(folder.fold(cursor.start, cursor.end))
    words.starts.push(cursor.start)
    words.ends.push(cursor.end)
  }
  return words
}

/** Abbreviations whose full stop is optional in a name ("Sgt. Kowalczyk" = "Sgt Kowalczyk"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'lt', 'gen', 'gov', 'sen', 'rep', 'col', 'sgt', 'capt', 'prof', 'cpl', 'maj', 'hon'
])

/**
 * What separates two words of a name, reduced to what matters: white space (any amount, one line
 * break at most) counts as nothing, a hyphen as nothing (so "Peña-Salinas" = "Peña Salinas"), an
 * apostrophe as an apostrophe ("O'Brien"), and a full stop only when it does not end an initial or
 * an abbreviation. Returns null for separators that cannot sit inside a name (commas, paragraph
 * breaks, long runs of anything).
 */
export function canonicalGap(gap: string, previousWord: string): string | null {
  if (gap.length > 12) return null
  let newlines = 0
  let canonical = ''
  for (const char of gap) {
    if (char === '\n') {
      if (++newlines > 1) return null
    } else if (/\s/.test(char)) continue
    else if (char === '-' || char === '\u2010' || char === '\u2011') continue
    else if (char === "'" || char === '\u2019' || char === '\u02bc' || char === '\u2018') canonical += "'"
    else if (char === '.') {
      if (!(previousWord.length === 1 || ABBREVIATIONS.has(previousWord))) canonical += '.'
    } else return null
  }
  return canonical
}

/** A name as words and canonical gaps, ready to compare. */
export interface NameShape {
  words: string[]
  gaps: string[]
  /** The words as written (for acronyms, which match in capitals only). */
  raw: string[]
}

export function nameShape(name: string): NameShape | null {
  const text = name.normalize('NFC')
  const words = splitWords(text)
  if (words.folded.length === 0) return null
  const gaps: string[] = []
  for (let i = 1; i < words.folded.length; i++) {
    const gap = canonicalGap(text.slice(words.ends[i - 1], words.starts[i]), words.folded[i - 1]!)
    gaps.push(gap ?? '\u0000') // a separator no text can match: "Smith, John" as a name only matches itself
  }
  return { words: words.folded, gaps, raw: words.starts.map((start, i) => text.slice(start, words.ends[i])) }
}

/**
 * The shapes a name is matched in: the name itself, and for initials written together or apart
 * ("J.D." / "JD"), the other way of writing them.
 */
export function nameVariants(name: string): NameShape[] {
  const shape = nameShape(name)
  if (!shape) return []
  const variants = [shape]
  // "J. D. Vance" → also "JD Vance": join runs of single-letter words.
  const joined = joinInitials(shape)
  if (joined) variants.push(joined)
  // "JD Vance" → also "J. D. Vance": split a short all-capitals word that starts a longer name.
  const split = splitInitials(shape)
  if (split) variants.push(split)
  return variants
}

function joinInitials(shape: NameShape): NameShape | null {
  const words: string[] = []
  const raw: string[] = []
  const gaps: string[] = []
  let joining = false // the last word kept is one or more initials written together so far
  let changed = false
  shape.words.forEach((word, i) => {
    const initial = word.length === 1 && /\p{L}/u.test(word)
    if (initial && joining && shape.gaps[i - 1] === '') {
      words[words.length - 1] += word
      raw[raw.length - 1] += shape.raw[i]!
      changed = true
      return
    }
    if (i > 0) gaps.push(shape.gaps[i - 1]!)
    words.push(word)
    raw.push(shape.raw[i]!)
    joining = initial
  })
  return changed ? { words, gaps, raw } : null
}

function splitInitials(shape: NameShape): NameShape | null {
  if (shape.words.length < 2) return null
  const first = shape.raw[0]!
  if (!/^\p{Lu}{2,3}$/u.test(first)) return null
  const letters = [...shape.words[0]!]
  return {
    words: [...letters, ...shape.words.slice(1)],
    raw: [...first].concat(shape.raw.slice(1)),
    gaps: [...letters.slice(1).map(() => ''), ...shape.gaps]
  }
}

/** A name folded to one comparable string: "Peña-Salinas, Arturo" → "pena salinas arturo". */
export function foldName(name: string): string {
  return splitWords(name.normalize('NFC')).folded.join(' ')
}

/** Whether one folded name's words occur, in order and together, within the other's. */
export function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false
  for (let i = 0; i + inner.length <= outer.length; i++) {
    if (inner.every((word, j) => outer[i + j] === word)) return true
  }
  return false
}

/** An acronym such as "ICE" or "CBP": matched in capitals only, since "ice" is a word. */
export function isAcronym(shape: NameShape): boolean {
  return shape.words.length === 1 && /^\p{Lu}{2,6}$/u.test(shape.raw[0]!)
}
