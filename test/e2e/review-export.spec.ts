// The done-when, end to end: mark a claim, add supporting and contradicting evidence,
// verify it, sign it off (under the name set in Preferences), see the sign-off cleared when the
// evidence changes, sign off again, then export the summary as HTML, open it and follow a footnote
// back to its source entry.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { createCase, fixture, importFiles, navigator, openApp, SCREENSHOT_DIR, selectInReader, uniqueTitle } from './helpers'

const WIRE_TITLE = 'Border agents told to prepare for explosive drones'
const LEDGER_TITLE = 'Safety alert warns of cartel drones near the border'
const CLAIM = 'The bulletin, dated 1 February, is attributed to an intelligence unit identified only as the EPT-IOC.'
const SUPPORT = 'The alert is dated 1 February 2025 and names the EPT-IOC as its source'
const CONTRADICT = 'this paper understands the initials to stand for the El Paso Sector Intelligence and Operations Center'
const LATER = 'Agents are advised to carry tourniquets'
const EDITOR = 'Dana Whitfield'

async function openDocument(page: Page, title: string) {
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await navigator(page).getByRole('button', { name: new RegExp(title) }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

/** Selects `text` in the open document and links it to the claim as evidence with `stance`. */
async function addEvidence(page: Page, text: string, stance: 'Supports' | 'Contradicts') {
  await selectInReader(page, text)
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: /Add as evidence/ }).click()
  const dialog = page.getByRole('dialog', { name: 'Add as evidence' })
  await dialog.getByRole('radio', { name: stance }).check()
  await dialog.getByRole('list', { name: 'Claims' }).getByRole('button', { name: /identified only as the EPT-IOC/ }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: stance === 'Supports' ? 'Supporting evidence added' : 'Contradicting evidence added' })).toBeVisible()
}

async function openClaim(page: Page) {
  await navigator(page).getByRole('tab', { name: /Claims/ }).click()
  await navigator(page).getByRole('list', { name: 'Claims' }).getByRole('button', { name: /identified only as the EPT-IOC/ }).click()
  await expect(page.getByRole('region', { name: 'Claim', exact: true })).toBeVisible()
}

function reviewPanel(page: Page) {
  return page.getByRole('region', { name: 'Editor’s review' })
}

