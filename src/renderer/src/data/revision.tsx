// One revision number for all server data: every mutation bumps it, and every query refetches.
// Simple and correct for a single-user local app; no cache to keep in sync.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

interface RevisionValue {
  revision: number
  invalidate(): void
}

const RevisionContext = createContext<RevisionValue>({ revision: 0, invalidate: () => {} })

export function RevisionProvider({ children }: { children: ReactNode }) {
  const [revision, setRevision] = useState(0)
  const invalidate = useCallback(() => setRevision((value) => value + 1), [])
  const value = useMemo(() => ({ revision, invalidate }), [revision, invalidate])
  return <RevisionContext.Provider value={value}>{children}</RevisionContext.Provider>
}

export function useRevision(): RevisionValue {
  return useContext(RevisionContext)
}
