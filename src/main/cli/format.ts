// Plain-text output for people: aligned columns, long cells shortened with an ellipsis.
import { collapseSpaces } from '../core/text'

export function table(headers: string[], rows: string[][], maxWidths: number[] = []): string {
  const cells = [headers, ...rows].map((row) => row.map((cell, column) => shorten(cell, maxWidths[column])))
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)))
  return cells
    .map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ').trimEnd())
    .join('\n')
}

export function shorten(text: string, max?: number): string {
  const flat = collapseSpaces(text)
  if (!max || flat.length <= max) return flat
  return `${flat.slice(0, max - 1).trimEnd()}…`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** Shortens from the left, keeping the end (a file's name matters more than its folders). */
export function shortenStart(text: string, max: number): string {
  return text.length <= max ? text : `…${text.slice(text.length - max + 1)}`
}
