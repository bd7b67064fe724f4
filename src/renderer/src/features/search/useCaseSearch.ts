// Searches the whole case as the user types: no debounce (the core answers in milliseconds), but at
// most one search in flight; keystrokes made meanwhile wait, and only the newest text is asked next.
// Answers to older keystrokes are dropped, and the search is asked again whenever the case changes
// (an import, a new question) so results are never stale.
import { useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import { useRevision } from '../../data/revision'
import type { SearchResult } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'

/** Hits asked for per kind; the panel shows a few per group and the rest on "Show more". */
export const SEARCH_LIMIT = 50

export interface CaseSearch {
  /** The query the result answers (trimmed), or '' before any answer. */
  query: string
  result: SearchResult | null
  error: string | null
  /** True while the answer on screen is not for the text as typed. */
  pending: boolean
}

const IDLE: CaseSearch = { query: '', result: null, error: null, pending: false }

export function useCaseSearch(text: string, enabled: boolean): CaseSearch {
  const { revision } = useRevision()
  const [state, setState] = useState<CaseSearch>(IDLE)
  const latest = useRef(0)
  const inFlight = useRef(false)
  /** The search to send once the one in flight answers (only the newest is kept). */
  const waiting = useRef<(() => void) | null>(null)
  const query = text.trim()

  useEffect(() => {
    const request = ++latest.current
    if (!enabled || !query) {
      waiting.current = null
      setState(IDLE)
      return
    }
    const send = () => {
      inFlight.current = true
      api['search.query']({ query, limit: SEARCH_LIMIT })
        .then(
          (result) => {
            if (request === latest.current) setState({ query, result, error: null, pending: false })
          },
          (error: unknown) => {
            if (request === latest.current) setState({ query, result: null, error: errorMessage(error), pending: false })
          }
        )
        .finally(() => {
          inFlight.current = false
          const next = waiting.current
          waiting.current = null
          next?.()
        })
    }
    if (inFlight.current) waiting.current = send
    else send()
  }, [query, enabled, revision])

  // Nothing is sent for a panel that has gone.
  useEffect(() => () => void (waiting.current = null), [])

  return { ...state, pending: enabled && query !== '' && state.query !== query }
}
