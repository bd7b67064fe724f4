// Whether the open case is read-only (opened for review): views hide or disable what would change it.
// The core refuses those changes anyway; this keeps the screen honest about it.
import { createContext, useContext, type ReactNode } from 'react'

const ReadOnlyContext = createContext(false)

export function ReadOnlyProvider({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  return <ReadOnlyContext.Provider value={readOnly}>{children}</ReadOnlyContext.Provider>
}

export function useReadOnly(): boolean {
  return useContext(ReadOnlyContext)
}
