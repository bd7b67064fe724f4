// Text in short forms for labels and titles: a claim's default statement, status-board items, export lines.

/** White space collapsed to single spaces, trimmed. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** One line of at most `max` characters, cut at a word and marked with an ellipsis when shortened. */
export function shortText(text: string, max = 120): string {
  const line = collapseSpaces(text)
  if (line.length <= max) return line
  const cut = line.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}
