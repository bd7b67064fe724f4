import { expect, test } from '@playwright/test'
import {
  createCase,
  expectNoSeriousViolations,
  fixture,
  importFiles,
  inspector,
  openApp,
  reader,
  selectInReader,
  uniqueTitle
} from './helpers'

test('importing and reading a web page makes no request beyond 127.0.0.1', async ({ page }) => {
  const outside: string[] = []
  page.on('request', (request) => {
    if (new URL(request.url()).hostname !== '127.0.0.1') outside.push(request.url())
  })
  await openApp(page)
  await createCase(page, uniqueTitle('Offline'))
  await importFiles(page, [fixture('drone-alert.html')])
  await expect(reader(page)).toContainText('report any drone sightings')
  await selectInReader(page, 'report any drone sightings')
  await page.keyboard.press('h')
  await expect(reader(page).locator('mark')).toHaveCount(1)
  await expect(inspector(page).getByLabel('URL')).toHaveValue(/valley-ledger\.example/)
  await page.waitForTimeout(500)
  expect(outside).toEqual([])
})

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations on the welcome screen and with a document open (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await openApp(page)
    await expectNoSeriousViolations(page)

    await createCase(page, uniqueTitle('Axe'))
    await importFiles(page, [fixture('drone-alert.html')])
    await selectInReader(page, 'keep their rifles close at hand')
    await page.keyboard.press('h')
    await expect(reader(page).locator('mark')).toHaveCount(1)
    await expectNoSeriousViolations(page)
  })
}
