// Passages on PDFs: offsets in the document text plus the highlight's rectangles in PDF points.
import { describe, expect, it } from 'vitest'
import { CasefileError } from '../../src/shared/errors'
import type { PdfRect } from '../../src/shared/models'
import { dispatch } from '../../src/main/core/dispatch'
import { textPdf } from '../helpers/pdfs'
import { b64, tempCore } from './helpers/tmp'

const PAGES = [
  'The first page names the shipping agent who signed for the containers in January.',
  'The second page lists the warehouse where the containers were opened at night.'
]

async function caseWithPdf() {
  const core = tempCore()
  const info = await core.handlers['cases.create']({ title: 'PDF passages' })
  const pdf = await textPdf(PAGES)
  const { document } = await core.handlers['documents.import']({ name: 'shipping.pdf', data: b64(pdf) })
  const doc = await core.handlers['documents.get']({ id: document.id })
  return { core, path: info.path, doc }
}

async function codeOf(action: Promise<unknown>): Promise<string> {
  try {
    await action
  } catch (error) {
    if (error instanceof CasefileError) return `${error.code}: ${error.message}`
    throw error
  }
  return 'created'
}

describe('passages on PDFs', () => {
  it('stores the highlight rectangles (over two pages) and gets them back after the case is reopened', async () => {
    const { core, path, doc } = await caseWithPdf()
    const start = doc.text.indexOf('signed for the containers')
    const end = doc.text.indexOf('were opened') + 'were opened'.length
    const rects: PdfRect[] = [
      { pageIndex: 0, x1: 301.5, y1: 702.25, x2: 540, y2: 716.1 },
      { pageIndex: 1, x1: 72, y1: 702.25, x2: 388.75, y2: 716.1 }
    ]
    const passage = await core.handlers['passages.create']({ documentId: doc.id, start, end, rects })
    expect(passage).toMatchObject({ pageIndex: 0, rects, anchor: 'anchored' })
    expect(passage.exact).toContain(PAGES[0]!.slice(-20))

    const onPageTwo = doc.text.indexOf('warehouse')
    const second = await core.handlers['passages.create']({
      documentId: doc.id,
      start: onPageTwo,
      end: onPageTwo + 'warehouse'.length,
      rects: [{ pageIndex: 1, x1: 150, y1: 702, x2: 210, y2: 716 }]
    })
    expect(second.pageIndex).toBe(1)

    await core.handlers['cases.close']({})
    await core.handlers['cases.open']({ path })
    const listed = await core.handlers['passages.listForDocument']({ documentId: doc.id })
    expect(listed.map((item) => [item.pageIndex, item.rects])).toEqual([
      [0, rects],
      [1, [{ pageIndex: 1, x1: 150, y1: 702, x2: 210, y2: 716 }]]
    ])
  })

  it('refuses rectangles on a page the PDF does not have, or that are not rectangles', async () => {
    const { core, doc } = await caseWithPdf()
    const start = doc.text.indexOf('shipping agent')
    const end = start + 'shipping agent'.length
    const create = (rects: PdfRect[]) => codeOf(Promise.resolve().then(() => core.handlers['passages.create']({ documentId: doc.id, start, end, rects })))

    expect(await create([{ pageIndex: 2, x1: 0, y1: 0, x2: 10, y2: 10 }])).toBe(
      'invalid_argument: The highlight is on page 3, but this PDF has 2 pages. Select the passage again.'
    )
    expect(await create([{ pageIndex: 0, x1: 0, y1: Number.NaN, x2: 10, y2: 10 }])).toMatch(/^invalid_argument: A highlight rectangle/)
    expect(await create([{ pageIndex: 0, x1: 0, y1: 0, x2: Number.POSITIVE_INFINITY, y2: 10 }])).toMatch(/^invalid_argument: A highlight rectangle/)
    expect(await create([{ pageIndex: 0, x1: 20, y1: 0, x2: 10, y2: 10 }])).toMatch(/^invalid_argument: A highlight rectangle/)
    expect(await core.handlers['passages.listForDocument']({ documentId: doc.id })).toEqual([])

    // Over the API, the contract refuses what is not a number before the core sees it.
    const overApi = await dispatch(core.handlers, 'passages.create', {
      documentId: doc.id,
      start,
      end,
      rects: [{ pageIndex: 0, x1: 'left', y1: 0, x2: 10, y2: 10 }]
    })
    expect(overApi).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
  })

  it('refuses rectangles on a text document, and keeps text passages without them', async () => {
    const { core } = await caseWithPdf()
    const { document } = await core.handlers['documents.import']({ name: 'notes.txt', data: b64('Call notes: the agent confirmed the January delivery.') })
    const refused = await codeOf(
      Promise.resolve().then(() =>
        core.handlers['passages.create']({ documentId: document.id, start: 0, end: 10, rects: [{ pageIndex: 0, x1: 0, y1: 0, x2: 10, y2: 10 }] })
      )
    )
    expect(refused).toBe('invalid_argument: Only passages on PDFs have highlight rectangles; this document is text.')
    const plain = await core.handlers['passages.create']({ documentId: document.id, start: 0, end: 10 })
    expect(plain.rects).toBeNull()
  })
})
