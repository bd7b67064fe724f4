// The sample case's summary printed to PDF the way the desktop app prints it: its exported HTML in
// Chromium (the engine Electron prints with), page.pdf(), and the PDF's text read back with pdf.js.
// No confidential name may be in the PDF's text; the statements, the footnotes and the source list
// must be.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { SCREENSHOT_DIR, openApp } from './helpers'

async function api<T>(page: Page, method: string, arg: object = {}): Promise<T> {
  const response = await page.request.post(`/api/${method}`, { data: arg })
  const body = (await response.json()) as { ok: boolean; result: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`)
  return body.result
}

/** Every page's text, lines kept, white space made single. */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false })
  const document = await task.promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  await task.destroy()
  return pages.join('\n').replace(/[^\S\n]+/g, ' ')
}

test('the sample summary prints to a PDF with its footnotes and without any confidential name', async ({ page, context }) => {
  await openApp(page)
  await api(page, 'cases.createSample')
  const file = await api<{ fileName: string; data: string }>(page, 'export.render', { format: 'html', all: true, appendix: true })
  expect(file.fileName).toBe('Sample case Drone memo, Feb 2025.html')
  const html = Buffer.from(file.data, 'base64').toString('utf8')

  // Who must not be named: the confidential contacts' names and aliases, and each word of them.
  const contacts = await api<{ id: number; confidential: boolean }[]>(page, 'contacts.list', { reveal: true })
  const withheld: string[] = []
  for (const contact of contacts.filter((item) => item.confidential)) {
    const detail = await api<{ name: string; aliases: string[] }>(page, 'contacts.get', { id: contact.id, reveal: true })
    withheld.push(detail.name, ...detail.aliases, ...detail.name.split(/\s+/).filter((word) => word.length > 3))
  }
  expect(withheld.length).toBeGreaterThan(1)

  // Printed as Electron prints it: the file alone in a page, nothing else loaded.
  const printer = await context.newPage()
  const requests: string[] = []
  printer.on('request', (request) => requests.push(request.url()))
  await printer.setContent(html, { waitUntil: 'load' })
  await printer.screenshot({ path: join(SCREENSHOT_DIR, 'export-summary.png'), fullPage: true })
  const pdf = await printer.pdf({ printBackground: true, preferCSSPageSize: true })
  await printer.close()
  expect(requests.filter((url) => !url.startsWith('data:') && url !== 'about:blank')).toEqual([])
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')

  const text = await pdfText(pdf)
  const flat = text.replace(/\s+/g, ' ')
  for (const name of withheld) {
    expect(flat.includes(name), `“${name}” in the PDF`).toBe(false)
    expect(flat.normalize('NFD').includes(name.normalize('NFD')), `“${name}” (decomposed) in the PDF`).toBe(false)
  }
  // The statements, each status shown, the notes with their citations, and the source list.
  expect(flat).toContain('Cartel leaders in Mexico have approved the use of drones carrying explosives')
  expect(flat).toContain('[Disputed — not signed off]')
  expect(flat).toContain('Notes')
  expect(flat).toContain('Sources')
  expect(flat).toContain('A serving Border Patrol agent, who spoke on condition of anonymity.')
  expect(flat).toMatch(/The Frontera Dispatch, “Border Patrol alert warns cartels cleared explosive drones for use against agents”, Lucía Ibáñez, 3 February 2025\./)
  expect(flat).toContain('(retrieved 3 February 2025)')
  expect(flat).toContain('For editors')
  expect(flat).toContain('Unresolved contradictions')
  // Footnote markers follow the statements ("…the alert says.1,2,3").
  expect(flat).toMatch(/at the border, the alert says\. ?1 ?, ?2 ?, ?3/)
})
