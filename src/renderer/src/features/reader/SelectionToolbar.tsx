import { Highlighter, Link2, MessageCircleQuestion, ShieldCheck } from 'lucide-react'
import { useLayoutEffect, useRef, useState } from 'react'

interface SelectionToolbarProps {
  top: number
  left: number
  busy: boolean
  onMark(): void
  onQuestion(): void
  onClaim(): void
  /** Offered once the case has a claim the selection could back or contradict. */
  onEvidence?: () => void
}

/** Floats above the selected text. Mouse-down must not clear the selection it acts on. */
export function SelectionToolbar({ top, left, busy, onMark, onQuestion, onClaim, onEvidence }: SelectionToolbarProps) {
  // Keep the whole toolbar inside the reader: centred on the selection where there is room.
  // A reader too narrow for one row gets two rows of two.
  const ref = useRef<HTMLDivElement>(null)
  const [x, setX] = useState(left)
  const [stacked, setStacked] = useState(false)
  useLayoutEffect(() => {
    const toolbar = ref.current
    const scroller = toolbar?.offsetParent as HTMLElement | null
    if (!toolbar || !scroller) return setX(left)
    const buttons = Array.from(toolbar.children) as HTMLElement[]
    const oneRow = buttons.reduce((sum, button) => sum + button.offsetWidth + 2, 8)
    const stack = oneRow > scroller.clientWidth - 16
    setStacked(stack)
    const half = (stack ? toolbar.offsetWidth : oneRow) / 2
    const min = scroller.scrollLeft + half + 8
    const max = scroller.scrollLeft + scroller.clientWidth - half - 8
    setX(max < min ? scroller.scrollLeft + scroller.clientWidth / 2 : Math.min(Math.max(left, min), max))
  }, [left, top, onEvidence, stacked])

  return (
    <div
      ref={ref}
      className={`selection-toolbar${stacked ? ' is-stacked' : ''}`}
      role="toolbar"
      aria-label="Selection actions"
      style={{ top, left: x }}
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" className="selection-action" onClick={onMark} disabled={busy} title="Mark passage (H)" aria-keyshortcuts="H">
        <Highlighter size={15} aria-hidden />
        Mark passage
        <kbd aria-hidden>H</kbd>
      </button>
      <button type="button" className="selection-action" onClick={onQuestion} disabled={busy} title="New question from this passage (Q)" aria-keyshortcuts="Q">
        <MessageCircleQuestion size={15} aria-hidden />
        New question
        <kbd aria-hidden>Q</kbd>
      </button>
      <button type="button" className="selection-action" onClick={onClaim} disabled={busy} title="Mark as claim: a statement to verify (C)" aria-keyshortcuts="C">
        <ShieldCheck size={15} aria-hidden />
        Mark as claim
        <kbd aria-hidden>C</kbd>
      </button>
      {onEvidence && (
        <button
          type="button"
          className="selection-action"
          onClick={onEvidence}
          disabled={busy}
          title="Add as evidence for or against a claim in another document (E)"
          aria-keyshortcuts="E"
        >
          <Link2 size={15} aria-hidden />
          Add as evidence…
          <kbd aria-hidden>E</kbd>
        </button>
      )}
    </div>
  )
}
