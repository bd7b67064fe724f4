// PDF memos end to end: import PDFs made at test time from our own text, read them page by page,
// mark passages in pdf.js's text layer (one on page 2, one across two pages), raise a question,
// and find every highlight in place after a reload and at other zooms. Also: password-protected
// PDFs, scans with no text, progress and Cancel on a long import, no request beyond 127.0.0.1,
// and axe on the PDF reader in both themes.
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { expect, test, type Locator, type Page } from '@playwright/test'
import PDFKit from 'pdfkit'
import {
  SCREENSHOT_DIR,
  createCase,
  expectInReaderView,
  expectNoSeriousViolations,
  inspector,
  navigator,
  openApp,
  uniqueTitle
} from './helpers'

// ---- Test PDFs, written with pdfkit at test time (test/helpers/pdfs.ts is ESM-only: Playwright
// loads specs as CommonJS) ------------------------------------------------------------------------

type Kit = InstanceType<typeof PDFKit>

function render(draw: (doc: Kit) => void, options: ConstructorParameters<typeof PDFKit>[0] = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ autoFirstPage: false, ...options })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })
}

/** One Letter page per string, in Helvetica; `userPassword` encrypts the file. */
function textPdf(pages: string[], options: { title?: string; userPassword?: string } = {}): Promise<Buffer> {
  return render(
    (doc) => {
      for (const text of pages) {
        doc.addPage({ size: 'LETTER', margin: 72 })
        doc.font('Helvetica').fontSize(12).text(text)
      }
    },
    {
      info: options.title ? { Title: options.title, Author: 'Inspector Hale' } : {},
      ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` } : {})
    }
  )
}

/** A greyscale PNG of dark bars on paper, like a photocopied page: pixels, no text. */
function scanPng(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = y % 16 < 4 && x > 24 && x < width - 24 && (x * 7 + y) % 97 > 8 ? 50 : 238
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (data: Buffer) => {
    let c = 0xffffffff
    for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const out = Buffer.alloc(body.length + 8)
    out.writeUInt32BE(data.length, 0)
    body.copy(out, 4)
    out.writeUInt32BE(crc(body), body.length + 4)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8
  header[9] = 0
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))])
}

/** Pages that are only a picture of a page, as a scanner makes them. */
function scanLikePdf(pageCount: number): Promise<Buffer> {
  return render((doc) => {
    for (let page = 0; page < pageCount; page++) {
      doc.addPage({ size: 'LETTER', margin: 0 })
      doc.image(scanPng(306, 396), 0, 0, { width: 612, height: 792 })
    }
  })
}

function longPdf(pageCount: number, textOf: (page: number) => string): Promise<Buffer> {
  return textPdf(Array.from({ length: pageCount }, (_, index) => textOf(index + 1)))
}

const TITLE = 'Harbour authority night ferry memo'

const MEMO_PAGES = [
  'Memorandum to the harbour board. Subject: the night ferry between Castle Quay and Saltmarsh Point. ' +
    'This memo summarises what the inspectors found during the winter season and what remains unexplained. ' +
    'The ferry operator has not answered our letters of January and February. ' +
    'The crossing logs for the winter are kept at the pilot station',
  'Findings. Between November and March the harbour pilots filed eleven complaints about the night ferry. ' +
    'Four of them describe the vessel leaving the quay without navigation lights. ' +
    'Two describe a second boat meeting the ferry outside the breakwater after midnight. ' +
    'None of the complaints was forwarded to the maritime police.',
  'Open points. Who authorised the change of timetable in December? ' +
    'Why were the crossing logs for the second week of January removed from the pilot station? ' +
    'The board should ask the operator for its fuel receipts before the March meeting.'
]

const PAGE_2_PHRASE = 'harbour pilots filed eleven complaints'
const PAGE_3_PHRASE = 'removed from the pilot station'

function pdfFile(name: string, buffer: Buffer) {
  return { name, mimeType: 'application/pdf', buffer }
}

function memoPdf(options: { title?: string; userPassword?: string } = {}) {
  return textPdf(MEMO_PAGES, { title: TITLE, ...options })
}

function pdfPage(page: Page, index: number): Locator {
  return page.locator(`.pdf-page[data-page-index="${index}"]`)
}

async function chooseFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(files)
}

async function importPdf(page: Page, name: string, buffer: Buffer) {
  await chooseFiles(page, [pdfFile(name, buffer)])
  await expect(page.getByRole('region', { name: 'Import summary' })).toBeVisible({ timeout: 20_000 })
}

/** Waits until page `index`'s text layer holds `text`. */
async function expectTextLayer(page: Page, index: number, text: string) {
  await expect(pdfPage(page, index).locator('.textLayer')).toContainText(text, { timeout: 15_000 })
}

/**
 * Selects text in the text layers with a DOM Range, as a drag would: from the start of `from` on
 * page `fromPage` to the end of `to` on page `toPage` (the same page and phrase for a simple one).
 */
async function selectInPdf(page: Page, fromPage: number, from: string, toPage = fromPage, to = from) {
  await expectTextLayer(page, fromPage, from)
  await expectTextLayer(page, toPage, to)
  await page.evaluate(
    ({ fromPage, from, toPage, to }) => {
      const locate = (pageIndex: number, needle: string, edge: 'start' | 'end'): [Text, number] => {
        const layer = document.querySelector(`.pdf-page[data-page-index="${pageIndex}"] .textLayer`)
        if (!layer) throw new Error(`Page ${pageIndex + 1} has no text layer`)
        const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT)
        const nodes: Text[] = []
        let full = ''
        while (walker.nextNode()) {
          nodes.push(walker.currentNode as Text)
          full += (walker.currentNode as Text).data
        }
        const at = full.indexOf(needle)
        if (at < 0) throw new Error(`“${needle}” is not in page ${pageIndex + 1}'s text layer`)
        const offset = edge === 'start' ? at : at + needle.length
        let seen = 0
        for (const node of nodes) {
          const end = seen + node.data.length
          if (offset < end || (edge === 'end' && offset === end)) return [node, offset - seen]
          seen = end
        }
        throw new Error('Offset past the text layer')
      }
      const range = document.createRange()
      range.setStart(...locate(fromPage, from, 'start'))
      range.setEnd(...locate(toPage, to, 'end'))
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    { fromPage, from, toPage, to }
  )
  await expect(page.getByRole('toolbar', { name: 'Selection actions' })).toBeVisible()
}

