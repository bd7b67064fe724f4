import { expect, test, type Page } from '@playwright/test'
import { createCase, fixture, importFiles, inspector, navigator, openApp, reader, selectInReader, uniqueTitle } from './helpers'

const ARTICLE = /^Safety alert warns of cartel drones/

async function openArticle(page: Page) {
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await navigator(page).getByRole('button', { name: ARTICLE }).click()
  await expect(reader(page)).toContainText('more than 260 incidents')
}

test('mark passages, raise questions, edit and filter them, and find everything again after reload and reopen', async ({ page }) => {
  await openApp(page)
  const title = uniqueTitle('Passages')
  await createCase(page, title)
  await importFiles(page, [fixture('drone-alert.html'), fixture('wire-report.txt')])
  await openArticle(page)

  // Mark a passage with H.
  await selectInReader(page, 'more than 260 incidents in Mexico in 2023')
  await page.keyboard.press('h')
  const mark = reader(page).locator('mark', { hasText: 'more than 260 incidents in Mexico in 2023' })
  await expect(mark).toBeVisible()
  const passages = inspector(page).getByRole('list', { name: 'Marked passages' })
  await expect(passages.getByRole('button', { name: /more than 260 incidents in Mexico in 2023/ })).toBeVisible()

  // An overlapping passage, marked with the toolbar button, still reads as one text.
  await selectInReader(page, 'in 2023 in which drones dropped explosives')
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'Mark passage' }).click()
  await expect(passages.getByRole('listitem')).toHaveCount(2)
  await expect(reader(page)).toContainText('The alert cites more than 260 incidents in Mexico in 2023 in which drones dropped explosives, injuring 42')

  // Raise a question from the first passage.
  await reader(page).locator('mark', { hasText: 'more than 260' }).first().click()
  await expect(inspector(page).getByRole('heading', { name: 'Passage' })).toBeVisible()
  await inspector(page).getByRole('button', { name: 'New question…' }).click()
  let dialog = page.getByRole('dialog', { name: 'New question' })
  await expect(dialog.getByLabel('Question')).toHaveValue(/^Verify: “more than 260 incidents/)
  await dialog.getByLabel('Question').fill('Verify the 260-incident figure')
  await dialog.getByRole('button', { name: 'Add question' }).click()
  const onPassage = inspector(page).getByRole('list', { name: 'Questions on this passage' })
  await expect(onPassage.getByRole('button', { name: /^Verify the 260-incident figure/ })).toBeVisible()

  // Raise a second question straight from a selection with Q.
  await selectInReader(page, 'among them NewsNation and the New York Post')
  await page.keyboard.press('q')
  dialog = page.getByRole('dialog', { name: 'New question' })
  await dialog.getByLabel('Question').fill('Who obtained the memo first?')
  await dialog.getByRole('button', { name: 'Add question' }).click()
  await expect(page.getByRole('tab', { name: /Questions/ })).toContainText('2')
  await expect(reader(page).locator('mark', { hasText: 'NewsNation' })).toBeVisible()

  // Link the overlapping passage to the first question from its inspector, then unlink it again.
  await passagesButton(page, 'in 2023 in which drones dropped explosives')
  await inspector(page).getByRole('button', { name: 'Link to question…' }).click()
  const picker = page.getByRole('dialog', { name: 'Link to question' })
  await picker.getByRole('button', { name: /Verify the 260-incident figure/ }).click()
  await expect(onPassage.getByRole('button', { name: /^Verify the 260-incident figure/ })).toBeVisible()
  await onPassage.getByRole('button', { name: 'Unlink from “Verify the 260-incident figure”' }).click()
  await expect(inspector(page).getByText('No question rests on this passage yet.')).toBeVisible()

  // Edit the first question's properties in the centre pane.
  await reader(page).locator('mark', { hasText: 'more than 260' }).first().click()
  await onPassage.getByRole('button', { name: /^Verify the 260-incident figure/ }).click()
  const question = page.getByRole('region', { name: 'Question' })
  await question.getByLabel('Status').selectOption('in_progress')
  await question.getByLabel('Priority').selectOption('high')
  await question.getByLabel('Assignee').fill('Dana Whitfield')
  await question.getByLabel('Assignee').press('Enter')
  await question.getByLabel('Due date').fill('2025-02-10')
  await question.getByLabel('Notes').fill('Ask the Mexican defence ministry for its 2023 incident count.')
  await question.getByLabel('Notes').blur()
  await expect(question.getByText('In progress').first()).toBeVisible()
  await expect(inspector(page).getByText('Dana Whitfield')).toBeVisible()

  // Filter the questions by status.
  const list = navigator(page).getByRole('list', { name: 'Questions' })
  await expect(list.getByRole('button')).toHaveCount(2)
  await navigator(page).getByLabel('Show').selectOption('in_progress')
  await expect(list.getByRole('button')).toHaveCount(1)
  await expect(list.getByRole('button', { name: /Verify the 260-incident figure/ })).toContainText('In progress')
  await navigator(page).getByLabel('Show').selectOption('answered')
  await expect(navigator(page).getByText('No questions are “Answered”.')).toBeVisible()
  await navigator(page).getByLabel('Show').selectOption('all')

  // The question's passage opens its document at the highlight.
  await list.getByRole('button', { name: /Verify the 260-incident figure/ }).click()
  await question.getByRole('list', { name: 'Linked passages' }).getByRole('button', { name: /^(?!Unlink).*more than 260 incidents/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: /Safety alert warns/ })).toBeVisible()
  await expect(reader(page).locator('mark.passage-selected').first()).toBeInViewport()

  // Everything is still there after a reload (the bridge keeps the case open), the same document open…
  await page.reload()
  await expect(page.getByRole('heading', { level: 2, name: /Safety alert warns/ })).toBeVisible()
  await expectCaseContents(page)

  // …and after closing the case and reopening it from the recent list.
  await page.getByRole('button', { name: 'Close case' }).click()
  await page.getByRole('list', { name: 'Recent cases' }).getByRole('button', { name: new RegExp(`^${title}`) }).click()
  await expectCaseContents(page)
})

