// Saves 1280×800 screenshots of the main screens in both themes (see SCREENSHOT_DIR), for people to
// look at. The case is built through the UI like a reporter would.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { SCREENSHOT_DIR, createCase, fixture, importFiles, inspector, navigator, openApp, reader, selectInReader } from './helpers'

const OUT = SCREENSHOT_DIR

async function forgetAllRecent(page: Page) {
  const info = await (await page.request.post('/api/app.info', { data: {} })).json()
  for (const entry of info.result.recent as { path: string }[]) {
    await page.request.post('/api/cases.forgetRecent', { data: { path: entry.path } })
  }
}

async function shoot(page: Page, name: string) {
  await page.mouse.move(0, 799)
  await page.waitForTimeout(150)
  await page.screenshot({ path: join(OUT, name) })
}

for (const scheme of ['light', 'dark'] as const) {
  test(`screenshots (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await forgetAllRecent(page)

    // Two cases in the recent list, then the welcome screen.
    await createCase(page, 'Council land deals')
    await page.getByRole('button', { name: 'Close case' }).click()
    await createCase(page, `Drone memo, Feb 2025 (${scheme})`)
    await page.getByRole('button', { name: 'Close case' }).click()
    await expect(page.getByRole('list', { name: 'Recent cases' }).getByRole('listitem')).toHaveCount(2)
    await shoot(page, `welcome-${scheme}.png`)

    await page.getByRole('list', { name: 'Recent cases' }).getByRole('button', { name: /^Drone memo/ }).click()
    await expect(page.getByText('This case is empty')).toBeVisible()
    await shoot(page, `empty-case-${scheme}.png`)

    await importFiles(page, [fixture('wire-report.txt'), fixture('briefing-notes.md'), fixture('drone-alert.html')])
    await page.getByRole('button', { name: 'Dismiss import summary' }).click()
    await navigator(page).getByRole('button', { name: /^Safety alert warns/ }).click()
    await selectInReader(page, 'keep their rifles close at hand')
    await page.keyboard.press('h')
    await selectInReader(page, 'more than 260 incidents in Mexico in 2023')
    await page.keyboard.press('q')
    let dialog = page.getByRole('dialog', { name: 'New question' })
    await dialog.getByLabel('Question').fill('Verify the 260-incident figure')
    await dialog.getByLabel('Priority').selectOption('high')
    await dialog.getByRole('button', { name: 'Add question' }).click()
    await selectInReader(page, 'among them NewsNation and the New York Post')
    await page.keyboard.press('q')
    dialog = page.getByRole('dialog', { name: 'New question' })
    await dialog.getByLabel('Question').fill('Who obtained the memo first?')
    await dialog.getByRole('button', { name: 'Add question' }).click()
    await expect(page.getByRole('tab', { name: /Questions/ })).toContainText('2')
    await page.getByRole('button', { name: 'Dismiss notification' }).first().click()
    await expect(page.getByRole('button', { name: 'Dismiss notification' })).toHaveCount(0)

    // A passage selected in the reader and the inspector, with the selection toolbar over new text.
    await reader(page).locator('mark', { hasText: 'more than 260' }).first().click()
    await expect(inspector(page).getByRole('heading', { name: 'Passage' })).toBeVisible()
    await selectInReader(page, 'could not independently confirm those numbers')
    await shoot(page, `case-passage-${scheme}.png`)
    await page.evaluate(() => window.getSelection()?.removeAllRanges())

    await inspector(page).getByRole('button', { name: 'Document details' }).click()
    await shoot(page, `case-document-${scheme}.png`)

    // The questions view with one question open and edited.
    await navigator(page).getByRole('tab', { name: /Questions/ }).click()
    await navigator(page).getByRole('button', { name: /Verify the 260-incident figure/ }).click()
    const question = page.getByRole('region', { name: 'Question' })
    await question.getByLabel('Status').selectOption('in_progress')
    await question.getByLabel('Assignee').fill('Dana Whitfield')
    await question.getByLabel('Due date').fill('2025-02-10')
    await question.getByLabel('Notes').fill('The figure appears in two outlets with the same wording, so it is likely one origin: the memo. Ask the defence ministry in Mexico City for its own 2023 count.')
    await question.getByLabel('Notes').blur()
    await expect(inspector(page).getByText('Dana Whitfield')).toBeVisible()
    await page.waitForTimeout(1800)
    await shoot(page, `questions-${scheme}.png`)
  })
}
