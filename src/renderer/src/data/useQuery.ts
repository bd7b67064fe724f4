// Load one piece of server data; reload when its inputs or the shared revision change. The last
// result stays on screen while a reload is in flight, so lists never flicker empty.
import { useEffect, useRef, useState } from 'react'
import { CasefileError } from '../../../shared/errors'
import { useRevision } from './revision'

export interface QueryState<T> {
  data: T | undefined
  error: CasefileError | undefined
  loading: boolean
}

export function useQuery<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): QueryState<T> {
  const { revision } = useRevision()
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: load !== null })
  const latest = useRef(0)

  useEffect(() => {
    if (!load) {
      setState({ data: undefined, error: undefined, loading: false })
      return
    }
    const request = ++latest.current
    setState((previous) => ({ ...previous, loading: true }))
    load().then(
      (data) => {
        if (request === latest.current) setState({ data, error: undefined, loading: false })
      },
      (error: unknown) => {
        if (request !== latest.current) return
        const failure = error instanceof CasefileError ? error : new CasefileError('internal', String(error))
        setState((previous) => ({ ...previous, error: failure, loading: false }))
      }
    )
    // Callers pass the inputs of `load` as deps; `load` itself is a fresh closure every render.
  }, [...deps, revision])

  return state
}
