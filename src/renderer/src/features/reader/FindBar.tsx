// The reader's find bar: a field, "3 of 12", previous/next, close. Enter steps forward,
// Shift+Enter back, Escape closes and clears the highlights.
import { ChevronDown, ChevronUp, Search, X } from 'lucide-react'
import { useEffect, useRef } from 'react'
import type { Find } from './useFind'

export function FindBar({ find, onClose }: { find: Find; onClose(): void }) {
  const input = useRef<HTMLInputElement>(null)

  useEffect(() => {
    input.current?.focus()
    input.current?.select()
  }, [find.focusNonce])

  const count = find.result?.matches.length ?? 0
  const status = !find.query.trim()
    ? 'Type to find words in this document'
    : !find.result
      ? 'Searching…'
      : find.result.failed
        ? 'Couldn’t search this document'
        : count === 0
          ? 'No matches'
          : `${(find.current ?? 0) + 1} of ${count}`

  return (
    <div className="find-bar" role="search" aria-label="Find in document">
      <Search size={14} className="find-bar-icon" aria-hidden />
      <input
        ref={input}
        type="text"
        className="input input-compact find-bar-input"
        aria-label="Find in document"
        placeholder="Find in this document"
        spellCheck={false}
        value={find.query}
        onChange={(event) => find.setQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            find.step(event.shiftKey ? -1 : 1)
          } else if (event.key === 'Escape') {
            event.preventDefault()
            event.stopPropagation()
            onClose()
          }
        }}
      />
      <span className={`find-bar-status ${count === 0 && find.result ? 'find-bar-none' : ''}`} role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" className="icon-button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={count === 0} onClick={() => find.step(-1)}>
        <ChevronUp size={16} aria-hidden />
      </button>
      <button type="button" className="icon-button" aria-label="Next match" title="Next match (Enter)" disabled={count === 0} onClick={() => find.step(1)}>
        <ChevronDown size={16} aria-hidden />
      </button>
      <button type="button" className="icon-button" aria-label="Close find bar" title="Close (Esc)" onClick={onClose}>
        <X size={16} aria-hidden />
      </button>
    </div>
  )
}
