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

export const api = Object.fromEntries(METHODS.map((method) => [method, (arg: unknown) => call(method, arg)])) as Client
