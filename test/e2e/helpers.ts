// Shared steps for the end-to-end tests: sign in to the bridge, start a fresh case, import files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { E2E_TOKEN } from '../../playwright.config'

export const FIXTURES = join(__dirname, '..', 'fixtures', 'e2e')

/**
 * Where screenshot tests write: test-results/screenshots on every test run, the committed
 * screenshots/ folder only when asked (`npm run screenshots`), so a test run changes no tracked file.
 */
export const SCREENSHOT_DIR = process.env.CASEFILE_SCREENSHOT_DIR ?? join(__dirname, '..', '..', 'test-results', 'screenshots')

export function fixture(name: string): { name: string; mimeType: string; buffer: Buffer } {
  const mimeType = name.endsWith('.html') ? 'text/html' : name.endsWith('.md') ? 'text/markdown' : 'text/plain'
  return { name, mimeType, buffer: readFileSync(join(FIXTURES, name)) }
}

/** Opens the app signed in; closes any case a previous test left open so each starts at Welcome. */
export async function openApp(page: Page): Promise<void> {
  await page.goto(`/?token=${E2E_TOKEN}`)
  const close = page.getByRole('button', { name: 'Close case' })
  const welcome = page.getByRole('heading', { name: 'Casefile', level: 1 })
  await expect(close.or(welcome)).toBeVisible()
  if (await close.isVisible()) await close.click()
  await expect(welcome).toBeVisible()
}

let counter = 0

/** A case title no other test uses. */
export function uniqueTitle(base: string): string {
  counter++
  return `${base} ${Date.now().toString(36)}${counter}`
}

export async function createCase(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: /^New case/ }).click()
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case title').fill(title)
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(page.getByRole('navigation', { name: 'Case navigator' }).getByRole('heading', { name: title })).toBeVisible()
}

/** Imports files through the Import… button's file chooser and waits for the summary. */
export async function importFiles(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(files)
  await expect(page.getByRole('region', { name: 'Import summary' })).toBeVisible({ timeout: 15_000 })
}

export function inspector(page: Page) {
  return page.getByRole('complementary', { name: 'Inspector' })
}

export function navigator(page: Page) {
  return page.getByRole('navigation', { name: 'Case navigator' })
}

export function reader(page: Page) {
  return page.getByRole('article')
}

/**
 * Selects the first occurrence of `text` inside the reader's article with a DOM Range, and waits for
 * the selection toolbar — or, with `toolbar: false` (review mode), only lets the reader react.
 */
export async function selectInReader(page: Page, text: string, { toolbar = true } = {}): Promise<void> {
  await expect(page.locator('article.reader-text')).toContainText(text)
  await page.evaluate((needle) => {
    const article = document.querySelector('article.reader-text')
    if (!article) throw new Error('No document is open in the reader')
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
    const nodes: Text[] = []
    let full = ''
    while (walker.nextNode()) {
      nodes.push(walker.currentNode as Text)
      full += (walker.currentNode as Text).data
    }
    const at = full.indexOf(needle)
    if (at < 0) throw new Error(`Text not in reader: ${needle}`)
    const locate = (offset: number, preferEnd: boolean): [Text, number] => {
      let seen = 0
      for (const node of nodes) {
        const end = seen + node.data.length
        if (offset < end || (preferEnd && offset === end)) return [node, offset - seen]
        seen = end
      }
      const last = nodes[nodes.length - 1]!
      return [last, last.data.length]
    }
    const [startNode, startOffset] = locate(at, false)
    const [endNode, endOffset] = locate(at + needle.length, true)
    const range = document.createRange()
    range.setStart(startNode, startOffset)
    range.setEnd(endNode, endOffset)
    const selection = window.getSelection()!
    selection.removeAllRanges()
    selection.addRange(range)
  }, text)
  if (toolbar) await expect(page.getByRole('toolbar', { name: 'Selection actions' })).toBeVisible()
  else await page.waitForTimeout(200)
}

/** Opens case search with Ctrl+K, types `query` and returns the results panel's listbox. */
export async function searchCase(page: Page, query: string) {
  await page.keyboard.press('Control+k')
  const field = page.getByRole('combobox', { name: 'Search case' })
  await expect(field).toBeFocused()
  await field.fill(query)
  return page.getByRole('listbox', { name: 'Search results' })
}

/** Asserts that `target` lies inside the visible part of the reader's scroll container. */
export async function expectInReaderView(page: Page, target: ReturnType<Page['locator']>): Promise<void> {
  await expect(target).toBeVisible()
  await expect
    .poll(async () => {
      const box = await target.boundingBox()
      const view = await page.getByRole('region', { name: 'Reader' }).boundingBox()
      return !!box && !!view && box.y >= view.y && box.y + box.height <= view.y + view.height
    })
    .toBe(true)
}

/** Closes every notification, for a clean screenshot. One may time out by itself meanwhile: that is fine. */
export async function dismissToasts(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' })
  while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 2_000 }).catch(() => undefined)
}

/** Fails with the list of serious or critical accessibility violations axe finds on the page. */
export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([])
}
