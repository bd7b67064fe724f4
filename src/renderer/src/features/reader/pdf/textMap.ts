// Between pdf.js's text layer and document offsets. The core stored each page's text as
// pageTextFromItems(items) of the same text items the reader gets, so a character in a text-layer
// span (one span per item) maps to an exact offset in the document text. Should the rebuilt page text
// ever differ from the stored one (another pdf.js, another extraction), a range is re-located by its
// text instead, nearest to where it should be.
import { normaliseItemText, offsetInPage, pageTextFromItems, type PageText, type PdfTextItemLike } from '../../../../../shared/pdfText'
import type { PageSpan, PdfRect, TextRange } from '../../../../../shared/models'
import { boxToPdfRect, mergeLineBoxes, relativeBoxes, type Box, type ViewportLike } from './geometry'

export interface PageTextMap {
  pageIndex: number
  items: readonly PdfTextItemLike[]
  /** The page text rebuilt from the items, with where each item starts in it. */
  built: PageText
  /** The page's span of the document text, and that text. */
  docStart: number
  docText: string
  /** Whether `built.text` is exactly the stored page text (the usual case). */
  aligned: boolean
}

export function buildPageTextMap(pageIndex: number, items: readonly PdfTextItemLike[], span: PageSpan | undefined, documentText: string): PageTextMap {
  const built = pageTextFromItems(items)
  const docStart = span?.start ?? 0
  const docText = span ? documentText.slice(span.start, span.end) : ''
  return { pageIndex, items, built, docStart, docText, aligned: built.text === docText }
}

/** A range of the rebuilt page text as document offsets (null when it cannot be placed). */
export function builtToDoc(map: PageTextMap, start: number, end: number): TextRange | null {
  if (end <= start) return null
  if (map.aligned) return { start: map.docStart + start, end: map.docStart + end }
  const at = locate(map.built.text.slice(start, end), map.docText, (start / Math.max(1, map.built.text.length)) * map.docText.length)
  return at && { start: map.docStart + at.start, end: map.docStart + at.end }
}

/** A document range, clipped to this page, as a range of the rebuilt page text. */
export function docToBuilt(map: PageTextMap, start: number, end: number): TextRange | null {
  const from = Math.max(start - map.docStart, 0)
  const to = Math.min(end - map.docStart, map.docText.length)
  if (to <= from) return null
  if (map.aligned) return { start: from, end: to }
  return locate(map.docText.slice(from, to), map.built.text, (from / Math.max(1, map.docText.length)) * map.built.text.length)
}

/** The occurrence of `needle` in `haystack` nearest to `near`, exactly or with any run of spaces. */
export function locate(needle: string, haystack: string, near: number): TextRange | null {
  if (!needle.trim()) return null
  let best: TextRange | null = null
  const consider = (start: number, length: number) => {
    if (!best || Math.abs(start - near) < Math.abs(best.start - near)) best = { start, end: start + length }
  }
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) consider(at, needle.length)
  if (best) return best
  const pattern = new RegExp(needle.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'g')
  for (const match of haystack.matchAll(pattern)) consider(match.index, match[0].length)
  return best
}

// ---- The DOM side -------------------------------------------------------------------------------

/** One page's rendered text layer: its spans by item index, the page element and its viewport. */
export interface PageTextLayer {
  map: PageTextMap
  page: HTMLElement
  spans: readonly (HTMLElement | undefined)[]
  viewport: ViewportLike
}

export const ITEM_ATTRIBUTE = 'data-item'
export const PAGE_ATTRIBUTE = 'data-page-index'

/** Tags pdf.js's text divs (one per text item, marked-content items have none) with their item index. */
export function tagTextDivs(items: readonly PdfTextItemLike[], textDivs: readonly HTMLElement[]): (HTMLElement | undefined)[] {
  const spans: (HTMLElement | undefined)[] = []
  let next = 0
  items.forEach((item, index) => {
    if (typeof item.str !== 'string') return
    const div = textDivs[next++]
    if (!div) return
    div.setAttribute(ITEM_ATTRIBUTE, String(index))
    spans[index] = div
  })
  return spans
}

interface Point {
  pageIndex: number
  /** Offset in the page's rebuilt text. */
  offset: number
}

function textOf(span: Element): Text | null {
  const node = span.firstChild
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null
}

function pointInSpan(span: HTMLElement, offsetInItem: number, layers: ReadonlyMap<number, PageTextLayer>): Point | null {
  const pageIndex = Number(span.closest(`[${PAGE_ATTRIBUTE}]`)?.getAttribute(PAGE_ATTRIBUTE))
  const layer = layers.get(pageIndex)
  const item = Number(span.getAttribute(ITEM_ATTRIBUTE))
  if (!layer) return null
  const offset = offsetInPage(layer.map.built, layer.map.items, item, offsetInItem)
  return offset < 0 ? null : { pageIndex, offset }
}