/** Selects `phrase` on page `index` by dragging the mouse across it, as a reader does. */
async function dragSelectInPdf(page: Page, index: number, phrase: string) {
  await expectTextLayer(page, index, phrase)
  const { from, to } = await page.evaluate(
    ({ index, phrase }) => {
      const layer = document.querySelector(`.pdf-page[data-page-index="${index}"] .textLayer`)!
      const walker = document.createTreeWalker(layer, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const node = walker.currentNode as Text
        const at = node.data.indexOf(phrase)
        if (at < 0) continue
        const charBox = (offset: number) => {
          const range = document.createRange()
          range.setStart(node, offset)
          range.setEnd(node, offset + 1)
          const box = range.getBoundingClientRect()
          return { left: box.left, right: box.right, y: box.top + box.height / 2 }
        }
        const first = charBox(at)
        const last = charBox(at + phrase.length - 1)
        return { from: { x: first.left + 1, y: first.y }, to: { x: last.right - 1, y: last.y } }
      }
      throw new Error(`“${phrase}” is not within one text item on page ${index + 1}`)
    },
    { index, phrase }
  )
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps: 8 })
  await page.mouse.up()
  await expect(page.getByRole('toolbar', { name: 'Selection actions' })).toBeVisible()
}

interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

/** The screen box of `phrase` in page `index`'s text layer, and of each passage highlight on that page. */
async function phraseAndHighlights(page: Page, index: number, phrase: string): Promise<{ text: Rect; highlights: Rect[] }> {
  return page.evaluate(
    ({ index, phrase }) => {
      const pageElement = document.querySelector(`.pdf-page[data-page-index="${index}"]`)!
      const walker = document.createTreeWalker(pageElement.querySelector('.textLayer')!, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let full = ''
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text)
        full += (walker.currentNode as Text).data
      }
      const at = full.indexOf(phrase)
      const range = document.createRange()
      let seen = 0
      for (const node of nodes) {
        const end = seen + node.data.length
        if (at >= seen && at < end) range.setStart(node, at - seen)
        if (at + phrase.length > seen && at + phrase.length <= end) range.setEnd(node, at + phrase.length - seen)
        seen = end
      }
      const plain = (rect: DOMRect) => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom })
      const rects = Array.from(range.getClientRects())
      const text = {
        left: Math.min(...rects.map((rect) => rect.left)),
        top: Math.min(...rects.map((rect) => rect.top)),
        right: Math.max(...rects.map((rect) => rect.right)),
        bottom: Math.max(...rects.map((rect) => rect.bottom))
      }
      return { text, highlights: Array.from(pageElement.querySelectorAll('.pdf-highlight-passage')).map((element) => plain(element.getBoundingClientRect())) }
    },
    { index, phrase }
  )
}

