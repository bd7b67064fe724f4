// The PDF worker pool: threads reused across files, queueing beyond its size, budgets, cancelling.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CasefileError } from '../../src/shared/errors'
import { describeDuration, timeBudgetMs } from '../../src/main/core/documents/pdf/limits'
import { PdfWorkerPool } from '../../src/main/core/documents/pdf/pool'
import type { PdfJob } from '../../src/main/core/documents/pdf/protocol'
import { compressionBombPdf, longPdf, textPdf } from '../helpers/pdfs'

const pools: PdfWorkerPool[] = []
const newPool = (size: number, memoryMb?: number) => {
  const pool = new PdfWorkerPool({ size, memoryMb })
  pools.push(pool)
  return pool
}
afterEach(() => pools.splice(0).forEach((pool) => pool.close()))

const job = (fileName: string, bytes: Uint8Array, extra: Partial<PdfJob> = {}): PdfJob => ({ fileName, bytes, maxPages: 5_000, ...extra })

async function failure(action: Promise<unknown>): Promise<CasefileError> {
  try {
    await action
  } catch (error) {
    if (error instanceof CasefileError) return error
    throw error
  }
  throw new Error('Expected a failure.')
}

describe('the PDF worker pool', () => {
  let short: Buffer
  let long: Buffer

  beforeAll(async () => {
    short = await textPdf(['A short note about the ferry timetable.', 'Its second page.'])
    long = await longPdf(250, (page) => `Timetable page ${page}. ${'Departures at dawn and at dusk. '.repeat(20)}`)
  }, 60_000)

  it('keeps a thread for the next file, and a failed file does not cost it', async () => {
    const pool = newPool(1)
    expect(pool.idleThreads).toBe(0)
    expect((await pool.extract(job('one.pdf', short))).pageTexts).toHaveLength(2)
    expect(pool.idleThreads).toBe(1)
    const sealed = await textPdf(['Sealed.'], { userPassword: 'ferry' })
    expect((await failure(pool.extract(job('sealed.pdf', sealed)))).code).toBe('password_required')
    expect(pool.idleThreads).toBe(1)
    expect((await pool.extract(job('sealed.pdf', sealed, { password: 'ferry' }))).pageTexts).toEqual(['Sealed.'])
    expect(pool.idleThreads).toBe(1)
  })

  it('reads no more files at once than it has threads; the others wait their turn', async () => {
    const pool = newPool(1)
    const events: string[] = []
    const first = pool.extract(job('long.pdf', long), { onPage: (page) => page === 1 && events.push('long started') }).then(() => events.push('long done'))
    const second = pool.extract(job('short.pdf', short), { onPage: (page) => page === 1 && events.push('short started') }).then(() => events.push('short done'))
    await Promise.all([first, second])
    expect(events).toEqual(['long started', 'long done', 'short started', 'short done'])
  })

  it('drops a file cancelled while it waits for a thread, without reading it', async () => {
    const pool = newPool(1)
    const stop = new AbortController()
    let pagesRead = 0
    const first = pool.extract(job('long.pdf', long))
    const waiting = pool.extract(job('short.pdf', short), { signal: stop.signal, onPage: () => pagesRead++ })
    stop.abort()
    const error = await failure(waiting)
    expect(error).toMatchObject({ code: 'cancelled', message: 'The import of “short.pdf” was cancelled; nothing of it was saved.' })
    expect((await first).pageTexts).toHaveLength(250)
    expect(pagesRead).toBe(0)
  })

  it('ends the thread of a file that overruns its budget, and starts a fresh one for the next', async () => {
    const pool = newPool(1)
    await pool.extract(job('warm-up.pdf', short))
    expect(pool.idleThreads).toBe(1)
    const error = await failure(pool.extract(job('long.pdf', long), { budget: { openMs: 300, perPageMs: 0 } }))
    expect(error.code).toBe('timeout')
    expect(error.message).toMatch(/^Reading “long\.pdf” took longer than the 0\.3 s Casefile allows for it/)
    expect(pool.idleThreads).toBe(0)
    expect((await pool.extract(job('short.pdf', short))).pageTexts).toHaveLength(2)
  })

  it('stops a compression bomb at its memory budget, and reads the next file on a fresh thread', async () => {
    const pool = newPool(1, 96)
    const bomb = await compressionBombPdf(250)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const error = await failure(pool.extract(job('bomb.pdf', bomb)))
    expect(error.code).toBe('too_large')
    expect(error.message).toBe(
      'Reading “bomb.pdf” needed more than the 96 MB of memory Casefile allows for one PDF, so it was stopped and nothing was imported. Split the file, then import the parts.'
    )
    expect(pool.idleThreads).toBe(0)
    expect((await pool.extract(job('short.pdf', short))).pageTexts).toHaveLength(2)
  })

  it('gives a PDF its opening time plus time for each page', () => {
    const budget = { openMs: 60_000, perPageMs: 50 }
    expect(timeBudgetMs(budget, null)).toBe(60_000)
    expect(timeBudgetMs(budget, 2_000)).toBe(160_000)
    expect(describeDuration(160_000)).toBe('2 min 40 s')
    expect(describeDuration(45_000)).toBe('45 s')
    expect(describeDuration(120_000)).toBe('2 min')
    expect(describeDuration(50)).toBe('0.05 s')
  })
})
