// Virtualized list rows (@tanstack/react-virtual) as the navigator's lists use them: rows measured
// as they render, positioned by transform, with their place in the whole list told to screen readers.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { useRef, type KeyboardEvent } from 'react'

export function useVirtualRows(count: number, estimatedRowHeight: number) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    overscan: 8
  })
  const listProps = { className: 'virtual-list', style: { height: virtualizer.getTotalSize() } }
  const rowProps = (item: VirtualItem) => ({
    'data-index': item.index,
    ref: virtualizer.measureElement,
    className: 'virtual-row',
    style: { transform: `translateY(${item.start}px)` },
    'aria-setsize': count,
    'aria-posinset': item.index + 1
  })
  /** Arrow keys on a row open the row above or below, scroll it into view and move focus to its button. */
  const moveFocus = (event: KeyboardEvent, index: number, open: (index: number) => void) => {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : null
    if (next === null || next < 0 || next >= count) return
    event.preventDefault()
    virtualizer.scrollToIndex(next)
    open(next)
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${next}"] button`)?.focus())
  }
  return { scrollRef, virtualizer, listProps, rowProps, moveFocus }
}
