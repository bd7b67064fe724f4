import { Highlighter, MessageCircleQuestion } from 'lucide-react'

interface SelectionToolbarProps {
  top: number
  left: number
  busy: boolean
  onMark(): void
  onQuestion(): void
}

/** Floats above the selected text. Mouse-down must not clear the selection it acts on. */
export function SelectionToolbar({ top, left, busy, onMark, onQuestion }: SelectionToolbarProps) {
  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Selection actions"
      style={{ top, left }}
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
    </div>
  )
}