test('a claim is verified, signed off, cleared by new evidence, signed off again and exported with footnotes back to its sources', async ({ page, context }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Review'))
  await importFiles(page, [fixture('wire-report.txt'), fixture('drone-alert.html')])

  // Mark the claim in the wire report.
  await openDocument(page, WIRE_TITLE)
  await selectInReader(page, CLAIM)
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: /Mark as claim/ }).click()
  await expect(navigator(page).getByRole('tab', { name: /Claims/ })).toContainText('1')

  // Evidence for and against it from the Valley Ledger's article.
  await openDocument(page, LEDGER_TITLE)
  await addEvidence(page, SUPPORT, 'Supports')
  await addEvidence(page, CONTRADICT, 'Contradicts')

  await openClaim(page)
  const claim = page.getByRole('region', { name: 'Claim', exact: true })
  await expect(claim.getByRole('region', { name: 'Supporting evidence' })).toContainText(SUPPORT)
  await expect(claim.getByRole('region', { name: 'Contradicting evidence' })).toContainText(CONTRADICT)

  // Only a verified claim can be signed off: the button says why until then.
  await expect(reviewPanel(page).getByRole('button', { name: 'Sign off' })).toBeDisabled()
  await expect(reviewPanel(page)).toContainText('Only a verified claim can be signed off')
  await claim.getByLabel('Status', { exact: true }).selectOption('verified')
  await expect(reviewPanel(page).getByRole('button', { name: 'Sign off' })).toBeEnabled()

  // The user name, from Preferences, is who signs.
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'Preferences' }).click()
  const preferences = page.getByRole('dialog', { name: 'Preferences' })
  await preferences.getByLabel('Your name (recorded in the history and on sign-offs)').fill(EDITOR)
  await preferences.getByRole('button', { name: 'Save' }).click()
  await expect(preferences).toBeHidden()
  await expect(reviewPanel(page)).toContainText(`Deciding as ${EDITOR}`)

  await reviewPanel(page).getByLabel(/^Note/).fill('Checked against the Ledger’s copy.')
  await reviewPanel(page).getByRole('button', { name: 'Sign off' }).click()
  await expect(reviewPanel(page)).toContainText(`Signed off by ${EDITOR}`)
  await expect(reviewPanel(page)).toContainText('Checked against the Ledger’s copy.')

  // New evidence after the sign-off clears it, visibly.
  await openDocument(page, LEDGER_TITLE)
  await addEvidence(page, LATER, 'Supports')
  await openClaim(page)
  await expect(reviewPanel(page).getByText('Sign-off cleared')).toBeVisible()
  await expect(reviewPanel(page)).toContainText(`${EDITOR} had signed it off`)
  await reviewPanel(page).scrollIntoViewIfNeeded()
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: join(SCREENSHOT_DIR, `claim-review-cleared-${colorScheme}.png`) })
  }
  await page.emulateMedia({ colorScheme: 'light' })

  // The status board lists it under "Sign-off cleared" and as verified; a click opens it.
  await navigator(page).getByRole('tab', { name: /Status/ }).click()
  const board = page.getByRole('region', { name: 'Status board' })
  await expect(board.getByRole('list', { name: 'Sign-off cleared' })).toContainText('identified only as the EPT-IOC')
  const verified = board.getByRole('button', { name: /^Verified/ })
  await verified.click()
  await expect(board.getByRole('list', { name: 'Verified' })).toContainText('identified only as the EPT-IOC')
  await expect(board.getByRole('button', { name: /Resting on one origin/ })).toHaveCount(0) // two origins: the wire copy and the Ledger
  await board.getByRole('list', { name: 'Sign-off cleared' }).getByRole('button', { name: /identified only as the EPT-IOC/ }).click()
  await expect(page.getByRole('region', { name: 'Claim', exact: true })).toBeVisible()

  // Signed off again; the history records both sign-offs under the editor's name.
  await reviewPanel(page).getByRole('button', { name: 'Sign off' }).click()
  await expect(reviewPanel(page)).toContainText(`Signed off by ${EDITOR}`)
  await expect(reviewPanel(page).getByRole('list', { name: /Review history/ }).getByRole('listitem')).toHaveCount(2)
  await page.getByRole('region', { name: 'Claim', exact: true }).getByRole('button', { name: 'History' }).click()
  const history = page.getByRole('list', { name: 'Changes, newest first' })
  await expect(history.getByRole('listitem').filter({ hasText: /sign/i }).filter({ hasText: EDITOR }).first()).toBeVisible()

  await navigator(page).getByRole('tab', { name: /Status/ }).click()
  await expect(board.getByRole('button', { name: /^Signed off/ })).toContainText('1')

  // Summary & export: the signed-off claim goes in; export HTML.
  await board.getByRole('button', { name: 'Summary & export' }).click()
  const summary = page.getByRole('region', { name: 'Summary and export' })
  await expect(summary.getByText('1 claim will be exported')).toBeVisible()
  const downloading = page.waitForEvent('download')
  await summary.getByRole('button', { name: 'Export HTML' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.html$/)
  const path = test.info().outputPath(download.suggestedFilename())
  await download.saveAs(path)
  const html = readFileSync(path, 'utf8')
  expect(html).toContain('identified only as the EPT-IOC')

  // Open the export and follow a footnote to its source entry.
  const exported = await context.newPage()
  await exported.goto(pathToFileURL(path).href)
  const refs = exported.locator('p.statement sup a')
  await expect(refs.first()).toBeVisible()
  const count = await refs.count()
  let ledgerRef: string | null = null
  for (let index = 0; index < count; index++) {
    const href = await refs.nth(index).getAttribute('href')
    if (href && (await exported.locator(href).textContent())?.includes('The Valley Ledger')) {
      ledgerRef = href
      await refs.nth(index).click()
      break
    }
  }
  expect(ledgerRef).not.toBeNull()
  await expect.poll(() => exported.evaluate(() => location.hash)).toBe(ledgerRef)
  const footnote = exported.locator(`${ledgerRef}:target`)
  await expect(footnote).toBeVisible()
  await footnote.getByRole('link', { name: /Source \d+/ }).click()
  const sourceHash = await exported.evaluate(() => location.hash)
  expect(sourceHash).toMatch(/^#src-\d+$/)
  const source = exported.locator(`${sourceHash}:target`)
  await expect(source).toContainText('The Valley Ledger')
  await expect(source).toContainText(LEDGER_TITLE)
  await exported.close()
})

