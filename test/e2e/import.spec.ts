import { expect, test } from '@playwright/test'
import { createCase, fixture, importFiles, inspector, navigator, openApp, reader, uniqueTitle } from './helpers'

test.beforeEach(async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Import'))
})

test('imports text, Markdown and a web page, with the page’s metadata in the inspector', async ({ page }) => {
  await importFiles(page, [fixture('wire-report.txt'), fixture('briefing-notes.md'), fixture('drone-alert.html')])
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toContainText('3 documents imported')
  await expect(page.getByRole('tab', { name: /Documents/ })).toContainText('3')

  const list = navigator(page).getByRole('list', { name: 'Documents' })
  await expect(list.getByRole('button', { name: /^Border agents told to prepare for explosive drones/ })).toBeVisible()
  await expect(list.getByRole('button', { name: /^Troop numbers at the southern border/ })).toBeVisible()

  await list.getByRole('button', { name: /^Safety alert warns of cartel drones/ }).click()
  const details = inspector(page)
  await expect(details.getByLabel('Title')).toHaveValue('Safety alert warns of cartel drones near the border')
  await expect(details.getByLabel('Outlet')).toHaveValue('The Valley Ledger')
  await expect(details.getByLabel('Author')).toHaveValue('Maria Ostrander')
  await expect(details.getByLabel('Published')).toHaveValue('2025-02-04')
  await expect(details.getByLabel('URL')).toHaveValue('https://valley-ledger.example/news/cartel-drone-alert')
  await expect(details.getByText('drone-alert.html')).toBeVisible()
  await expect(details.getByText(/^[0-9a-f]{64}$/)).toBeVisible()

  // The page's script, frame and remote image are gone; its text is there.
  await expect(reader(page)).toContainText('keep their rifles close at hand')
  await expect(page.locator('article iframe, article script, article img')).toHaveCount(0)

  // Correct a field by hand; it survives a reload.
  await details.getByLabel('Author').fill('María Ostrander')
  await details.getByLabel('Author').press('Tab')
  await expect(details.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await page.reload()
  await navigator(page).getByRole('button', { name: /^Safety alert warns of cartel drones/ }).click()
  await expect(inspector(page).getByLabel('Author')).toHaveValue('María Ostrander')
  await expect(reader(page).locator('..')).toContainText('By María Ostrander')
})

test('the same file twice is reported as a duplicate naming the document already there', async ({ page }) => {
  await importFiles(page, [fixture('wire-report.txt')])
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()
  await importFiles(page, [fixture('wire-report.txt')])
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toContainText('0 documents imported · 1 already in the case')
  await expect(summary).toContainText('wire-report.txt is already in the case as')
  await summary.getByRole('button', { name: '“Border agents told to prepare for explosive drones”' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Border agents told to prepare for explosive drones' })).toBeVisible()
  await expect(page.getByRole('tab', { name: /Documents/ })).toContainText('1')
})

test('a windows-1252 file reads correctly; unsupported and empty files fail clearly without stopping the batch', async ({ page }) => {
  // "Peña" and curly quotes as Windows-1252 bytes (ñ = F1, “ = 93, ” = 94).
  const cp1252 = Buffer.concat([
    Buffer.from('Interview notes\n\nThe sheriff, Ram', 'latin1'),
    Buffer.from('ón Peña, said the drone reports were \x93taken seriously\x94 by his office.\n\nPeña asked not to be quoted on the troop numbers.\n', 'latin1')
  ])
  await importFiles(page, [
    { name: 'notes-1252.txt', mimeType: 'text/plain', buffer: cp1252 },
    { name: 'memo.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\x03\x04 not really a document', 'latin1') },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    fixture('briefing-notes.md')
  ])
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toContainText('2 documents imported · 2 failed')
  await expect(summary.getByRole('listitem').filter({ hasText: 'memo.docx' })).toContainText('is not a file type Casefile imports yet')
  await expect(summary.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText('is empty')

  await navigator(page).getByRole('button', { name: /^Interview notes/ }).click()
  await expect(reader(page)).toContainText('Ramón Peña, said the drone reports were “taken seriously” by his office.')
  await expect(inspector(page).getByText('windows-1252', { exact: false })).toBeVisible()
})

test('Cancel stops an import before the next file', async ({ page }) => {
  // Hold the second file's import until Cancel has been pressed, so the test is not a race.
  let release!: () => void
  const gate = new Promise<void>((resolve) => (release = resolve))
  let calls = 0
  await page.route(/\/api\/documents\.import$/, async (route) => {
    if (++calls === 2) await gate
    await route.continue()
  })
  const files = [1, 2, 3, 4, 5].map((n) => ({ name: `lead-${n}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`Lead number ${n}\n\nA tip to follow up, written for test ${n}.`) }))
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'Import…' }).click()
  await (await chooser).setFiles(files)
  await expect(page.getByRole('status').filter({ hasText: 'Importing 2 of 5 — lead-2.txt' })).toBeVisible()
  await page.getByRole('button', { name: 'Cancel' }).click()
  release()
  const summary = page.getByRole('region', { name: 'Import summary' })
  await expect(summary).toContainText('2 documents imported · 3 not imported (cancelled)')
  await expect(page.getByRole('tab', { name: /Documents/ })).toContainText('2')
})

test('files dropped on the window are imported, and a pasted note becomes a document', async ({ page }) => {
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File(['Dropped tip\n\nA caller says the memo reached reporters on 3 February.'], 'dropped-tip.txt', { type: 'text/plain' }))
    return transfer
  })
  await page.dispatchEvent('.workspace', 'dragenter', { dataTransfer })
  await expect(page.getByText('Drop to import into this case')).toBeVisible()
  await page.dispatchEvent('.workspace', 'drop', { dataTransfer })
  await expect(page.getByRole('region', { name: 'Import summary' })).toContainText('1 document imported')
  await expect(reader(page)).toContainText('A caller says the memo reached reporters')

  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'New note' }).click()
  const dialog = page.getByRole('dialog', { name: 'New note' })
  await dialog.getByLabel('Title').fill('Call with DPS press office')
  await dialog.getByLabel('Text').fill('They will confirm the Guard numbers by Friday.\n\nAsk again about the deployment order.')
  await dialog.getByRole('button', { name: 'Add note' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Call with DPS press office' })).toBeVisible()
  await expect(inspector(page).getByLabel('Kind')).toHaveValue('note')
})
