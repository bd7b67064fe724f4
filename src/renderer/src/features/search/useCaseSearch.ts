// Searches the whole case as the user types: debounced, answers to older keystrokes dropped, and
// asked again whenever the case changes (an import, a new question) so results are never stale.
import { useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import { useRevision } from '../../data/revision'
import type { SearchResult } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'

export const SEARCH_DEBOUNCE_MS = 120
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
  const query = text.trim()

  useEffect(() => {
    const request = ++latest.current
    if (!enabled || !query) {
      setState(IDLE)
      return
    }
    const timer = setTimeout(() => {
      api['search.query']({ query, limit: SEARCH_LIMIT }).then(
        (result) => {
          if (request === latest.current) setState({ query, result, error: null, pending: false })
        },
        (error: unknown) => {
          if (request === latest.current) setState({ query, result: null, error: errorMessage(error), pending: false })
        }
      )
    }, SEARCH_DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [query, enabled, revision])

  return { ...state, pending: enabled && query !== '' && state.query !== query }
}
