// How much one PDF may ask of the machine. Each PDF is parsed in a worker thread, so a hostile or
// broken file can cost at most these budgets before it is stopped with a sentence saying why.

/**
 * Most pages one PDF may have. Court filings and FOIA releases run to a few thousand pages; at the
 * 250–500 pages a second pdf.js extracts here, 5,000 pages take 10–20 s and their text, page rows
 * and search index stay small enough for one transaction. Longer files are usually several
 * documents bound together, which are better split (the error says so).
 */
export const MAX_PDF_PAGES = 5_000

export interface PdfTimeBudget {
  /** Wall-clock time to open the file and read its page tree, before the page count is known. */
  openMs: number
  /** Added for each page once the page count is known. */
  perPageMs: number
}

export interface PdfBudget extends PdfTimeBudget {
  /**
   * Memory of the worker that parses the file: its JavaScript heap (resourceLimits), and apart from
   * that the buffers of decoded streams (watched by the pool), each at most this many MB.
   */
  memoryMb: number
}

/**
 * A 2,000-page PDF gets 60 s + 2,000 × 50 ms = 160 s: about ten times what it takes on a small
 * two-core machine, so only a file that stalls pdf.js meets the limit. 1 GB holds the largest
 * accepted file (50 MB) many times over with its parsed fonts and text, and stops a compression
 * bomb (1 MB of deflated content stream can inflate to 1 GB) well before it hurts the machine.
 */
export const DEFAULT_PDF_BUDGET: PdfBudget = { openMs: 60_000, perPageMs: 50, memoryMb: 1024 }

/** The time a PDF may take in all, once its page count is known (null: not known yet). */
export function timeBudgetMs(budget: PdfTimeBudget, pageCount: number | null): number {
  return budget.openMs + budget.perPageMs * (pageCount ?? 0)
}

/** "2 min 40 s", "45 s", "0.02 s": the budget as the error message states it. */
export function describeDuration(ms: number): string {
  if (ms < 1000) return `${(ms / 1000).toFixed(2).replace(/0+$/, '').replace(/\.$/, '')} s`
  const seconds = Math.round(ms / 1000)
  if (seconds < 60) return `${seconds} s`
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return rest ? `${minutes} min ${rest} s` : `${minutes} min`
}
