// What the desktop shell's preload exposes to the renderer as `window.casefile`, and the names of
// the two IPC channels behind it. In a browser `window.casefile` is absent and the client uses HTTP.
import type { ApiResponse } from './errors'

/** The one channel for API calls: renderer → main, answered with an ApiResponse. */
export const INVOKE_CHANNEL = 'casefile:invoke'
/** Renderer → main: ask where to save an export (a native Save dialog); answered with a path or null. */
export const SAVE_DIALOG_CHANNEL = 'casefile:save-dialog'
/** Main → renderer: a command chosen in the application menu. */
export const MENU_CHANNEL = 'casefile:menu'

/**
 * Menu commands the renderer acts on:
 * - `new-case`: ask for a title and create a case;
 * - `open-case`: main has already opened a case the user chose in the file dialog; reload state;
 * - `import`: choose files to import into the open case;
 * - `close-case`: close the open case (call `cases.close`) and show the start screen.
 */
export const MENU_COMMANDS = ['new-case', 'open-case', 'import', 'close-case'] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

export interface DesktopBridge {
  invoke(method: string, arg: unknown): Promise<ApiResponse<unknown>>
  /** Shows a Save dialog for an export; resolves to the chosen path, or null when cancelled. */
  chooseSavePath(options: { defaultName: string; format: 'md' | 'html' | 'docx' | 'pdf' }): Promise<string | null>
  /** Calls `listener` for each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

/** The window title: "Casefile — <case title>", or just "Casefile" when no case is open. */
export function windowTitle(caseTitle?: string | null): string {
  return caseTitle ? `Casefile — ${caseTitle}` : 'Casefile'
}
