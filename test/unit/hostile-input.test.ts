// Hostile input: random bytes, truncated and bit-flipped PDFs, HTML thousands of levels deep,
// gigantic single lines, archives, and file names with path traversal, control characters and
// reserved names. Each input is imported or refused with a clear error (a known code and a
// sentence, never "unexpected problem"), within a time budget, and the case stays whole.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkCase } from '../../src/main/core/maintenance/check'
import { textPdf } from '../helpers/pdfs'
import { b64, tempCore } from './helpers/tmp'

/** Slowest a single hostile file may take before the suite calls it a hang. */
const BUDGET_MS = 15_000

function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Outcome {
  name: string
  result: 'imported' | 'duplicate' | 'refused'
  code?: string
  ms: number
}

const tally = { inputs: 0, imported: 0, refused: 0 }

async function feed(core: ReturnType<typeof tempCore>, name: string, bytes: Uint8Array): Promise<Outcome> {
  const started = performance.now()
  try {
    const outcome = await core.handlers['documents.import']({ name, data: b64(bytes) })
    tally.inputs++
    tally.imported++
    return { name, result: outcome.status, ms: performance.now() - started }
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string }
    tally.inputs++
    tally.refused++
    // A clear refusal: one of our codes, a sentence, never an internal failure or a stack.
    expect(code, `${name}: ${message}`).toBeDefined()
    expect(code, `${name}: ${message}`).not.toBe('internal')
    expect(message, name).toMatch(/^[“A-Z"].+[.!?]$/s)
    expect(message, name).not.toMatch(/\n\s+at /)
    return { name, result: 'refused', code, ms: performance.now() - started }
  } finally {
    expect(performance.now() - started, `${name} took too long`).toBeLessThan(BUDGET_MS)
  }
}

function expectCaseWhole(core: ReturnType<typeof tempCore>) {
  expect(checkCase(core.currentDb()!)).toEqual({ ok: true, problems: [] })
}

describe('hostile input', () => {
  it('random bytes under every accepted extension are imported or refused clearly', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Random bytes' })
    const random = seeded(7)
    for (const extension of ['txt', 'md', 'html', 'pdf']) {
      for (let n = 0; n < 12; n++) {
        const bytes = Uint8Array.from({ length: 1 + Math.floor(random() * 20_000) }, () => Math.floor(random() * 256))
        await feed(core, `random-${n}.${extension}`, bytes)
      }
    }
    expectCaseWhole(core)
  }, 120_000)

  it('truncated and bit-flipped PDFs are imported or refused clearly, and nothing half-written stays', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Damaged PDFs' })
    const pdf = await textPdf(['First page of a memo about staffing.', 'Second page with the incident count.', 'Third page, signed.'])
    const random = seeded(11)
    const outcomes: Outcome[] = []
    for (let n = 0; n < 15; n++) {
      outcomes.push(await feed(core, `truncated-${n}.pdf`, pdf.subarray(0, Math.floor(random() * pdf.length))))
    }
    for (let n = 0; n < 25; n++) {
      const flipped = Buffer.from(pdf)
      for (let flips = 0; flips < 1 + Math.floor(random() * 8); flips++) {
        const at = Math.floor(random() * flipped.length)
        flipped[at] = flipped[at]! ^ (1 << Math.floor(random() * 8))
      }
      outcomes.push(await feed(core, `flipped-${n}.pdf`, flipped))
    }
    expect(outcomes.some((outcome) => outcome.result === 'refused')).toBe(true)
    // Whatever was imported is a whole document: listed, with its pages and original bytes.
    const counts = core.currentDb()!.prepare(
      `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM document_originals) AS originals,
              (SELECT count(DISTINCT document_id) FROM pages) AS paged`
    ).get() as { documents: number; originals: number; paged: number }
    expect(counts.originals).toBe(counts.documents)
    expect(counts.paged).toBe(counts.documents)
    expectCaseWhole(core)
  }, 180_000)

  it('HTML nested thousands of levels deep, gigantic single lines and archives', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Odd shapes' })
    const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}Deep text about the memo.${'</div>'.repeat(depth)}</body></html>`
    // Deep but readable: imported (the text without Readability's guesswork, which grows with depth).
    expect(await feed(core, 'deep-300.html', Buffer.from(nested(300)))).toMatchObject({ result: 'imported' })
    // Thousands of levels: refused in a moment rather than minutes of parsing.
    expect(await feed(core, 'deep.html', Buffer.from(nested(20_000)))).toMatchObject({ result: 'refused', code: 'corrupt_file' })
    const unclosed = `<html><body>${'<b><i>'.repeat(30_000)}Unclosed tags everywhere.</body></html>`
    expect(await feed(core, 'unclosed.html', Buffer.from(unclosed))).toMatchObject({ result: 'refused' })
    const line = await feed(core, 'one-line.txt', Buffer.from(`Wordy ${'memo incident count '.repeat(500_000)}end`))
    expect(line.result).toBe('imported')
    expect((await core.handlers['search.query']({ query: 'wordy' })).hits.length).toBeGreaterThan(0)
    const hugeLine = await feed(core, 'huge.txt', Buffer.alloc(51 * 1024 * 1024, 'a'))
    expect(hugeLine).toMatchObject({ result: 'refused', code: 'too_large' })
    // A zip (or a zip bomb) is not a type Casefile imports: refused before anything is unpacked.
    const zip = Buffer.from('504b0304140000000800000000000000000000000000000000000000', 'hex')
    expect(await feed(core, 'bomb.zip', zip)).toMatchObject({ result: 'refused', code: 'unsupported_type' })
    expectCaseWhole(core)
  }, 120_000)

  it('file names with traversal, control characters and reserved names write nothing outside the case', async () => {
    const core = tempCore()
    const { path } = await core.handlers['cases.create']({ title: 'Names' })
    const before = readdirSync(core.dir, { recursive: true }).length
    const names = [
      '../../../../etc/passwd.txt',
      '..\\..\\windows\\system32\\notes.txt',
      'con.txt',
      'NUL.md',
      'memo\u0000.txt',
      'tab\tand\nnewline.txt',
      '\u202ecod.txt',
      `${'x'.repeat(900)}.txt`,
      '.hidden.txt',
      'trailing dot..txt'
    ]
    for (const [index, name] of names.entries()) {
      const outcome = await feed(core, name, Buffer.from(`A note numbered ${index} about the same story.`))
      if (outcome.result === 'imported') {
        const [document] = await core.handlers['documents.list']({})
        const detail = await core.handlers['documents.get']({ id: document!.id })
        expect(detail.sourceName).not.toMatch(/[/\\\u0000-\u001f]/)
      }
    }
    // Only the case's own files changed: nothing was written beside or above it.
    const files = readdirSync(core.dir, { recursive: true }).map(String)
    expect(files.length - before).toBeLessThanOrEqual(2) // the write-ahead log and its index at most
    expect(files.filter((file) => !file.startsWith('cases') && !file.startsWith('settings'))).toEqual([])
    expect(path.startsWith(join(core.dir, 'cases'))).toBe(true)
    expectCaseWhole(core)
    console.log(`hostile input: ${tally.inputs} inputs so far, ${tally.imported} imported, ${tally.refused} refused with a clear error`)
  })
})
