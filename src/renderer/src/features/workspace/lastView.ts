// What the workspace showed, kept for this window's session so a reload (the browser shell, or the
// desktop app's View › Reload) comes back to the same document, question or contact. Per case file;
// sessionStorage is this window's own and is gone when it closes.
import { VIEW_KINDS, type Section, type View } from './selection'

interface LastView {
  section: Section
  view: View
}

const key = (casePath: string) => `casefile.lastView:${casePath}`

export function readLastView(casePath: string): LastView | null {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key(casePath)) ?? 'null') as LastView | null
    return stored && typeof stored.section === 'string' && VIEW_KINDS.includes(stored.view?.kind) ? stored : null
  } catch {
    return null
  }
}

export function saveLastView(casePath: string, value: LastView): void {
  try {
    sessionStorage.setItem(key(casePath), JSON.stringify(value))
  } catch {
    // Storage full or disabled: the next reload starts at the case's overview, nothing worse.
  }
}
