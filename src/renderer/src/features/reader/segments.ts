// Splits a document's text into paragraphs (on blank lines) and each paragraph into segments where
// the set of covering passages is constant, so overlapping passages render as nested-looking marks
// without ever duplicating or reordering text. Search matches cut segments too, so a match can be
// outlined inside or across passages. Offsets are UTF-16 code units into the text.
import type { TextRange } from '../../../../shared/models'

export interface Span {
  id: number
  start: number
  end: number
}

export interface Segment {
  start: number
  end: number
  /** Passages covering this segment, shortest first (the innermost is the one a click selects). */
  passageIds: number[]
  /** Index of the search match covering this segment, or null. */
  match: number | null
}

export interface Paragraph {
  start: number
  end: number
  segments: Segment[]
}

const BLANK_LINE = /\n[^\S\n]*\n\s*/g

export function paragraphRanges(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = []
  let start = 0
  for (const match of text.matchAll(BLANK_LINE)) {
    ranges.push({ start, end: match.index })
    start = match.index + match[0].length
  }
  ranges.push({ start, end: text.length })
  return ranges.filter((range) => text.slice(range.start, range.end).trim() !== '')
}

/** `matches` must be sorted and must not overlap (as search.inDocument returns them). */
export function buildParagraphs(text: string, passages: readonly Span[], matches: readonly TextRange[] = []): Paragraph[] {
  const byLength = [...passages].sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id)
  return paragraphRanges(text).map(({ start, end }) => {
    const cuts = new Set([start, end])
    for (const span of [...passages, ...matchesWithin(matches, start, end)]) {
      if (span.start > start && span.start < end) cuts.add(span.start)
      if (span.end > start && span.end < end) cuts.add(span.end)
    }
    const points = [...cuts].sort((a, b) => a - b)
    const segments: Segment[] = []
    for (let index = 0; index < points.length - 1; index++) {
      const from = points[index]!
      const to = points[index + 1]!
      const passageIds = byLength.filter((passage) => passage.start <= from && passage.end >= to).map((passage) => passage.id)
      segments.push({ start: from, end: to, passageIds, match: matchAt(matches, from, to) })
    }
    return { start, end, segments }
  })
}

/** First match index whose end lies after `offset` (binary search over sorted matches). */
function firstEndingAfter(matches: readonly TextRange[], offset: number): number {
  let low = 0
  let high = matches.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (matches[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function matchesWithin(matches: readonly TextRange[], start: number, end: number): TextRange[] {
  const found: TextRange[] = []
  for (let index = firstEndingAfter(matches, start); index < matches.length && matches[index]!.start < end; index++) found.push(matches[index]!)
  return found
}

function matchAt(matches: readonly TextRange[], from: number, to: number): number | null {
  const index = firstEndingAfter(matches, from)
  const match = matches[index]
  return match && match.start <= from && match.end >= to ? index : null
}

/**
 * The claim status a segment is drawn in: that of the innermost covering passage that is a claim
 * (`passageIds` come shortest first), or null when none of them is.
 */
export function segmentClaimStatus<S>(passageIds: readonly number[], claimStatusOf: ReadonlyMap<number, S>): S | null {
  for (const id of passageIds) {
    const status = claimStatusOf.get(id)
    if (status !== undefined) return status
  }
  return null
}
