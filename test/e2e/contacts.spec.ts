// Contacts and sources, end to end: a reporter adds a source, logs a call, links the source to a
// question, opens where the documents name them, takes or dismisses suggestions, and keeps a
// confidential source's name off every screen until they reveal it on purpose.
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import {
  SCREENSHOT_DIR,
  createCase,
  dismissToasts,
  expectNoSeriousViolations,
  fixture,
  importFiles,
  inspector,
  navigator,
  openApp,
  reader,
  selectInReader,
  uniqueTitle
} from './helpers'

const PERSON = 'Marisol Peñalver'
const ORGANISATION = 'Harbour Transit Authority'
const OTHER_PERSON = 'Desmond Okafor'
/** The confidential source: named in the document, never on any other part of the screen. */
const SECRET = 'Ansel Brightwater'
const DOCUMENT = /^Harbour board minutes show a quiet deal/

const contactView = (page: Page) => page.getByRole('region', { name: 'Contact', exact: true })
const contactList = (page: Page) => navigator(page).getByRole('list', { name: 'Contacts' })
// The centre pane's question (the inspector has a region of the same name after it).
const questionView = (page: Page) => page.getByRole('region', { name: 'Question', exact: true }).first()

function isoDay(offsetDays: number): string {
  const day = new Date()
  day.setDate(day.getDate() + offsetDays)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`
}

async function startCase(page: Page, title: string) {
  await openApp(page)
  await createCase(page, uniqueTitle(title))
  await importFiles(page, [fixture('harbour-minutes.txt')])
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()
  await expect(reader(page)).toContainText('a quiet deal over the east quay')
}

async function showContacts(page: Page) {
  await navigator(page).getByRole('tab', { name: /Contacts/ }).click()
}

async function newContact(page: Page, name: string, options: { kind?: 'person' | 'organization'; terms?: string } = {}) {
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'New contact' }).click()
  const dialog = page.getByRole('dialog', { name: 'New contact' })
  await dialog.getByLabel('Name', { exact: true }).fill(name)
  if (options.kind) await dialog.getByLabel('Kind').selectOption(options.kind)
  if (options.terms) await dialog.getByLabel('Terms').selectOption(options.terms)
  await dialog.getByRole('button', { name: 'Add contact' }).click()
  await expect(dialog).toBeHidden()
  await expect(contactView(page)).toBeVisible()
}

async function newQuestion(page: Page, title: string) {
  await page.getByRole('toolbar', { name: 'Case actions' }).getByRole('button', { name: 'New question' }).click()
  const dialog = page.getByRole('dialog', { name: 'New question' })
  await dialog.getByLabel('Question').fill(title)
  await dialog.getByRole('button', { name: 'Add question' }).click()
  await expect(questionView(page)).toBeVisible()
}

async function logInteraction(page: Page, fields: { summary: string; outcome?: string; followUpBy?: string; date?: string; question?: string }) {
  await contactView(page).getByRole('button', { name: 'Log interaction…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Log interaction' })
  await expect(dialog.getByLabel('Date')).toHaveValue(isoDay(0))
  if (fields.date) await dialog.getByLabel('Date').fill(fields.date)
  await dialog.getByLabel('Channel').selectOption('phone')
  await dialog.getByLabel('Summary').fill(fields.summary)
  if (fields.outcome) await dialog.getByLabel('Outcome').fill(fields.outcome)
  if (fields.followUpBy) await dialog.getByLabel('Follow up by').fill(fields.followUpBy)
  if (fields.question) await dialog.getByRole('checkbox', { name: fields.question }).check()
  await dialog.getByRole('button', { name: 'Log interaction' }).click()
  await expect(dialog).toBeHidden()
  await expect(contactView(page).getByRole('list', { name: 'Interactions, newest first' })).toContainText(fields.summary)
}

/** The range the reader emphasises after a mention was opened, and whether it lies in the reader's view. */
async function focusedRange(page: Page): Promise<string> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('casefile-range-focus')
    const range = highlight ? ([...highlight][0] as Range | undefined) : undefined
    const scroller = document.querySelector('.reader-scroll')
    if (!range || !scroller) return 'nothing emphasised'
    const rect = range.getBoundingClientRect()
    const view = scroller.getBoundingClientRect()
    return `${range.toString()} ${rect.top >= view.top && rect.bottom <= view.bottom ? 'in view' : 'out of view'}`
  })
}

/**
 * Where `needle` shows outside the document's own text: text nodes (visible or not), tooltips,
 * accessible names and descriptions, form values, and the window title.
 */
async function leaksOf(page: Page, needle: string): Promise<string[]> {
  return page.evaluate((name) => {
    const lower = name.toLocaleLowerCase()
    const found: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    while (walker.nextNode()) {
      const node = walker.currentNode as Text
      if (node.parentElement?.closest('article.reader-text')) continue
      if (node.data.toLocaleLowerCase().includes(lower)) found.push(`text in <${node.parentElement?.tagName.toLowerCase()}>: ${node.data.slice(0, 80)}`)
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of ['title', 'aria-label', 'aria-description', 'aria-valuetext', 'placeholder', 'alt']) {
        const value = element.getAttribute(attribute)
        if (value?.toLocaleLowerCase().includes(lower)) found.push(`${attribute}: ${value}`)
      }
      if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.value.toLocaleLowerCase().includes(lower)) {
        found.push(`value of ${element.tagName.toLowerCase()}`)
      }
    }
    if (document.title.toLocaleLowerCase().includes(lower)) found.push(`document.title: ${document.title}`)
    // What is on screen, as innerText sees it, with the document's text set aside.
    const article = document.querySelector<HTMLElement>('article.reader-text')
    if (article) article.style.display = 'none'
    if (document.body.innerText.toLocaleLowerCase().includes(lower)) found.push('body.innerText')
    if (article) article.style.display = ''
    return found
  }, needle)
}

async function expectWithheld(page: Page) {
  expect(await leaksOf(page, 'Brightwater')).toEqual([])
  expect(await leaksOf(page, 'Ansel')).toEqual([])
}

async function shoot(page: Page, name: string) {
  await dismissToasts(page)
  await page.mouse.move(0, 799)
  await page.waitForTimeout(200)
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) })
}

test('add a contact, log a call, link it to a question, open its mentions, and take or dismiss suggestions', async ({ page }) => {
  test.slow()
  await startCase(page, 'Contacts')

  // The third section starts empty and says what to do.
  await showContacts(page)
  await expect(navigator(page).getByRole('tab', { name: /Contacts/ })).toContainText('0')
  await expect(navigator(page).getByText('No contacts yet')).toBeVisible()

  // Add the spokeswoman, with the surname alone as an alias and a malformed email (warned, kept).
  await newContact(page, PERSON)
  const view = contactView(page)
  await expect(view.getByRole('heading', { level: 2, name: PERSON })).toBeVisible()
  await view.getByLabel('Aliases', { exact: true }).fill('Peñalver')
  await view.getByRole('button', { name: 'Add alias' }).click()
  await expect(view.getByRole('list', { name: 'Alias list' })).toContainText('Peñalver')
  await view.getByLabel('New channel type').selectOption('email')
  await view.getByLabel('New email').fill('marisol.penalver@harbour')
  await view.getByRole('button', { name: 'Add channel' }).click()
  await expect(view.getByLabel('Email 1', { exact: true })).toHaveValue('marisol.penalver@harbour')
  await expect(view.getByLabel('Email 1', { exact: true })).toHaveAccessibleDescription(/does not look like an email address/)
  await expect(navigator(page).getByRole('tab', { name: /Contacts/ })).toContainText('1')

  // Her full name and the possessive "Peñalver's" are both found, accent and all.
  const mentions = view.getByRole('region', { name: /^Mentions/ })
  await expect(mentions).toContainText('2 mentions in 1 document')

  // Log a call with a follow-up: the list says when she was last contacted and when to call back.
  const followUp = isoDay(3)
  await logInteraction(page, { summary: 'Confirmed the minutes are genuine; would not name the members who voted.', outcome: 'Will send the January agenda', followUpBy: followUp })
  await expect(view.getByRole('list', { name: 'Interactions, newest first' })).toContainText('Will send the January agenda')
  const row = contactList(page).getByRole('button', { name: new RegExp(`^${PERSON}`) })
  await expect(row).toContainText('Last contacted today')
  await expect(row).toContainText(/Follow up due \d{1,2} [A-Z][a-z]{2}/)
  await expect(row).toContainText('On the record')

  // Link her to an open question; she shows under "Whom to ask", and the question under her.
  await newQuestion(page, 'Who approved the east quay lease?')
  await questionView(page).getByRole('button', { name: 'Add contact…' }).click()
  await page.getByRole('dialog', { name: 'Whom to ask' }).getByRole('button', { name: new RegExp(`^${PERSON}`) }).click()
  const whom = questionView(page).getByRole('list', { name: 'Whom to ask' })
  await expect(whom).toContainText(PERSON)
  await expect(whom).toContainText('On the record')
  await expect(inspector(page).getByRole('list', { name: 'Whom to ask' })).toContainText(PERSON)
  await whom.getByRole('button', { name: new RegExp(`^${PERSON}`) }).click()
  await expect(view.getByRole('list', { name: 'Questions to ask' })).toContainText('Who approved the east quay lease?')

  // Open the mention at the end of the article: the document opens with the name in view.
  await mentions.getByRole('button', { name: /office said the register/ }).click()
  await expect(page.getByRole('heading', { level: 2, name: DOCUMENT })).toBeVisible()
  await expect.poll(() => focusedRange(page)).toBe('Peñalver in view')
  // The navigator stays on Contacts, so the next mention is one click away.
  await row.click()
  await expect(view.getByRole('heading', { level: 2, name: PERSON })).toBeVisible()

  // A correction to the log entry.
  await view.getByRole('button', { name: /^Edit the interaction of/ }).click()
  const edit = page.getByRole('dialog', { name: 'Edit interaction' })
  await edit.getByLabel('Outcome').fill('Sent the January agenda the same evening')
  await edit.getByRole('button', { name: 'Save changes' }).click()
  await expect(view.getByRole('list', { name: 'Interactions, newest first' })).toContainText('Sent the January agenda the same evening')

  // Attribute a passage to her from the passage's inspector; it opens from her page at the quote.
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await navigator(page).getByRole('button', { name: DOCUMENT }).click()
  await selectInReader(page, 'the minutes were genuine but said they had been "taken out of context"')
  await page.keyboard.press('h')
  await reader(page).locator('mark', { hasText: 'taken out of context' }).click()
  await inspector(page).getByRole('button', { name: 'Link contact…' }).click()
  const link = page.getByRole('dialog', { name: 'Link contact' })
  await expect(link.getByRole('radio', { name: /^Quote/ })).toBeChecked()
  await link.getByRole('button', { name: new RegExp(`^${PERSON}`) }).click()
  const onPassage = inspector(page).getByRole('list', { name: 'Contacts on this passage' })
  await expect(onPassage).toContainText(PERSON)
  await expect(onPassage).toContainText('Quote')
  await shoot(page, 'contact-passage-light.png')
  await onPassage.getByRole('button', { name: new RegExp(`^${PERSON}`) }).click()
  const quotes = view.getByRole('list', { name: 'Linked passages' })
  await expect(quotes).toContainText('taken out of context')
  await quotes.getByRole('button', { name: /taken out of context/ }).first().click()
  await expect(reader(page).locator('mark.passage-selected').first()).toBeInViewport()

  // The section tabs cycle with the arrow keys, wrapping at both ends.
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await page.keyboard.press('ArrowUp')
  await expect(navigator(page).getByRole('tab', { name: /Status/ })).toBeFocused()
  await expect(navigator(page).getByRole('tab', { name: /Status/ })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await expect(navigator(page).getByRole('tab', { name: /Documents/ })).toBeFocused()
  await page.keyboard.press('End')
  await expect(navigator(page).getByRole('tab', { name: /Status/ })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(navigator(page).getByRole('tab', { name: /Claims/ })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(navigator(page).getByRole('tab', { name: /Contacts/ })).toBeFocused()

  // Suggestions: names from the documents that are not contacts yet.
  await navigator(page).getByRole('button', { name: /^Suggestions/ }).click()
  const suggestions = page.getByRole('region', { name: 'Suggestions' }).getByRole('list', { name: 'Suggested contacts' })
  await expect(suggestions).toContainText(ORGANISATION)
  await expect(suggestions).toContainText(OTHER_PERSON)
  await expect(suggestions).not.toContainText(PERSON)

  // Dismissed: gone, and it stays gone after a reload.
  await suggestions.getByRole('button', { name: `Dismiss ${OTHER_PERSON}` }).click()
  await expect(suggestions).not.toContainText(OTHER_PERSON)

  // Accepted: it becomes a contact, with its mentions, and opens.
  await suggestions.getByRole('button', { name: `Add ${ORGANISATION} as an organisation` }).click()
  await expect(view.getByRole('heading', { level: 2, name: ORGANISATION })).toBeVisible()
  await expect(view.getByLabel('Kind')).toHaveValue('organization')
  await expect(view.getByRole('region', { name: /^Mentions/ })).toContainText(/\d+ mentions? in 1 document/)
  await expect(navigator(page).getByRole('tab', { name: /Contacts/ })).toContainText('2')

  // The spokeswoman works for the authority.
  await row.click()
  await view.getByLabel('Affiliation').selectOption({ label: ORGANISATION })
  await expect(row).toContainText(ORGANISATION)

  await page.reload()
  await showContacts(page)
  await navigator(page).getByRole('button', { name: /^Suggestions/ }).click()
  await expect(suggestions).toBeVisible()
  await expect(suggestions).not.toContainText(OTHER_PERSON)
  await expect(suggestions).not.toContainText(ORGANISATION)
})

test('a confidential source’s name appears nowhere until revealed, and deleting it asks first', async ({ page }) => {
  await startCase(page, 'Confidential')
  await newQuestion(page, 'Did anyone warn the auditors?')

  await newContact(page, SECRET, { terms: 'confidential' })
  const view = contactView(page)
  await expect(view.getByRole('heading', { level: 2, name: /^Confidential source \d+$/ })).toBeVisible()
  await expect(view.getByRole('note', { name: 'Confidential source' })).toContainText('Confidential — name withheld')
  await expect(view.getByText('Name, aliases, role, channels and notes are hidden.')).toBeVisible()
  await expectWithheld(page)

  // The list shows the placeholder with a distinct Confidential badge.
  const row = contactList(page).getByRole('button', { name: /Confidential source \d+/ })
  await expect(row).toContainText('Confidential')
  await expectWithheld(page)

  // The mention is found but the name inside it is withheld.
  const mentions = view.getByRole('region', { name: /^Mentions/ })
  await expect(mentions).toContainText('1 mention in 1 document')
  await expect(mentions.locator('mark')).toHaveText('[withheld]')
  await expectWithheld(page)

  // Linked to the question: "Whom to ask" shows the placeholder, marked confidential.
  await view.getByRole('button', { name: 'Link to question…' }).click()
  await page.getByRole('dialog', { name: 'Link to question' }).getByRole('button', { name: /^Did anyone warn the auditors\?/ }).click()
  await view.getByRole('list', { name: 'Questions to ask' }).getByRole('button', { name: /^Did anyone warn the auditors\?/ }).click()
  const whom = questionView(page).getByRole('list', { name: 'Whom to ask' })
  await expect(whom).toContainText(/Confidential source \d+/)
  await expect(whom).toContainText('Confidential')
  await expectWithheld(page)

  // Opening the mention shows the document (whose text names them) and nothing else does.
  await whom.getByRole('button', { name: /^Confidential source/ }).click()
  await mentions.getByRole('button', { name: /\[withheld\]/ }).click()
  await expect.poll(() => focusedRange(page)).toBe(`${SECRET} in view`)
  await expectWithheld(page)

  // Reveal on purpose: the name shows on this screen; Hide takes it away again.
  await row.click()
  await view.getByRole('button', { name: 'Reveal name' }).click()
  await expect(view.getByRole('heading', { level: 2, name: SECRET })).toBeVisible()
  await expect(view.getByLabel('Name', { exact: true })).toHaveValue(SECRET)
  await expect(mentions.locator('mark')).toHaveText(SECRET)
  await expect(page).not.toHaveTitle(/Brightwater/)
  // (The check itself finds a name that is on screen.)
  expect(await leaksOf(page, 'Brightwater')).not.toEqual([])
  await view.getByRole('button', { name: 'Hide name' }).click()
  await expect(view.getByRole('heading', { level: 2, name: /^Confidential source \d+$/ })).toBeVisible()
  await expectWithheld(page)

  // Revealing is forgotten on leaving the contact.
  await view.getByRole('button', { name: 'Reveal name' }).click()
  await expect(view.getByRole('heading', { level: 2, name: SECRET })).toBeVisible()
  await view.getByRole('list', { name: 'Questions to ask' }).getByRole('button', { name: /^Did anyone warn/ }).click()
  await expectWithheld(page)
  await whom.getByRole('button', { name: /^Confidential source/ }).click()
  await expect(view.getByRole('heading', { level: 2, name: /^Confidential source \d+$/ })).toBeVisible()
  await expectWithheld(page)

  // Deleting names what goes (the log, the links) and what stays; Cancel keeps everything.
  await logInteraction(page, { summary: 'Met at the quay after the shift.', question: 'Did anyone warn the auditors?' })
  await expectWithheld(page)
  await view.getByRole('button', { name: 'Delete contact…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this contact?' })
  await expect(confirm).toContainText('1 logged interaction')
  await expect(confirm).toContainText('links to 1 question')
  await expect(confirm).toContainText('The questions, passages and documents themselves stay')
  await expectWithheld(page)
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(row).toBeVisible()
  await view.getByRole('button', { name: 'Delete contact…' }).click()
  await confirm.getByRole('button', { name: 'Delete contact' }).click()
  await expect(row).toBeHidden()
  await expect(navigator(page).getByRole('tab', { name: /Contacts/ })).toContainText('0')
  await expect(navigator(page).getByRole('tab', { name: /Questions/ })).toContainText('1')
  await expectWithheld(page)
})

test('two contacts with the same name are offered for merging, keeping both logs', async ({ page }) => {
  await startCase(page, 'Merge')
  await newContact(page, PERSON)
  await logInteraction(page, { summary: 'First call, from the newsroom.' })
  await newContact(page, PERSON)
  await logInteraction(page, { summary: 'Second call, from the quay.' })

  const view = contactView(page)
  const banner = view.getByRole('note', { name: 'Possible duplicates' })
  await expect(banner).toContainText(`Possibly the same as ${PERSON}`)
  await banner.getByRole('button', { name: 'Merge…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Merge these contacts?' })
  await expect(confirm).toContainText('1 logged interaction')
  await expect(confirm).toContainText('Both interaction logs are kept in full')
  await confirm.getByRole('button', { name: 'Merge' }).click()

  await expect(banner).toBeHidden()
  const log = view.getByRole('list', { name: 'Interactions, newest first' })
  await expect(log.getByRole('listitem').filter({ hasText: /call, from the/ })).toHaveCount(2)
  await expect(contactList(page).getByRole('listitem')).toHaveCount(1)
})

for (const scheme of ['light', 'dark'] as const) {
  test(`contacts list and contact page: no serious accessibility violations, screenshots (${scheme})`, async ({ page }) => {
    // Four axe passes and a case built through the UI: more than the default minute on a busy machine.
    test.slow()
    await page.emulateMedia({ colorScheme: scheme })
    await startCase(page, 'Contacts look')
    await newQuestion(page, 'Who approved the east quay lease?')

    // Before any contact exists: the empty list, and the names the document offers.
    await showContacts(page)
    await navigator(page).getByRole('button', { name: /^Suggestions/ }).click()
    await expect(page.getByRole('region', { name: 'Suggestions' }).getByRole('list', { name: 'Suggested contacts' })).toContainText(OTHER_PERSON)
    await expectNoSeriousViolations(page)
    await shoot(page, `contact-suggestions-${scheme}.png`)

    await newContact(page, ORGANISATION, { kind: 'organization' })
    await newContact(page, SECRET, { terms: 'confidential' })
    await logInteraction(page, { summary: 'Met at the quay after the shift.', date: isoDay(-12), followUpBy: isoDay(-2) })
    await newContact(page, OTHER_PERSON, { terms: 'off_record' })
    await newContact(page, PERSON)
    const view = contactView(page)
    await view.getByLabel('Role or title').fill('Spokeswoman')
    await view.getByLabel('Role or title').press('Enter')
    await view.getByLabel('Affiliation').selectOption({ label: ORGANISATION })
    await view.getByLabel('Aliases', { exact: true }).fill('Peñalver')
    await view.getByRole('button', { name: 'Add alias' }).click()
    await view.getByLabel('New channel type').selectOption('email')
    await view.getByLabel('New email').fill('marisol.penalver@harbour')
    await view.getByRole('button', { name: 'Add channel' }).click()
    await expect(view.getByLabel('Email 1', { exact: true })).toHaveAccessibleDescription(/does not look like/)
    await logInteraction(page, {
      summary: 'Confirmed the minutes are genuine but would not name the members who voted for the lease.',
      outcome: 'Will send the January agenda',
      date: isoDay(-3),
      followUpBy: isoDay(4),
      question: 'Who approved the east quay lease?'
    })
    await view.getByRole('button', { name: 'Link to question…' }).click()
    await page.getByRole('dialog', { name: 'Link to question' }).getByRole('button', { name: /east quay lease/ }).click()
    await expect(view.getByRole('list', { name: 'Questions to ask' })).toContainText('east quay lease')
    await expect(view.getByRole('region', { name: /^Mentions/ })).toContainText('2 mentions')

    await expect(contactList(page).getByRole('listitem')).toHaveCount(4)
    await expectNoSeriousViolations(page)
    await view.evaluate((region) => region.querySelector('.contact-scroll')?.scrollTo({ top: 0 }))
    await shoot(page, `contacts-${scheme}.png`)

    await view.getByRole('heading', { name: /^Interactions/ }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
    await shoot(page, `contact-view-${scheme}.png`)

    // The confidential source's page, withheld.
    await contactList(page).getByRole('button', { name: /^Confidential source/ }).click()
    await expect(view.getByRole('note', { name: 'Confidential source' })).toBeVisible()
    await expectWithheld(page)
    await expectNoSeriousViolations(page)
    await shoot(page, `contact-confidential-${scheme}.png`)

    await view.getByRole('button', { name: 'Log interaction…' }).click()
    await expect(page.getByRole('dialog', { name: 'Log interaction' })).toBeVisible()
    await expectNoSeriousViolations(page)
    await shoot(page, `contact-log-dialog-${scheme}.png`)
    await page.getByRole('dialog', { name: 'Log interaction' }).getByRole('button', { name: 'Cancel' }).click()
  })
}
