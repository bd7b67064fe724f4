// Where each page sits in the scrolling column at a given scale: pages stacked with a gap, centred.
// Sizes are in PDF points (rotation applied); positions in CSS pixels.

export interface PageSize {
  width: number
  height: number
}

export interface PageLayout {
  tops: number[]
  widths: number[]
  heights: number[]
  totalHeight: number
  totalWidth: number
}

export const PAGE_GAP = 14
export const PAGE_PADDING = 20

/** `scale` is CSS pixels per PDF point. */
export function layoutPages(sizes: readonly PageSize[], scale: number): PageLayout {
  const tops: number[] = []
  const widths: number[] = []
  const heights: number[] = []
  let y = PAGE_PADDING
  let widest = 0
  for (const size of sizes) {
    const width = Math.floor(size.width * scale)
    const height = Math.floor(size.height * scale)
    tops.push(y)
    widths.push(width)
    heights.push(height)
    widest = Math.max(widest, width)
    y += height + PAGE_GAP
  }
  return { tops, widths, heights, totalHeight: y - PAGE_GAP + PAGE_PADDING, totalWidth: widest + 2 * PAGE_PADDING }
}

/** The index of the page at height `y` (the page above when `y` falls in a gap). */
export function pageAt(layout: PageLayout, y: number): number {
  let low = 0
  let high = layout.tops.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (layout.tops[middle]! <= y) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}

/** Pages worth drawing: those on screen plus a screen's worth above and below. */
export function pagesNear(layout: PageLayout, scrollTop: number, viewHeight: number): { first: number; last: number } {
  if (layout.tops.length === 0) return { first: 0, last: -1 }
  const margin = Math.max(viewHeight, 400)
  return { first: pageAt(layout, scrollTop - margin), last: pageAt(layout, scrollTop + viewHeight + margin) }
}

export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4]
export const MIN_ZOOM = ZOOM_STEPS[0]!
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!

/** The next zoom step up or down from `zoom` (which may lie between steps, as "fit width" does). */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + 0.001) ?? MAX_ZOOM
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - 0.001) ?? MIN_ZOOM
}

/** The page whose index `pages` spans hold `offset` (document text offsets), by binary search. */
export function pageOfOffset(pages: readonly { index: number; start: number; end: number }[], offset: number): number {
  let low = 0
  let high = pages.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (pages[middle]!.start <= offset) low = middle
    else high = middle - 1
  }
  return pages[low]?.index ?? 0
}

/** The page showing the most of itself between `top` and `top + height`. */
export function mostVisiblePage(layout: PageLayout, top: number, height: number): number {
  let best = pageAt(layout, top)
  let bestArea = -1
  for (let index = best; index < layout.tops.length && layout.tops[index]! < top + height; index++) {
    const visible = Math.min(layout.tops[index]! + layout.heights[index]!, top + height) - Math.max(layout.tops[index]!, top)
    if (visible > bestArea + 1) {
      best = index
      bestArea = visible
    }
  }
  return best
}

/** Whether any part of page `index` lies between `top` and `top + height`. */
export function pageVisible(layout: PageLayout, index: number, top: number, height: number): boolean {
  const pageTop = layout.tops[index]
  const pageHeight = layout.heights[index]
  return pageTop !== undefined && pageHeight !== undefined && pageTop < top + height && pageTop + pageHeight > top
}
