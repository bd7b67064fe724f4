// What to draw on each page: passages (from their stored rectangles, or from their text when they
// have none; a claim's passage in its status's colour), search matches, and a briefly flashed range.
// Grouped by page index.
import type { ClaimStatus, PageSpan, Passage, PdfRect, TextRange } from '../../../../../shared/models'
import { pageOfOffset } from './layout'

export interface PageHighlight {
  key: string
  kind: 'passage' | 'match' | 'flash'
  passageId?: number
  /** Rectangles on this page in PDF points; without them the range is drawn from the text layer. */
  rects?: readonly PdfRect[]
  range?: TextRange
  selected?: boolean
  flash?: boolean
  current?: boolean
  hasQuestion?: boolean
  /** The passage is a claim: drawn in the colour of its status. */
  claimStatus?: ClaimStatus | null
}

export interface HighlightInput {
  passages: readonly Passage[]
  pages: readonly PageSpan[]
  selectedPassageId: number | null
  /** A passage or a text range to emphasise for a moment. */
  flash: { passageId?: number; range?: TextRange } | null
  matches: readonly TextRange[]
  currentMatch: number | null
}

export function buildHighlights({ passages, pages, selectedPassageId, flash, matches, currentMatch }: HighlightInput): Map<number, PageHighlight[]> {
  const byPage = new Map<number, PageHighlight[]>()
  const add = (pageIndex: number, highlight: PageHighlight) => {
    const list = byPage.get(pageIndex)
    if (list) list.push(highlight)
    else byPage.set(pageIndex, [highlight])
  }
  const addRange = (range: TextRange, highlight: Omit<PageHighlight, 'range'>) => {
    if (pages.length === 0 || range.end <= range.start) return
    const first = pageOfOffset(pages, range.start)
    const last = pageOfOffset(pages, range.end - 1)
    for (let pageIndex = first; pageIndex <= last; pageIndex++) add(pageIndex, { ...highlight, key: `${highlight.key}-p${pageIndex}`, range })
  }

  for (const passage of passages) {
    const base = {
      kind: 'passage' as const,
      passageId: passage.id,
      selected: passage.id === selectedPassageId,
      flash: passage.id === flash?.passageId,
      hasQuestion: passage.questionIds.length > 0,
      claimStatus: passage.claimStatus
    }
    if (passage.rects?.length) {
      const onPages = new Map<number, PdfRect[]>()
      for (const rect of passage.rects) onPages.set(rect.pageIndex, [...(onPages.get(rect.pageIndex) ?? []), rect])
      for (const [pageIndex, rects] of onPages) add(pageIndex, { ...base, key: `passage-${passage.id}-p${pageIndex}`, rects })
    } else if (passage.anchor === 'anchored') {
      addRange({ start: passage.start, end: passage.end }, { ...base, key: `passage-${passage.id}` })
    }
  }
  matches.forEach((match, index) => addRange(match, { kind: 'match', key: `match-${index}`, current: index === currentMatch }))
  if (flash?.range) addRange(flash.range, { kind: 'flash', key: 'flash', flash: true })
  return byPage
}
