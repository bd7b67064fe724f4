// The search benchmark (`npm run bench -- search`): on the generated 10,000-document leak case,
// the first screen (listDocuments), query latency through the core's search() with its default
// limit over a fixed mixed query set, ripgrep over the same text as .txt files for the plain words
// and phrases, and the time to rebuild the search index. Medians and percentiles only: the build
// machines are small and noisy. Works on a copy, so the cached case stays as generated.
import { spawnSync } from 'node:child_process'
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { generateLeakCase } from './generate-case.mjs'
import { QUERIES } from './queries.mjs'

const TARGET_P95_MS = 50
const TARGET_LIST_MS = 1000

export function percentile(numbers, p) {
  const sorted = [...numbers].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (rank - low)
}
const median = (numbers) => percentile(numbers, 50)
const ms = (value) => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(1)) : '—')
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width))

function time(work) {
  const started = performance.now()
  const result = work()
  return { ms: performance.now() - started, result }
}

function hasRipgrep() {
  return spawnSync('rg', ['--version'], { encoding: 'utf8' }).status === 0
}

/** One ripgrep run: files holding the string, ignoring case (as Casefile does). */
function ripgrep(text, dir) {
  const started = performance.now()
  const run = spawnSync('rg', ['-l', '-i', '--fixed-strings', '--', text, dir], { encoding: 'utf8', maxBuffer: 64 << 20 })
  const elapsed = performance.now() - started
  if (run.status !== 0 && run.status !== 1) throw new Error(`rg failed: ${run.stderr}`)
  return { ms: elapsed, files: run.stdout ? run.stdout.trimEnd().split('\n').length : 0 }
}

export async function runSearchBench(root, core, options = {}) {
  const reps = options.reps ?? 7
  const indexRuns = options.indexRuns ?? 3
  const log = (text) => process.stderr.write(`${text}\n`)

  console.log(`\nCasefile search benchmark: ${reps} repetitions per query, Node ${process.version}`)
  const generated = time(() => generateLeakCase(root, core, { documents: options.documents, log }))
  const { meta, casePath, textDir, dir, cached } = generated.result
  console.log(
    `Case: ${meta.documents.toLocaleString('en')} documents (${meta.pages.toLocaleString('en')} pages, ` +
      `${(meta.characters / 1e6).toFixed(1)} million characters), ${meta.passages.toLocaleString('en')} passages, ` +
      `${meta.questions.toLocaleString('en')} questions — ` +
      (cached ? `cached in ${dir.slice(root.length + 1)}` : `generated in ${(generated.ms / 1000).toFixed(1)} s`)
  )

  const workPath = join(dir, 'work.casefile')
  for (const suffix of ['', '-wal', '-shm']) rmSync(workPath + suffix, { force: true })
  copyFileSync(casePath, workPath)
  const db = core.openCaseDb(workPath)
  try {
    listBench(core, db, reps)
    queryBench(core, db, textDir, reps)
    indexBench(core, db, indexRuns)
  } finally {
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(workPath + suffix, { force: true })
  }
}

/** The first screen: the navigator lists every document. */
function listBench(core, db, reps) {
  const first = time(() => core.listDocuments(db))
  const runs = Array.from({ length: reps }, () => time(() => core.listDocuments(db)).ms)
  const json = time(() => JSON.stringify(first.result))
  const status = Math.max(first.ms, median(runs)) < TARGET_LIST_MS ? 'met' : 'NOT met'
  console.log(
    `\ndocuments.list (listDocuments, ${first.result.length.toLocaleString('en')} rows): first call ${ms(first.ms)} ms, ` +
      `then median ${ms(median(runs))} ms; as JSON ${(json.result.length / 1e6).toFixed(1)} MB in ${ms(json.ms)} ms. ` +
      `Target under ${TARGET_LIST_MS} ms: ${status}.`
  )
}