/** How much two boxes coincide: their intersection over their union (1 is the same box). */
function coincidence(a: Rect, b: Rect): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left)
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  const overlap = Math.max(0, width) * Math.max(0, height)
  const area = (rect: Rect) => (rect.right - rect.left) * (rect.bottom - rect.top)
  return overlap / (area(a) + area(b) - overlap)
}

/** A highlight on page `index` covers the phrase: the two boxes coincide nearly exactly. */
async function expectHighlightOnPhrase(page: Page, index: number, phrase: string) {
  await expect
    .poll(
      async () => {
        const { text, highlights } = await phraseAndHighlights(page, index, phrase)
        return Math.round(Math.max(0, ...highlights.map((highlight) => coincidence(text, highlight))) * 100) / 100
      },
      { timeout: 10_000, message: `a highlight on page ${index + 1} should sit on “${phrase}”` }
    )
    .toBeGreaterThan(0.85)
}

async function passagesOf(page: Page, documentId: number) {
  const response = await page.request.post('/api/passages.listForDocument', { data: { documentId } })
  return (await response.json()).result as { exact: string; rects: { pageIndex: number }[] | null }[]
}

async function documentIdByTitle(page: Page, title: string): Promise<number> {
  const response = await page.request.post('/api/documents.list', { data: {} })
  const documents = (await response.json()).result as { id: number; title: string }[]
  return documents.find((document) => document.title === title)!.id
}

async function goToPage(page: Page, number: number) {
  const field = page.getByRole('textbox', { name: 'Page number' })
  await field.fill(String(number))
  await field.press('Enter')
  await expect(field).toHaveValue(String(number))
}

