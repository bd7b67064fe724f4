// Review mode: an editor opens someone else's case read-only. Nothing can change by accident, yet
// claims can still be signed off and the summary exported; "Switch to editing" reopens it normally.
// Also: the editor's screens (status board, summary, preferences) pass axe and are photographed in
// both themes.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { SCREENSHOT_DIR, expectNoSeriousViolations, navigator, openApp } from './helpers'

async function createSample(page: Page) {
  await page.getByRole('button', { name: /Explore the sample case/ }).click()
  await expect(navigator(page).getByRole('heading', { name: /Sample case/ })).toBeVisible()
}

function toolbar(page: Page) {
  return page.getByRole('toolbar', { name: 'Case actions' })
}

function board(page: Page) {
  return page.getByRole('region', { name: 'Status board' })
}

async function showStatus(page: Page) {
  await navigator(page).getByRole('tab', { name: /Status/ }).click()
  await navigator(page).getByRole('button', { name: /^Status board/ }).click()
  await expect(board(page).getByRole('heading', { name: 'Where the story stands' })).toBeVisible()
}

/** Signs off the open claim, giving a name first if none is set yet. */
async function signOff(page: Page) {
  const panel = page.getByRole('region', { name: 'Editor’s review' })
  const name = panel.getByLabel(/^Your name/)
  if (await name.isVisible()) await name.fill('Rafael Editor')
  await panel.getByRole('button', { name: 'Sign off' }).click()
  await expect(panel).toContainText(/Signed off by \S/)
}

test('a case opened for review changes nothing, still takes sign-offs and exports, and switches back to editing', async ({ page }) => {
  await openApp(page)
  await createSample(page)
  await toolbar(page).getByRole('button', { name: 'Close case' }).click()

  // Open it again for review, from the Open dialog's recent cases.
  await page.getByRole('button', { name: /^Open…/ }).click()
  const open = page.getByRole('dialog', { name: 'Open a case' })
  await open.getByRole('button', { name: /^Open “Sample case.*” for review \(read-only\)$/ }).first().click()
  await expect(open).toBeHidden()

  const banner = toolbar(page).getByRole('note', { name: 'Review mode' })
  await expect(banner).toContainText('Review mode — read-only. Sign-offs and exports still work.')
  for (const name of [/^Import/, 'New note', 'New question', 'New contact', /^Case security/, 'Backups']) {
    await expect(toolbar(page).getByRole('button', { name })).toHaveCount(0)
  }
  await expect(toolbar(page).getByRole('button', { name: 'Preferences' })).toBeVisible()

  // Fields show their values but do not take edits; delete and link buttons are gone.
  await showStatus(page)
  await board(page).getByRole('list', { name: 'Overdue' }).getByRole('button').first().click()
  const question = page.getByRole('region', { name: 'Question' })
  await expect(question.getByRole('textbox', { name: 'Question' })).toHaveAttribute('readonly', '')
  await expect(question.getByRole('combobox', { name: 'Status' })).toBeDisabled()
  await expect(question.getByRole('button', { name: /^Unlink/ })).toHaveCount(0)
  await expect(question.getByRole('button', { name: 'Add contact…' })).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Delete question' })).toHaveCount(0)

  // A verified claim awaiting sign-off can still be signed off; its statement is not editable.
  await showStatus(page)
  await board(page).getByRole('list', { name: 'Awaiting sign-off' }).getByRole('button').first().click()
  const claim = page.getByRole('region', { name: 'Claim', exact: true })
  await expect(claim).toBeVisible()
  await expect(claim.getByRole('textbox', { name: 'Statement' })).toHaveCount(0)
  await expect(claim.getByRole('button', { name: 'Delete claim' })).toHaveCount(0)
  await signOff(page)

  // The summary exports; its plan is shown, not edited.
  await showStatus(page)
  await expect(board(page).getByRole('button', { name: /^Awaiting sign-off/ })).toHaveCount(0)
  await board(page).getByRole('button', { name: 'Summary & export' }).click()
  const summary = page.getByRole('region', { name: 'Summary and export' })
  await expect(summary.getByRole('note')).toContainText('Review mode')
  await expect(summary.getByRole('button', { name: 'Add section' })).toHaveCount(0)
  await expect(summary.getByRole('combobox', { name: /^Include/ }).first()).toBeDisabled()
  await expect(summary.getByText(/\d+ claims? will be exported/)).toBeVisible()
  const downloading = page.waitForEvent('download')
  await summary.getByRole('button', { name: 'Export Markdown' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.md$/)

  // Back to editing: the banner goes, the write controls return.
  await banner.getByRole('button', { name: 'Switch to editing' }).click()
  await expect(banner).toBeHidden()
  await expect(toolbar(page).getByRole('button', { name: /^Import/ })).toBeVisible()
  await expect(toolbar(page).getByRole('button', { name: 'New question' })).toBeVisible()
  await expect(summary.getByRole('button', { name: 'Add section' })).toBeVisible()
})

async function shot(page: Page, name: string, colorScheme: string) {
  await page.waitForTimeout(150) // let focus rings and fades settle
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-${colorScheme}.png`) })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the status board, summary, review panel and preferences pass axe, screenshots (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await openApp(page)
    await createSample(page)

    await showStatus(page)
    await expectNoSeriousViolations(page)
    await shot(page, 'status-board', colorScheme)

    await board(page).getByRole('button', { name: 'Summary & export' }).click()
    await expect(page.getByRole('region', { name: 'Summary and export' }).getByText(/will be exported/)).toBeVisible()
    await expectNoSeriousViolations(page)
    await shot(page, 'summary', colorScheme)

    await showStatus(page)
    await board(page).getByRole('list', { name: 'Sent back' }).getByRole('button').first().click()
    const panel = page.getByRole('region', { name: 'Editor’s review' })
    await panel.scrollIntoViewIfNeeded()
    await expect(panel).toContainText('Sent back by')
    await expectNoSeriousViolations(page)
    await shot(page, 'claim-review', colorScheme)

    await toolbar(page).getByRole('button', { name: 'Preferences' }).click()
    await expect(page.getByRole('dialog', { name: 'Preferences' })).toBeVisible()
    await expectNoSeriousViolations(page)
    await page.keyboard.press('Escape')

    // Review mode, reopened from the toolbar's Open dialog.
    await toolbar(page).getByRole('button', { name: /^Open…/ }).click()
    await page.getByRole('dialog', { name: 'Open a case' }).getByRole('button', { name: /for review/ }).first().click()
    await expect(toolbar(page).getByRole('note', { name: 'Review mode' })).toBeVisible()
    await showStatus(page)
    await expectNoSeriousViolations(page)
    await shot(page, 'review-mode', colorScheme)
  })
}
