// Searching the whole case from the toolbar (Ctrl+K) and finding words in the open document (Ctrl+F).
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { SCREENSHOT_DIR, createCase, expectInReaderView, fixture, importFiles, navigator, openApp, reader, searchCase, selectInReader, uniqueTitle } from './helpers'

const HARBOUR = /^Harbour board faces questions/

function searchField(page: Page) {
  return page.getByRole('combobox', { name: 'Search case' })
}

function group(page: Page, name: 'Documents' | 'Passages' | 'Questions') {
  return page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name })
}

async function noErrorToast(page: Page) {
  await expect(page.getByRole('region', { name: 'Notifications' }).getByRole('alert')).toHaveCount(0)
}

test('search the case: accents, passages, questions, hostile input, fresh imports, and find in document', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Search'))
  await importFiles(page, [fixture('harbour-inquiry.txt'), fixture('wire-report.txt')])
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()

  // Mark a passage near the end of the harbour story and raise a question from the toolbar.
  await navigator(page).getByRole('button', { name: HARBOUR }).click()
  await selectInReader(page, 'summon board members if the documents were not released')
  await page.keyboard.press('h')
  await expect(reader(page).locator('mark.passage')).toHaveCount(1)
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'New question' }).click()
  const dialog = page.getByRole('dialog', { name: 'New question' })
  await dialog.getByLabel('Question').fill('Who valued the northern quay before the vote?')
  await dialog.getByRole('button', { name: 'Add question' }).click()
  await expect(page.getByRole('region', { name: 'Question' }).first()).toBeVisible()

  // Start somewhere else, so every hit has to open its own target.
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await navigator(page).getByRole('button', { name: /^Border agents told/ }).click()

  // Without accents: "pena" finds "Peña", marked in the snippet.
  let results = await searchCase(page, 'pena')
  const documentHit = group(page, 'Documents').getByRole('option', { name: HARBOUR })
  await expect(documentHit).toBeVisible()
  await expect(documentHit.locator('mark').first()).toHaveText('Peña')
  await expect(searchField(page)).toHaveAttribute('aria-activedescendant', (await documentHit.getAttribute('id'))!)

  // Enter opens the document at the first match, all matches outlined, the find bar counting them.
  await page.keyboard.press('Enter')
  await expect(results).toBeHidden()
  await expect(page.getByRole('heading', { level: 2, name: HARBOUR })).toBeVisible()
  const matches = reader(page).locator('mark.search-match')
  await expect(matches).toHaveCount(2)
  await expect(matches.first()).toHaveAttribute('title', /Search match/)
  await expectInReaderView(page, reader(page).locator('mark.search-match-current'))
  const findBar = page.getByRole('search', { name: 'Find in document' })
  await expect(findBar.getByRole('status')).toHaveText('1 of 2')
  await findBar.getByRole('textbox', { name: 'Find in document' }).press('Escape')
  await expect(findBar).toBeHidden()
  await expect(matches).toHaveCount(0)

  // A passage hit opens its document scrolled to the passage.
  await navigator(page).getByRole('button', { name: /^Border agents told/ }).click()
  results = await searchCase(page, 'summon released')
  const passageHit = group(page, 'Passages').getByRole('option', { name: /summon board members/ })
  await expect(passageHit).toContainText('Harbour board faces questions')
  await passageHit.click()
  await expect(page.getByRole('heading', { level: 2, name: HARBOUR })).toBeVisible()
  await expectInReaderView(page, reader(page).locator('mark.passage-selected').first())

  // A question hit opens the question; its status is labelled in words.
  results = await searchCase(page, 'valued quay')
  const questionHit = group(page, 'Questions').getByRole('option', { name: /Who valued the northern quay/ })
  await expect(questionHit).toContainText('Open')
  await expect(questionHit.locator('mark')).toHaveText(['valued', 'quay'])
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await questionHit.click()
  await expect(page.getByRole('region', { name: 'Question' }).first().getByLabel('Question')).toHaveValue('Who valued the northern quay before the vote?')

  // Hostile input is just words: nothing found, never an error.
  for (const hostile of ['"', 'NEAR(', "'; DROP TABLE documents; --"]) {
    results = await searchCase(page, hostile)
    await expect(page.getByText(/^Nothing found for/).or(results)).toBeVisible()
    await noErrorToast(page)
    await page.keyboard.press('Escape')
  }
  results = await searchCase(page, '"')
  await expect(page.getByText('Nothing found for “"”')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(results).toBeHidden()

  // A file imported now is searchable at once, without a reload.
  results = await searchCase(page, 'dredging')
  await expect(page.getByText('Nothing found for “dredging”')).toBeVisible()
  await page.keyboard.press('Escape')
  await importFiles(page, [fixture('late-addendum.md')])
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()
  results = await searchCase(page, 'dredging')
  await expect(group(page, 'Documents').getByRole('option', { name: /Addendum: silt survey/ })).toBeVisible()
  await page.keyboard.press('Escape')

  // Find in document: Ctrl+F, a count, Enter and Shift+Enter step, the current match in view.
  await navigator(page).getByRole('button', { name: HARBOUR }).click()
  await expect(page.getByRole('heading', { level: 2, name: HARBOUR })).toBeVisible()
  await page.keyboard.press('Control+f')
  const findField = findBar.getByRole('textbox', { name: 'Find in document' })
  await expect(findField).toBeFocused()
  await findField.fill('ferry')
  const status = findBar.getByRole('status')
  await expect(status).toHaveText('1 of 4')
  await expect(matches).toHaveCount(4)
  const current = reader(page).locator('mark.search-match-current')
  await expect(current).toHaveAttribute('data-match', '0')
  await findField.press('Enter')
  await expect(status).toHaveText('2 of 4')
  await findField.press('Enter')
  await findField.press('Enter')
  await expect(status).toHaveText('4 of 4')
  await expect(current).toHaveAttribute('data-match', '3')
  await expectInReaderView(page, current)
  await findField.press('Enter')
  await expect(status).toHaveText('1 of 4')
  await findField.press('Shift+Enter')
  await expect(status).toHaveText('4 of 4')
  await findBar.getByRole('button', { name: 'Previous match' }).click()
  await expect(status).toHaveText('3 of 4')
  await findBar.getByRole('button', { name: 'Next match' }).click()
  await expect(status).toHaveText('4 of 4')
  await findField.fill('lighthouse')
  await expect(status).toHaveText('No matches')
  await expect(matches).toHaveCount(0)
  await findField.press('Escape')
  await expect(findBar).toBeHidden()

  // The Find button in the reader header opens the same bar.
  await page.getByRole('button', { name: 'Find', exact: true }).click()
  await expect(findField).toBeFocused()
  await findBar.getByRole('button', { name: 'Close find bar' }).click()
  await expect(findBar).toBeHidden()
  await noErrorToast(page)
})

