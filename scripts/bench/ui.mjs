// The UI benchmark (`npm run bench -- ui`): the real React UI in Debian's Chromium, through the
// loopback bridge, on a copy of the generated 10,000-document leak case (scripts/bench/search.mjs's
// generator; cached in .bench/leak). Two figures, both measured inside the page:
//
//  1. First screen: from navigation start (performance.now() = 0) to the navigator's document list
//     showing its first rows, and to the frame after that (when they are painted). The case is opened
//     with POST /api/cases.open before each navigation (timed separately), each run in a fresh
//     browser context (cold HTTP cache, no state carried over).
//  2. Keystroke to rendered results: for each query of scripts/bench/queries.mjs, the search field is
//     cleared, the query typed at machine speed (page.keyboard.type, no delay), and the time taken from
//     the last keystroke's keydown to the results panel rendering the answer for exactly that query
//     (its data-query attribute, set only when the answer on screen is for the text as typed), and to
//     the frame after that. Any debounce is included: the user waits for it.
//
// Options (from scripts/bench.mjs): --ui-runs N (first-screen runs, default 7), --ui-reps N (passes
// over the query set, default 3). Needs /usr/bin/chromium (or CASEFILE_CHROMIUM).
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { generateLeakCase } from './generate-case.mjs'
import { QUERIES } from './queries.mjs'
import { percentile } from './search.mjs'

const TARGET_FIRST_SCREEN_MS = 1000
const TARGET_KEYSTROKE_MS = 150
// The same flags as playwright.config.ts.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const CHROMIUM = process.env.CASEFILE_CHROMIUM ?? '/usr/bin/chromium'

const median = (numbers) => percentile(numbers, 50)
const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '—')
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width))
const log = (text) => process.stderr.write(`${text}\n`)

// Runs in every page before its scripts: records when the document list's first rows appear, then
// the frame after (a message posted from requestAnimationFrame runs once that frame is painted).
function installFirstScreenProbe() {
  const probe = { rows: null, painted: null, longTasks: [] }
  window.__firstScreen = probe
  const afterPaint = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => done(performance.now())
    channel.port2.postMessage(0)
  })
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push([Math.round(entry.startTime), Math.round(entry.duration)])
    }).observe({ type: 'longtask', buffered: true })
  } catch {
    // No long-task timing in this browser: the figures stay, the diagnosis goes.
  }
  const observer = new MutationObserver(() => {
    if (probe.rows !== null) return
    const row = document.querySelector('ul[aria-label="Documents"] li button')
    if (!row || row.getBoundingClientRect().height === 0) return
    probe.rows = performance.now()
    observer.disconnect()
    afterPaint((time) => (probe.painted = time))
  })
  observer.observe(document, { childList: true, subtree: true })
}

// Installed once per page before the search runs: the last keydown's time, and a watch on the
// results panel for the answer to one expected query.
function installSearchProbe() {
  const probe = { keydown: null, expected: null, rendered: null, painted: null }
  window.__search = probe
  window.addEventListener('keydown', () => (probe.keydown = performance.now()), true)
  const check = () => {
    if (probe.expected === null || probe.rendered !== null) return
    const body = document.querySelector('.search-panel-body')
    if (body?.getAttribute('data-query') !== probe.expected) return
    probe.rendered = performance.now()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => (probe.painted = performance.now())
      channel.port2.postMessage(0)
    })
  }
  new MutationObserver(check).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-query'] })
  window.__expectQuery = (query) => {
    probe.expected = query
    probe.keydown = null
    probe.rendered = null
    probe.painted = null
  }
}

async function startBridge(root, home, token) {
  const settingsDir = join(home, 'settings')
  const casesDir = join(home, 'cases')
  mkdirSync(settingsDir, { recursive: true })
  mkdirSync(casesDir, { recursive: true })
  const node = join(root, 'node_modules', '.bin', 'node')
  // --port 0: the system picks a free port and the bridge prints its address.
  const child = spawn(node, [join(root, 'out', 'main', 'bridge.js'), '--port', '0', '--token', token, '--cases-dir', casesDir, '--settings-dir', settingsDir], {
    cwd: root,
    env: { ...process.env, CASEFILE_HOME: settingsDir },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const base = await new Promise((resolve, reject) => {
    let stdout = ''
    const timer = setTimeout(() => reject(new Error(`The bridge did not start within 30 s. ${stderr}`)), 30_000)
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The bridge exited (${code}) before starting. ${stderr}`))
    })
  })
  const call = async (method, arg = {}) => {
    const response = await fetch(`${base}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-casefile-token': token },
      body: JSON.stringify(arg)
    })
    const body = await response.json()
    if (!body.ok) throw new Error(`${method}: ${body.error.message}`)
    return body.result
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
      child.kill('SIGTERM')
    })
  return { base, call, stop }
}

