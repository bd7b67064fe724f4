// Claims end to end, from the reporter's side: mark claims from a selection (button and C), set their
// status, add supporting evidence from another document through the selection toolbar and
// contradicting evidence through the claim view's picker, count independent origins (two outlets,
// then one once both documents are marked as repeating one memo), flag and resolve contradictions,
// see highlights in the colour of their claim's status, mark a claim in a PDF, and check the claim
// view, the claim list and the contradictions view with axe and by looking (light and dark).
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import PDFKit from 'pdfkit'
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

const LEDGER = /^Safety alert warns of cartel drones/
const WIRE = /^Border agents told to prepare for explosive drones/
const CLAIM_260 = 'more than 260 incidents in Mexico in 2023'
const CLAIM_RIFLES = 'keep their rifles close at hand'
const WIRE_260 = 'more than 260 drone attacks with explosives in Mexico during 2023'
const WIRE_UNCHECKED = 'Reporters have not yet been able to check that figure'
const LEDGER_EXPANSION = 'El Paso Sector Intelligence and Operations Center'
const WIRE_UNIT = 'an intelligence unit identified only as the EPT-IOC'

// The centre pane's claim (the inspector beside it is "Claim summary").
const claimView = (page: Page) => page.getByRole('region', { name: 'Claim', exact: true })
const contradictionsView = (page: Page) => page.getByRole('region', { name: 'Contradictions', exact: true })
const claimList = (page: Page) => navigator(page).getByRole('list', { name: 'Claims' })
const readerPane = (page: Page) => page.getByRole('region', { name: 'Reader' })
const selectionToolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selection actions' })

async function openDocument(page: Page, title: RegExp, text: string) {
  await navigator(page).getByRole('tab', { name: /Documents/ }).click()
  await navigator(page).getByRole('button', { name: title }).click()
  await expect(reader(page)).toContainText(text)
}

async function showClaims(page: Page) {
  await navigator(page).getByRole('tab', { name: /Claims/ }).click()
}

async function openClaim(page: Page, statement: string, { readOnly = false } = {}) {
  await showClaims(page)
  await claimList(page).getByRole('button', { name: new RegExp(statement) }).click()
  if (readOnly) await expect(claimView(page).getByRole('heading', { name: new RegExp(`^${statement}`) })).toBeVisible()
  else await expect(claimView(page).getByLabel('Statement')).toHaveValue(new RegExp(`^${statement}`))
}

/** The reader's mark for a passage's text (the innermost one covering its first words). */
function markOf(page: Page, text: string) {
  return reader(page).locator('mark.passage', { hasText: text }).first()
}

async function setOrigin(page: Page, origin: string) {
  const field = inspector(page).getByRole('combobox', { name: 'Origin' })
  await field.fill(origin)
  await field.press('Enter')
  await expect(inspector(page).getByText('Saved')).toBeVisible()
}

/** Calls the core as the renderer does, over the bridge (to build a fuller case quickly). */
async function call<T>(page: Page, method: string, arg: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, arg }) => {
      const response = await fetch(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(arg) })
      const body = await response.json()
      if (!body.ok) throw new Error(`${method}: ${body.error.message}`)
      return body.result
    },
    { method, arg }
  ) as Promise<T>
}

async function shoot(page: Page, name: string) {
  await dismissToasts(page)
  await page.mouse.move(0, 799)
  await page.waitForTimeout(250)
  await page.screenshot({ path: join(SCREENSHOT_DIR, name) })
}

