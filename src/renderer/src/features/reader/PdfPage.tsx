// One PDF page: always a placeholder of the page's size; when near the screen (`active`), and once the
// render queue gives it its turn, its canvas, pdf.js's selectable text layer and the highlights
// between them. Leaving the screen releases the canvas memory and the text layer, so a 300-page PDF
// keeps only a handful of pages drawn.
import { RenderingCancelledException, TextLayer, type PDFDocumentProxy, type PDFPageProxy, type PageViewport } from 'pdfjs-dist'
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import { mergeLineBoxes, pdfRectToBox, type Box } from './pdf/geometry'
import type { PageHighlight } from './pdf/highlights'
import type { RenderQueue } from './pdf/renderQueue'
import { docRangeBoxes, PAGE_ATTRIBUTE, tagTextDivs, type PageTextLayer, type PageTextMap } from './pdf/textMap'

export interface PageText {
  content: Awaited<ReturnType<PDFPageProxy['getTextContent']>>
  map: PageTextMap
}

interface PdfPageProps {
  pdf: PDFDocumentProxy
  pageIndex: number
  top: number
  width: number
  height: number
  /** CSS pixels per PDF point. */
  scale: number
  pixelRatio: number
  active: boolean
  /** A page of a scan: the canvas is all there is, so it is labelled as an image. */
  scanned: boolean
  highlights: readonly PageHighlight[]
  queue: RenderQueue
  /** Lower draws sooner: pages on screen, nearest the middle, first. */
  priority(pageIndex: number): number
  loadText(pageIndex: number): Promise<PageText>
  onLayer(pageIndex: number, layer: PageTextLayer, present: boolean): void
}

/** Keeps canvases under ~16 million pixels: past that, deep zoom trades sharpness for memory. */
const MAX_CANVAS_PIXELS = 16_777_216

function outputRatio(viewport: PageViewport, pixelRatio: number): number {
  const wanted = viewport.width * viewport.height * pixelRatio * pixelRatio
  return wanted > MAX_CANVAS_PIXELS ? Math.sqrt(MAX_CANVAS_PIXELS / (viewport.width * viewport.height)) : pixelRatio
}

/** Frees a canvas's bitmap at once rather than whenever it is collected. */
function release(canvas: HTMLCanvasElement) {
  canvas.width = 0
  canvas.height = 0
}