test('the summary plan: sections with prose, claims moved and included from the keyboard, a section deleted', async ({ page }) => {
  await openApp(page)
  await page.getByRole('button', { name: /Explore the sample case/ }).click()
  await navigator(page).getByRole('tab', { name: /Status/ }).click()
  await navigator(page).getByRole('button', { name: /^Summary & export/ }).click()
  const summary = page.getByRole('region', { name: 'Summary and export' })
  const count = summary.getByText(/\d+ claims? will be exported/)
  await expect(count).toBeVisible()
  const before = Number((await count.textContent())!.match(/\d+/)![0])

  // A new section, renamed, with prose that saves itself.
  await summary.getByLabel('New section title').fill('Open points')
  await summary.getByRole('button', { name: 'Add section' }).click()
  const section = summary.getByRole('region', { name: /^Open points/ })
  await expect(section).toBeVisible()
  await section.getByLabel('Section title').fill('Still to check')
  await section.getByLabel('Section title').press('Enter')
  const renamed = summary.getByRole('region', { name: /^Still to check/ })
  await expect(renamed).toBeVisible()
  await renamed.getByLabel(/^Prose before the claims/).fill('Two figures are not yet confirmed.')
  await expect(renamed.getByRole('status')).toHaveText('Saved')

  // Two unplaced claims move in; the second moves up with the keyboard, and keeps focus.
  const unplaced = summary.getByRole('list', { name: 'Claims not in a section' })
  const moveIn = async (which: 'Left out' | 'any') => {
    const row = which === 'any' ? unplaced.getByRole('listitem').first() : unplaced.getByRole('listitem').filter({ hasText: which }).first()
    const select = row.getByRole('combobox', { name: /^Section of/ })
    const name = (await select.getAttribute('aria-label'))!.replace(/^Section of /, '')
    await select.selectOption({ label: 'Still to check' })
    await expect(renamed.getByRole('list')).toContainText(name.replace(/^“|”$/g, '').replace(/…$/, ''))
    return name
  }
  const first = await moveIn('Left out')
  const second = await moveIn('any')
  const items = renamed.getByRole('list').getByRole('listitem')
  await expect(items).toHaveCount(2)
  const up = renamed.getByRole('button', { name: `Move ${second} up` })
  await up.focus()
  await page.keyboard.press('Enter')
  await expect(items.first().getByRole('button', { name: `Move ${second} down` })).toBeFocused()
  await expect(items.nth(1).getByRole('button', { name: `Move ${first} up` })).toBeVisible()

  // Including a claim left out by choice raises the count.
  const leftOut = renamed.getByRole('listitem').filter({ hasText: 'Left out' }).first()
  await leftOut.getByRole('combobox', { name: /^Include/ }).selectOption('include')
  await expect(renamed.getByRole('listitem').filter({ hasText: 'included by choice' })).toHaveCount(1)
  await expect(count).toHaveText(`${before + 1} claims will be exported`)

  // Deleting the section (confirmed) leaves its claims unplaced.
  await renamed.getByRole('button', { name: 'Delete section “Still to check”' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this section?' })
  await expect(confirm).toContainText('Its 2 claims stay')
  await confirm.getByRole('button', { name: 'Delete section' }).click()
  await expect(renamed).toHaveCount(0)
  await expect(unplaced.getByRole('button', { name: `Move ${first} up` })).toBeVisible()
})