test('mark claims, set status, add evidence both ways, count origins, flag and resolve contradictions', async ({ page }) => {
  test.slow()
  await openApp(page)
  await createCase(page, uniqueTitle('Claims'))
  await importFiles(page, [fixture('drone-alert.html'), fixture('wire-report.txt')])
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()

  // The Claims section starts empty and says how to make one.
  await showClaims(page)
  await expect(navigator(page).getByText('No claims yet')).toBeVisible()
  await expect(navigator(page).getByText(/choose Mark as claim \(or press C\)/)).toBeVisible()

  // Mark a claim with the toolbar button: it is highlighted as an unverified claim and shown in the inspector.
  await openDocument(page, LEDGER, CLAIM_260)
  await selectInReader(page, CLAIM_260)
  await selectionToolbar(page).getByRole('button', { name: 'Mark as claim' }).click()
  await expect(markOf(page, CLAIM_260)).toHaveAttribute('data-claim-status', 'unverified')
  await expect(markOf(page, CLAIM_260)).toHaveAttribute('title', /^Claim: Unverified/)
  await expect(readerPane(page).getByRole('list', { name: 'Highlight colours' })).toContainText('Unverified')
  await expect(inspector(page).getByRole('heading', { name: 'Passage' })).toBeVisible()
  await expect(inspector(page).getByLabel('Claim status')).toHaveValue('unverified')

  // A second claim with the C key; the Claims tab counts both.
  await selectInReader(page, CLAIM_RIFLES)
  await page.keyboard.press('c')
  await expect(markOf(page, CLAIM_RIFLES)).toHaveAttribute('data-claim-status', 'unverified')
  await expect(navigator(page).getByRole('tab', { name: /Claims/ })).toContainText('2')

  // Change the first claim's status in the claim view; its highlight follows.
  await markOf(page, CLAIM_260).click()
  await inspector(page).getByRole('button', { name: 'Open claim' }).click()
  const view = claimView(page)
  await expect(view.getByLabel('Statement')).toHaveValue(CLAIM_260)
  await view.getByLabel('Status').selectOption('disputed')
  await expect(view.getByText('Disputed').first()).toBeVisible()
  await expect(view.getByText('Supported by 1 independent origin')).toBeVisible()
  await expect(view.getByText(/rests on one origin/)).toBeVisible()
  await view.getByRole('button', { name: new RegExp(CLAIM_260) }).first().click()
  await expect(markOf(page, CLAIM_260)).toHaveAttribute('data-claim-status', 'disputed')
  await expect(markOf(page, CLAIM_260)).toHaveAttribute('title', /^Claim: Disputed/)

  // Supporting evidence from another document, straight from a selection (the toolbar's Add as evidence…).
  await openDocument(page, WIRE, WIRE_260)
  await selectInReader(page, WIRE_260)
  await selectionToolbar(page).getByRole('button', { name: 'Add as evidence…' }).click()
  let dialog = page.getByRole('dialog', { name: 'Add as evidence' })
  await expect(dialog.getByRole('radio', { name: 'Supports' })).toBeChecked()
  await dialog.getByRole('searchbox', { name: 'Filter claims' }).fill('260')
  await expect(dialog.getByRole('list', { name: 'Claims' }).getByRole('button')).toHaveCount(1)
  await dialog.getByRole('button', { name: new RegExp(CLAIM_260) }).click()
  await expect(dialog).toBeHidden()
  await expect(markOf(page, WIRE_260)).toBeVisible()

  // Two outlets: two independent origins.
  await openClaim(page, CLAIM_260)
  const supporting = view.getByRole('region', { name: 'Supporting evidence' })
  await expect(supporting).toContainText(WIRE_260)
  await expect(view.getByText('Supported by 2 independent origins')).toBeVisible()
  await expect(view.getByRole('list', { name: 'Independent origins' }).getByRole('listitem').filter({ has: page.getByRole('list') })).toHaveCount(2)
  await expect(navigator(page).getByRole('list', { name: 'Claims' }).getByRole('button', { name: new RegExp(CLAIM_260) })).toContainText('2 origins')

  // Both documents repeat one memo: one origin again.
  await openDocument(page, LEDGER, CLAIM_260)
  await setOrigin(page, 'EPT-IOC safety memo')
  await openDocument(page, WIRE, WIRE_260)
  await setOrigin(page, 'EPT-IOC safety memo')
  await expect(inspector(page).getByText(/Shared with Safety alert warns of cartel drones/)).toBeVisible()
  await openClaim(page, CLAIM_260)
  await expect(view.getByText('Supported by 1 independent origin')).toBeVisible()
  await expect(view.getByRole('list', { name: 'Independent origins' })).toContainText('EPT-IOC safety memo')
  await expect(view.getByText(/rests on one origin/)).toBeVisible()

  // Clearing one document's origin makes them independent again.
  await openDocument(page, WIRE, WIRE_260)
  await setOrigin(page, '')
  await openClaim(page, CLAIM_260)
  await expect(view.getByText('Supported by 2 independent origins')).toBeVisible()

  // Contradicting evidence from the claim view's picker (its own document is not offered).
  await openDocument(page, WIRE, WIRE_UNCHECKED)
  await selectInReader(page, WIRE_UNCHECKED)
  await page.keyboard.press('h')
  await expect(markOf(page, WIRE_UNCHECKED)).toBeVisible()
  await openClaim(page, CLAIM_260)
  await view.getByRole('button', { name: 'Add evidence' }).click()
  dialog = page.getByRole('dialog', { name: 'Add evidence' })
  await dialog.getByRole('radio', { name: 'Contradicts' }).check()
  await expect(dialog.getByRole('region', { name: LEDGER })).toHaveCount(0)
  await dialog.getByRole('searchbox', { name: 'Filter passages' }).fill('not yet been able')
  await dialog.getByRole('button', { name: new RegExp(WIRE_UNCHECKED) }).click()
  await expect(dialog).toBeHidden()
  const contradicting = view.getByRole('region', { name: 'Contradicting evidence' })
  await expect(contradicting).toContainText(WIRE_UNCHECKED)
  await expect(supporting).not.toContainText(WIRE_UNCHECKED)

  // Change its stance and back, from the evidence list.
  await contradicting.getByRole('button', { name: /^Count “Reporters have not yet/ }).click()
  await expect(supporting).toContainText(WIRE_UNCHECKED)
  await supporting.getByRole('button', { name: /^Count “Reporters have not yet.*as contradicting/ }).click()
  await expect(contradicting).toContainText(WIRE_UNCHECKED)

  // Contradicting evidence opened a contradiction: it shows on the claim and in the contradictions view.
  const onClaim = view.getByRole('list', { name: 'Contradictions touching this claim' })
  await expect(onClaim.getByRole('listitem', { name: /^Contradiction:/ })).toHaveCount(1)
  await expect(navigator(page).getByRole('button', { name: /^Contradictions/ })).toContainText('1 open')
  await navigator(page).getByRole('button', { name: /^Contradictions/ }).click()
  const contradictions = contradictionsView(page)
  const open = contradictions.getByRole('list', { name: 'Open contradictions' })
  await expect(open.getByRole('listitem', { name: /^Contradiction:/ })).toHaveCount(1)
  const card = open.getByRole('listitem', { name: /^Contradiction:/ }).first()
  await expect(card).toContainText(CLAIM_260)
  await expect(card).toContainText(WIRE_UNCHECKED)
  await card.getByLabel('Note (internal)').fill('The Ledger could not confirm the figure either; ask the defence ministry.')
  await card.getByLabel('Note (internal)').press('Enter')
  await expect(card.getByText('Saved')).toBeVisible()
  await card.getByRole('button', { name: 'Mark resolved' }).click()
  const resolved = contradictions.getByRole('list', { name: 'Resolved contradictions' })
  await expect(resolved.getByRole('listitem', { name: /^Contradiction:/ })).toHaveCount(1)
  await expect(contradictions.getByRole('list', { name: 'Open contradictions' })).toHaveCount(0)
  await expect(navigator(page).getByRole('button', { name: /^Contradictions/ })).toContainText('0 open')
  await expect(resolved.getByLabel('Note (internal)')).toHaveValue(/ask the defence ministry/)

  // A contradiction's claim opens the claim; its passage opens the document there.
  await resolved.getByRole('list', { name: 'Claims involved' }).getByRole('button', { name: new RegExp(CLAIM_260) }).click()
  await expect(view.getByLabel('Statement')).toHaveValue(CLAIM_260)

  // Flag a contradiction between two plain passages from the passage inspector.
  await openDocument(page, WIRE, WIRE_UNIT)
  await selectInReader(page, WIRE_UNIT)
  await page.keyboard.press('h')
  await openDocument(page, LEDGER, LEDGER_EXPANSION)
  await selectInReader(page, LEDGER_EXPANSION)
  await page.keyboard.press('h')
  await markOf(page, LEDGER_EXPANSION).click()
  await expect(inspector(page).getByRole('button', { name: 'Mark as claim' })).toBeVisible()
  await inspector(page).getByRole('button', { name: 'Flags a contradiction with…' }).click()
  dialog = page.getByRole('dialog', { name: 'Flag a contradiction' })
  await dialog.getByLabel('Note (optional, internal)').fill('The wire does not spell out EPT-IOC at all.')
  await dialog.getByRole('button', { name: new RegExp(WIRE_UNIT) }).click()
  await expect(dialog).toBeHidden()
  await expect(inspector(page).getByRole('list', { name: 'Contradictions on this passage' })).toContainText(WIRE_UNIT)
  await showClaims(page)
  await expect(navigator(page).getByRole('button', { name: /^Contradictions/ })).toContainText('1 open')
  await navigator(page).getByRole('button', { name: /^Contradictions/ }).click()
  await expect(contradictions.getByRole('list', { name: 'Open contradictions' }).getByLabel('Note (internal)')).toHaveValue('The wire does not spell out EPT-IOC at all.')
  // Open contradictions come first.
  await expect(contradictions.getByRole('heading', { level: 3 }).first()).toHaveText(/^Open/)

  // The passage that is a claim shows it in the inspector; other passages offer Mark as claim there too.
  await openDocument(page, LEDGER, LEDGER_EXPANSION)
  await markOf(page, LEDGER_EXPANSION).click()
  await inspector(page).getByRole('button', { name: 'Mark as claim' }).click()
  await expect(inspector(page).getByLabel('Claim status')).toHaveValue('unverified')
  await expect(markOf(page, LEDGER_EXPANSION)).toHaveAttribute('data-claim-status', 'unverified')

  // The claim list: filter by status, move with the arrow keys, see the origin count and the contradiction mark.
  await showClaims(page)
  const list = claimList(page)
  await expect(list.getByRole('button')).toHaveCount(3)
  const disputedRow = list.getByRole('button', { name: new RegExp(CLAIM_260) })
  await expect(disputedRow).toContainText('Disputed')
  await expect(disputedRow).toContainText('2 origins')
  await navigator(page).getByLabel('Show').selectOption('disputed')
  await expect(list.getByRole('button')).toHaveCount(1)
  await navigator(page).getByLabel('Show').selectOption('all')
  await list.getByRole('button').first().click()
  await page.keyboard.press('ArrowDown')
  await expect(list.getByRole('button').nth(1)).toBeFocused()
  await expect(list.getByRole('button').nth(1)).toHaveAttribute('aria-current', 'true')

  // Delete a claim: its passage stays marked.
  await openClaim(page, CLAIM_RIFLES)
  await view.getByRole('button', { name: 'Delete claim' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete this claim?' })
  await expect(confirm).toContainText('passage and the evidence passages stay marked')
  await confirm.getByRole('button', { name: 'Delete claim' }).click()
  await expect(list.getByRole('button')).toHaveCount(2)
  await openDocument(page, LEDGER, CLAIM_RIFLES)
  await expect(markOf(page, CLAIM_RIFLES)).toBeVisible()
  await expect(markOf(page, CLAIM_RIFLES)).not.toHaveAttribute('data-claim-status', /.+/)

  // Opened for review, the same case shows all of it and offers no change.
  const info = await call<{ openCase: { path: string } }>(page, 'app.info', {})
  await call(page, 'cases.open', { path: info.openCase.path, review: true })
  await page.reload()
  await openDocument(page, LEDGER, CLAIM_260)
  await selectInReader(page, 'report any drone sightings', { toolbar: false })
  await expect(selectionToolbar(page)).toHaveCount(0)
  await page.keyboard.press('c')
  await expect(inspector(page).getByRole('heading', { name: 'Passage', exact: true })).toHaveCount(0)
  await expect(inspector(page).getByRole('combobox', { name: 'Origin' })).toHaveCount(0)
  await markOf(page, LEDGER_EXPANSION).click()
  await expect(inspector(page).getByRole('heading', { name: 'Claim', exact: true })).toBeVisible()
  await expect(inspector(page).getByText('Unverified')).toBeVisible()
  await expect(inspector(page).getByRole('button', { name: 'Open claim' })).toBeVisible()
  await expect(inspector(page).getByRole('button', { name: /Mark as claim|Flags a contradiction with…|Delete passage/ })).toHaveCount(0)
  await openClaim(page, CLAIM_260, { readOnly: true })
  await expect(view.getByText('Supported by 2 independent origins')).toBeVisible()
  await expect(view.getByRole('region', { name: 'Contradicting evidence' })).toContainText(WIRE_UNCHECKED)
  await expect(view.getByRole('button', { name: /^(Add evidence|Delete claim|Count “|Remove evidence)/ })).toHaveCount(0)
  await expect(view.getByRole('combobox', { name: 'Status' })).toHaveCount(0)
  await navigator(page).getByRole('button', { name: /^Contradictions/ }).click()
  await expect(contradictions.getByRole('listitem', { name: /^Contradiction:/ })).toHaveCount(2)
  await expect(contradictions.getByRole('button', { name: /Mark resolved|Reopen|Delete this contradiction/ })).toHaveCount(0)
  await expect(contradictions.getByText('The wire does not spell out EPT-IOC at all.')).toBeVisible()
})

// ---- A claim in a PDF (the PDF is written with pdfkit at test time, as pdf.spec.ts does) -----------

function memoPdf(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ autoFirstPage: false, info: { Title: 'Pilot station memo', Author: 'Inspector Hale' } })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    for (const text of [
      'Memorandum to the harbour board about the night ferry. The ferry operator has not answered our letters.',
      'Findings. Between November and March the harbour pilots filed eleven complaints about the night ferry. None was forwarded to the police.'
    ]) {
      doc.addPage({ size: 'LETTER', margin: 72 })
      doc.font('Helvetica').fontSize(12).text(text)
    }
    doc.end()
  })
}