test('a PDF memo: mark a passage on page 2, raise a question, reload, and find the highlight in place at every zoom', async ({ page }) => {
  test.setTimeout(120_000)
  const outside: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') outside.push(request.url())
  })
  // pdf.js runs under the app's strict Content Security Policy without tripping it.
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text())
  })
  await page.emulateMedia({ colorScheme: 'light' })
  await openApp(page)
  await createCase(page, uniqueTitle('PDF memo'))
  await importPdf(page, 'night-ferry-memo.pdf', await memoPdf())
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 document imported')

  // The memo opens at page 1 with its pages, fitted to the pane's width.
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('1')
  await expect(page.getByText('of 3', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'true')
  await expectTextLayer(page, 0, 'Memorandum to the harbour board')

  // Go to page 2, select a phrase in its text layer and mark it with H.
  await goToPage(page, 2)
  await selectInPdf(page, 1, PAGE_2_PHRASE)
  await page.keyboard.press('h')
  await expect(pdfPage(page, 1).locator('.pdf-highlight-passage')).toHaveCount(1)
  await expectHighlightOnPhrase(page, 1, PAGE_2_PHRASE)
  const passageList = inspector(page).getByRole('list', { name: 'Marked passages' })
  await expect(passageList.getByRole('button', { name: new RegExp(PAGE_2_PHRASE) })).toBeVisible()

  // The passage keeps its rectangles in PDF points, on page 2.
  const documentId = await documentIdByTitle(page, TITLE)
  let stored = await passagesOf(page, documentId)
  expect(stored).toHaveLength(1)
  expect(stored[0]!.exact).toBe(PAGE_2_PHRASE)
  expect(stored[0]!.rects?.map((rect) => rect.pageIndex)).toEqual([1])

  // Link it to a new question: click the highlight, then New question… in the inspector.
  const highlight = pdfPage(page, 1).locator('.pdf-highlight-passage').first()
  const box = (await highlight.boundingBox())!
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await expect(inspector(page).getByRole('heading', { name: 'Passage' })).toBeVisible()
  await inspector(page).getByRole('button', { name: 'New question…' }).click()
  const dialog = page.getByRole('dialog', { name: 'New question' })
  await dialog.getByLabel('Question').fill('Why were eleven pilot complaints never forwarded?')
  await dialog.getByRole('button', { name: 'Add question' }).click()
  await expect(inspector(page).getByRole('list', { name: 'Questions on this passage' })).toContainText('Why were eleven pilot complaints never forwarded?')

  // A second passage runs from the foot of page 1 onto page 2: highlights on both pages.
  await selectInPdf(page, 0, 'kept at the pilot station', 1, 'Findings. Between November')
  await page.keyboard.press('h')
  await expect(pdfPage(page, 0).locator('.pdf-highlight-passage')).toHaveCount(1)
  await expect(pdfPage(page, 1).locator('.pdf-highlight-passage')).toHaveCount(2)
  stored = await passagesOf(page, documentId)
  const spanning = stored.find((passage) => passage.exact.startsWith('kept at the pilot station'))!
  expect(spanning.exact).toBe('kept at the pilot station\n\nFindings. Between November')
  expect([...new Set(spanning.rects!.map((rect) => rect.pageIndex))]).toEqual([0, 1])

  // Q on a selection raises a question from it; its passage has rectangles too.
  await selectInPdf(page, 2, PAGE_3_PHRASE)
  await page.keyboard.press('q')
  const second = page.getByRole('dialog', { name: 'New question' })
  await second.getByLabel('Question').fill('Who removed the January crossing logs?')
  await second.getByRole('button', { name: 'Add question' }).click()
  await expect(pdfPage(page, 2).locator('.pdf-highlight-passage')).toHaveCount(1)
  await expectHighlightOnPhrase(page, 2, PAGE_3_PHRASE)
  stored = await passagesOf(page, documentId)
  expect(stored.find((passage) => passage.exact === PAGE_3_PHRASE)?.rects?.map((rect) => rect.pageIndex)).toEqual([2])

  // Find in the document outlines the matches on their pages.
  await page.keyboard.press('Control+f')
  await page.getByRole('search', { name: 'Find in document' }).getByRole('textbox').fill('breakwater')
  await expect(page.getByRole('search', { name: 'Find in document' }).getByRole('status')).toHaveText('1 of 1')
  await expect(pdfPage(page, 1).locator('.pdf-highlight-match.is-current')).toHaveCount(1)
  await expectInReaderView(page, pdfPage(page, 1).locator('.pdf-highlight-match.is-current'))
  await page.getByRole('button', { name: 'Close find bar' }).click()

  // A passage saved without rectangles (as an older Casefile or the command line would) is drawn
  // from the text layer instead.
  const doc = await (await page.request.post('/api/documents.get', { data: { id: documentId } })).json()
  const receipts = (doc.result.text as string).indexOf('fuel receipts')
  await page.request.post('/api/passages.create', { data: { documentId, start: receipts, end: receipts + 'fuel receipts'.length } })

  // Reload, reopen the memo: the highlights are back in place, and after zooming in twice.
  await page.reload()
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await navigator(page).getByRole('button', { name: new RegExp(`^${TITLE}`) }).click()
  await goToPage(page, 2)
  await expectTextLayer(page, 1, PAGE_2_PHRASE)
  await expectHighlightOnPhrase(page, 1, PAGE_2_PHRASE)
  await expectHighlightOnPhrase(page, 2, 'fuel receipts')
  const zoom = page.getByLabel('Zoom level')
  const fitted = await zoom.textContent()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(zoom).not.toHaveText(fitted!)
  await expect(page.getByRole('button', { name: 'Fit width' })).toHaveAttribute('aria-pressed', 'false')
  await goToPage(page, 2)
  await expectHighlightOnPhrase(page, 1, PAGE_2_PHRASE)
  await page.mouse.move(0, 799)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-reader-zoomed-light.png') })
  await page.getByRole('button', { name: 'Zoom out' }).click()
  await page.getByRole('button', { name: 'Fit width' }).click()
  await expect(zoom).toHaveText(fitted!)

  // Screenshot page 2 with its highlight for people to look at, then axe.
  await goToPage(page, 2)
  await expectHighlightOnPhrase(page, 1, PAGE_2_PHRASE)
  await expect(page.locator('.pdf-highlight.is-flashing')).toHaveCount(0)
  await page.mouse.move(0, 799)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-reader-light.png') })
  await expectNoSeriousViolations(page)

  // The question's passage opens the PDF at page 2 with the highlight in view.
  await pdfPage(page, 0).scrollIntoViewIfNeeded()
  await navigator(page).getByRole('tab', { name: /Questions/ }).click()
  await navigator(page).getByRole('button', { name: /Why were eleven pilot complaints/ }).click()
  const question = page.getByRole('region', { name: 'Question' })
  await question.getByRole('list', { name: 'Linked passages' }).getByRole('button', { name: new RegExp(`^(?!Unlink).*${PAGE_2_PHRASE}`) }).click()
  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible()
  await expectInReaderView(page, pdfPage(page, 1).locator('.pdf-highlight-passage.is-selected').first())
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('2')

  // PageUp and PageDown turn pages while the reader has focus.
  await page.getByRole('region', { name: 'Reader' }).focus()
  await page.keyboard.press('PageDown')
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('3')
  await page.keyboard.press('PageUp')
  await page.keyboard.press('PageUp')
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('1')

  await page.waitForTimeout(300)
  expect(outside).toEqual([])
  expect(refused).toEqual([])
})

