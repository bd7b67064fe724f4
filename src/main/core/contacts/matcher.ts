// Finding contacts' names in a text in one pass over its words. The names (and aliases, and their
// variants) are indexed by their first folded word; at each word of the text only the names that
// start with it are tried. With 500 contacts that is one map lookup per word instead of 500 regular
// expressions over the whole text.
import { canonicalGap, isAcronym, nameVariants, WordCursor, WordFolder, type NameShape } from './names'

export interface NameSource {
  contactId: number
  /** The name and the aliases. */
  names: string[]
}

export interface NameMatch {
  contactId: number
  start: number
  end: number
}

interface Pattern {
  contactId: number
  words: string[]
  gaps: string[]
  /** For acronyms ("ICE"): the capitals the text must show. */
  acronym: string | null
}

const HYPHENS = new Set(['-', '\u2010', '\u2011'])
const UPPER_START = /^\p{Lu}/u

export class NameMatcher {
  private readonly byFirstWord = new Map<string, Pattern[]>()
  /**
   * A cheap first test before a word is sliced out and looked up (most words start no name): the
   * first two characters of every name's first word (ASCII), and the lengths of those words.
   */
  private readonly firstTwo = new Uint8Array(128 * 128)
  private readonly firstLengths = new Uint8Array(64)
  private anyFirstWord = false
  readonly contactIds: ReadonlySet<number>

  constructor(sources: NameSource[]) {
    const ids = new Set<number>()
    for (const { contactId, names } of sources) {
      const seen = new Set<string>()
      for (const name of names) {
        for (const shape of nameVariants(name)) {
          const key = `${shape.words.join(' ')}|${shape.gaps.join('|')}|${isAcronym(shape)}`
          if (seen.has(key)) continue
          seen.add(key)
          this.add(contactId, shape)
          ids.add(contactId)
        }
      }
    }
    this.contactIds = ids
  }

  private add(contactId: number, shape: NameShape): void {
    const pattern: Pattern = { contactId, words: shape.words, gaps: shape.gaps, acronym: isAcronym(shape) ? shape.raw[0]! : null }
    const first = shape.words[0]!
    const c1 = first.charCodeAt(0)
    const c2 = first.length > 1 ? first.charCodeAt(1) : 0
    if (c1 < 128 && c2 < 128) this.firstTwo[c1 * 128 + c2] = 1
    else this.anyFirstWord = true // the quick test cannot speak for this name: every word is looked up
    this.firstLengths[Math.min(first.length, 63)] = 1
    const list = this.byFirstWord.get(first)
    if (list) list.push(pattern)
    else this.byFirstWord.set(first, [pattern])
  }

  get empty(): boolean {
    return this.byFirstWord.size === 0
  }

  /**
   * Every place a name occurs in the text, as whole words: not inside a hyphenated name
   * ("Peña" is not found in "Peña-Salinas"), never across a page boundary (`pageStarts`: offsets
   * where pages after the first begin). Where names overlap, the longest wins ("Rosa Peña" over an
   * alias "Peña" of someone else); two contacts with the very same span are both kept.
   *
   * One pass over the words: each is folded and looked up; only when a name starts with it are the
   * next few words read. No list of all the words is built (this loop is the whole cost of a scan).
   */
  scan(text: string, pageStarts: readonly number[] = []): NameMatch[] {
    if (this.empty) return []
    const folder = new WordFolder(text)
    const { lowered } = folder
    const quickTest = folder.sameLength && !this.anyFirstWord
    const cursor = new WordCursor(text)
    const found: NameMatch[] = []
    let previousStart = -1
    let previousEnd = -1
    while (cursor.next()) {
      const { start, end } = cursor
      if (quickTest) {
        // Valid for words whose first two characters are ASCII (folding leaves those as they are);
        // the length test only for ASCII text (folding may shorten other words).
        const c1 = lowered.charCodeAt(start)
        const c2 = end - start > 1 ? lowered.charCodeAt(start + 1) : 0
        if (c1 < 128 && c2 < 128) {
          if (this.firstTwo[c1 * 128 + c2] === 0 || (folder.ascii && this.firstLengths[Math.min(end - start, 63)] === 0)) {
            previousStart = start
            previousEnd = end
            continue
          }
        }
      }
      const patterns = this.byFirstWord.get(folder.fold(start, end))
      if (patterns) {
        const following = new Following(text, folder, end)
        for (const pattern of patterns) {
          if (pattern.acronym !== null && text.slice(start, end) !== pattern.acronym) continue
          let matches = true
          let lastEnd = end
          let lastWord = pattern.words[0]!
          for (let k = 1; k < pattern.words.length && matches; k++) {
            const next = following.word(k - 1)
            matches =
              next !== null &&
              next.folded === pattern.words[k] &&
              canonicalGap(text.slice(lastEnd, next.start), lastWord) === pattern.gaps[k - 1]
            if (next) {
              lastEnd = next.end
              lastWord = next.folded
            }
          }
          if (!matches) continue
          const after = following.word(pattern.words.length - 1)
          if (insideCompound(text, start, lastEnd, previousStart, previousEnd, after) || crossesPage(pageStarts, start, lastEnd)) continue
          found.push({ contactId: pattern.contactId, start, end: lastEnd })
        }
      }
      previousStart = start
      previousEnd = end
    }
    return keepLongest(found)
  }
}

