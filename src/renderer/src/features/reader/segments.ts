// Splits a document's text into paragraphs (on blank lines) and each paragraph into segments where
// the set of covering passages is constant, so overlapping passages render as nested-looking marks
// without ever duplicating or reordering text. Offsets are UTF-16 code units into the text.

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

export function buildParagraphs(text: string, passages: readonly Span[]): Paragraph[] {
  const byLength = [...passages].sort((a, b) => a.end - a.start - (b.end - b.start) || a.id - b.id)
  return paragraphRanges(text).map(({ start, end }) => {
    const cuts = new Set([start, end])
    for (const passage of passages) {
      if (passage.start > start && passage.start < end) cuts.add(passage.start)
      if (passage.end > start && passage.end < end) cuts.add(passage.end)
    }
    const points = [...cuts].sort((a, b) => a - b)
    const segments: Segment[] = []
    for (let index = 0; index < points.length - 1; index++) {
      const from = points[index]!
      const to = points[index + 1]!
      const passageIds = byLength.filter((passage) => passage.start <= from && passage.end >= to).map((passage) => passage.id)
      segments.push({ start: from, end: to, passageIds })
    }
    return { start, end, segments }
  })
}