export async function runUiBench(root, core, options = {}) {
  const runs = options.runs ?? 7
  const reps = options.reps ?? 3
  console.log(`\nCasefile UI benchmark: the React UI in Chromium through the bridge, Node ${process.version}`)
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM} (set CASEFILE_CHROMIUM, or apt-get install -y chromium).`)
  if (!existsSync(join(root, 'out', 'renderer', 'index.html')) || !existsSync(join(root, 'out', 'main', 'bridge.js'))) {
    log('Building the app (out/ is missing)…')
    const build = spawnSync(join(root, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('electron-vite build failed.')
  }
  const { meta, casePath } = generateLeakCase(root, core, { documents: options.documents, log })

  const home = mkdtempSync(join(tmpdir(), 'casefile-ui-bench-'))
  const token = randomBytes(24).toString('base64url')
  let bridge = null
  let browser = null
  try {
    // A copy: the app locks the case exclusively and writes to it (recent list, layout, WAL).
    const workPath = join(home, 'cases', 'leak.casefile')
    mkdirSync(join(home, 'cases'), { recursive: true })
    copyFileSync(casePath, workPath)
    bridge = await startBridge(root, home, token)
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
    const host = new URL(bridge.base).hostname
    const newContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.addCookies([{ name: 'casefile_token', value: token, domain: host, path: '/', httpOnly: true, sameSite: 'Strict' }])
      return context
    }
    console.log(
      `Case: a copy of ${meta.documents.toLocaleString('en')} documents, ${meta.passages.toLocaleString('en')} passages, ` +
        `${meta.questions.toLocaleString('en')} questions; bridge at ${bridge.base}; Chromium ${browser.version()}, 1280×800`
    )

    const first = await firstScreenBench(bridge, newContext, workPath, runs)
    const keys = await keystrokeBench(bridge, newContext, reps)

    console.log('\nSummary (medians; the machine is small and noisy):\n')
    console.log(`${pad('measure', 58)}${pad('p50 ms', 8, true)}${pad('p95/max', 9, true)}${pad('target', 9, true)}  status`)
    const line = (label, p50, high, target) =>
      console.log(`${pad(label, 58)}${pad(ms(p50), 8, true)}${pad(ms(high), 9, true)}${pad(`< ${target}`, 9, true)}  ${high < target ? 'met' : p50 < target ? 'p50 met, tail NOT' : 'NOT met'}`)
    line(`first screen: navigation → rows painted (max of ${runs})`, median(first.painted), Math.max(...first.painted), TARGET_FIRST_SCREEN_MS)
    line(`first screen incl. cases.open (max of ${runs})`, median(first.withOpen), Math.max(...first.withOpen), TARGET_FIRST_SCREEN_MS)
    line(`keystroke → results painted (p95 of ${keys.painted.length})`, median(keys.painted), percentile(keys.painted, 95), TARGET_KEYSTROKE_MS)
  } finally {
    await browser?.close().catch(() => {})
    await bridge?.stop().catch(() => {})
    rmSync(home, { recursive: true, force: true })
  }
}

async function firstScreenBench(bridge, newContext, workPath, runs) {
  const samples = { opened: [], rows: [], painted: [], withOpen: [] }
  let lastProbe = null
  let lastApi = []
  // One warm-up run (page cache, the bridge's JIT), then the measured ones.
  for (let run = 0; run <= runs; run++) {
    await bridge.call('cases.close')
    const openStarted = performance.now()
    await bridge.call('cases.open', { path: workPath })
    const opened = performance.now() - openStarted
    const context = await newContext()
    try {
      const page = await context.newPage()
      await page.addInitScript(installFirstScreenProbe)
      await page.goto(`${bridge.base}/`)
      await page.waitForFunction(() => window.__firstScreen?.painted != null, null, { timeout: 60_000, polling: 50 })
      const probe = await page.evaluate(() => window.__firstScreen)
      // Let the rest of the first screen's calls finish, for the diagnosis below.
      await page.waitForLoadState('networkidle')
      const api = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => entry.name.includes('/api/') || /\.(js|css)$/.test(entry.name))
          .map((entry) => ({
            name: entry.name.replace(/^https?:\/\/[^/]+/, ''),
            start: entry.startTime,
            end: entry.responseEnd,
            bytes: entry.encodedBodySize
          }))
      )
      if (run === 0) {
        log(`  first screen warm-up: rows ${ms(probe.rows)} ms`)
        continue
      }
      samples.opened.push(opened)
      samples.rows.push(probe.rows)
      samples.painted.push(probe.painted)
      samples.withOpen.push(opened + probe.painted)
      lastProbe = probe
      lastApi = api
      log(`  first screen ${run}/${runs}: cases.open ${ms(opened)} ms, rows ${ms(probe.rows)} ms, painted ${ms(probe.painted)} ms`)
    } finally {
      await context.close()
    }
  }
  console.log(`\nFirst screen over ${runs} runs (fresh browser context each; times from navigation start):\n`)
  console.log(`${pad('step', 44)}${pad('median ms', 11, true)}${pad('max ms', 9, true)}`)
  for (const [label, key] of [
    ['POST cases.open (before navigating)', 'opened'],
    ['document list rows in the DOM', 'rows'],
    ['document list rows painted', 'painted'],
    ['cases.open + rows painted', 'withOpen']
  ]) {
    console.log(`${pad(label, 44)}${pad(ms(median(samples[key])), 11, true)}${pad(ms(Math.max(...samples[key])), 9, true)}`)
  }
  console.log('\nRequests of the last run (start → end, ms from navigation start; body size):')
  for (const entry of lastApi) console.log(`  ${pad(entry.name, 40)}${pad(ms(entry.start), 6, true)} → ${pad(ms(entry.end), 5, true)}  ${(entry.bytes / 1024).toFixed(0)} KB`)
  if (lastProbe.longTasks.length) console.log(`Long tasks (start ms, duration ms): ${lastProbe.longTasks.map(([s, d]) => `${s}+${d}`).join(', ')}`)
  return samples
}

async function keystrokeBench(bridge, newContext, reps) {
  const context = await newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${bridge.base}/`)
    await page.locator('ul[aria-label="Documents"] li button').first().waitFor({ timeout: 60_000 })
    await page.evaluate(installSearchProbe)
    await page.keyboard.press('Control+k')
    await page.getByRole('combobox', { name: 'Search case' }).waitFor()
    await page.waitForTimeout(200)

    const rows = QUERIES.map((entry) => ({ ...entry, rendered: [], painted: [] }))
    const measure = async (row) => {
      // Clear the field (back to the panel's intro), settle, then type the whole query.
      await page.keyboard.press('Control+a')
      await page.keyboard.press('Backspace')
      await page.waitForFunction(() => !document.querySelector('.search-panel-body')?.hasAttribute('data-query'))
      await page.waitForTimeout(150)
      await page.evaluate((query) => window.__expectQuery(query), row.query)
      await page.keyboard.type(row.query)
      await page.waitForFunction(() => window.__search.painted !== null, null, { timeout: 30_000, polling: 'raf' })
      const probe = await page.evaluate(() => window.__search)
      return { rendered: probe.rendered - probe.keydown, painted: probe.painted - probe.keydown }
    }
    // Warm-up pass, then the measured ones.
    for (const row of rows) await measure(row)
    for (let rep = 0; rep < reps; rep++) {
      for (const row of rows) {
        const sample = await measure(row)
        row.rendered.push(sample.rendered)
        row.painted.push(sample.painted)
      }
      log(`  keystrokes: pass ${rep + 1}/${reps}`)
    }

    console.log(`\nKeystroke to rendered results, ${reps} passes over ${rows.length} queries (typed at machine speed; ms from the last keydown):\n`)
    console.log(`${pad('type', 12)}${pad('query', 40)}${pad('rendered p50', 14, true)}${pad('painted p50', 13, true)}${pad('painted max', 13, true)}`)
    for (const row of rows) {
      console.log(`${pad(row.type, 12)}${pad(row.query, 40)}${pad(ms(median(row.rendered)), 14, true)}${pad(ms(median(row.painted)), 13, true)}${pad(ms(Math.max(...row.painted)), 13, true)}`)
    }
    const rendered = rows.flatMap((row) => row.rendered)
    const painted = rows.flatMap((row) => row.painted)
    console.log(`\nAll ${painted.length} samples: rendered p50 ${ms(median(rendered))} ms, p95 ${ms(percentile(rendered, 95))} ms; painted p50 ${ms(median(painted))} ms, p95 ${ms(percentile(painted, 95))} ms.`)
    return { rendered, painted }
  } finally {
    await context.close()
  }
}
