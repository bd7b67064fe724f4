// Virtualized list rows (@tanstack/react-virtual) as the navigator's lists use them: rows measured
// as they render, positioned by transform, with their place in the whole list told to screen readers.
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual'
import { useRef } from 'react'

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
  return { scrollRef, virtualizer, listProps, rowProps }
}
