// Selectors that survive change, after the W3C Web Annotation model and Hypothesis: a passage keeps
// its exact quote with up to 32 characters of context, and its offsets. Re-attaching tries the
// offsets first, then the quote (nearest to where it was, context breaking ties); a passage that
// cannot be found is reported orphaned, never dropped.

export const CONTEXT_LENGTH = 32

export interface QuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

export interface Anchor {
  start: number
  end: number
}

export function quoteAt(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH)
  }
}

/** Narrows a selection to exclude surrounding white space (selections often grab a trailing space). */
export function trimRange(text: string, start: number, end: number): Anchor {
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

/** True when an offset would cut a surrogate pair (an emoji, a rare CJK character) in two. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

export function anchor(text: string, quote: QuoteSelector, position: Anchor): Anchor | null {
  if (text.slice(position.start, position.end) === quote.exact) return position
  let best: { at: number; score: number } | null = null
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) {
    const contextScore =
      (text.slice(Math.max(0, at - quote.prefix.length), at) === quote.prefix ? 2 : 0) +
      (text.slice(at + quote.exact.length, at + quote.exact.length + quote.suffix.length) === quote.suffix ? 2 : 0)
    const score = contextScore - Math.abs(at - position.start) / Math.max(1, text.length)
    if (!best || score > best.score) best = { at, score }
  }
  return best ? { start: best.at, end: best.at + quote.exact.length } : null
}
