// Converts a DOM selection inside the rendered text back to offsets in the document text. Every
// rendered text node sits alone in an element carrying data-start (its offset in the text), so a
// boundary inside a text node maps exactly; a boundary on an element (triple-click, a selection
// that runs past the article) snaps to the nearest text segment.

export interface TextRange {
  start: number
  end: number
}

function segmentsIn(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-start]'))
}

function segmentStart(segment: HTMLElement): number {
  return Number(segment.dataset.start)
}

function segmentText(segment: HTMLElement): Text | null {
  const node = segment.firstChild
  return node && node.nodeType === Node.TEXT_NODE ? (node as Text) : null
}

function boundary(root: HTMLElement, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const host = node.parentElement
    if (host && host.dataset.start !== undefined && root.contains(host)) return segmentStart(host) + offset
  }
  const point = document.createRange()
  point.setStart(node, offset)
  point.collapse(true)
  const segments = segmentsIn(root)
  if (edge === 'start') {
    // The first segment that ends after the boundary begins the selection.
    for (const segment of segments) {
      const text = segmentText(segment)
      if (text && point.comparePoint(text, text.length) > 0) return segmentStart(segment)
    }
    return null
  }
  // The last segment that starts before the boundary ends the selection.
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index]!
    const text = segmentText(segment)
    if (text && point.comparePoint(text, 0) < 0) return segmentStart(segment) + text.length
  }
  return null
}

export function rangeToOffsets(root: HTMLElement, range: Range): TextRange | null {
  if (range.collapsed || !range.intersectsNode(root)) return null
  const start = boundary(root, range.startContainer, range.startOffset, 'start')
  const end = boundary(root, range.endContainer, range.endOffset, 'end')
  if (start === null || end === null || end <= start) return null
  return { start, end }
}
