// PDF import through the core's API, on PDFs generated here from our own text.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../src/shared/api'
import { CasefileError } from '../../src/shared/errors'
import { PAGE_SEPARATOR } from '../../src/shared/pdfText'
import { importDocument } from '../../src/main/core/documents/service'
import {
  corruptMiddle,
  japanesePdf,
  longPdf,
  rotatePage,
  scanLikePdf,
  textPdf,
  truncatedPdf,
  twoColumnPdf,
  withJavaScript,
  withPageLabels
} from '../helpers/pdfs'
import { b64, tempCore } from './helpers/tmp'

const MEMO_PAGES = [
  'Harbour inquiry, page one. The port authority met on Monday to discuss the late manifests.',
  'Page two. Customs officers counted forty containers that were never declared.',
  'Page three. A dredging contractor kept a private ledger of payments to the harbour master.',
  'Page four. Nobody at the authority would say who approved the night shipments.'
]

async function openCase() {
  const core = tempCore()
  await core.handlers['cases.create']({ title: 'PDF tests' })
  return core
}

type TestCore = Awaited<ReturnType<typeof openCase>>

async function importPdf(core: TestCore, name: string, bytes: Uint8Array, extra: { password?: string; importId?: string } = {}) {
  return core.handlers['documents.import']({ name, data: b64(bytes), ...extra })
}

async function failure(action: Promise<unknown>): Promise<CasefileError> {
  try {
    await action
  } catch (error) {
    if (error instanceof CasefileError) return error
    throw error
  }
  throw new Error('Expected the import to fail.')
}

function rowCounts(core: TestCore) {
  const db = core.currentDb()!
  const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
  return { documents: count('documents'), originals: count('document_originals'), pages: count('pages'), index: count('pages_fts') }
}

const NOTHING = { documents: 0, originals: 0, pages: 0, index: 0 }

