// The open PDF: toolbar, then the pages in one scrolling column, drawn only near the screen.
// Selecting text in a page's text layer offers Mark passage (H), New question (Q), Mark as claim (C) and
// Add as evidence… (E) (none of them in a case open for review); a passage keeps
// its document offsets and its rectangles in PDF points, so its highlight is redrawn in place at any
// zoom. Ctrl/Cmd+F finds words; PageUp/PageDown turn pages.
import type { PDFDocumentProxy } from 'pdfjs-dist'
import { ScanText } from 'lucide-react'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type MouseEvent, type UIEvent } from 'react'
import { api } from '../../api/client'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { useRevision } from '../../data/revision'
import { usePassages } from '../../data/resources'
import type { DocumentDetail, PdfRect, TextRange } from '../../../../shared/models'
import type { PdfTextItemLike } from '../../../../shared/pdfText'
import { isCommand, isTyping } from '../../lib/shortcuts'
import type { FindRequest, FocusRequest, QuestionSource } from '../workspace/selection'
import { ClaimLegend } from './ClaimLegend'
import { FindBar } from './FindBar'
import { PdfPage, type PageText } from './PdfPage'
import { PdfToolbar } from './PdfToolbar'
import { SelectionToolbar } from './SelectionToolbar'
import { useClaimActions } from './useClaimActions'
import { useFind } from './useFind'
import { boxContains, pdfRectToBox, type Box } from './pdf/geometry'
import { buildHighlights, type PageHighlight } from './pdf/highlights'
import {
  layoutPages,
  MAX_ZOOM,
  MIN_ZOOM,
  mostVisiblePage,
  PAGE_GAP,
  PAGE_PADDING,
  pageAt,
  pageOfOffset,
  pagesNear,
  pageVisible,
  stepZoom,
  type PageLayout
} from './pdf/layout'
import { CSS_UNITS, TEXT_CONTENT_PARAMS } from './pdf/pdfjs'
import { RenderQueue } from './pdf/renderQueue'
import { buildPageTextMap, docRangeBoxes, rangeToPdfRects, selectionToDocRange, type PageTextLayer } from './pdf/textMap'
import { usePageSizes } from './pdf/usePageSizes'

interface PdfViewProps {
  pdf: PDFDocumentProxy
  document: DocumentDetail
  selectedPassageId: number | null
  focus: FocusRequest | null
  findRequest: FindRequest | null
  onSelectPassage(id: number | null): void
  onNewQuestion(source: QuestionSource): void
}

interface PendingSelection extends TextRange {
  range: Range
  top: number
  left: number
}

interface ViewState {
  first: number
  last: number
  current: number
}

type Flash = { passageId?: number; range?: TextRange }

const TOOLBAR_HEIGHT = 40
const FLASH_MS = 1800
const NO_HIGHLIGHTS: PageHighlight[] = []
const NO_MATCHES: TextRange[] = []

const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom))

