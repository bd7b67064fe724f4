// The renderer's typed API client. In the desktop app the preload exposes `window.casefile.invoke`
// (IPC); in a browser the same calls go to the loopback bridge as POST /api/<method>.
import { METHODS, type Client, type Method } from '../../../shared/api'
import type { DesktopBridge } from '../../../shared/desktop'
import { CasefileError, type ApiResponse } from '../../../shared/errors'

declare global {
  interface Window {
    casefile?: DesktopBridge
  }
}

async function overHttp(method: string, arg: unknown): Promise<ApiResponse<unknown>> {
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(arg ?? {})
  })
  try {
    return (await response.json()) as ApiResponse<unknown>
  } catch {
    return { ok: false, error: { code: 'internal', message: `Casefile’s local server answered ${response.status}.` } }
  }
}

async function call(method: Method, arg: unknown): Promise<unknown> {
  const transport = window.casefile ? window.casefile.invoke : overHttp
  let response: ApiResponse<unknown>
  try {
    response = await transport(method, arg)
  } catch {
    throw new CasefileError('internal', 'Casefile’s core is not answering. Restart Casefile; your saved work is safe.')
  }
  if (!response.ok) throw CasefileError.fromPayload(response.error)
  return response.result
}

/** Methods that only read the case or the app's state. */
export const READ_METHODS: ReadonlySet<Method> = new Set<Method>([
  'app.info',
  'documents.list',
  'documents.get',
  'passages.listForDocument',
  'questions.list',
  'questions.get',
  'search.query',
  'search.inDocument'
])

/**
 * Identical reads made while one is in flight share its answer: on a large case several panes ask
 * for the same multi-megabyte list at once (the navigator's list and counts, the empty reader), and
 * the core would build and send it once per pane. Any other call (a change) stops the sharing, so
 * a read started after a change never receives an answer from before it.
 */
export function sharingReads(send: (method: Method, arg: unknown) => Promise<unknown>): (method: Method, arg: unknown) => Promise<unknown> {
  const inFlight = new Map<string, Promise<unknown>>()
  return (method, arg) => {
    if (!READ_METHODS.has(method)) {
      inFlight.clear()
      return send(method, arg)
    }
    const key = `${method} ${JSON.stringify(arg ?? {})}`
    const shared = inFlight.get(key)
    if (shared) return shared
    const answer = send(method, arg).finally(() => {
      if (inFlight.get(key) === answer) inFlight.delete(key)
    })
    inFlight.set(key, answer)
    return answer
  }
}

const request = sharingReads(call)

export const api = Object.fromEntries(METHODS.map((method) => [method, (arg: unknown) => request(method, arg)])) as Client