function queryBench(core, db, textDir, reps) {
  const rg = hasRipgrep()
  if (!rg) console.log('\nripgrep is not installed, so its column is left out. Install it with: apt-get install -y ripgrep (or brew install ripgrep).')

  // Warm up: page cache, statements, JIT; ripgrep's files into the page cache.
  for (const { query, rg: text } of QUERIES) {
    core.search(db, query)
    if (rg && text) ripgrep(text, textDir)
  }
  const rows = QUERIES.map((entry) => ({ ...entry, samples: [], rgSamples: [], hits: 0, rgFiles: null }))
  // Casefile's runs first, then ripgrep's: ripgrep keeps both cores busy, which would disturb the
  // measurements next to it.
  for (let rep = 0; rep < reps; rep++) {
    for (const row of rows) {
      const run = time(() => core.search(db, row.query))
      row.samples.push(run.ms)
      row.hits = run.result.hits.length
    }
    process.stderr.write(`  queries: repetition ${rep + 1}/${reps}\n`)
  }
  for (let rep = 0; rep < (rg ? reps : 0); rep++) {
    for (const row of rows.filter((candidate) => candidate.rg)) {
      const found = ripgrep(row.rg, textDir)
      row.rgSamples.push(found.ms)
      row.rgFiles = found.files
    }
    process.stderr.write(`  ripgrep: repetition ${rep + 1}/${reps}\n`)
  }

  console.log(`\nQueries through search() (default limit: 50 per kind), median of ${reps} runs each:\n`)
  console.log(`${pad('type', 12)}${pad('query', 40)}${pad('hits', 6, true)}${pad('p50 ms', 9, true)}${pad('max ms', 9, true)}${rg ? `${pad('rg files', 10, true)}${pad('rg ms', 8, true)}${pad('ratio', 8, true)}` : ''}`)
  for (const row of rows) {
    const p50 = median(row.samples)
    const rgCells = rg && row.rg ? `${pad(row.rgFiles, 10, true)}${pad(ms(median(row.rgSamples)), 8, true)}${pad(`${(p50 / median(row.rgSamples)).toFixed(2)}×`, 8, true)}` : ''
    console.log(`${pad(row.type, 12)}${pad(row.query, 40)}${pad(row.hits, 6, true)}${pad(ms(p50), 9, true)}${pad(ms(Math.max(...row.samples)), 9, true)}${rgCells}`)
  }

  console.log(`\nBy type (over every run of every query of the type):\n`)
  console.log(`${pad('type', 24)}${pad('queries', 8, true)}${pad('p50 ms', 9, true)}${pad('p95 ms', 9, true)}`)
  const types = [...new Set(rows.map((row) => row.type))]
  for (const type of types) {
    const samples = rows.filter((row) => row.type === type).flatMap((row) => row.samples)
    console.log(`${pad(type, 24)}${pad(rows.filter((row) => row.type === type).length, 8, true)}${pad(ms(median(samples)), 9, true)}${pad(ms(percentile(samples, 95)), 9, true)}`)
  }
  const all = rows.flatMap((row) => row.samples)
  const p95 = percentile(all, 95)
  console.log(`${pad('all', 24)}${pad(rows.length, 8, true)}${pad(ms(median(all)), 9, true)}${pad(ms(p95), 9, true)}`)
  // Shown beside the total, not instead of it: stop-word queries must score nearly every row.
  const content = rows.filter((row) => !row.stopwords)
  const contentSamples = content.flatMap((row) => row.samples)
  console.log(`${pad('all but stop-word-only', 24)}${pad(content.length, 8, true)}${pad(ms(median(contentSamples)), 9, true)}${pad(ms(percentile(contentSamples, 95)), 9, true)}`)

  if (rg) {
    const eligible = rows.filter((row) => row.rg)
    const casefileP50 = median(eligible.flatMap((row) => row.samples))
    const rgP50 = median(eligible.flatMap((row) => row.rgSamples))
    console.log(
      `\nPlain words and phrases (${eligible.length} queries): Casefile p50 ${ms(casefileP50)} ms, ripgrep p50 ${ms(rgP50)} ms ` +
        `(rg -l -i --fixed-strings over ${textDir.split('/').slice(-3).join('/')}) — Casefile/rg = ${(casefileP50 / rgP50).toFixed(3)}.`
    )
  }
  const slow = rows.filter((row) => percentile(row.samples, 95) >= TARGET_P95_MS).map((row) => row.query)
  console.log(`Target: p95 under ${TARGET_P95_MS} ms. Now: ${ms(p95)} ms — ${p95 < TARGET_P95_MS ? 'met' : 'NOT met'}.${slow.length ? ` Over the target: ${slow.join(', ')}.` : ''}`)
}

function indexBench(core, db, runs) {
  const results = Array.from({ length: runs }, (_, run) => {
    const result = time(() => core.rebuildSearchIndex(db))
    process.stderr.write(`  reindex ${run + 1}/${runs}: ${(result.ms / 1000).toFixed(1)} s\n`)
    return result
  })
  const counts = results[0].result
  const check = time(() => core.checkCase(db))
  if (!check.result.ok) throw new Error(`The rebuilt case fails its check: ${check.result.problems.join(' ')}`)
  console.log(
    `\nIndex build (rebuildSearchIndex: ${counts.pages.toLocaleString('en')} pages, ${counts.passages.toLocaleString('en')} passages, ` +
      `${counts.questions.toLocaleString('en')} questions): median ${(median(results.map((r) => r.ms)) / 1000).toFixed(1)} s over ${runs} runs; ` +
      `checkCase afterwards ${(check.ms / 1000).toFixed(1)} s, ok.`
  )
}