test('long result groups fold behind “Show more”, reachable from the keyboard', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Many'))
  for (let n = 1; n <= 8; n++) {
    await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'New note' }).click()
    const note = page.getByRole('dialog', { name: 'New note' })
    await note.getByLabel('Title').fill(`Tip ${n}`)
    await note.getByLabel('Text').fill(`Caller ${n} mentions the lighthouse keeper again.`)
    await note.getByRole('button', { name: 'Add note' }).click()
    await expect(page.getByRole('heading', { level: 2, name: `Tip ${n}` })).toBeVisible()
  }
  await searchCase(page, 'lighthouse')
  const documents = group(page, 'Documents')
  await expect(documents.getByRole('option')).toHaveCount(6)
  const more = documents.getByRole('option', { name: 'Show 3 more documents' })
  await expect(more).toBeVisible()
  for (let n = 0; n < 5; n++) await page.keyboard.press('ArrowDown')
  await expect(more).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(documents.getByRole('option')).toHaveCount(8)
  await expect(documents.getByRole('option').nth(5)).toHaveAttribute('aria-selected', 'true')
})

const SCREENSHOTS = SCREENSHOT_DIR

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open search panel passes axe, and a screenshot with the sample case (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await openApp(page)
    await page.getByRole('button', { name: /^Explore the sample case/ }).click()
    await expect(navigator(page)).toBeVisible()

    // An empty field shows the syntax.
    await page.keyboard.press('Control+k')
    await expect(page.getByRole('definition').first()).toBeVisible()
    await page.keyboard.press('Escape')

    await searchCase(page, 'drone')
    await expect(group(page, 'Documents').getByRole('option').first()).toBeVisible()
    await expect(group(page, 'Passages').getByRole('option').first()).toBeVisible()
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(200)

    const results = await new AxeBuilder({ page }).analyze()
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([])

    await page.mouse.move(0, 799)
    await page.screenshot({ path: join(SCREENSHOTS, `search-${colorScheme}.png`) })

    // The reader with the hit's matches outlined, also checked by axe.
    await page.keyboard.press('Enter')
    await expectInReaderView(page, reader(page).locator('mark.search-match-current'))
    await page.mouse.move(0, 799)
    await page.screenshot({ path: join(SCREENSHOTS, `search-reader-${colorScheme}.png`) })
    const inReader = await new AxeBuilder({ page }).analyze()
    expect(inReader.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([])
  })
}
