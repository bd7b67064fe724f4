// Keyboard shortcut helpers: one place that knows Ctrl versus ⌘.

export const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** For tooltips: "Ctrl+I" or "⌘I". */
export function shortcutLabel(key: string): string {
  return IS_MAC ? `⌘${key.toUpperCase()}` : `Ctrl+${key.toUpperCase()}`
}

/** For aria-keyshortcuts: "Control+I" or "Meta+I". */
export function ariaShortcut(key: string): string {
  return `${IS_MAC ? 'Meta' : 'Control'}+${key.toUpperCase()}`
}

export function isCommand(event: KeyboardEvent, key: string): boolean {
  const modifier = IS_MAC ? event.metaKey : event.ctrlKey
  return modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === key
}

/** True when the keystroke belongs to a text field, so single-letter shortcuts must not fire. */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!target) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || target.closest('dialog[open]') !== null
}