test('the PDF reader in the dark theme: highlight in place, no serious accessibility violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openApp(page)
  await createCase(page, uniqueTitle('PDF dark'))
  await importPdf(page, 'night-ferry-memo.pdf', await memoPdf())
  await goToPage(page, 2)
  // This time with the mouse, dragging across the phrase.
  await dragSelectInPdf(page, 1, PAGE_2_PHRASE)
  await page.keyboard.press('h')
  await expectHighlightOnPhrase(page, 1, PAGE_2_PHRASE)
  await expect(inspector(page).getByRole('list', { name: 'Marked passages' })).toContainText(PAGE_2_PHRASE)
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()
  await goToPage(page, 2)
  await expect(page.locator('.pdf-highlight.is-flashing')).toHaveCount(0)
  await page.mouse.move(0, 799)
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-reader-dark.png') })
  await expectNoSeriousViolations(page)
})

test('a password-protected PDF: a wrong password asks again, the right one imports it; the reader asks once per session', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('PDF password'))
  await chooseFiles(page, [pdfFile('sealed-memo.pdf', await memoPdf({ userPassword: 'saltmarsh-7', title: 'Sealed ferry memo' }))])

  const dialog = page.getByRole('dialog', { name: 'Password needed' })
  await expect(dialog).toContainText('sealed-memo.pdf is protected by a password')
  await dialog.getByLabel('Password').fill('castle-quay')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('That password is not right. Check it and try again.')
  await dialog.getByLabel('Password').fill('saltmarsh-7')
  await dialog.getByRole('button', { name: 'Import' }).click()
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 document imported', { timeout: 20_000 })

  // The import's password opens it in the reader this session, without asking.
  await expect(page.getByRole('heading', { level: 2, name: 'Sealed ferry memo' })).toBeVisible()
  await expectTextLayer(page, 0, 'Memorandum to the harbour board')

  // After a reload the reader asks; a wrong password says so and asks again.
  await page.reload()
  await navigator(page).getByRole('button', { name: /^Sealed ferry memo/ }).click()
  await expect(page.getByRole('heading', { name: 'This PDF is protected by a password' })).toBeVisible()
  await page.getByLabel('Password').fill('wrong-one')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText('That password is not right. Try again.')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-password-light.png') })
  await page.getByLabel('Password').fill('saltmarsh-7')
  await page.getByRole('button', { name: 'Open', exact: true }).click()
  await expectTextLayer(page, 0, 'Memorandum to the harbour board')

  // Skipping a protected file leaves the rest of the batch to import.
  await chooseFiles(page, [
    pdfFile('another-sealed.pdf', await textPdf(['A second sealed memo about the breakwater lights.'], { userPassword: 'x' })),
    pdfFile('open-note.pdf', await textPdf(['An open note about the pilot station rota.'], { title: 'Pilot station rota' }))
  ])
  await page.getByRole('dialog', { name: 'Password needed' }).getByRole('button', { name: 'Skip this file' }).click()
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 document imported · 1 skipped (no password)', { timeout: 20_000 })
})

