// A few PDF worker threads shared by every import in the process, so that a folder of PDFs uses
// every core and pdf.js is loaded once per thread rather than once per file. Each job runs on one
// thread under a time and a memory budget; overrunning either, or being cancelled, terminates that
// thread (the only way to stop pdf.js mid-page) and the next job starts a fresh one. Idle threads
// do not keep the process alive and are ended after a while.
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { CasefileError, type ErrorPayload } from '../../../../shared/errors'
import { pdfErrors } from './errors'
import { DEFAULT_PDF_BUDGET, timeBudgetMs, type PdfTimeBudget } from './limits'
import type { PdfExtraction, PdfJob, WorkerMessage } from './protocol'
import { startPdfWorker } from './workerThread'

export interface PoolOptions {
  /** Threads at most (default: the machine's cores, 1 to 4). */
  size?: number
  /** Memory of each thread in MB: its heap, and apart from that its decoded buffers. */
  memoryMb?: number
  /** How long an idle thread is kept for the next file. */
  idleMs?: number
}

export interface ExtractOptions {
  /** Time budget (openMs, perPageMs); memory is the pool's. */
  budget?: PdfTimeBudget
  signal?: AbortSignal
  onPage?: (page: number, pageCount: number) => void
}

interface Thread {
  worker: Worker
  idleTimer: NodeJS.Timeout | null
}

/** How often a running job's memory outside the heap is checked. */
const MEMORY_CHECK_MS = 200

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(4, availableParallelism()))
}

export class PdfWorkerPool {
  readonly size: number
  readonly memoryMb: number
  private readonly idleMs: number
  private readonly idle: Thread[] = []
  private running = 0
  private readonly waiting: (() => void)[] = []
  private closed = false

  constructor(options: PoolOptions = {}) {
    this.size = options.size ?? defaultPoolSize()
    this.memoryMb = options.memoryMb ?? DEFAULT_PDF_BUDGET.memoryMb
    this.idleMs = options.idleMs ?? 30_000
  }

  /** Extracts one PDF on a worker thread. Rejects with a CasefileError saying why it could not. */
  async extract(job: PdfJob, options: ExtractOptions = {}): Promise<PdfExtraction> {
    if (this.closed) throw new Error('The PDF worker pool is closed.')
    await this.takeTurn(job.fileName, options.signal)
    try {
      const thread = await this.takeThread()
      if (options.signal?.aborted) {
        this.putBack(thread)
        throw CasefileError.fromPayload(pdfErrors.cancelled(job.fileName))
      }
      return await this.runOn(thread, job, options)
    } finally {
      this.running--
      this.waiting.shift()?.()
    }
  }

  /** Threads waiting for the next file (for tests and the benchmark). */
  get idleThreads(): number {
    return this.idle.length
  }

  /** Ends every idle thread (busy ones end with their job). */
  close(): void {
    this.closed = true
    for (const thread of this.idle.splice(0)) this.end(thread)
  }

