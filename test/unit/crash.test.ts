// Crash safety: a child process imports and edits a case in a loop and is killed with SIGKILL at a
// random moment, many times over. After every kill the case must open, pass SQLite's integrity
// check and Casefile's own check (foreign keys, search indexes), and hold every write the child
// reported as committed. The trial count is printed; CASEFILE_CRASH_TRIALS changes it.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { initCase } from '../../src/main/core/cases/repo'
import { openCaseDb, type Db } from '../../src/main/core/db/open'
import { checkCase } from '../../src/main/core/maintenance/check'
import { tempDir } from './helpers/tmp'

const TRIALS = Number(process.env.CASEFILE_CRASH_TRIALS ?? 30)
const NODE = resolve('node_modules/.bin/node')
let childScript = ''
let cleanup = () => {}
afterAll(() => cleanup())

beforeAll(async () => {
  // Inside the project, so the bundle finds better-sqlite3 and the others in node_modules.
  mkdirSync(resolve('node_modules/.cache'), { recursive: true })
  const outDir = mkdtempSync(resolve('node_modules/.cache/casefile-crash-'))
  cleanup = () => rmSync(outDir, { recursive: true, force: true })
  await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: resolve('test/crash/child.ts'),
      outDir,
      minify: false,
      target: 'node22',
      rollupOptions: { output: { format: 'esm', entryFileNames: 'child.mjs' } }
    }
  })
  childScript = join(outDir, 'child.mjs')
}, 60_000)

/** Runs the child until it has written for `lifeMs`, kills it with SIGKILL, returns what it reported. */
function runAndKill(casePath: string, seed: number, lifeMs: number): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(NODE, [childScript, casePath, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    let errors = ''
    let timer: ReturnType<typeof setTimeout> | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!timer && output.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), lifeMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') return reject(new Error(`The writer stopped by itself: ${errors || output.slice(-500)}`))
      // A line cut by the kill is not a report.
      const lines = output.split('\n')
      lines.pop()
      resolvePromise(lines.filter((line) => line !== 'ready'))
    })
  })
}

function expectReportedWrites(db: Db, reports: string[]): void {
  const latestNotes = new Map<number, number>()
  for (const report of reports) {
    const [kind, first, second] = report.split(' ')
    const id = Number(first)
    if (kind === 'document') {
      expect(db.prepare('SELECT sha256 FROM documents WHERE id = ?').pluck().get(id), report).toBe(second)
    } else if (kind === 'passage') {
      expect(db.prepare('SELECT document_id FROM passages WHERE id = ?').pluck().get(id), report).toBe(Number(second))
    } else if (kind === 'question') {
      expect(db.prepare('SELECT title FROM questions WHERE id = ?').pluck().get(id), report).toMatch(new RegExp(` ${second}$`))
    } else if (kind === 'notes') {
      latestNotes.set(id, Number(second))
    } else {
      throw new Error(`Unexpected report “${report}”`)
    }
  }
  for (const [id, step] of latestNotes) {
    const notes = db.prepare('SELECT notes FROM questions WHERE id = ?').pluck().get(id) as string
    // The last reported revision, or one the child committed after it but did not get to report.
    expect(Number(/^revision (\d+):/.exec(notes)?.[1]), `notes of question ${id}`).toBeGreaterThanOrEqual(step)
  }
}

it(`keeps every committed write through ${TRIALS} SIGKILLs at random moments`, async () => {
  const casePath = join(tempDir(), 'crash.casefile')
  const created = openCaseDb(casePath, { create: true })
  initCase(created, 'Crash test', new Date().toISOString())
  created.close()

  let verified = 0
  for (let trial = 1; trial <= TRIALS; trial++) {
    const reports = await runAndKill(casePath, trial, 30 + ((trial * 7919) % 250))
    const db = openCaseDb(casePath)
    try {
      expect(checkCase(db), `trial ${trial}`).toEqual({ ok: true, problems: [] })
      expectReportedWrites(db, reports)
    } finally {
      db.close()
    }
    verified += reports.length
  }
  console.log(`crash test: ${TRIALS} SIGKILLs, ${verified} reported writes all found after reopening`)
  expect(verified).toBeGreaterThan(TRIALS)
}, 180_000)
