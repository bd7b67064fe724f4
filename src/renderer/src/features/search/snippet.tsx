// Search snippets arrive as plain text with matches between SNIPPET_MARK_START and
// SNIPPET_MARK_END; they render as text and <mark> elements, never as HTML.
import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../../../../shared/models'

export interface SnippetPart {
  text: string
  marked: boolean
}

export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = []
  let marked = false
  let text = ''
  const flush = () => {
    if (text) parts.push({ text, marked })
    text = ''
  }
  for (const char of snippet) {
    if (char === SNIPPET_MARK_START || char === SNIPPET_MARK_END) {
      flush()
      marked = char === SNIPPET_MARK_START
    } else {
      text += char
    }
  }
  flush()
  return parts
}

/** The snippet's text without marks, whitespace collapsed. */
export function snippetText(snippet: string): string {
  return parseSnippet(snippet)
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
}

export function Snippet({ text, className }: { text: string; className?: string }) {
  return (
    <span className={className}>
      {parseSnippet(text.replace(/\s+/g, ' ')).map((part, index) =>
        part.marked ? (
          <mark key={index} className="search-hit-mark">
            {part.text}
          </mark>
        ) : (
          part.text
        )
      )}
    </span>
  )
}
