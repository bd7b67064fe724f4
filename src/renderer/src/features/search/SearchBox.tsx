// One search for the whole case: the toolbar field is a combobox; Ctrl/Cmd+K focuses it and opens
// the results panel. Arrow keys move through the hits, Enter opens one, Escape closes.
import { Search } from 'lucide-react'
import { useCallback, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { SearchHit, SearchKind } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { ariaShortcut, isCommand, shortcutLabel } from '../../lib/shortcuts'
import { groupHits, type ResultItem } from './groups'
import { SearchResults } from './SearchResults'
import { SyntaxHelp } from './SyntaxHelp'
import { useCaseSearch } from './useCaseSearch'

interface SearchBoxProps {
  onOpenHit(hit: SearchHit, query: string): void
}

export function SearchBox({ onOpenHit }: SearchBoxProps) {
  const baseId = useId()
  const listboxId = `${baseId}-results`
  const optionId = useCallback((index: number) => `${baseId}-option-${index}`, [baseId])
  const input = useRef<HTMLInputElement>(null)
  const [text, setText] = useState('')
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const [expanded, setExpanded] = useState<ReadonlySet<SearchKind>>(new Set())
  const openWhenReady = useRef(false)

  const search = useCaseSearch(text, open)

  const groups = useMemo(() => (search.result ? groupHits(search.result.hits, expanded) : []), [search.result, expanded])
  const items = useMemo<ResultItem[]>(() => groups.flatMap((group) => group.items), [groups])
  const current = Math.min(active, Math.max(items.length - 1, 0))

  // A new query starts at the top with groups folded.
  useEffect(() => {
    setActive(0)
    setExpanded(new Set())
  }, [search.query])

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!isCommand(event, 'k') || document.querySelector('dialog[open]')) return
      event.preventDefault()
      input.current?.focus()
      input.current?.select()
      setOpen(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  useEffect(() => {
    if (open) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' })
  }, [open, current, optionId])

  const close = () => {
    setOpen(false)
    openWhenReady.current = false
  }

  const choose = (item: ResultItem | undefined) => {
    if (!item) return
    if (item.type === 'more') {
      setExpanded((previous) => new Set(previous).add(item.kind))
      return
    }
    close()
    input.current?.blur()
    onOpenHit(item.hit, search.query)
  }

  // Enter pressed before the answer for the latest keystrokes arrived opens its first hit.
  useEffect(() => {
    if (!openWhenReady.current || search.pending || !search.result) return
    openWhenReady.current = false
    const first = items[0]
    if (first) choose(first)
    // Runs only when an answer arrives.
  }, [search.pending, search.result])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      if (!open) return setOpen(true)
      if (items.length === 0) return
      const delta = event.key === 'ArrowDown' ? 1 : -1
      setActive((current + delta + items.length) % items.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (!open) return setOpen(true)
      if (search.pending) openWhenReady.current = true
      else choose(items[current])
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      if (open) close()
      else if (text) setText('')
      else input.current?.blur()
    }
  }

  const total = search.result?.hits.length ?? 0
  const intro = !search.query && !text.trim()
  const showList = open && !intro && !search.error && total > 0
  const announcement = !open || !search.query ? '' : search.pending ? 'Searching…' : total === 0 ? 'Nothing found' : plural(total, 'result')

  return (
    <div
      className="search-box"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        close()
        input.current?.focus()
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) close()
      }}
    >
      <Search size={15} className="search-box-icon" aria-hidden />
      <input
        ref={input}
        type="text"
        role="combobox"
        className="input search-box-input"
        aria-label="Search case"
        aria-expanded={open}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={open && items.length > 0 && !search.pending ? optionId(current) : undefined}
        aria-keyshortcuts={ariaShortcut('k')}
        placeholder={'Search… "phrase" prefix* -not'}
        title={`Search documents, passages and questions (${shortcutLabel('k')})`}
        spellCheck={false}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      {!open && <kbd className="search-box-shortcut" aria-hidden>{shortcutLabel('k')}</kbd>}
      {open && (
        // Mouse-down inside the panel must not take focus from the field.
        <div className="search-panel" onMouseDown={(event) => event.preventDefault()}>
          {/* In the tab order so keyboard users can scroll long results (arrows in the field move the selection). */}
          {/* data-query names the query whose answer is on screen (absent while one is pending): the UI benchmark waits on it. */}
          <div
            className={`search-panel-body ${search.pending ? 'search-panel-stale' : ''}`}
            tabIndex={0}
            data-query={!search.pending && search.query ? search.query : undefined}
          >
            {intro ? (
              <div className="search-intro">
                <p className="search-intro-title">Search documents, passages and questions in this case</p>
                <p className="muted small">Accents and letter case don’t matter; “drones” also finds “drone”.</p>
                <SyntaxHelp full />
              </div>
            ) : search.error ? (
              <p className="search-message" role="alert">
                Search isn’t working right now: {search.error}
              </p>
            ) : !search.result ? (
              <p className="search-message muted">Searching…</p>
            ) : total === 0 ? (
              <div className="search-message">
                <p className="search-nothing">Nothing found for “{search.query}”</p>
                <p className="muted small">
                  Check the spelling, use fewer words, end a word with * to match its beginnings, or drop a filter such as kind: or outlet:.
                </p>
              </div>
            ) : (
              <SearchResults
                listboxId={listboxId}
                optionId={optionId}
                groups={groups}
                active={current}
                onHover={setActive}
                onChoose={choose}
              />
            )}
          </div>
          {!intro && <SyntaxHelp full={false} />}
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </div>
      )}
      {/* The combobox always controls a listbox, even an empty one while the panel is closed. */}
      {!showList && <div id={listboxId} role="listbox" aria-label="Search results" hidden />}
    </div>
  )
}