  private takeTurn(fileName: string, signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(CasefileError.fromPayload(pdfErrors.cancelled(fileName)))
    if (this.running < this.size) {
      this.running++
      return Promise.resolve()
    }
    return new Promise((resolve, reject) => {
      const go = () => {
        signal?.removeEventListener('abort', onAbort)
        this.running++
        resolve()
      }
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(go), 1)
        reject(CasefileError.fromPayload(pdfErrors.cancelled(fileName)))
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      this.waiting.push(go)
    })
  }

  private async takeThread(): Promise<Thread> {
    const thread = this.idle.pop()
    if (thread) {
      if (thread.idleTimer) clearTimeout(thread.idleTimer)
      thread.idleTimer = null
      return thread
    }
    return this.spawn()
  }

  private spawn(): Promise<Thread> {
    return new Promise((resolve, reject) => {
      let worker: Worker
      try {
        worker = startPdfWorker({ maxOldGenerationSizeMb: this.memoryMb })
      } catch (error) {
        reject(unavailable(error))
        return
      }
      const thread: Thread = { worker, idleTimer: null }
      // A thread may still report an error while it is being terminated; never let that throw.
      worker.on('error', () => {})
      // A thread that ends while idle (it should not) must not be handed the next job.
      worker.on('exit', () => {
        const index = this.idle.indexOf(thread)
        if (index !== -1) this.idle.splice(index, 1)
        if (thread.idleTimer) clearTimeout(thread.idleTimer)
      })
      const settle = () => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
      }
      const onMessage = (message: WorkerMessage) => {
        if (message.type !== 'ready') return
        settle()
        resolve(thread)
      }
      const onError = (error: Error) => {
        settle()
        void worker.terminate()
        reject(unavailable(error))
      }
      const onExit = (code: number) => {
        settle()
        reject(unavailable(new Error(`it exited with code ${code}`)))
      }
      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
    })
  }

  private runOn(thread: Thread, job: PdfJob, options: ExtractOptions): Promise<PdfExtraction> {
    const { worker } = thread
    const budget = options.budget ?? DEFAULT_PDF_BUDGET
    const { signal, onPage } = options
    const started = performance.now()
    worker.ref()

    return new Promise<PdfExtraction>((resolve, reject) => {
      let settled = false
      let deadline: NodeJS.Timeout | null = null
      // The budget starts at the job and grows once the page count is known.
      const arm = (pageCount: number | null) => {
        if (deadline) clearTimeout(deadline)
        const allowed = timeBudgetMs(budget, pageCount)
        deadline = setTimeout(() => fail(pdfErrors.timeout(job.fileName, allowed), true), Math.max(0, allowed - (performance.now() - started)))
      }
      // The heap is capped by the thread's resourceLimits; decoded streams live outside it, so
      // they are watched here (a small file can inflate to gigabytes).
      const memoryWatch = setInterval(() => {
        worker.getHeapStatistics().then(
          (heap) => heap.external_memory > this.memoryMb * 1048576 && fail(pdfErrors.outOfMemory(job.fileName, this.memoryMb), true),
          () => {}
        )
      }, MEMORY_CHECK_MS)
      const settle = (): boolean => {
        if (settled) return false
        settled = true
        if (deadline) clearTimeout(deadline)
        clearInterval(memoryWatch)
        signal?.removeEventListener('abort', onAbort)
        worker.off('message', onMessage)
        worker.off('error', onError)
        worker.off('exit', onExit)
        return true
      }
      const fail = (error: ErrorPayload, stopThread: boolean) => {
        if (!settle()) return
        if (stopThread) this.end(thread)
        else this.putBack(thread)
        reject(CasefileError.fromPayload(error))
      }
      const onMessage = (message: WorkerMessage) => {
        switch (message.type) {
          case 'opened':
            arm(message.pageCount)
            onPage?.(0, message.pageCount)
            break
          case 'page':
            onPage?.(message.page, message.pageCount)
            break
          case 'done':
            if (!settle()) return
            this.putBack(thread)
            resolve(message.extraction)
            break
          case 'failed':
            fail(message.error, false)
            break
        }
      }
      const onError = (error: Error & { code?: string }) =>
        fail(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? pdfErrors.outOfMemory(job.fileName, this.memoryMb)
            : pdfErrors.workerFailed(job.fileName, error.message),
          true
        )
      const onExit = (code: number) => fail(pdfErrors.workerFailed(job.fileName, `exit code ${code}`), true)
      const onAbort = () => fail(pdfErrors.cancelled(job.fileName), true)

      worker.on('message', onMessage)
      worker.on('error', onError)
      worker.on('exit', onExit)
      signal?.addEventListener('abort', onAbort, { once: true })
      arm(null)
      // pdf.js takes ownership of the bytes it parses: it gets its own copy, moved rather than cloned.
      const bytes = new Uint8Array(job.bytes)
      worker.postMessage({ ...job, bytes } satisfies PdfJob, [bytes.buffer])
    })
  }

  /** Back to the idle list, not keeping the process alive, ended if unused for a while. */
  private putBack(thread: Thread): void {
    if (this.closed) {
      this.end(thread)
      return
    }
    thread.worker.unref()
    thread.idleTimer = setTimeout(() => this.end(thread), this.idleMs)
    thread.idleTimer.unref()
    this.idle.push(thread)
  }

  private end(thread: Thread): void {
    if (thread.idleTimer) clearTimeout(thread.idleTimer)
    void thread.worker.terminate()
  }
}

function unavailable(error: unknown): Error {
  return new CasefileError('internal', `Casefile could not start its PDF reader: ${(error as Error)?.message ?? String(error)}.`)
}

let shared: PdfWorkerPool | null = null

/** The process's pool, created on first use. */
export function pdfPool(): PdfWorkerPool {
  shared ??= new PdfWorkerPool()
  return shared
}
