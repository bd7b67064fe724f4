// The PDF reader's header: the title, then page navigation ("2 of 30", previous, next), zoom (out,
// percentage, in, fit width) and Find. Typing a page number or label and Enter goes there.
import { ChevronDown, ChevronUp, Highlighter, MoveHorizontal, Search, ZoomIn, ZoomOut } from 'lucide-react'
import { useState } from 'react'
import type { DocumentDetail } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { ariaShortcut, shortcutLabel } from '../../lib/shortcuts'
import { KIND_ICONS, KIND_LABELS } from '../navigator/kindIcons'
import { MAX_ZOOM, MIN_ZOOM } from './pdf/layout'

interface PdfToolbarProps {
  document: DocumentDetail
  pageCount: number
  /** Index of the page most in view. */
  current: number
  zoom: number
  fitWidth: boolean
  onGoToPage(index: number): void
  /** Typing a page number is done: back to the pages, so keys scroll and act on them again. */
  onPageEntered(): void
  onZoom(direction: 1 | -1): void
  onFitWidth(): void
  onFind(): void
}


export function PdfToolbar({ document: doc, pageCount, current, zoom, fitWidth, onGoToPage, onPageEntered, onZoom, onFitWidth, onFind }: PdfToolbarProps) {
  const [draft, setDraft] = useState<string | null>(null)
  const labelOf = (index: number) => doc.pages[index]?.label || String(index + 1)
  const KindIcon = KIND_ICONS[doc.kind]

  const go = () => {
    const wanted = (draft ?? '').trim()
    setDraft(null)
    if (!wanted) return
    const byLabel = doc.pages.findIndex((page) => page.label.toLowerCase() === wanted.toLowerCase())
    const number = Number(wanted)
    const index = byLabel >= 0 ? byLabel : Number.isInteger(number) ? number - 1 : -1
    if (index >= 0 && index < pageCount) onGoToPage(index)
  }

  return (
    <header className="pdf-toolbar">
      <div className="pdf-heading">
        <p className="reader-kind">
          <KindIcon size={13} aria-hidden /> {KIND_LABELS[doc.kind]} · PDF, {plural(pageCount, 'page')}
          {doc.passageCount > 0 && (
            <span className="reader-count">
              <Highlighter size={12} aria-hidden /> {plural(doc.passageCount, 'marked passage')}
            </span>
          )}
        </p>
        <h2 className="pdf-title" title={doc.title}>
          {doc.title}
        </h2>
      </div>
      <div className="pdf-controls" role="toolbar" aria-label="Pages and zoom">
        <button type="button" className="icon-button" aria-label="Previous page" title="Previous page (Page Up)" disabled={current <= 0} onClick={() => onGoToPage(current - 1)}>
          <ChevronUp size={16} aria-hidden />
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Next page"
          title="Next page (Page Down)"
          disabled={current >= pageCount - 1}
          onClick={() => onGoToPage(current + 1)}
        >
          <ChevronDown size={16} aria-hidden />
        </button>
        <input
          type="text"
          inputMode="numeric"
          className="input input-compact pdf-page-input"
          aria-label="Page number"
          title="Type a page number and press Enter"
          value={draft ?? labelOf(current)}
          onFocus={(event) => event.currentTarget.select()}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => setDraft(null)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              go()
              onPageEntered()
            } else if (event.key === 'Escape') {
              setDraft(null)
            }
          }}
        />
        <span className="pdf-page-count">of {pageCount}</span>
        <span className="pdf-controls-gap" aria-hidden />
        <button type="button" className="icon-button" aria-label="Zoom out" title="Zoom out" disabled={zoom <= MIN_ZOOM} onClick={() => onZoom(-1)}>
          <ZoomOut size={16} aria-hidden />
        </button>
        <output className="pdf-zoom" aria-label="Zoom level">
          {Math.round(zoom * 100)}%
        </output>
        <button type="button" className="icon-button" aria-label="Zoom in" title="Zoom in" disabled={zoom >= MAX_ZOOM} onClick={() => onZoom(1)}>
          <ZoomIn size={16} aria-hidden />
        </button>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-pressed={fitWidth}
          title="Fit the page to the pane’s width"
          onClick={onFitWidth}
        >
          <MoveHorizontal size={14} aria-hidden /> Fit width
        </button>
        <span className="pdf-controls-gap" aria-hidden />
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={onFind}
          title={`Find in this document (${shortcutLabel('f')})`}
          aria-keyshortcuts={ariaShortcut('f')}
        >
          <Search size={14} aria-hidden /> Find
        </button>
      </div>
    </header>
  )
}
