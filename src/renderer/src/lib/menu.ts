// Commands chosen in the desktop app's menu (absent in a browser, where the toolbar does the same).
import { useEffect, useRef } from 'react'
import type { MenuCommand } from '../../../shared/desktop'

/** Runs `handler` whenever the menu sends `command`. */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const latest = useRef(handler)
  latest.current = handler
  useEffect(
    () => window.casefile?.onMenuCommand((received) => {
      if (received === command) latest.current()
    }),
    [command]
  )
}
