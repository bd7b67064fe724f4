// Focus on a range of the document text (a contact's mention): find it among the rendered segments
// (each text node sits in an element carrying data-start, its offset in the text), scroll it into
// the middle of the reader, and emphasise it briefly with a CSS custom highlight — no DOM change,
// so passages, find matches and selection offsets are untouched.
import type { TextRange } from '../../../../shared/models'

export const RANGE_FOCUS_HIGHLIGHT = 'casefile-range-focus'

/** A DOM Range over `range` of the text rendered inside `root`, or null if it is not rendered. */
export function domRangeFor(root: HTMLElement, range: TextRange): Range | null {
  let start: [Text, number] | null = null
  for (const segment of root.querySelectorAll<HTMLElement>('[data-start]')) {
    const node = segment.firstChild
    if (!node || node.nodeType !== Node.TEXT_NODE) continue
    const text = node as Text
    const from = Number(segment.dataset.start)
    const to = from + text.length
    if (!start && range.start >= from && range.start < to) start = [text, range.start - from]
    if (start && range.end > from && range.end <= to) {
      const dom = document.createRange()
      dom.setStart(start[0], start[1])
      dom.setEnd(text, range.end - from)
      return dom
    }
  }
  return null
}

/** Scrolls `scroller` so the range sits in its middle. */
export function scrollRangeIntoView(scroller: HTMLElement, dom: Range): void {
  const rect = dom.getBoundingClientRect()
  const box = scroller.getBoundingClientRect()
  scroller.scrollTop += rect.top + rect.height / 2 - (box.top + box.height / 2)
}

/** Emphasises the range for `ms` milliseconds; returns a function that removes the emphasis now. */
export function emphasiseRange(dom: Range, ms = 2400): () => void {
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined
  if (!registry || typeof Highlight === 'undefined') return () => {}
  const highlight = new Highlight(dom)
  registry.set(RANGE_FOCUS_HIGHLIGHT, highlight)
  const clear = () => {
    if (registry.get(RANGE_FOCUS_HIGHLIGHT) === highlight) registry.delete(RANGE_FOCUS_HIGHLIGHT)
  }
  const timer = setTimeout(clear, ms)
  return () => {
    clearTimeout(timer)
    clear()
  }
}
