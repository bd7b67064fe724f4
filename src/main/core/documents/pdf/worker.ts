// Entry of a PDF worker thread: loads pdf.js once, then extracts one PDF per job message, posting
// progress after each page. The pool (pool.ts) terminates the thread when a job overruns its time
// budget or is cancelled; its heap is capped by the thread's resourceLimits.
import { parentPort } from 'node:worker_threads'
import { extractPdf, loadPdfjs, PdfReadError } from './extractPdf'
import type { PdfJob, WorkerMessage } from './protocol'

const port = parentPort
if (!port) throw new Error('The PDF worker runs only as a worker thread.')
const post = (message: WorkerMessage) => port.postMessage(message)

// pdf.js leaves some internal promises unhandled on damaged files (a bad cross-reference entry
// while it rebuilds the table). Whatever they break surfaces as an error of the job itself, so they
// must not end the thread, which would be reported as a crash.
process.on('unhandledRejection', () => {})

port.on('message', (job: PdfJob) => {
  extractPdf(job, {
    opened: (pageCount) => post({ type: 'opened', pageCount }),
    page: (page, pageCount) => post({ type: 'page', page, pageCount })
  }).then(
    (extraction) => post({ type: 'done', extraction }),
    (error: unknown) => {
      const payload =
        error instanceof PdfReadError
          ? error.payload
          : { code: 'internal' as const, message: `Casefile could not read “${job.fileName}”: ${(error as Error)?.message ?? String(error)}` }
      post({ type: 'failed', error: payload })
    }
  )
})

// If pdf.js cannot load, fail the thread: the pool reports that its PDF reader could not start.
loadPdfjs().then(
  () => post({ type: 'ready' }),
  (error: unknown) =>
    process.nextTick(() => {
      throw error
    })
)
