// The browser shell: the built renderer and POST /api/<method> over the same handler table as the
// desktop app, on loopback only. Every API call needs the per-launch token; the Host header must
// name this server (against DNS rebinding); files are served only from inside the build folder.
import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { MAX_IMPORT_BYTES, type Handlers } from '../../shared/api'
import { CONTENT_SECURITY_POLICY } from '../security'
import { dispatch } from '../core/dispatch'

export interface BridgeOptions {
  handlers: Handlers
  /** The built renderer (out/renderer). */
  staticDir: string
  port?: number
  token?: string
}

export interface Bridge {
  server: Server
  port: number
  token: string
  /** The address to open in a browser: it carries the token once, then a cookie does. */
  url: string
  close(): Promise<void>
}

const COOKIE = 'casefile_token'
const MAX_BODY_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.map': 'application/json'
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const root = resolve(options.staticDir)
  let port = 0

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error('[casefile bridge]', error)
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error')
      else response.destroy()
    })
  })

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response)
    if (!hostAllowed(request.headers.host, port)) return send(response, 421, 'text/plain; charset=utf-8', 'Unknown host')
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST')
      if (!authorised(request, token)) return sendJson(response, 401, { ok: false, error: { code: 'invalid_argument', message: 'This page is not signed in to Casefile. Open the address Casefile printed when it started.' } })
      const origin = request.headers.origin
      if (origin && !hostAllowed(origin.replace(/^https?:\/\//, ''), port)) return send(response, 403, 'text/plain; charset=utf-8', 'Cross-origin request refused')
      const body = await readBody(request, MAX_BODY_BYTES)
      if (body === null) return sendJson(response, 413, { ok: false, error: { code: 'too_large', message: 'That request is larger than Casefile accepts.' } })
      let arg: unknown
      try {
        arg = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return sendJson(response, 400, { ok: false, error: { code: 'invalid_argument', message: 'The request was not valid JSON.' } })
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length))
      // A page may not pick a file on disk to write: the browser shell downloads exports instead
      // (export.render), and the desktop app writes only where the user chose in its Save dialog.
      if (method === 'export.save') {
        return sendJson(response, 200, { ok: false, error: { code: 'forbidden', message: 'In the browser, exports are downloaded: use Markdown, HTML or Word.' } })
      }
      return sendJson(response, 200, await dispatch(options.handlers, method, arg))
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed')

    // The token arrives once in the address; trade it for a same-site cookie and drop it from the URL.
    const offered = url.searchParams.get('token')
    if (offered !== null) {
      if (!safeEqual(offered, token)) return send(response, 401, 'text/plain; charset=utf-8', 'Wrong or expired Casefile address. Use the one printed at start.')
      url.searchParams.delete('token')
      response.setHeader('Set-Cookie', `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Strict`)
      response.setHeader('Location', url.pathname + url.search)
      response.statusCode = 303
      response.end()
      return
    }

    serveStatic(root, url.pathname, response)
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise())
  })
  port = (server.address() as AddressInfo).port
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () => new Promise((done) => server.close(() => done()))
  }
}

function serveStatic(root: string, pathname: string, response: ServerResponse): void {
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    return send(response, 400, 'text/plain; charset=utf-8', 'Bad path')
  }
  if (relative.includes('\0')) return send(response, 400, 'text/plain; charset=utf-8', 'Bad path')
  let file = resolve(root, normalize(`.${sep}${relative}`))
  if (file !== root && !file.startsWith(root + sep)) return send(response, 403, 'text/plain; charset=utf-8', 'Forbidden')
  let stats = statOrNull(file)
  if (stats?.isDirectory()) {
    file = join(file, 'index.html')
    stats = statOrNull(file)
  }
  if (!stats?.isFile()) {
    // Unknown paths without an extension get the app itself (client-side routes).
    if (extname(file) === '') {
      file = join(root, 'index.html')
      stats = statOrNull(file)
    }
    if (!stats?.isFile()) return send(response, 404, 'text/plain; charset=utf-8', 'Not found')
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stats.size,
    'Cache-Control': 'no-cache'
  })
  createReadStream(file).pipe(response)
}

function statOrNull(file: string) {
  try {
    return statSync(file)
  } catch {
    return null
  }
}

/** Only this server's own names: 127.0.0.1:port or localhost:port. */
export function hostAllowed(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}

function authorised(request: IncomingMessage, token: string): boolean {
  const header = request.headers['x-casefile-token']
  if (typeof header === 'string' && safeEqual(header, token)) return true
  const cookie = request.headers.cookie ?? ''
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(cookie)
  return match ? safeEqual(match[1]!, token) : false
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
  response.setHeader('X-Content-Type-Options', 'nosniff')
  response.setHeader('Referrer-Policy', 'no-referrer')
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      else chunks.push(chunk)
    })
    request.on('end', () => resolvePromise(tooLarge ? null : Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type })
  response.end(body)
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value))
}