export function PdfView({ pdf, document: doc, selectedPassageId, focus, findRequest, onSelectPassage, onNewQuestion }: PdfViewProps) {
  const toasts = useToasts()
  const { invalidate } = useRevision()
  const readOnly = useReadOnly()
  const passages = usePassages(doc.id)
  const sizes = usePageSizes(pdf)
  const find = useFind(doc.id)
  const scrollRef = useRef<HTMLElement>(null)
  const articleRef = useRef<HTMLDivElement>(null)

  // ---- Zoom and layout ----------------------------------------------------------------------
  const [viewWidth, setViewWidth] = useState(0)
  const [zoomChoice, setZoomChoice] = useState<'fit' | number>('fit')
  const [pixelRatio, setPixelRatio] = useState(() => window.devicePixelRatio || 1)
  const fitZoom = sizes && viewWidth > 0 ? clampZoom((viewWidth - 2 * PAGE_PADDING) / (sizes[0]!.width * CSS_UNITS)) : 1
  const zoom = zoomChoice === 'fit' ? fitZoom : zoomChoice
  const scale = zoom * CSS_UNITS
  const layout = useMemo(() => (sizes ? layoutPages(sizes, scale) : null), [sizes, scale])

  useEffect(() => {
    const scroller = scrollRef.current
    if (!scroller) return
    const observer = new ResizeObserver(() => setViewWidth(scroller.clientWidth))
    observer.observe(scroller)
    // Browser zoom or a move to another screen changes the pixel ratio: redraw sharp.
    const onResize = () => setPixelRatio(window.devicePixelRatio || 1)
    window.addEventListener('resize', onResize)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', onResize)
    }
  }, [])

  // ---- Which pages are near the screen, and which one is "current" -------------------------
  const [view, setView] = useState<ViewState>({ first: 0, last: 0, current: 0 })
  /** The page last asked for by number: it stays "current" while any of it is visible. */
  const preferred = useRef<number | null>(null)
  /** Where the reading position is, as a page and a fraction of it, kept across zoom changes. */
  const anchor = useRef<{ page: number; fraction: number; left: number } | null>(null)
  const latest = useRef<{ layout: PageLayout | null; scale: number }>({ layout: null, scale })
  latest.current = { layout, scale }

  /** The scroll position as last read, so ranking pages to draw never forces a layout. */
  const metrics = useRef({ scrollTop: 0, clientHeight: 0 })

  const updateView = useCallback(() => {
    const scroller = scrollRef.current
    if (!scroller || !layout) return
    const { scrollTop, clientHeight } = scroller
    metrics.current = { scrollTop, clientHeight }
    const near = pagesNear(layout, scrollTop, clientHeight)
    if (preferred.current !== null && !pageVisible(layout, preferred.current, scrollTop, clientHeight)) preferred.current = null
    const current = preferred.current ?? mostVisiblePage(layout, scrollTop, clientHeight)
    setView((previous) => (previous.first === near.first && previous.last === near.last && previous.current === current ? previous : { ...near, current }))
  }, [layout])

  const recordAnchor = useCallback(() => {
    const scroller = scrollRef.current
    if (!scroller || !layout) return
    const page = pageAt(layout, scroller.scrollTop)
    const fraction = (scroller.scrollTop - layout.tops[page]!) / Math.max(1, layout.heights[page]!)
    const left = scroller.scrollWidth > scroller.clientWidth ? (scroller.scrollLeft + scroller.clientWidth / 2) / scroller.scrollWidth : 0.5
    anchor.current = { page, fraction, left }
  }, [layout])

  // A new layout (zoom, pane width, page sizes arriving) keeps the same spot of the same page on top.
  useLayoutEffect(() => {
    const scroller = scrollRef.current
    const kept = anchor.current
    if (scroller && layout && kept && layout.tops[kept.page] !== undefined) {
      scroller.scrollTop = layout.tops[kept.page]! + kept.fraction * layout.heights[kept.page]!
      if (scroller.scrollWidth > scroller.clientWidth) scroller.scrollLeft = kept.left * scroller.scrollWidth - scroller.clientWidth / 2
    }
    updateView()
  }, [layout, updateView])

  const frame = useRef(0)
  const onScroll = (_event: UIEvent) => {
    recordAnchor()
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(updateView)
  }
  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  const scrollToY = useCallback((top: number, left?: number) => {
    const scroller = scrollRef.current
    if (!scroller) return
    scroller.scrollTop = Math.max(0, top)
    if (left !== undefined && scroller.scrollWidth > scroller.clientWidth) scroller.scrollLeft = Math.max(0, left)
  }, [])

  const goToPage = useCallback(
    (index: number) => {
      if (!layout || layout.tops[index] === undefined) return
      preferred.current = index
      scrollToY(layout.tops[index]! - PAGE_GAP)
      setView((previous) => ({ ...previous, current: index }))
    },
    [layout, scrollToY]
  )

  const zoomBy = useCallback((direction: 1 | -1) => setZoomChoice(stepZoom(zoom, direction)), [zoom])
  const fitWidth = useCallback(() => setZoomChoice('fit'), [])

  // ---- Drawing: one page at a time, those on screen and nearest the middle first --------------
  const queue = useMemo(() => new RenderQueue(1), [])
  const priorityOf = useCallback((pageIndex: number) => {
    const current = latest.current.layout
    const top = current?.tops[pageIndex]
    if (!current || top === undefined) return Infinity
    const { scrollTop, clientHeight } = metrics.current
    const bottom = top + current.heights[pageIndex]!
    const middle = scrollTop + clientHeight / 2
    const distance = middle < top ? top - middle : middle > bottom ? middle - bottom : 0
    const onScreen = bottom > scrollTop && top < scrollTop + clientHeight
    return onScreen ? distance : 1e6 + distance
  }, [])

  // ---- Text layers ----------------------------------------------------------------------------
  const layers = useRef(new Map<number, PageTextLayer>())
  const [layersVersion, setLayersVersion] = useState(0)
  const onLayer = useCallback((pageIndex: number, layer: PageTextLayer, present: boolean) => {
    if (present) layers.current.set(pageIndex, layer)
    else if (layers.current.get(pageIndex) === layer) layers.current.delete(pageIndex)
    setLayersVersion((version) => version + 1)
  }, [])

  const pagesRef = useRef(doc.pages)
  pagesRef.current = doc.pages
  const textRef = useRef(doc.text)
  textRef.current = doc.text
  const textCache = useRef(new Map<number, Promise<PageText>>())
  const loadText = useCallback(
    (pageIndex: number) => {
      let text = textCache.current.get(pageIndex)
      if (!text) {
        text = pdf
          .getPage(pageIndex + 1)
          .then((page) => page.getTextContent(TEXT_CONTENT_PARAMS))
          .then((content) => ({
            content,
            map: buildPageTextMap(pageIndex, content.items as PdfTextItemLike[], pagesRef.current.find((page) => page.index === pageIndex), textRef.current)
          }))
        textCache.current.set(pageIndex, text)
        text.catch(() => textCache.current.delete(pageIndex))
      }
      return text
    },
    [pdf]
  )

  // ---- Showing a spot: a passage's rectangles, or a text range found through the text layer ----
  const [flash, setFlash] = useState<Flash | null>(null)
  const flashTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const flashFor = useCallback((next: Flash) => {
    clearTimeout(flashTimer.current)
    setFlash(next)
    flashTimer.current = setTimeout(() => setFlash(null), FLASH_MS)
  }, [])
  useEffect(() => () => clearTimeout(flashTimer.current), [])

  const centreOn = useCallback(
    (pageIndex: number, box: Box) => {
      const { layout: current } = latest.current
      const scroller = scrollRef.current
      if (!current || !scroller || current.tops[pageIndex] === undefined) return
      const pageLeft = (Math.max(current.totalWidth, scroller.clientWidth) - current.widths[pageIndex]!) / 2
      scrollToY(current.tops[pageIndex]! + box.top + box.height / 2 - scroller.clientHeight / 2, pageLeft + box.left + box.width / 2 - scroller.clientWidth / 2)
    },
    [scrollToY]
  )

  const revealRects = useCallback(
    async (rects: readonly PdfRect[]) => {
      const first = rects[0]
      if (!first) return
      const page = await pdf.getPage(first.pageIndex + 1)
      centreOn(first.pageIndex, pdfRectToBox(first, page.getViewport({ scale: latest.current.scale })))
    },
    [pdf, centreOn]
  )

  /** A range waiting for its page's text layer before it can be centred. */
  const pendingReveal = useRef<{ pageIndex: number; range: TextRange } | null>(null)
  const revealRange = useCallback(
    (range: TextRange) => {
      const pageIndex = pageOfOffset(pagesRef.current, range.start)
      const layer = layers.current.get(pageIndex)
      const box = layer ? docRangeBoxes(layer, range.start, range.end)[0] : undefined
      if (box) {
        pendingReveal.current = null
        centreOn(pageIndex, box)
        return
      }
      pendingReveal.current = { pageIndex, range }
      const { layout: current } = latest.current
      if (current?.tops[pageIndex] !== undefined) scrollToY(current.tops[pageIndex]! - PAGE_GAP)
    },
    [centreOn, scrollToY]
  )

  useEffect(() => {
    const waiting = pendingReveal.current
    if (!waiting || !layers.current.has(waiting.pageIndex)) return
    pendingReveal.current = null
    const box = docRangeBoxes(layers.current.get(waiting.pageIndex)!, waiting.range.start, waiting.range.end)[0]
    if (box) centreOn(waiting.pageIndex, box)
  }, [layersVersion, centreOn])

  // A passage (from a question, the inspector, a search hit) or a contact's mention to show.
  const handledFocus = useRef<number | null>(null)
  useEffect(() => {
    if (!focus || handledFocus.current === focus.nonce || !layout) return
    if (focus.range) {
      handledFocus.current = focus.nonce
      revealRange(focus.range)
      flashFor({ range: focus.range })
      return
    }
    const passage = passages.data?.find((candidate) => candidate.id === focus.passageId)
    if (!passage) return
    handledFocus.current = focus.nonce
    if (passage.rects?.length) void revealRects(passage.rects)
    else revealRange(passage)
    flashFor({ passageId: passage.id })
  }, [focus, layout, passages.data, revealRange, revealRects, flashFor])

  // ---- Find -------------------------------------------------------------------------------------
  const { show: showFind } = find
  const matches = find.result?.matches ?? NO_MATCHES
  const currentMatch = find.current
  const handledFind = useRef<number | null>(null)
  useEffect(() => {
    if (!findRequest || handledFind.current === findRequest.nonce || !sizes) return
    handledFind.current = findRequest.nonce
    showFind(findRequest.query, pagesRef.current.find((page) => page.index === findRequest.pageIndex)?.start ?? 0)
  }, [findRequest, sizes, showFind])

  useEffect(() => {
    const match = currentMatch === null ? undefined : matches[currentMatch]
    if (match) revealRange(match)
  }, [currentMatch, matches, revealRange])

  const closeFind = useCallback(() => {
    find.close()
    scrollRef.current?.focus({ preventScroll: true })
  }, [find])

  // ---- Selecting and marking ------------------------------------------------------------------
  const [pending, setPending] = useState<PendingSelection | null>(null)
  const [busy, setBusy] = useState(false)
  const [announcement, setAnnouncement] = useState('')

  useEffect(() => {
    const update = () => {
      const selection = window.getSelection()
      const article = articleRef.current
      const scroller = scrollRef.current
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !article || !scroller) return setPending(null)
      const range = selection.getRangeAt(0)
      const offsets = selectionToDocRange(article, range, layers.current)
      if (!offsets) return setPending(null)
      const rect = range.getBoundingClientRect()
      const box = scroller.getBoundingClientRect()
      const above = rect.top - box.top + scroller.scrollTop - TOOLBAR_HEIGHT - 6
      const top = rect.top - box.top < TOOLBAR_HEIGHT + 8 ? rect.bottom - box.top + scroller.scrollTop + 6 : above
      const left = Math.min(Math.max(rect.left + rect.width / 2 - box.left, 150), box.width - 150) + scroller.scrollLeft
      setPending({ ...offsets, range: range.cloneRange(), top, left })
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [])

  const clearSelection = () => {
    window.getSelection()?.removeAllRanges()
    setPending(null)
  }

  const selectionRects = (selection: PendingSelection): PdfRect[] | undefined => {
    const article = articleRef.current
    const rects = article ? rangeToPdfRects(article, selection.range, layers.current) : []
    return rects.length > 0 ? rects.slice(0, 2000) : undefined
  }

  const markPassage = async () => {
    if (!pending || busy) return
    const { start, end } = pending
    const rects = selectionRects(pending)
    clearSelection()
    setBusy(true)
    try {
      const passage = await api['passages.create']({ documentId: doc.id, start, end, rects })
      invalidate()
      flashFor({ passageId: passage.id })
      setAnnouncement(`Passage marked: ${passage.exact.slice(0, 80)}`)
    } catch (error) {
      toasts.error('Couldn’t mark the passage.', error)
    } finally {
      setBusy(false)
    }
  }

  const raiseQuestion = () => {
    if (!pending) return
    const rects = selectionRects(pending)
    onNewQuestion({ kind: 'selection', documentId: doc.id, start: pending.start, end: pending.end, quote: doc.text.slice(pending.start, pending.end), rects })
    clearSelection()
  }

  const flashPassage = useCallback((passageId: number) => flashFor({ passageId }), [flashFor])
  const claims = useClaimActions({ documentId: doc.id, onSelectPassage, flash: flashPassage, announce: setAnnouncement })
  /** The pending selection as a claim or evidence takes it: offsets, quote and rectangles. */
  const takeSelection = () => {
    if (!pending) return null
    const { start, end } = pending
    const rects = selectionRects(pending)
    clearSelection()
    return { start, end, rects, quote: doc.text.slice(start, end) }
  }
  const markAsClaim = () => {
    const selection = takeSelection()
    if (selection) void claims.markClaim(selection)
  }
  const addAsEvidence = () => {
    const selection = takeSelection()
    if (selection) claims.addEvidence(selection)
  }

  // H, Q, C, E and Escape act on a selection; Ctrl/Cmd+F finds, seeded with a short selection.
  const actions = useRef({ markPassage, raiseQuestion, markAsClaim, addAsEvidence, canAddEvidence: claims.canAddEvidence, readOnly, pending })
  actions.current = { markPassage, raiseQuestion, markAsClaim, addAsEvidence, canAddEvidence: claims.canAddEvidence, readOnly, pending }
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const { pending: selected } = actions.current
      if (isCommand(event, 'f') && !document.querySelector('dialog[open]')) {
        event.preventDefault()
        const text = selected ? textRef.current.slice(selected.start, selected.end).trim() : ''
        showFind(text && text.length <= 100 && !text.includes('\n') ? text : undefined)
        return
      }
      if (!selected || actions.current.readOnly || isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 'h') {
        event.preventDefault()
        void actions.current.markPassage()
      } else if (key === 'q') {
        event.preventDefault()
        actions.current.raiseQuestion()
      } else if (key === 'c') {
        event.preventDefault()
        actions.current.markAsClaim()
      } else if (key === 'e' && actions.current.canAddEvidence) {
        event.preventDefault()
        actions.current.addAsEvidence()
      } else if (key === 'escape') {
        clearSelection()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [showFind])

  // PageUp/PageDown turn pages while the reader has focus. (Ctrl/Cmd with plus and minus stay the
  // app menu's zoom of the whole window.)
  const onReaderKey = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape' && find.open && !event.defaultPrevented) return closeFind()
    if (isTyping(event.nativeEvent) || event.altKey || event.ctrlKey || event.metaKey) return
    if (event.key === 'PageDown' || event.key === 'PageUp') {
      event.preventDefault()
      goToPage(Math.min(Math.max(view.current + (event.key === 'PageDown' ? 1 : -1), 0), (sizes?.length ?? 1) - 1))
    }
  }

  // ---- Clicking a highlight selects its passage (the text layer above it takes the clicks) ----
  const passagesAt = (event: MouseEvent): number[] => {
    const page = (event.target as Element).closest('[data-page-index]')
    if (!page) return []
    const hits = Array.from(page.querySelectorAll<HTMLElement>('.pdf-highlight[data-passage-id]'))
      .map((element) => ({ id: Number(element.dataset.passageId), box: element.getBoundingClientRect() }))
      .filter(({ box }) => boxContains({ left: box.left, top: box.top, width: box.width, height: box.height }, event.clientX, event.clientY))
      .sort((a, b) => a.box.width * a.box.height - b.box.width * b.box.height)
    return [...new Set(hits.map((hit) => hit.id))]
  }

  const onPagesClick = (event: MouseEvent) => {
    const selection = window.getSelection()
    if (selection && !selection.isCollapsed) return
    const ids = passagesAt(event)
    if (ids.length === 0) return
    // Clicking overlapping highlights again cycles through the passages under the pointer.
    const at = selectedPassageId === null ? -1 : ids.indexOf(selectedPassageId)
    onSelectPassage(ids[(at + 1) % ids.length]!)
  }

  const [overPassage, setOverPassage] = useState(false)
  const onPagesMove = (event: MouseEvent) => {
    if (event.buttons) return
    const over = passagesAt(event).length > 0
    if (over !== overPassage) setOverPassage(over)
  }

  // pdf.js's viewer marks the text layer being drag-selected, so its end block can take the pointer.
  const onPagesMouseDown = (event: MouseEvent) => (event.target as Element).closest('.textLayer')?.classList.add('selecting')
  useEffect(() => {
    const reset = () => articleRef.current?.querySelectorAll('.textLayer.selecting').forEach((layer) => layer.classList.remove('selecting'))
    window.addEventListener('pointerup', reset)
    window.addEventListener('blur', reset)
    return () => {
      window.removeEventListener('pointerup', reset)
      window.removeEventListener('blur', reset)
    }
  }, [])

  // ---- What each page draws ---------------------------------------------------------------------
  const highlights = useMemo(
    () => buildHighlights({ passages: passages.data ?? [], pages: doc.pages, selectedPassageId, flash, matches, currentMatch }),
    [passages.data, doc.pages, selectedPassageId, flash, matches, currentMatch]
  )

  const pageCount = sizes?.length ?? pdf.numPages
  const scanned = doc.textStatus === 'needs_ocr'
  return (
    <div className="reader pdf-reader" onKeyDown={onReaderKey}>
      <PdfToolbar
        document={doc}
        pageCount={pageCount}
        current={view.current}
        zoom={zoom}
        fitWidth={zoomChoice === 'fit'}
        onGoToPage={goToPage}
        onPageEntered={() => scrollRef.current?.focus({ preventScroll: true })}
        onZoom={zoomBy}
        onFitWidth={fitWidth}
        onFind={() => find.show()}
      />
      {find.open && <FindBar find={find} onClose={closeFind} />}
      <ClaimLegend passages={passages.data ?? []} className="pdf-claim-legend" />
      {scanned && (
        <p className="notice notice-warning pdf-notice">
          <ScanText size={15} aria-hidden />
          <span>
            <strong>No text — needs OCR.</strong> This PDF is a scan: its pages are shown, but there is no text to select, mark or search until it has been
            through OCR.
          </span>
        </p>
      )}
      {/* Focusable so the pages can be scrolled and turned from the keyboard. */}
      <section ref={scrollRef} className="reader-scroll pdf-scroll" tabIndex={0} aria-label="Reader" onScroll={onScroll}>
        {layout && (
          <div
            ref={articleRef}
            className={`pdf-pages${overPassage ? ' is-over-passage' : ''}`}
            role="article"
            aria-label={`Pages of ${doc.title}`}
            style={{ height: layout.totalHeight, width: layout.totalWidth }}
            onClick={onPagesClick}
            onMouseMove={onPagesMove}
            onMouseDown={onPagesMouseDown}
          >
            {layout.tops.map((top, index) => (
              <PdfPage
                key={index}
                pdf={pdf}
                pageIndex={index}
                top={top}
                width={layout.widths[index]!}
                height={layout.heights[index]!}
                scale={scale}
                pixelRatio={pixelRatio}
                active={index >= view.first && index <= view.last}
                scanned={scanned}
                highlights={highlights.get(index) ?? NO_HIGHLIGHTS}
                queue={queue}
                priority={priorityOf}
                loadText={loadText}
                onLayer={onLayer}
              />
            ))}
          </div>
        )}
        {pending && !readOnly && (
          <SelectionToolbar
            top={pending.top}
            left={pending.left}
            busy={busy || claims.busy}
            onMark={() => void markPassage()}
            onQuestion={raiseQuestion}
            onClaim={markAsClaim}
            onEvidence={claims.canAddEvidence ? addAsEvidence : undefined}
          />
        )}
      </section>
      {claims.dialog}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  )
}