async function passagesButton(page: Page, text: string) {
  // Raising a question from a selection leaves that passage selected: go back to the document first.
  const back = inspector(page).getByRole('button', { name: 'Document details' })
  await expect(back).toBeVisible()
  await back.click()
  await inspector(page).getByRole('list', { name: 'Marked passages' }).getByRole('button', { name: new RegExp(text) }).click()
}

async function expectCaseContents(page: Page) {
  await expect(page.getByRole('tab', { name: /Documents/ })).toContainText('2')
  await openArticle(page)
  await expect(reader(page).locator('mark', { hasText: '260 incidents' }).first()).toBeVisible()
  await expect(inspector(page).getByRole('list', { name: 'Marked passages' }).getByRole('listitem')).toHaveCount(3)

  await navigator(page).getByRole('tab', { name: /Questions/ }).click()
  await navigator(page).getByRole('button', { name: /Verify the 260-incident figure/ }).click()
  const question = page.getByRole('region', { name: 'Question' })
  await expect(question.getByLabel('Status')).toHaveValue('in_progress')
  await expect(question.getByLabel('Priority')).toHaveValue('high')
  await expect(question.getByLabel('Assignee')).toHaveValue('Dana Whitfield')
  await expect(question.getByLabel('Due date')).toHaveValue('2025-02-10')
  await expect(question.getByLabel('Notes')).toHaveValue('Ask the Mexican defence ministry for its 2023 incident count.')
  await expect(question.getByRole('list', { name: 'Linked passages' }).getByRole('listitem')).toHaveCount(1)
}

test('a passage deep in a long document is scrolled into view from its question', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Long read'))
  const filler = Array.from({ length: 60 }, (_, n) => `Paragraph ${n + 1} of the transcript, where the caller goes over the same ground again without adding anything new.`)
  const text = [...filler, 'Near the end the caller finally names the unit that wrote the alert.'].join('\n\n')
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'New note' }).click()
  const note = page.getByRole('dialog', { name: 'New note' })
  await note.getByLabel('Title').fill('Call transcript, 5 February')
  await note.getByLabel('Text').fill(text)
  await note.getByRole('button', { name: 'Add note' }).click()

  await selectInReader(page, 'finally names the unit that wrote the alert')
  await page.getByRole('toolbar', { name: 'Selection actions' }).getByRole('button', { name: 'New question' }).click()
  const dialog = page.getByRole('dialog', { name: 'New question' })
  await dialog.getByLabel('Question').fill('Which unit wrote the alert?')
  await dialog.getByRole('button', { name: 'Add question' }).click()

  await navigator(page).getByRole('tab', { name: /Questions/ }).click()
  await navigator(page).getByRole('button', { name: /Which unit wrote the alert\?/ }).click()
  await page.getByRole('region', { name: 'Question' }).getByRole('button', { name: /^(?!Unlink).*finally names the unit/ }).click()
  const mark = reader(page).locator('mark', { hasText: 'finally names the unit that wrote the alert' })
  await expect(mark).toBeInViewport()
  await expect(mark).toHaveClass(/passage-selected/)
})

test('deleting a passage asks first, naming the quote', async ({ page }) => {
  await openApp(page)
  await createCase(page, uniqueTitle('Delete'))
  await importFiles(page, [fixture('wire-report.txt')])
  await selectInReader(page, 'tourniquets and first aid kits')
  await page.keyboard.press('h')
  await reader(page).locator('mark', { hasText: 'tourniquets' }).click()
  await inspector(page).getByRole('button', { name: 'Delete passage' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this passage?' })
  await expect(confirm).toContainText('“tourniquets and first aid kits”')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(reader(page).locator('mark')).toHaveCount(1)
  await inspector(page).getByRole('button', { name: 'Delete passage' }).click()
  await confirm.getByRole('button', { name: 'Delete passage' }).click()
  await expect(reader(page).locator('mark')).toHaveCount(0)
  await expect(inspector(page).getByText('Select text in the reader and press H to mark a passage.')).toBeVisible()
})