const PDF_CLAIM = 'harbour pilots filed eleven complaints'

async function selectInPdfPage(page: Page, pageIndex: number, phrase: string) {
  const layer = page.locator(`.pdf-page[data-page-index="${pageIndex}"] .textLayer`)
  await expect(layer).toContainText(phrase, { timeout: 15_000 })
  await page.evaluate(
    ({ pageIndex, phrase }) => {
      const root = document.querySelector(`.pdf-page[data-page-index="${pageIndex}"] .textLayer`)!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      const nodes: Text[] = []
      let full = ''
      while (walker.nextNode()) {
        nodes.push(walker.currentNode as Text)
        full += (walker.currentNode as Text).data
      }
      const at = full.indexOf(phrase)
      const locate = (offset: number, end: boolean): [Text, number] => {
        let seen = 0
        for (const node of nodes) {
          const until = seen + node.data.length
          if (offset < until || (end && offset === until)) return [node, offset - seen]
          seen = until
        }
        throw new Error('Offset past the text layer')
      }
      const range = document.createRange()
      range.setStart(...locate(at, false))
      range.setEnd(...locate(at + phrase.length, true))
      const selection = window.getSelection()!
      selection.removeAllRanges()
      selection.addRange(range)
    },
    { pageIndex, phrase }
  )
  await expect(selectionToolbar(page)).toBeVisible()
}