describe('importing PDFs', () => {
  let memo: Buffer

  beforeAll(async () => {
    memo = await textPdf(MEMO_PAGES, {
      info: { title: 'Harbour inquiry memo', author: 'Inés Ocaña', createdAt: new Date(Date.UTC(2025, 1, 3, 9, 30)), creator: 'Writer', producer: 'Test press' }
    })
  })

  it('stores a memo page by page, with its metadata, original bytes and a search index by page', async () => {
    const core = await openCase()
    const outcome = await importPdf(core, 'harbour.pdf', memo)
    expect(outcome.status).toBe('imported')
    expect(outcome.document).toMatchObject({ title: 'Harbour inquiry memo', kind: 'memo', author: 'Inés Ocaña', pageCount: 4, textStatus: 'ok' })

    const doc = await core.handlers['documents.get']({ id: outcome.document.id })
    expect(doc).toMatchObject({ mimeType: 'application/pdf', sourceName: 'harbour.pdf', byteSize: memo.length, publishedAt: null })
    expect(doc.pdf).toMatchObject({ creator: 'Writer', producer: 'Test press', createdAt: '2025-02-03T09:30:00.000Z', encrypted: false })
    expect(doc.pdf!.fingerprint).toMatch(/^[0-9a-f]{32}/)
    expect(doc.pages.map((page) => page.label)).toEqual(['1', '2', '3', '4'])
    // Each page's span holds that page's text and nothing of the separator or the next page.
    doc.pages.forEach((page, index) => {
      const pageText = doc.text.slice(page.start, page.end)
      expect(pageText.replace(/\s+/g, ' ').trim()).toBe(MEMO_PAGES[index])
      if (index > 0) expect(doc.text.slice(doc.pages[index - 1]!.end, page.start)).toBe(PAGE_SEPARATOR)
    })
    expect(doc.pages.at(-1)!.end).toBe(doc.text.length)

    const original = await core.handlers['documents.original']({ id: doc.id })
    expect(original.mimeType).toBe('application/pdf')
    expect(Buffer.from(original.data, 'base64').equals(memo)).toBe(true)

    const { hits } = await core.handlers['search.query']({ query: 'dredging ledger' })
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ kind: 'document', id: doc.id, pageIndex: 2, documentKind: 'memo', pageCount: 4 })

    const again = await importPdf(core, 'copy-of-harbour.pdf', memo)
    expect(again).toEqual({ status: 'duplicate', document: outcome.document })
  })

  it('keeps the page labels a PDF gives its pages', async () => {
    const core = await openCase()
    const labelled = await withPageLabels(memo, [
      { startPage: 0, style: 'r' },
      { startPage: 2, style: 'D' },
      { startPage: 3, prefix: 'A-', style: 'D', start: 7 }
    ])
    const { document } = await importPdf(core, 'labelled.pdf', labelled)
    const doc = await core.handlers['documents.get']({ id: document.id })
    expect(doc.pages.map((page) => page.label)).toEqual(['i', 'ii', '1', 'A-7'])
  })

  it('reads two columns one after the other, not line by line across the page', async () => {
    const core = await openCase()
    const left = ['The left column tells how the tender was announced in March and who signed the notice.', 'It closes with the mayor.']
    const right = ['The right column follows the money from the contractor to a shell company abroad.', 'It closes with the bank.']
    const { document } = await importPdf(core, 'columns.pdf', await twoColumnPdf(left, right))
    const { text } = await core.handlers['documents.get']({ id: document.id })
    const flat = text.replace(/\s+/g, ' ')
    for (const paragraph of [...left, ...right]) expect(flat).toContain(paragraph)
    expect(flat.indexOf('It closes with the mayor.')).toBeLessThan(flat.indexOf('The right column'))
  })

  it('keeps accented and Japanese text, composed as every other document', async () => {
    const core = await openCase()
    const accented = await textPdf(['Declaración de José Núñez: la señora Peña habló con Müller y Françoise über die Brücke.'])
    const { document: latin } = await importPdf(core, 'accents.pdf', accented)
    const latinText = (await core.handlers['documents.get']({ id: latin.id })).text
    expect(latinText.replace(/\s+/g, ' ')).toContain('José Núñez: la señora Peña habló con Müller y Françoise über die Brücke.')
    expect(latinText).toBe(latinText.normalize('NFC'))

    const japanese = await japanesePdf(['記者は東京で港湾の資料を調べた。', '二頁目：税関の記録'])
    const { document } = await importPdf(core, 'tokyo.pdf', japanese)
    const doc = await core.handlers['documents.get']({ id: document.id })
    expect(doc.pages).toHaveLength(2)
    expect(doc.text.slice(doc.pages[0]!.start, doc.pages[0]!.end)).toContain('記者は東京で港湾の資料を調べた。')
    expect(doc.text.slice(doc.pages[1]!.start, doc.pages[1]!.end)).toContain('二頁目：税関の記録')
    // The search index splits words at spaces and punctuation (it does not segment Japanese): a prefix finds 税関の記録.
    const { hits } = await core.handlers['search.query']({ query: '税関*' })
    expect(hits.find((hit) => hit.kind === 'document')).toMatchObject({ id: doc.id, pageIndex: 1 })
  })

  it('reads a rotated page like any other', async () => {
    const core = await openCase()
    const { document } = await importPdf(core, 'rotated.pdf', await rotatePage(memo, 1, 90))
    const doc = await core.handlers['documents.get']({ id: document.id })
    expect(doc.text.slice(doc.pages[1]!.start, doc.pages[1]!.end).replace(/\s+/g, ' ').trim()).toBe(MEMO_PAGES[1])
  })

  it('takes the title from the file name when the PDF has none', async () => {
    const core = await openCase()
    const { document } = await importPdf(core, 'Night shipments 2025.pdf', await textPdf(['Untitled notes on the night shipments at the harbour.']))
    expect(document).toMatchObject({ title: 'Night shipments 2025', author: null })
  })

  it('keeps a scan (pages without text) and marks it as needing OCR', async () => {
    const core = await openCase()
    const { document } = await importPdf(core, 'scan.pdf', await scanLikePdf(3))
    expect(document).toMatchObject({ pageCount: 3, textStatus: 'needs_ocr', kind: 'memo' })
    expect((await core.handlers['documents.list']({})).map((doc) => doc.id)).toEqual([document.id])
  })

  it('refuses damaged, truncated, empty and fake PDFs with a sentence, and writes nothing', async () => {
    const core = await openCase()
    const cases: [string, Uint8Array, string, RegExp][] = [
      ['damaged.pdf', corruptMiddle(memo), 'corrupt_file', /“damaged\.pdf” is damaged/],
      ['half.pdf', truncatedPdf(memo), 'corrupt_file', /“half\.pdf” is damaged or incomplete/],
      ['letter.pdf', new TextEncoder().encode('Dear editor, this is a plain letter saved with the wrong name.'), 'corrupt_file', /“letter\.pdf” is not a PDF/],
      ['empty.pdf', new Uint8Array(), 'empty_file', /“empty\.pdf” is empty/]
    ]
    for (const [name, bytes, code, message] of cases) {
      const error = await failure(importPdf(core, name, bytes))
      expect(error.code, name).toBe(code)
      expect(error.message).toMatch(message)
      expect(error.message.split(/(?<=\.) /).length, error.message).toBeLessThanOrEqual(3)
    }
    expect(rowCounts(core)).toEqual(NOTHING)
  })

  it('accepts junk before the PDF header, as PDF readers do', async () => {
    const core = await openCase()
    const prefixed = Buffer.concat([Buffer.from('Mail gateway banner: scanned for viruses\r\n'), memo])
    const { document } = await importPdf(core, 'forwarded.pdf', prefixed)
    expect(document.pageCount).toBe(4)
  })

  it('refuses a file over 50 MB before reading it', async () => {
    const core = await openCase()
    const huge = Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x20)
    huge.write('%PDF-1.7\n')
    const error = await failure(importDocument(core.currentDb()!, { name: 'huge.pdf', bytes: huge }))
    expect(error.code).toBe('too_large')
    expect(error.message).toMatch(/“huge\.pdf” is 50\.0 MB; Casefile imports files up to 50 MB/)
  })

  it('refuses a PDF with more pages than allowed, naming the limit', async () => {
    const core = await openCase()
    const error = await failure(importDocument(core.currentDb()!, { name: 'bound.pdf', bytes: memo }, { maxPages: 3 }))
    expect(error.code).toBe('too_large')
    expect(error.message).toMatch(/“bound\.pdf” has 4 pages; Casefile imports PDFs of up to 5,000 pages/)
    expect(rowCounts(core)).toEqual(NOTHING)
  })

  it('asks for the password of a protected PDF, refuses a wrong one, imports with the right one and never stores it', async () => {
    const core = await openCase()
    const password = 'quay-7-lantern'
    const sealed = await textPdf(['Sealed page: the harbour master’s second account at the coastal bank.'], { userPassword: password })

    const missing = await failure(importPdf(core, 'sealed.pdf', sealed))
    expect(missing.code).toBe('password_required')
    expect(missing.message).toBe('“sealed.pdf” is protected by a password. Enter it to import the file.')

    const wrong = await failure(importPdf(core, 'sealed.pdf', sealed, { password: 'quay-8-lantern' }))
    expect(wrong.code).toBe('wrong_password')
    expect(wrong.message).toMatch(/That password does not open “sealed\.pdf”/)
    expect(rowCounts(core)).toEqual(NOTHING)

    const { status, document } = await importPdf(core, 'sealed.pdf', sealed, { password })
    expect(status).toBe('imported')
    const doc = await core.handlers['documents.get']({ id: document.id })
    expect(doc.text).toContain('second account at the coastal bank')
    expect(doc.pdf?.encrypted).toBe(true)

    const path = (await core.handlers['app.info']({})).openCase!.path
    await core.handlers['cases.close']({})
    for (const file of [path, `${path}-wal`]) {
      if (existsSync(file)) expect(readFileSync(file).includes(password)).toBe(false)
    }
  })

  it('never runs JavaScript embedded in a PDF, and imports its text', async () => {
    const core = await openCase()
    const marker = join(core.dir, 'script-ran.txt')
    const script = [
      `try { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') } catch (e) {}`,
      'try { globalThis.casefileScriptRan = true } catch (e) {}',
      'app.alert("hello from the PDF")'
    ].join('\n')
    const { document } = await importPdf(core, 'active.pdf', await withJavaScript(memo, script))
    expect(document.pageCount).toBe(4)
    expect((await core.handlers['documents.get']({ id: document.id })).text).toContain('dredging contractor')
    expect(existsSync(marker)).toBe(false)
    expect((globalThis as { casefileScriptRan?: boolean }).casefileScriptRan).toBeUndefined()
  })
})