/** A selection boundary as a point in a page's text; boundaries between spans snap to the nearest. */
function boundary(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end', layers: ReadonlyMap<number, PageTextLayer>): Point | null {
  const host = node.nodeType === Node.TEXT_NODE ? node.parentElement : null
  if (host?.hasAttribute(ITEM_ATTRIBUTE) && root.contains(host)) return pointInSpan(host, offset, layers)
  const point = document.createRange()
  point.setStart(node, offset)
  point.collapse(true)
  const spans = Array.from(root.querySelectorAll<HTMLElement>(`[${ITEM_ATTRIBUTE}]`))
  if (edge === 'start') {
    for (const span of spans) {
      const text = textOf(span)
      if (text && point.comparePoint(text, text.length) > 0) return pointInSpan(span, 0, layers)
    }
    return null
  }
  for (let index = spans.length - 1; index >= 0; index--) {
    const text = textOf(spans[index]!)
    if (text && point.comparePoint(text, 0) < 0) return pointInSpan(spans[index]!, text.length, layers)
  }
  return null
}

/** A DOM selection over the text layers as document offsets, or null when it holds no page text. */
export function selectionToDocRange(root: HTMLElement, range: Range, layers: ReadonlyMap<number, PageTextLayer>): TextRange | null {
  if (range.collapsed || !range.intersectsNode(root)) return null
  const from = boundary(root, range.startContainer, range.startOffset, 'start', layers)
  const to = boundary(root, range.endContainer, range.endOffset, 'end', layers)
  if (!from || !to || to.pageIndex < from.pageIndex) return null
  const pieces: TextRange[] = []
  for (let pageIndex = from.pageIndex; pageIndex <= to.pageIndex; pageIndex++) {
    const map = layers.get(pageIndex)?.map
    if (!map) continue
    const start = pageIndex === from.pageIndex ? from.offset : 0
    const end = pageIndex === to.pageIndex ? to.offset : map.built.text.length
    const placed = builtToDoc(map, start, end)
    if (placed) pieces.push(placed)
  }
  const start = pieces[0]?.start
  const end = pieces[pieces.length - 1]?.end
  return start !== undefined && end !== undefined && end > start ? { start, end } : null
}

/** The screen boxes of a DOM range's text, per page, relative to each page's corner. */
export function rangeBoxes(root: HTMLElement, range: Range): Map<number, Box[]> {
  const byPage = new Map<number, Box[]>()
  for (const span of root.querySelectorAll<HTMLElement>(`[${ITEM_ATTRIBUTE}]`)) {
    const text = textOf(span)
    if (!text || !range.intersectsNode(text)) continue
    const start = text === range.startContainer ? range.startOffset : 0
    const end = text === range.endContainer ? range.endOffset : text.length
    if (end <= start) continue
    const page = span.closest<HTMLElement>(`[${PAGE_ATTRIBUTE}]`)
    if (!page) continue
    const piece = document.createRange()
    piece.setStart(text, start)
    piece.setEnd(text, end)
    const pageIndex = Number(page.getAttribute(PAGE_ATTRIBUTE))
    const boxes = byPage.get(pageIndex) ?? []
    boxes.push(...relativeBoxes(Array.from(piece.getClientRects()), page.getBoundingClientRect()))
    byPage.set(pageIndex, boxes)
  }
  return byPage
}

/** Where in an item's raw string the `normalised`-th character of its normalised text begins. */
function rawOffset(raw: string, normalised: number): number {
  if (normaliseItemText(raw) === raw) return Math.min(normalised, raw.length)
  for (let index = 0; index <= raw.length; index++) if (normaliseItemText(raw.slice(0, index)).length >= normalised) return index
  return raw.length
}

/** The screen boxes of a document range on one rendered page (relative to the page's corner). */
export function docRangeBoxes(layer: PageTextLayer, start: number, end: number): Box[] {
  const range = docToBuilt(layer.map, start, end)
  if (!range) return []
  const { built, items } = layer.map
  const origin = layer.page.getBoundingClientRect()
  const boxes: Box[] = []
  items.forEach((item, index) => {
    const itemStart = built.itemStarts[index] ?? -1
    const span = layer.spans[index]
    const text = span && textOf(span)
    if (itemStart < 0 || !text || typeof item.str !== 'string') return
    const length = normaliseItemText(item.str).length
    const from = Math.max(range.start, itemStart) - itemStart
    const to = Math.min(range.end, itemStart + length) - itemStart
    if (to <= from) return
    const piece = document.createRange()
    piece.setStart(text, Math.min(rawOffset(item.str, from), text.length))
    piece.setEnd(text, Math.min(rawOffset(item.str, to), text.length))
    boxes.push(...relativeBoxes(Array.from(piece.getClientRects()), origin))
  })
  return boxes
}

/** A DOM selection's rectangles in PDF points, merged per line, page by page (for passages.create). */
export function rangeToPdfRects(root: HTMLElement, range: Range, layers: ReadonlyMap<number, PageTextLayer>): PdfRect[] {
  const rects: PdfRect[] = []
  const byPage = [...rangeBoxes(root, range)].sort(([a], [b]) => a - b)
  for (const [pageIndex, boxes] of byPage) {
    const layer = layers.get(pageIndex)
    if (!layer) continue
    for (const box of mergeLineBoxes(boxes)) rects.push(boxToPdfRect(box, pageIndex, layer.viewport))
  }
  return rects
}
