// Centre pane for a document: header, then the text at a readable measure with passages marked.
// Selecting text offers Mark passage (H), New question (Q), Mark as claim (C) and Add as evidence… (E);
// Ctrl/Cmd+F finds words in it. A case open for review offers none of them.
import { CircleAlert, Highlighter, Loader, Search } from 'lucide-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { useToasts } from '../../components/Toasts'
import { useRevision } from '../../data/revision'
import { useReadOnly } from '../../data/readOnly'
import { useDocument, usePassages } from '../../data/resources'
import type { QueryState } from '../../data/useQuery'
import type { DocumentDetail } from '../../../../shared/models'
import { formatDate, plural } from '../../lib/format'
import { ariaShortcut, isCommand, isTyping, shortcutLabel } from '../../lib/shortcuts'
import { KIND_ICONS, KIND_LABELS } from '../navigator/kindIcons'
import type { FindRequest, FocusRequest, QuestionSource } from '../workspace/selection'
import { ClaimLegend } from './ClaimLegend'
import { DocumentText } from './DocumentText'
import { FindBar } from './FindBar'
import { isPdfDocument, PdfReader } from './PdfReader'
import { domRangeFor, emphasiseRange, scrollRangeIntoView } from './rangeFocus'
import { rangeToOffsets, type TextRange } from './selectionOffsets'
import { SelectionToolbar } from './SelectionToolbar'
import { useClaimActions } from './useClaimActions'
import { useFind } from './useFind'

interface ReaderProps {
  documentId: number
  selectedPassageId: number | null
  focus: FocusRequest | null
  /** Opened from a search hit: find these words, starting on this page. */
  findRequest: FindRequest | null
  onSelectPassage(id: number | null): void
  onNewQuestion(source: QuestionSource): void
}

interface PendingSelection extends TextRange {
  top: number
  left: number
}

const TOOLBAR_HEIGHT = 40
const NO_MATCHES: TextRange[] = []

/** Picks the reader for the document: its PDF pages, or its text. */
export function Reader(props: ReaderProps) {
  const document_ = useDocument(props.documentId)
  const [asText, setAsText] = useState(false)
  const doc = document_.data?.id === props.documentId ? document_.data : null
  if (doc && isPdfDocument(doc) && !asText) return <PdfReader {...props} document={doc} onShowText={() => setAsText(true)} />
  return <TextReader {...props} document_={document_} />
}

