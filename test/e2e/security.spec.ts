// Encrypted cases, the idle lock, and backups in the UI: a passphrase is asked for and a wrong one
// says so; the recent list shows no title of an encrypted case; a backup restores an earlier state.
import { expect, test } from '@playwright/test'
import { join } from 'node:path'
import { createCase, fixture, importFiles, navigator, openApp, SCREENSHOT_DIR, uniqueTitle } from './helpers'

const PASSPHRASE = 'correct horse battery'

async function createEncryptedCase(page: import('@playwright/test').Page, title: string) {
  await page.getByRole('button', { name: /^New case/ }).click()
  const dialog = page.getByRole('dialog', { name: 'New case' })
  await dialog.getByLabel('Case title').fill(title)
  await dialog.getByLabel('Encrypt this case with a passphrase').check()
  await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
  await dialog.getByLabel('Passphrase again').fill('something else')
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('The two passphrases differ. Type the same one twice.')
  await dialog.getByLabel('Passphrase again').fill(PASSPHRASE)
  await dialog.getByRole('button', { name: 'Create case' }).click()
  await expect(navigator(page).getByRole('heading', { name: title })).toBeVisible()
}

test('an encrypted case asks for its passphrase, refuses a wrong one, and keeps its title out of the recent list', async ({ page }) => {
  await openApp(page)
  const title = uniqueTitle('Sealed source file')
  await createEncryptedCase(page, title)
  await expect(page.getByRole('button', { name: 'Case security (encrypted)' })).toBeVisible()
  await importFiles(page, [fixture('wire-report.txt')])
  await page.getByRole('button', { name: 'Close case' }).click()

  const recent = page.getByRole('list', { name: 'Recent cases' })
  await expect(recent.getByRole('img', { name: 'Encrypted' }).first()).toBeVisible()
  await expect(recent).not.toContainText(title)
  await recent.getByRole('button', { name: /Encrypted case/ }).first().click()

  const unlock = page.getByRole('dialog', { name: 'Unlock case' })
  await unlock.getByLabel('Passphrase').fill('not the passphrase')
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(unlock.getByRole('alert')).toContainText('That passphrase does not open')
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'unlock-light.png') })
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE)
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(navigator(page).getByRole('heading', { name: title })).toBeVisible()
  await expect(navigator(page).getByRole('list', { name: 'Documents' }).getByRole('listitem')).toHaveCount(1)
})

test('an encrypted case locks itself after the chosen idle time', async ({ page }) => {
  await openApp(page)
  // A few seconds instead of minutes: the preference is read when the case opens.
  await page.evaluate(() => localStorage.setItem('casefile.idleLockMinutes', '0.05'))
  const title = uniqueTitle('Idle lock')
  await createEncryptedCase(page, title)
  const unlock = page.getByRole('dialog', { name: 'Unlock case' })
  await expect(unlock).toBeVisible({ timeout: 15_000 })
  await expect(unlock).toContainText('Locked after a moment without activity.')
  await expect(page.getByRole('heading', { name: 'Casefile', level: 1 })).toBeVisible()
  await unlock.getByLabel('Passphrase').fill(PASSPHRASE)
  await page.evaluate(() => localStorage.setItem('casefile.idleLockMinutes', '15'))
  await unlock.getByRole('button', { name: 'Unlock' }).click()
  await expect(navigator(page).getByRole('heading', { name: title })).toBeVisible()
})

test('a backup taken by hand restores the case as it was, and the restore can be undone', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Backups'))
  await importFiles(page, [fixture('wire-report.txt')])
  await page.getByRole('button', { name: 'Backups' }).click()
  const backups = page.getByRole('dialog', { name: 'Backups' })
  await backups.getByRole('button', { name: 'Back up now' }).click()
  await expect(backups.getByRole('row')).toHaveCount(2)
  await expect(backups.getByRole('cell', { name: 'By hand' })).toBeVisible()
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'backups-light.png') })
  await backups.getByRole('button', { name: 'Done' }).click()

  await importFiles(page, [fixture('harbour-inquiry.txt')])
  const documents = navigator(page).getByRole('list', { name: 'Documents' }).getByRole('listitem')
  await expect(documents).toHaveCount(2)

  await page.getByRole('button', { name: 'Backups' }).click()
  await backups.getByRole('button', { name: /^Restore the backup of/ }).first().click()
  const confirm = page.getByRole('dialog', { name: 'Restore this backup?' })
  await confirm.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText('Case restored')).toBeVisible()
  await expect(documents).toHaveCount(1)

  await page.getByRole('button', { name: 'Backups' }).click()
  await expect(backups.getByRole('cell', { name: 'Before a restore' })).toBeVisible()
  await backups.getByRole('row').filter({ hasText: 'Before a restore' }).getByRole('button').click()
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click()
  await expect(documents).toHaveCount(2)
})