test('mark a claim in a PDF: drawn in its status colour on its page, cited by page', async ({ page }) => {
  test.slow()
  await openApp(page)
  await createCase(page, uniqueTitle('PDF claims'))
  await importFiles(page, [{ name: 'pilot-memo.pdf', mimeType: 'application/pdf', buffer: await memoPdf() }])
  await page.getByRole('button', { name: 'Dismiss import summary' }).click()
  await page.locator('.pdf-page[data-page-index="1"]').scrollIntoViewIfNeeded()
  await selectInPdfPage(page, 1, PDF_CLAIM)
  await page.keyboard.press('c')

  const highlight = page.locator('.pdf-page[data-page-index="1"] .pdf-highlight[data-claim-status="unverified"]')
  await expect(highlight.first()).toBeVisible()
  await expect(page.getByRole('list', { name: 'Highlight colours' })).toContainText('Unverified')
  await expect(inspector(page).getByLabel('Claim status')).toHaveValue('unverified')
  await inspector(page).getByLabel('Claim status').selectOption('verified')
  await expect(page.locator('.pdf-page[data-page-index="1"] .pdf-highlight[data-claim-status="verified"]').first()).toBeVisible()

  await page.screenshot({ path: join(SCREENSHOT_DIR, 'claim-pdf-light.png') })

  await inspector(page).getByRole('button', { name: 'Open claim' }).click()
  const view = claimView(page)
  await expect(view.getByLabel('Statement')).toHaveValue(PDF_CLAIM)
  await expect(view.getByRole('button', { name: new RegExp(PDF_CLAIM) }).first()).toContainText('p. 2')
  await view.getByLabel('Statement').fill('Harbour pilots filed eleven complaints about the night ferry between November and March.')
  await view.getByLabel('Statement').blur()
  await expect(navigator(page).getByRole('list', { name: 'Claims' })).toContainText('Harbour pilots filed eleven complaints about the night ferry')
  await expect(view.getByText('Verified').first()).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByText('1 independent origin')).toBeVisible()
})