describe('long PDF imports: budgets, progress and cancelling', () => {
  let filing: Buffer

  beforeAll(async () => {
    filing = await longPdf(600, (page) => `Filing page ${page}. ${'The court record lists every transfer by date and amount. '.repeat(12)}`)
  }, 60_000)

  it('stops a PDF that overruns its time budget, naming the file and the budget, and writes nothing', async () => {
    const core = await openCase()
    const started = Date.now()
    const error = await failure(importDocument(core.currentDb()!, { name: 'filing.pdf', bytes: filing }, { budget: { openMs: 50, perPageMs: 0 } }))
    expect(error.code).toBe('timeout')
    expect(error.message).toMatch(/Reading “filing\.pdf” took longer than the 0\.05 s Casefile allows/)
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(rowCounts(core)).toEqual(NOTHING)

    // The pool replaces the stopped thread: the next import works.
    const { document } = await importPdf(core, 'small.pdf', await textPdf(['After the timeout, a short note on the harbour.']))
    expect(document.pageCount).toBe(1)
  })

  it('reports progress page by page and forgets the import when it ends', async () => {
    const core = await openCase()
    const seen: { stage: string; page: number; pageCount: number }[] = []
    const running = importPdf(core, 'filing.pdf', filing, { importId: 'filing-1' })
    let finished = false
    void running.finally(() => (finished = true))
    while (!finished) {
      const progress = await core.handlers['documents.importProgress']({ importId: 'filing-1' })
      if (progress) seen.push(progress)
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    const { document } = await running
    expect(document.pageCount).toBe(600)
    const reading = seen.filter((progress) => progress.stage === 'extracting' && progress.page > 0)
    expect(reading.length).toBeGreaterThan(2)
    expect(reading.every((progress) => progress.pageCount === 600)).toBe(true)
    const pages = reading.map((progress) => progress.page)
    expect(pages).toEqual([...pages].sort((a, b) => a - b))
    expect(seen[0]).toMatchObject({ importId: 'filing-1', fileName: 'filing.pdf' })
    expect(await core.handlers['documents.importProgress']({ importId: 'filing-1' })).toBeNull()
  })

  it('cancels an import mid-file: it fails with “cancelled” and the case is unchanged', async () => {
    const core = await openCase()
    await importPdf(core, 'harbour.pdf', await textPdf(['A document that was here before.']))
    const before = { counts: await core.handlers['cases.counts']({}), rows: rowCounts(core) }

    const running = importPdf(core, 'filing.pdf', filing, { importId: 'cancel-me' })
    const outcome = running.then(
      () => null,
      (error: unknown) => error
    )
    for (;;) {
      const progress = await core.handlers['documents.importProgress']({ importId: 'cancel-me' })
      if (progress && progress.page >= 5) break
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    expect(await core.handlers['documents.cancelImport']({ importId: 'cancel-me' })).toBeNull()
    const error = await outcome
    expect(error).toBeInstanceOf(CasefileError)
    expect(error).toMatchObject({ code: 'cancelled', message: 'The import of “filing.pdf” was cancelled; nothing of it was saved.' })
    expect(await core.handlers['cases.counts']({})).toEqual(before.counts)
    expect(rowCounts(core)).toEqual(before.rows)
    expect(await core.handlers['documents.importProgress']({ importId: 'cancel-me' })).toBeNull()
  })

  it('stores nothing when the case is closed while a PDF is being read', async () => {
    const core = await openCase()
    const path = (await core.handlers['app.info']({})).openCase!.path
    const running = importPdf(core, 'filing.pdf', filing, { importId: 'closing' })
    const outcome = running.then(
      () => null,
      (error: unknown) => error
    )
    while (!(await core.handlers['documents.importProgress']({ importId: 'closing' }))?.page) {
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    await core.handlers['cases.close']({})
    expect(await outcome).toMatchObject({ code: 'cancelled' })
    await core.handlers['cases.open']({ path })
    expect(rowCounts(core)).toEqual(NOTHING)
  })

  it('imports a 2,000-page PDF', async () => {
    const core = await openCase()
    const thick = await longPdf(2_000, (page) => `Exhibit page ${page}: ${'transfer records and dates. '.repeat(6)}`)
    const { document } = await importPdf(core, 'exhibits.pdf', thick)
    expect(document.pageCount).toBe(2_000)
    const doc = await core.handlers['documents.get']({ id: document.id })
    expect(doc.text.slice(doc.pages[1_999]!.start, doc.pages[1_999]!.end)).toMatch(/^Exhibit page 2000: transfer records/)
    const { hits } = await core.handlers['search.query']({ query: '"exhibit page 1234"' })
    expect(hits.find((hit) => hit.kind === 'document')).toMatchObject({ id: doc.id, pageIndex: 1_233 })
  }, 120_000)
})
