// How a PDF page's text is spelled in Casefile, from pdf.js text items. The core builds the stored
// document text with it at import; the PDF reader builds the same from the same items to turn a
// selection in pdf.js's text layer into document offsets. One function, so the two always agree.

/** The part of a pdf.js TextItem this needs (TextMarkedContent items have no `str` and are skipped). */
export interface PdfTextItemLike {
  str?: string
  hasEOL?: boolean
}

export interface PageText {
  text: string
  /** For each input item, where its text starts in `text`, or -1 for items that carry no text. */
  itemStarts: number[]
}

/** Pages are joined with a blank line; page spans exclude it. */
export const PAGE_SEPARATOR = '\n\n'

/** Normalised like every other document text: composed accents, no NULs or carriage returns. */
export function normaliseItemText(text: string): string {
  return text.replace(/[\u0000\r]/g, '').normalize('NFC')
}

export function pageTextFromItems(items: readonly PdfTextItemLike[]): PageText {
  let text = ''
  const itemStarts: number[] = []
  for (const item of items) {
    if (typeof item.str !== 'string') {
      itemStarts.push(-1)
      continue
    }
    itemStarts.push(text.length)
    text += normaliseItemText(item.str)
    if (item.hasEOL) text += '\n'
  }
  return { text, itemStarts }
}

/** Offset in the page text of character `offsetInItem` of the item's raw `str`. */
export function offsetInPage(page: PageText, items: readonly PdfTextItemLike[], itemIndex: number, offsetInItem: number): number {
  const start = page.itemStarts[itemIndex] ?? -1
  const raw = items[itemIndex]?.str
  if (start < 0 || raw === undefined) return -1
  return start + normaliseItemText(raw.slice(0, Math.max(0, offsetInItem))).length
}
