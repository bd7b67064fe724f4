// Find in the open document: the query, its matches (search.inDocument, debounced, stale answers
// dropped) and which one is current. Matches are offsets into the document text.
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import type { TextRange } from '../../../../shared/models'

export const FIND_DEBOUNCE_MS = 120

interface FindResult {
  query: string
  matches: TextRange[]
  failed: boolean
}

export interface Find {
  open: boolean
  query: string
  /** Matches for the query as typed, or null while they are being looked up. */
  result: FindResult | null
  current: number | null
  /** Changes whenever the field should take focus. */
  focusNonce: number
  show(query?: string, startAt?: number): void
  close(): void
  setQuery(query: string): void
  step(delta: 1 | -1): void
}

const NO_MATCHES: TextRange[] = []

export function useFind(documentId: number): Find {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [result, setResult] = useState<FindResult | null>(null)
  const [current, setCurrent] = useState<number | null>(null)
  const [focusNonce, setFocusNonce] = useState(0)
  const startAt = useRef(0)
  const latest = useRef(0)

  const firstFrom = (matches: readonly TextRange[], offset: number) => {
    if (matches.length === 0) return null
    const index = matches.findIndex((match) => match.start >= offset)
    return index === -1 ? 0 : index
  }

  useEffect(() => {
    const trimmed = query.trim()
    const request = ++latest.current
    if (!open || !trimmed) {
      setResult(null)
      setCurrent(null)
      return
    }
    const timer = setTimeout(() => {
      api['search.inDocument']({ documentId, query: trimmed }).then(
        (matches) => {
          if (request !== latest.current) return
          setResult({ query: trimmed, matches, failed: false })
          setCurrent(firstFrom(matches, startAt.current))
        },
        () => {
          if (request !== latest.current) return
          setResult({ query: trimmed, matches: NO_MATCHES, failed: true })
          setCurrent(null)
        }
      )
    }, FIND_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [documentId, open, query])

  const show = useCallback(
    (next?: string, offset = 0) => {
      startAt.current = offset
      setOpen(true)
      setFocusNonce((value) => value + 1)
      if (next === undefined) return
      setQuery(next)
      // The same query again does not re-run the lookup: just move to the first match from `offset`.
      if (result && result.query === next.trim()) setCurrent(firstFrom(result.matches, offset))
    },
    [result]
  )

  const close = useCallback(() => {
    setOpen(false)
    setQuery('')
  }, [])

  const changeQuery = useCallback((next: string) => {
    startAt.current = 0
    setQuery(next)
  }, [])

  const count = result?.matches.length ?? 0
  const step = useCallback(
    (delta: 1 | -1) => {
      if (count === 0) return
      setCurrent((index) => (index === null ? 0 : (index + delta + count) % count))
    },
    [count]
  )

  // Answers for an older query stay hidden, so the count never describes other words.
  const fresh = result && result.query === query.trim() ? result : null
  return { open, query, result: fresh, current: fresh ? current : null, focusNonce, show, close, setQuery: changeQuery, step }
}
