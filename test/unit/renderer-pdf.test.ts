// The PDF reader's pure parts: rectangles between screen and PDF points, page layout and zoom steps,
// the page-text map between text items and document offsets, and what each page draws.
import { describe, expect, it } from 'vitest'
import { boxToPdfRect, mergeLineBoxes, pdfRectToBox, type ViewportLike } from '../../src/renderer/src/features/reader/pdf/geometry'
import { buildHighlights } from '../../src/renderer/src/features/reader/pdf/highlights'
import { layoutPages, mostVisiblePage, pageAt, pageOfOffset, pagesNear, stepZoom, PAGE_GAP, PAGE_PADDING } from '../../src/renderer/src/features/reader/pdf/layout'
import { buildPageTextMap, builtToDoc, docToBuilt, locate } from '../../src/renderer/src/features/reader/pdf/textMap'
import type { PageSpan, Passage } from '../../src/shared/models'
import { PAGE_SEPARATOR } from '../../src/shared/pdfText'

/** An unrotated Letter page at `scale` CSS px per point, as pdf.js's PageViewport converts it. */
function viewport(scale: number, height = 792): ViewportLike {
  return {
    convertToPdfPoint: (x, y) => [x / scale, height - y / scale],
    convertToViewportPoint: (x, y) => [x * scale, (height - y) * scale]
  }
}

describe('PDF rectangles', () => {
  it('merges the boxes of one line into one, keeps lines and columns apart, drops empty boxes', () => {
    const merged = mergeLineBoxes([
      { left: 10, top: 100, width: 50, height: 12 },
      { left: 62, top: 101, width: 40, height: 11 },
      { left: 10, top: 116, width: 80, height: 12 },
      { left: 300, top: 100, width: 60, height: 12 },
      { left: 5, top: 5, width: 0, height: 12 }
    ])
    expect(merged).toEqual([
      { left: 10, top: 100, width: 92, height: 12 },
      { left: 300, top: 100, width: 60, height: 12 },
      { left: 10, top: 116, width: 80, height: 12 }
    ])
  })

  it('stores a screen box in PDF points (origin bottom-left) and draws it back at any zoom', () => {
    const box = { left: 150, top: 75, width: 300, height: 15 }
    const rect = boxToPdfRect(box, 1, viewport(1.5))
    expect(rect).toEqual({ pageIndex: 1, x1: 100, y1: 732, x2: 300, y2: 742 })
    expect(pdfRectToBox(rect, viewport(1.5))).toEqual(box)
    expect(pdfRectToBox(rect, viewport(3))).toEqual({ left: 300, top: 150, width: 600, height: 30 })
  })
})

describe('PDF page layout', () => {
  const sizes = [
    { width: 612, height: 792 },
    { width: 792, height: 612 },
    { width: 612, height: 792 }
  ]

  it('stacks pages with a gap and finds the page at a height', () => {
    const layout = layoutPages(sizes, 0.5)
    expect(layout.tops).toEqual([PAGE_PADDING, PAGE_PADDING + 396 + PAGE_GAP, PAGE_PADDING + 396 + 306 + 2 * PAGE_GAP])
    expect(layout.totalWidth).toBe(396 + 2 * PAGE_PADDING)
    expect(pageAt(layout, 0)).toBe(0)
    expect(pageAt(layout, layout.tops[1]! + 1)).toBe(1)
    expect(pageAt(layout, 1e9)).toBe(2)
    expect(mostVisiblePage(layout, layout.tops[1]! - 20, 300)).toBe(1)
    expect(pagesNear(layout, 0, 100)).toEqual({ first: 0, last: 1 })
  })

  it('steps zoom from any value, within bounds', () => {
    expect(stepZoom(0.83, 1)).toBe(0.9)
    expect(stepZoom(0.83, -1)).toBe(0.8)
    expect(stepZoom(4, 1)).toBe(4)
    expect(stepZoom(0.25, -1)).toBe(0.25)
  })

  it('finds the page holding a document offset', () => {
    const pages = [
      { index: 0, start: 0, end: 10 },
      { index: 1, start: 12, end: 20 },
      { index: 2, start: 22, end: 30 }
    ]
    expect([0, 9, 11, 12, 25, 99].map((offset) => pageOfOffset(pages, offset))).toEqual([0, 0, 0, 1, 2, 2])
  })
})

