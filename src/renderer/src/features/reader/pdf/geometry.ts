// Rectangles between the screen and the page. A highlight is stored in PDF points (the page's own
// coordinates, origin bottom-left, as pdf.js and Zotero use), so it is redrawn in place at any zoom;
// on screen it is a box in CSS pixels relative to the page's top-left corner.
import type { PdfRect } from '../../../../../shared/models'

/** A box in CSS pixels relative to the page's top-left corner. */
export interface Box {
  left: number
  top: number
  width: number
  height: number
}

/** The part of pdf.js's PageViewport these conversions need. */
export interface ViewportLike {
  convertToPdfPoint(x: number, y: number): number[]
  convertToViewportPoint(x: number, y: number): number[]
}

/**
 * Joins the rectangles of one selection into one box per line and column: boxes that share most of
 * their height and touch (or nearly) become one; zero-sized boxes are dropped.
 */
export function mergeLineBoxes(boxes: readonly Box[]): Box[] {
  const sorted = boxes.filter((box) => box.width > 0.5 && box.height > 0.5).sort((a, b) => a.top - b.top || a.left - b.left)
  const merged: Box[] = []
  for (const box of sorted) {
    const line = merged.find((other) => sameLine(other, box) && horizontalGap(other, box) <= Math.max(2, 0.8 * Math.min(other.height, box.height)))
    if (!line) {
      merged.push({ ...box })
      continue
    }
    const right = Math.max(line.left + line.width, box.left + box.width)
    const bottom = Math.max(line.top + line.height, box.top + box.height)
    line.left = Math.min(line.left, box.left)
    line.top = Math.min(line.top, box.top)
    line.width = right - line.left
    line.height = bottom - line.top
  }
  return merged.sort((a, b) => a.top - b.top || a.left - b.left)
}

function sameLine(a: Box, b: Box): boolean {
  const overlap = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top)
  return overlap >= 0.5 * Math.min(a.height, b.height)
}

function horizontalGap(a: Box, b: Box): number {
  return Math.max(a.left, b.left) - Math.min(a.left + a.width, b.left + b.width)
}

const round = (value: number) => Math.round(value * 100) / 100

/** A box on the page (CSS px at the viewport's scale) as a rectangle in PDF points. */
export function boxToPdfRect(box: Box, pageIndex: number, viewport: ViewportLike): PdfRect {
  const [ax, ay] = viewport.convertToPdfPoint(box.left, box.top) as [number, number]
  const [bx, by] = viewport.convertToPdfPoint(box.left + box.width, box.top + box.height) as [number, number]
  return { pageIndex, x1: round(Math.min(ax, bx)), y1: round(Math.min(ay, by)), x2: round(Math.max(ax, bx)), y2: round(Math.max(ay, by)) }
}

/** A stored rectangle as a box on the page at the viewport's scale. */
export function pdfRectToBox(rect: PdfRect, viewport: ViewportLike): Box {
  const [ax, ay] = viewport.convertToViewportPoint(rect.x1, rect.y1) as [number, number]
  const [bx, by] = viewport.convertToViewportPoint(rect.x2, rect.y2) as [number, number]
  return { left: Math.min(ax, bx), top: Math.min(ay, by), width: Math.abs(bx - ax), height: Math.abs(by - ay) }
}

export function boxContains(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.left + box.width && y >= box.top && y <= box.top + box.height
}

/** Client rectangles (viewport coordinates) relative to an element's top-left corner. */
export function relativeBoxes(rects: Iterable<DOMRect>, origin: DOMRect): Box[] {
  const boxes: Box[] = []
  for (const rect of rects) boxes.push({ left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height })
  return boxes
}