interface FollowingWord {
  folded: string
  start: number
  end: number
}

/** The words after a position, read only as far as a name needs. */
class Following {
  private readonly words: FollowingWord[] = []
  private readonly cursor: WordCursor
  private done = false

  constructor(
    text: string,
    private readonly folder: WordFolder,
    from: number
  ) {
    this.cursor = new WordCursor(text, from)
  }

  word(index: number): FollowingWord | null {
    while (this.words.length <= index && !this.done) {
      if (!this.cursor.next()) this.done = true
      else this.words.push({ folded: this.folder.fold(this.cursor.start, this.cursor.end), start: this.cursor.start, end: this.cursor.end })
    }
    return this.words[index] ?? null
  }
}

/** "Peña" in "Peña-Salinas" or "Salinas" in "Peña-Salinas": part of a longer hyphenated name. */
function insideCompound(
  text: string,
  start: number,
  end: number,
  previousStart: number,
  previousEnd: number,
  after: FollowingWord | null
): boolean {
  if (previousEnd === start - 1 && HYPHENS.has(text[start - 1]!) && UPPER_START.test(text.charAt(previousStart))) return true
  if (after && HYPHENS.has(text[end]!) && UPPER_START.test(text.charAt(after.start))) {
    // "Peña-\nSalinas" at a line end is still one name.
    return /^[^\S\n]*\n?[^\S\n]*$/.test(text.slice(end + 1, after.start))
  }
  return false
}

function crossesPage(pageStarts: readonly number[], start: number, end: number): boolean {
  for (const pageStart of pageStarts) if (pageStart > start && pageStart < end) return true
  return false
}

function keepLongest(found: NameMatch[]): NameMatch[] {
  if (found.length < 2) return found
  // Overlaps are rare: resolve them cluster by cluster (runs of matches that overlap in a chain).
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end || a.contactId - b.contactId)
  const kept: NameMatch[] = []
  let cluster: NameMatch[] = []
  let clusterEnd = -1
  for (const match of sorted) {
    if (match.start >= clusterEnd && cluster.length) {
      kept.push(...resolveCluster(cluster))
      cluster = []
    }
    cluster.push(match)
    clusterEnd = Math.max(clusterEnd, match.end)
  }
  kept.push(...resolveCluster(cluster))
  return kept.sort((a, b) => a.start - b.start || a.contactId - b.contactId)
}

function resolveCluster(cluster: NameMatch[]): NameMatch[] {
  if (cluster.length === 1) return cluster
  const byLength = [...cluster].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.contactId - b.contactId)
  const kept: NameMatch[] = []
  for (const match of byLength) {
    const clash = kept.some(
      (other) =>
        (other.contactId === match.contactId && other.start === match.start) ||
        (other.start < match.end && match.start < other.end && !(other.start === match.start && other.end === match.end))
    )
    if (!clash) kept.push(match)
  }
  return kept
}
