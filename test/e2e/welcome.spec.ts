import { expect, test } from '@playwright/test'
import { createCase, navigator, openApp, uniqueTitle } from './helpers'

test('a new case is created, listed in recent cases after closing, and reopens with one click', async ({ page }) => {
  await openApp(page)
  const title = uniqueTitle('Drone memo, Feb 2025')
  await createCase(page, title)
  await expect(page.getByRole('tab', { name: /Documents/ })).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByText('Drop articles, memos or saved web pages here, or Import…')).toBeVisible()

  await page.getByRole('button', { name: 'Close case' }).click()
  const recent = page.getByRole('list', { name: 'Recent cases' })
  const entry = recent.getByRole('button', { name: new RegExp(`^${title}`) })
  await expect(entry).toBeVisible()
  await expect(entry).toContainText('Opened Today')

  await entry.click()
  await expect(navigator(page).getByRole('heading', { name: title })).toBeVisible()
})

test('Ctrl+O opens a case by its path, and a wrong path gets a clear sentence', async ({ page }) => {
  await openApp(page)
  const title = uniqueTitle('Path case')
  await createCase(page, title)
  const path = await navigator(page).getByRole('heading', { name: title }).getAttribute('title')
  expect(path).toMatch(/\.casefile$/)
  await page.getByRole('button', { name: 'Close case' }).click()

  await page.keyboard.press('Control+o')
  const dialog = page.getByRole('dialog', { name: 'Open a case' })
  await dialog.getByLabel('Case file path').fill('/nowhere/missing.casefile')
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(dialog.getByRole('alert')).toContainText(/\w+/)

  await dialog.getByLabel('Case file path').fill(path!)
  await dialog.getByRole('button', { name: 'Open', exact: true }).click()
  await expect(navigator(page).getByRole('heading', { name: title })).toBeVisible()
})