describe('PDF page text map', () => {
  const items = [{ str: 'Findings. Between', hasEOL: false }, { str: ' November', hasEOL: true }, {}, { str: 'the harbour pilots', hasEOL: false }]
  const page1 = 'Memorandum to the board'
  const page2 = 'Findings. Between November\nthe harbour pilots'
  const text = page1 + PAGE_SEPARATOR + page2
  const span: PageSpan = { index: 1, label: '2', start: page1.length + PAGE_SEPARATOR.length, end: text.length }

  it('maps offsets one to one when the rebuilt page text is the stored one', () => {
    const map = buildPageTextMap(1, items, span, text)
    expect(map.aligned).toBe(true)
    const at = page2.indexOf('harbour')
    expect(builtToDoc(map, at, at + 7)).toEqual({ start: span.start + at, end: span.start + at + 7 })
    expect(text.slice(span.start + at, span.start + at + 7)).toBe('harbour')
    expect(docToBuilt(map, 0, span.start + 9)).toEqual({ start: 0, end: 9 })
  })

  it('re-locates a range by its text when the stored page text differs', () => {
    const stored = page1 + PAGE_SEPARATOR + 'Findings.  Between November\n\nthe harbour pilots'
    const map = buildPageTextMap(1, items, { ...span, end: stored.length }, stored)
    expect(map.aligned).toBe(false)
    const at = page2.indexOf('the harbour')
    const placed = builtToDoc(map, at, at + 'the harbour'.length)!
    expect(stored.slice(placed.start, placed.end)).toBe('the harbour')
    const across = builtToDoc(map, 0, page2.indexOf('November') + 8)!
    expect(stored.slice(across.start, across.end)).toBe('Findings.  Between November')
  })

  it('locates the occurrence nearest to where it should be', () => {
    expect(locate('log', 'log one, log two, log three', 12)).toEqual({ start: 9, end: 12 })
    expect(locate('   ', 'anything', 0)).toBeNull()
    expect(locate('a(b', 'x a(b y', 0)).toEqual({ start: 2, end: 5 })
  })
})

describe('what each PDF page draws', () => {
  const pages: PageSpan[] = [
    { index: 0, label: '1', start: 0, end: 100 },
    { index: 1, label: '2', start: 102, end: 200 }
  ]
  const passage = (id: number, start: number, end: number, rects: Passage['rects']): Passage => ({
    id,
    documentId: 1,
    documentTitle: 'Memo',
    start,
    end,
    exact: '',
    prefix: '',
    suffix: '',
    pageIndex: null,
    rects,
    anchor: 'anchored',
    createdAt: '',
    questionIds: id === 1 ? [7] : [],
    claimId: null,
    claimStatus: null
  })

  it('draws passages from their rectangles on their pages, others from their text, and search matches', () => {
    const highlights = buildHighlights({
      passages: [
        passage(1, 90, 110, [
          { pageIndex: 0, x1: 1, y1: 1, x2: 2, y2: 2 },
          { pageIndex: 1, x1: 1, y1: 1, x2: 2, y2: 2 }
        ]),
        passage(2, 150, 160, null)
      ],
      pages,
      selectedPassageId: 2,
      flash: { passageId: 1 },
      matches: [{ start: 95, end: 105 }],
      currentMatch: 0
    })
    expect(highlights.get(0)!.map((h) => [h.kind, h.passageId, h.rects?.length, h.range, h.flash, h.hasQuestion])).toEqual([
      ['passage', 1, 1, undefined, true, true],
      ['match', undefined, undefined, { start: 95, end: 105 }, undefined, undefined]
    ])
    expect(highlights.get(1)!.map((h) => [h.kind, h.passageId, h.selected, h.range])).toEqual([
      ['passage', 1, false, undefined],
      ['passage', 2, true, { start: 150, end: 160 }],
      ['match', undefined, undefined, { start: 95, end: 105 }]
    ])
  })
})