// ---- How it looks ---------------------------------------------------------------------------------

async function passageAt(page: Page, documentId: number, text: string): Promise<number> {
  const detail = await call<{ text: string }>(page, 'documents.get', { id: documentId })
  const start = detail.text.indexOf(text)
  if (start < 0) throw new Error(`Not in document ${documentId}: ${text}`)
  const passage = await call<{ id: number }>(page, 'passages.create', { documentId, start, end: start + text.length })
  return passage.id
}

for (const scheme of ['light', 'dark'] as const) {
  test(`claim view, claim list and contradictions: no serious accessibility violations, screenshots (${scheme})`, async ({ page }) => {
    test.slow()
    await page.emulateMedia({ colorScheme: scheme })
    await openApp(page)
    await createCase(page, uniqueTitle('Claims look'))
    await importFiles(page, [fixture('drone-alert.html'), fixture('wire-report.txt'), fixture('briefing-notes.md')])
    await page.getByRole('button', { name: 'Dismiss import summary' }).click()

    // A case with a claim in every status, evidence both ways, a confidential source and two contradictions.
    const documents = await call<{ id: number; title: string }[]>(page, 'documents.list', {})
    const ledger = documents.find((document) => LEDGER.test(document.title))!.id
    const wire = documents.find((document) => WIRE.test(document.title))!.id
    const notes = documents.find((document) => document.title.startsWith('Troop numbers'))!.id
    const make = async (documentId: number, text: string, status: string, statement?: string) => {
      const passageId = await passageAt(page, documentId, text)
      return call<{ id: number }>(page, 'claims.create', { passageId, status, statement })
    }
    const main = await make(ledger, CLAIM_260, 'disputed', 'Drone-dropped explosives caused more than 260 incidents in Mexico in 2023, injuring 42 members of the security forces.')
    await make(ledger, 'The alert is dated 1 February 2025', 'verified')
    await make(ledger, CLAIM_RIFLES, 'corroborated', 'Agents were told to keep their rifles close at hand.')
    await make(notes, 'roughly 1,500 active-duty troops', 'unverified')
    await make(notes, 'about 400 National Guard members', 'false')
    const wireSupport = await passageAt(page, wire, WIRE_260)
    await call(page, 'claims.addEvidence', { claimId: main.id, passageId: wireSupport, stance: 'supports' })
    await call(page, 'claims.addEvidence', { claimId: main.id, passageId: await passageAt(page, wire, WIRE_UNCHECKED), stance: 'contradicts' })
    await call(page, 'contradictions.create', {
      passageA: await passageAt(page, ledger, LEDGER_EXPANSION),
      passageB: await passageAt(page, wire, WIRE_UNIT),
      note: 'Outlets expand EPT-IOC differently.'
    })
    const source = await call<{ id: number }>(page, 'contacts.create', { name: 'Quay official', terms: 'confidential' })
    const claim = await call<{ passageId: number }>(page, 'claims.get', { id: main.id })
    await call(page, 'contacts.linkPassage', { contactId: source.id, passageId: claim.passageId, role: 'quote' })
    await call(page, 'contacts.linkPassage', { contactId: source.id, passageId: wireSupport, role: 'quote' })
    await call(page, 'claims.update', { id: main.id, notes: 'Ask the defence ministry for its own count.' })
    await page.reload()

    await openClaim(page, 'Drone-dropped explosives caused more than 260 incidents')
    const view = claimView(page)
    await expect(view.getByRole('region', { name: 'Contradicting evidence' })).toContainText(WIRE_UNCHECKED)
    await expect(view.getByRole('list', { name: 'Sources' })).toContainText('Confidential source')
    await expect(view.getByRole('list', { name: 'Sources' })).not.toContainText('Quay official')
    await expect(view.getByRole('note')).toContainText('Only confidential sources.')
    await expect(claimList(page).getByRole('button')).toHaveCount(5)
    await expectNoSeriousViolations(page)
    await shoot(page, `claim-view-${scheme}.png`)
    await view.getByRole('heading', { name: /^Evidence/ }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }))
    await shoot(page, `claim-view-evidence-${scheme}.png`)
    await view.evaluate((region) => region.querySelector('.claim-scroll')?.scrollTo({ top: 1e6 }))
    await shoot(page, `claim-view-end-${scheme}.png`)

    await navigator(page).getByRole('button', { name: /^Contradictions/ }).click()
    await expect(contradictionsView(page).getByRole('list', { name: 'Open contradictions' }).getByRole('listitem', { name: /^Contradiction:/ })).toHaveCount(2)
    await contradictionsView(page).getByRole('listitem', { name: /^Contradiction:/ }).first().getByRole('button', { name: 'Mark resolved' }).click()
    await expect(contradictionsView(page).getByRole('list', { name: 'Resolved contradictions' })).toBeVisible()
    await expectNoSeriousViolations(page)
    await shoot(page, `claim-contradictions-${scheme}.png`)

    // The reader with claims in several colours, and the legend.
    await openDocument(page, LEDGER, CLAIM_260)
    await expect(readerPane(page).getByRole('list', { name: 'Highlight colours' })).toContainText('Disputed')
    await markOf(page, CLAIM_RIFLES).scrollIntoViewIfNeeded()
    await showClaims(page)
    await expectNoSeriousViolations(page)
    await shoot(page, `claim-list-reader-${scheme}.png`)

    // A claim's passage selected: the inspector shows its claim; a selection offers the claim actions.
    await markOf(page, CLAIM_260).click()
    await expect(inspector(page).getByLabel('Claim status')).toHaveValue('disputed')
    await selectInReader(page, 'report any drone sightings')
    await expect(selectionToolbar(page).getByRole('button', { name: 'Add as evidence…' })).toBeVisible()
    await expectNoSeriousViolations(page)
    await page.waitForTimeout(250)
    await page.screenshot({ path: join(SCREENSHOT_DIR, `claim-passage-inspector-${scheme}.png`) })
  })
}