export const PdfPage = memo(function PdfPage(props: PdfPageProps) {
  const { pdf, pageIndex, top, width, height, scale, pixelRatio, active, scanned, highlights, queue, priority, loadText, onLayer } = props
  const pageRef = useRef<HTMLDivElement>(null)
  const canvasHost = useRef<HTMLDivElement>(null)
  const textHost = useRef<HTMLDivElement>(null)
  const [proxy, setProxy] = useState<PDFPageProxy | null>(null)
  const [layer, setLayer] = useState<PageTextLayer | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!active || proxy) return
    let cancelled = false
    pdf.getPage(pageIndex + 1).then(
      (page) => !cancelled && setProxy(page),
      () => !cancelled && setFailed(true)
    )
    return () => {
      cancelled = true
    }
  }, [active, proxy, pdf, pageIndex])

  const viewport = useMemo(() => (proxy ? proxy.getViewport({ scale }) : null), [proxy, scale])

  // Wait for a turn in the render queue (again after a zoom); the turn ends when the canvas is drawn.
  const [turn, setTurn] = useState<{ scale: number; pixelRatio: number; done(): void } | null>(null)
  useEffect(() => {
    if (!active) return
    let finish: (() => void) | null = null
    const cancel = queue.enqueue(
      () => priority(pageIndex),
      () =>
        new Promise<void>((resolve) => {
          finish = resolve
          setTurn({ scale, pixelRatio, done: resolve })
        })
    )
    return () => {
      cancel()
      finish?.()
      setTurn(null)
    }
  }, [active, scale, pixelRatio, queue, priority, pageIndex])
  const ready = active && turn !== null && turn.scale === scale && turn.pixelRatio === pixelRatio

  useEffect(() => {
    if (failed) turn?.done()
  }, [failed, turn])

  // Draw into a fresh canvas and swap it in when done, so zooming never flashes a blank page.
  useEffect(() => {
    const host = canvasHost.current
    if (!ready || !turn || !proxy || !viewport || !host) return
    const canvas = document.createElement('canvas')
    const ratio = outputRatio(viewport, pixelRatio)
    canvas.width = Math.max(1, Math.floor(viewport.width * ratio))
    canvas.height = Math.max(1, Math.floor(viewport.height * ratio))
    canvas.className = 'pdf-canvas'
    if (scanned) {
      canvas.setAttribute('role', 'img')
      canvas.setAttribute('aria-label', `Page ${pageIndex + 1}, a scanned image with no text`)
    } else {
      canvas.setAttribute('aria-hidden', 'true')
    }
    const task = proxy.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] })
    task.promise
      .then(
        () => {
          for (const old of host.querySelectorAll('canvas')) release(old)
          host.replaceChildren(canvas)
          setFailed(false)
        },
        (error: unknown) => {
          release(canvas)
          if (!(error instanceof RenderingCancelledException)) setFailed(true)
        }
      )
      .finally(turn.done)
    return () => task.cancel()
  }, [ready, turn, proxy, viewport, pixelRatio, scanned, pageIndex])

  // Off screen: give the canvas memory back.
  useEffect(() => {
    const host = canvasHost.current
    if (!active || !host) return
    return () => {
      for (const canvas of host.querySelectorAll('canvas')) release(canvas)
      host.replaceChildren()
    }
  }, [active])

  // The text layer: pdf.js positions one transparent span per text item over the canvas.
  useEffect(() => {
    const host = textHost.current
    const page = pageRef.current
    if (!ready || !viewport || !host || !page) return
    let cancelled = false
    let textLayer: TextLayer | null = null
    let registered: PageTextLayer | null = null
    loadText(pageIndex)
      .then(async ({ content, map }) => {
        if (cancelled) return
        textLayer = new TextLayer({ textContentSource: content, container: host, viewport })
        await textLayer.render()
        if (cancelled) return
        // As pdf.js's own viewer does: a block after the text keeps drag-selection from jumping.
        const end = document.createElement('div')
        end.className = 'endOfContent'
        host.append(end)
        const layer: PageTextLayer = { map, page, spans: tagTextDivs(map.items, textLayer.textDivs), viewport }
        registered = layer
        setLayer(layer)
        onLayer(pageIndex, layer, true)
      })
      // Cancelled, or a page whose text cannot be read: the page still shows.
      .catch(() => {})
    return () => {
      cancelled = true
      textLayer?.cancel()
      host.replaceChildren()
      setLayer(null)
      if (registered) onLayer(pageIndex, registered, false)
    }
  }, [ready, viewport, pageIndex, loadText, onLayer])

  const boxes = useMemo(() => {
    if (!active || !viewport) return []
    const drawn: { key: string; box: Box; highlight: PageHighlight }[] = []
    for (const highlight of highlights) {
      const pieces = highlight.rects
        ? highlight.rects.map((rect) => pdfRectToBox(rect, viewport))
        : highlight.range && layer
          ? mergeLineBoxes(docRangeBoxes(layer, highlight.range.start, highlight.range.end))
          : []
      pieces.forEach((box, index) => drawn.push({ key: `${highlight.key}-${index}`, box, highlight }))
    }
    return drawn
  }, [active, viewport, highlights, layer])

  const style = { top, width, height, '--scale-factor': scale, '--user-unit': proxy?.userUnit ?? 1 } as CSSProperties
  return (
    <div ref={pageRef} className="pdf-page" {...{ [PAGE_ATTRIBUTE]: pageIndex }} role="group" aria-label={`Page ${pageIndex + 1}`} style={style}>
      {active && (
        <>
          <div ref={canvasHost} className="pdf-canvas-host" />
          {/* Only when there is something to draw: the layer blends with the page, which costs. */}
          {boxes.length > 0 && (
            <div className="pdf-highlights" aria-hidden>
              {boxes.map(({ key, box, highlight }) => (
                <div
                  key={key}
                  className={highlightClass(highlight)}
                  data-passage-id={highlight.passageId}
                  data-claim-status={highlight.claimStatus ?? undefined}
                  style={{ left: box.left, top: box.top, width: box.width, height: box.height }}
                />
              ))}
            </div>
          )}
          <div ref={textHost} className="textLayer pdf-text-layer" />
        </>
      )}
      {failed && <p className="pdf-page-error">Casefile couldn’t draw page {pageIndex + 1}.</p>}
    </div>
  )
})

function highlightClass(highlight: PageHighlight): string {
  const classes = ['pdf-highlight', `pdf-highlight-${highlight.kind}`]
  if (highlight.selected) classes.push('is-selected')
  if (highlight.flash) classes.push('is-flashing')
  if (highlight.current) classes.push('is-current')
  if (highlight.hasQuestion) classes.push('has-question')
  if (highlight.claimStatus) classes.push('pdf-highlight-claim', `claim-${highlight.claimStatus}`)
  return classes.join(' ')
}
