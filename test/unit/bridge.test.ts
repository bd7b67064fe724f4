// The browser shell's defences, against the real server over a real core in a temp folder.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core/handlers'
import { startBridge, type Bridge } from '../../src/main/bridge/server'
import { CONTENT_SECURITY_POLICY } from '../../src/main/security'
import { MAX_IMPORT_BYTES } from '../../src/shared/api'

const SECRET = 'reporter notes that must never be served'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

let home: string
let core: Core
let bridge: Bridge

/** A raw HTTP request: the path goes out exactly as given (no URL normalisation by a client). */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: bridge.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${bridge.port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

function callApi(method: string, arg: unknown, headers: Record<string, string> = { 'x-casefile-token': bridge.token }) {
  return send({ method: 'POST', path: `/api/${method}`, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(arg) })
}

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'casefile-bridge-'))
  const staticDir = join(home, 'static')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Casefile</title>')
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("app")')
  // Files beside the build, and in a sibling folder whose name starts like the build's.
  writeFileSync(join(home, 'secret.txt'), SECRET)
  mkdirSync(join(home, 'static-private'))
  writeFileSync(join(home, 'static-private', 'secret.txt'), SECRET)
  core = createCore({
    shell: 'browser',
    version: '0.0.0-test',
    casesDir: join(home, 'cases'),
    settingsDir: join(home, 'settings'),
    resourcesDir: join(home, 'resources')
  })
  bridge = await startBridge({ handlers: core.handlers, staticDir })
})

afterAll(async () => {
  await bridge?.close()
  core?.close()
  rmSync(home, { recursive: true, force: true })
})

describe('browser shell (loopback bridge)', () => {
  it('listens on 127.0.0.1 only', () => {
    const address = bridge.server.address()
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1')
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?token=${bridge.token}`)
    expect(bridge.token.length).toBeGreaterThanOrEqual(32)
  })

  it('refuses API calls without the token', async () => {
    const none = await callApi('app.info', {}, {})
    expect(none.status).toBe(401)
    expect(JSON.parse(none.body).ok).toBe(false)
    const wrong = await callApi('app.info', {}, { 'x-casefile-token': 'x'.repeat(bridge.token.length) })
    expect(wrong.status).toBe(401)
    const wrongCookie = await callApi('app.info', {}, { Cookie: 'casefile_token=guess' })
    expect(wrongCookie.status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const reply = await send({ path: '/', headers: { Host: `attacker.example:${bridge.port}` } })
    expect(reply.status).toBe(421)
    const api = await callApi('app.info', {}, { 'x-casefile-token': bridge.token, Host: 'attacker.example' })
    expect(api.status).toBe(421)
  })

  it('trades the token in the address for a cookie, and the cookie works for the API', async () => {
    const wrong = await send({ path: '/?token=nope' })
    expect(wrong.status).toBe(401)

    const signIn = await send({ path: `/?token=${bridge.token}` })
    expect(signIn.status).toBe(303)
    expect(signIn.headers.location).toBe('/')
    const setCookie = String(signIn.headers['set-cookie'])
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    const cookie = setCookie.split(';')[0]!

    const info = await callApi('app.info', {}, { Cookie: cookie })
    expect(info.status).toBe(200)
    const body = JSON.parse(info.body)
    expect(body).toMatchObject({ ok: true, result: { shell: 'browser', version: '0.0.0-test', openCase: null } })

    const created = await callApi('cases.create', { title: 'Drone memo' }, { Cookie: cookie })
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, result: { title: 'Drone memo' } })
    const question = await callApi('questions.create', { title: 'Who first obtained the memo?' }, { Cookie: cookie })
    expect(JSON.parse(question.body)).toMatchObject({ ok: true, result: { title: 'Who first obtained the memo?', status: 'open' } })
  })

  it('serves the app with its security headers', async () => {
    const page = await send({ path: '/' })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Casefile</title>')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    const script = await send({ path: '/assets/app.js' })
    expect(script.headers['content-type']).toMatch(/javascript/)
  })

  it.each([
    '/../secret.txt',
    '/../../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/../static-private/secret.txt',
    '/%2e%2e%2fstatic-private%2fsecret.txt',
    `/${encodeURIComponent(join(process.cwd(), 'package.json'))}`,
    '/../package.json',
    '/%00index.html'
  ])('never serves a file outside the build: %s', async (path) => {
    const reply = await send({ path })
    expect(reply.body).not.toContain(SECRET)
    expect(reply.body).not.toContain('"devDependencies"')
    expect([200, 400, 403, 404]).toContain(reply.status)
    // A 200 can only be the app's own page (the fallback for unknown routes).
    if (reply.status === 200) expect(reply.body).toContain('<title>Casefile</title>')
  })

  it('answers invalid JSON with a clear error', async () => {
    const reply = await send({
      method: 'POST',
      path: '/api/app.info',
      headers: { 'x-casefile-token': bridge.token, 'Content-Type': 'application/json' },
      body: '{"title": '
    })
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toEqual({ ok: false, error: { code: 'invalid_argument', message: 'The request was not valid JSON.' } })
  })

  it('validates arguments and method names through the contract', async () => {
    const invalid = await callApi('questions.get', { id: 'x' })
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    const unknown = await callApi('system.exec', {})
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    const prototype = await callApi('__proto__', {})
    expect(JSON.parse(prototype.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('never lets a page choose a file on disk to write: export.save is refused, downloads are the way', async () => {
    const target = join(tmpdir(), `casefile-bridge-${process.pid}.md`)
    const reply = await callApi('export.save', { format: 'md', path: target })
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(existsSync(target)).toBe(false)
  })

  it('refuses a body larger than the largest import with 413', async () => {
    const tooLarge = Buffer.alloc(Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + 64 * 1024 + 1, 0x20)
    const reply = await send({
      method: 'POST',
      path: '/api/app.info',
      headers: { 'x-casefile-token': bridge.token, 'Content-Type': 'application/json' },
      body: tooLarge
    })
    expect(reply.status).toBe(413)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'too_large' } })
  })

  it('refuses a cross-origin request even with the token', async () => {
    const foreign = await callApi('app.info', {}, { 'x-casefile-token': bridge.token, Origin: 'https://attacker.example' })
    expect(foreign.status).toBe(403)
    const opaque = await callApi('app.info', {}, { 'x-casefile-token': bridge.token, Origin: 'null' })
    expect(opaque.status).toBe(403)
    const own = await callApi('app.info', {}, { 'x-casefile-token': bridge.token, Origin: `http://127.0.0.1:${bridge.port}` })
    expect(own.status).toBe(200)
  })

  it('accepts API calls only as POST', async () => {
    const reply = await send({ path: '/api/app.info', headers: { 'x-casefile-token': bridge.token } })
    expect(reply.status).toBe(405)
  })
})