test('a scanned PDF with no text is imported and flagged “needs OCR” in the list and the reader', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('PDF scan'))
  await importPdf(page, 'scanned-ferry-log.pdf', await scanLikePdf(2))
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 document imported')
  await expect(navigator(page).getByRole('list', { name: 'Documents' })).toContainText('No text — needs OCR')
  await expect(page.getByText('No text — needs OCR.')).toBeVisible()
  await expect(page.getByRole('img', { name: 'Page 1, a scanned image with no text' })).toBeVisible({ timeout: 15_000 })
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-needs-ocr-light.png') })
  await expectNoSeriousViolations(page)
})

test('a long PDF shows its page progress, and Cancel stops it without adding anything', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('PDF cancel'))
  const filler = 'The pilot station log records the tide, the wind, the vessels in and out, and who was on watch. '
  await chooseFiles(page, [pdfFile('winter-logs.pdf', await longPdf(600, (n) => `Log page ${n}. ${filler.repeat(14)}`))])
  const banner = page.locator('.import-banner')
  await expect(banner).toContainText(/Importing 1 of 1 · page \d+ of 600 — winter-logs\.pdf/, { timeout: 15_000 })
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'pdf-import-progress-light.png') })
  await banner.getByRole('button', { name: 'Cancel' }).click()
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toContainText('0 documents imported · 1 not imported (cancelled)', { timeout: 15_000 })
  await expect(page.getByRole('tab', { name: /Documents/ })).not.toContainText('1')
  const response = await page.request.post('/api/documents.list', { data: {} })
  expect((await response.json()).result).toEqual([])
})

test('a 300-page PDF opens at once, goes to any page, and keeps only the pages near the screen drawn', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('PDF long'))
  const body = 'The pilot station log records the tide, the wind, the vessels in and out, and who was on watch. '
  await importPdf(page, 'harbour-logs.pdf', await longPdf(300, (n) => `Harbour log page ${n}. ${body.repeat(8)}`))
  await expect(page.getByText('of 300', { exact: true })).toBeVisible()
  await expectTextLayer(page, 0, 'Harbour log page 1.')

  await goToPage(page, 250)
  await expectTextLayer(page, 249, 'Harbour log page 250.')
  await expect(pdfPage(page, 249)).toBeInViewport()
  const drawn = () => page.locator('.pdf-page canvas').count()
  expect(await drawn()).toBeLessThanOrEqual(8)
  expect(await page.locator('.pdf-page .textLayer').count()).toBeLessThanOrEqual(8)

  // Scrolling back to the top draws the first pages again and lets page 250 go.
  await page.getByRole('region', { name: 'Reader' }).evaluate((scroller) => scroller.scrollTo({ top: 0 }))
  await expectTextLayer(page, 0, 'Harbour log page 1.')
  await expect(pdfPage(page, 249).locator('canvas')).toHaveCount(0)
  await expect(page.getByRole('textbox', { name: 'Page number' })).toHaveValue('1')
})