function TextReader({
  documentId,
  selectedPassageId,
  focus,
  findRequest,
  onSelectPassage,
  onNewQuestion,
  document_
}: ReaderProps & { document_: QueryState<DocumentDetail> }) {
  const toasts = useToasts()
  const { invalidate } = useRevision()
  const readOnly = useReadOnly()
  const passages = usePassages(documentId)
  const articleRef = useRef<HTMLElement>(null)
  const scrollRef = useRef<HTMLElement>(null)
  const [pending, setPending] = useState<PendingSelection | null>(null)
  const [busy, setBusy] = useState(false)
  const [flashId, setFlashId] = useState<number | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const handledFocus = useRef<number | null>(null)
  const handledFind = useRef<number | null>(null)
  const text = document_.data?.id === documentId ? document_.data.text : null
  const find = useFind(documentId)
  const pages = document_.data?.id === documentId ? document_.data.pages : null

  // Track the selection inside the text and place the toolbar above it.
  useEffect(() => {
    const update = () => {
      const selection = window.getSelection()
      const article = articleRef.current
      const scroller = scrollRef.current
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !article || !scroller) return setPending(null)
      const range = selection.getRangeAt(0)
      const offsets = rangeToOffsets(article, range)
      if (!offsets) return setPending(null)
      const rect = range.getBoundingClientRect()
      const box = scroller.getBoundingClientRect()
      const above = rect.top - box.top + scroller.scrollTop - TOOLBAR_HEIGHT - 6
      const top = rect.top - box.top < TOOLBAR_HEIGHT + 8 ? rect.bottom - box.top + scroller.scrollTop + 6 : above
      const left = Math.min(Math.max(rect.left + rect.width / 2 - box.left, 150), box.width - 150)
      setPending({ ...offsets, top, left })
    }
    document.addEventListener('selectionchange', update)
    return () => document.removeEventListener('selectionchange', update)
  }, [])

  const clearSelection = () => {
    window.getSelection()?.removeAllRanges()
    setPending(null)
  }

  const flash = useCallback((passageId: number) => {
    setFlashId(passageId)
    setTimeout(() => setFlashId((current) => (current === passageId ? null : current)), 1800)
  }, [])

  const markPassage = useCallback(async () => {
    if (!pending || busy) return
    const { start, end } = pending
    // Clear now, not after the save: the reader may already have selected the next passage by then.
    clearSelection()
    setBusy(true)
    try {
      const passage = await api['passages.create']({ documentId, start, end })
      invalidate()
      flash(passage.id)
      setAnnouncement(`Passage marked: ${passage.exact.slice(0, 80)}`)
    } catch (error) {
      toasts.error('Couldn’t mark the passage.', error)
    } finally {
      setBusy(false)
    }
  }, [pending, busy, documentId, invalidate, flash, toasts])

  const raiseQuestion = useCallback(() => {
    if (!pending || !text) return
    onNewQuestion({ kind: 'selection', documentId, start: pending.start, end: pending.end, quote: text.slice(pending.start, pending.end) })
    clearSelection()
  }, [pending, text, documentId, onNewQuestion])

  const claims = useClaimActions({ documentId, onSelectPassage, flash, announce: setAnnouncement })
  const { markClaim, addEvidence, canAddEvidence } = claims
  const markAsClaim = useCallback(() => {
    if (!pending || !text) return
    const { start, end } = pending
    clearSelection()
    void markClaim({ start, end, quote: text.slice(start, end) })
  }, [pending, text, markClaim])
  const addAsEvidence = useCallback(() => {
    if (!pending || !text) return
    const { start, end } = pending
    clearSelection()
    addEvidence({ start, end, quote: text.slice(start, end) })
  }, [pending, text, addEvidence])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!pending || readOnly || isTyping(event) || event.ctrlKey || event.metaKey || event.altKey) return
      const key = event.key.toLowerCase()
      if (key === 'h') {
        event.preventDefault()
        void markPassage()
      } else if (key === 'q') {
        event.preventDefault()
        raiseQuestion()
      } else if (key === 'c') {
        event.preventDefault()
        markAsClaim()
      } else if (key === 'e' && canAddEvidence) {
        event.preventDefault()
        addAsEvidence()
      } else if (key === 'escape') {
        clearSelection()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [pending, readOnly, markPassage, raiseQuestion, markAsClaim, addAsEvidence, canAddEvidence])

  // Ctrl/Cmd+F opens the find bar, seeded with a short selection in the text.
  const { show: showFind } = find
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event, 'f') || document.querySelector('dialog[open]')) return
      event.preventDefault()
      const selected = pending && text ? text.slice(pending.start, pending.end).trim() : ''
      showFind(selected && selected.length <= 100 && !selected.includes('\n') ? selected : undefined)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [pending, text, showFind])

  // A search hit asks for its words: find them, starting on the hit's page.
  useEffect(() => {
    if (!findRequest || handledFind.current === findRequest.nonce || !pages) return
    handledFind.current = findRequest.nonce
    showFind(findRequest.query, pages.find((page) => page.index === findRequest.pageIndex)?.start ?? 0)
  }, [findRequest, pages, showFind])

  // Bring the current match into view whenever it changes.
  const currentMatch = find.current
  const matches = find.result?.matches
  useEffect(() => {
    if (currentMatch === null || !text) return
    articleRef.current?.querySelector<HTMLElement>(`mark[data-match="${currentMatch}"]`)?.scrollIntoView({ block: 'center', behavior: 'instant' })
  }, [currentMatch, matches, text])

  const closeFind = useCallback(() => {
    find.close()
    scrollRef.current?.focus({ preventScroll: true })
  }, [find])

  // Scroll a requested passage into view and emphasise it, once its marks are on screen.
  useEffect(() => {
    if (!focus || focus.passageId === undefined || handledFocus.current === focus.nonce || !passages.data || !text) return
    const mark = articleRef.current?.querySelector<HTMLElement>(`mark[data-passages~="${focus.passageId}"]`)
    if (!mark) return
    handledFocus.current = focus.nonce
    mark.scrollIntoView({ block: 'center', behavior: 'instant' })
    flash(focus.passageId)
  }, [focus, passages.data, text, flash])

  // A contact's mention asks for a range of the text: scroll it to the middle and emphasise it.
  useEffect(() => {
    if (!focus?.range || handledFocus.current === focus.nonce || !passages.data || !text) return
    const dom = articleRef.current && domRangeFor(articleRef.current, focus.range)
    if (!dom || !scrollRef.current) return
    handledFocus.current = focus.nonce
    scrollRangeIntoView(scrollRef.current, dom)
    setAnnouncement('Showing the mention')
    return emphasiseRange(dom)
  }, [focus, passages.data, text])

  const onMarkClick = useCallback(
    (ids: number[]) => {
      // Clicking overlapping marks again cycles through the passages under the pointer.
      const at = selectedPassageId === null ? -1 : ids.indexOf(selectedPassageId)
      onSelectPassage(ids[(at + 1) % ids.length]!)
    },
    [selectedPassageId, onSelectPassage]
  )

  if (document_.error && !document_.data) {
    return (
      <EmptyState icon={CircleAlert} title="This document couldn’t be opened">
        <p>{document_.error.message}</p>
      </EmptyState>
    )
  }
  if (!document_.data || text === null) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Opening document…
      </div>
    )
  }

  const doc = document_.data
  const KindIcon = KIND_ICONS[doc.kind]
  const orphaned = (passages.data ?? []).filter((passage) => passage.anchor === 'orphaned').length
  const byline = [doc.outlet, doc.author ? `By ${doc.author}` : null, doc.publishedAt ? formatDate(doc.publishedAt) : null].filter(Boolean)

  return (
    <div
      className="reader"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && find.open && !event.defaultPrevented) closeFind()
      }}
    >
      {find.open && <FindBar find={find} onClose={closeFind} />}
      {/* Focusable so the text can be scrolled from the keyboard. */}
      <section ref={scrollRef} className="reader-scroll" tabIndex={0} aria-label="Reader">
        <header className="reader-header">
          <p className="reader-kind">
            <KindIcon size={14} aria-hidden /> {KIND_LABELS[doc.kind]}
            {doc.passageCount > 0 && (
              <span className="reader-count">
                <Highlighter size={13} aria-hidden /> {plural(doc.passageCount, 'marked passage')}
              </span>
            )}
            <button
              type="button"
              className="button button-quiet button-small reader-find"
              onClick={() => find.show()}
              title={`Find in this document (${shortcutLabel('f')})`}
              aria-keyshortcuts={ariaShortcut('f')}
            >
              <Search size={14} aria-hidden /> Find
            </button>
          </p>
          <h2 className="reader-title">{doc.title}</h2>
          {byline.length > 0 && <p className="reader-byline">{byline.join(' · ')}</p>}
          <ClaimLegend passages={passages.data ?? []} />
          {orphaned > 0 && (
            <p className="notice notice-warning">
              <CircleAlert size={14} aria-hidden /> {plural(orphaned, 'passage')} could not be found in this version of the text; see the
              inspector.
            </p>
          )}
        </header>
        <DocumentText
          ref={articleRef}
          text={text}
          passages={passages.data ?? []}
          selectedPassageId={selectedPassageId}
          flashPassageId={flashId}
          matches={matches ?? NO_MATCHES}
          currentMatch={currentMatch}
          label={`Text of ${doc.title}`}
          onMarkClick={onMarkClick}
        />
        {pending && !readOnly && (
          <SelectionToolbar
            top={pending.top}
            left={pending.left}
            busy={busy || claims.busy}
            onMark={() => void markPassage()}
            onQuestion={raiseQuestion}
            onClaim={markAsClaim}
            onEvidence={canAddEvidence ? addAsEvidence : undefined}
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
