// `npm run bench`: how fast Casefile imports articles, against the floor any import must pay
// (read each file, hash it, copy it). 1,000 generated articles of about 5 KB (60% .txt, 20% .md,
// 20% .html), several runs each on fresh case files and folders; medians only, since the build
// machines are small and noisy. Options: --runs N (default 5), --count N (default 1000).
//
// Then the search benchmark on a generated 10,000-document case (scripts/bench/search.mjs).
// Then the UI benchmark on a copy of that case, in Chromium through the bridge (scripts/bench/ui.mjs).
// Then the PDF benchmark: text extraction against poppler's pdftotext (scripts/bench/pdf.mjs).
// Then the mentions benchmark: 500 contacts' mentions over the 10,000-document case, and the update
// after one more import (scripts/bench/mentions.mjs).
// `npm run bench -- import`, `-- search`, `-- ui`, `-- pdf` or `-- mentions` runs only one of them.
// PDF option: --pdf-runs N (default 5). Mentions options: --mention-runs N (full scans, default 3),
// --import-runs N (one-document imports, default 7).
// Search options: --reps N (runs per query, default 7), --documents N (default 10000), --index-runs N
// (default 3). UI options: --ui-runs N (first-screen runs, default 7), --ui-reps N (passes over the
// query set, default 3).
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { generateArticles } from './bench/articles.mjs'
import { loadCore } from './bench/bundle.mjs'
import { runSearchBench } from './bench/search.mjs'
import { runUiBench } from './bench/ui.mjs'
import { runPdfBench } from './bench/pdf.mjs'
import { runMentionsBench } from './bench/mentions.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '5' },
    count: { type: 'string', default: '1000' },
    reps: { type: 'string', default: '7' },
    documents: { type: 'string', default: '10000' },
    'index-runs': { type: 'string', default: '3' },
    'ui-runs': { type: 'string', default: '7' },
    'ui-reps': { type: 'string', default: '3' },
    'pdf-runs': { type: 'string', default: '5' },
    'mention-runs': { type: 'string', default: '3' },
    'import-runs': { type: 'string', default: '7' }
  }
})
const only = positionals[0]
if (only && !['import', 'search', 'ui', 'pdf', 'mentions'].includes(only)) {
  console.error(`Unknown benchmark “${only}”: use import, search, ui, pdf or mentions (or none for all five).`)
  process.exit(2)
}
const RUNS = Math.max(1, Number(values.runs))
const COUNT = Math.max(10, Number(values.count))
const benchDir = join(root, '.bench')

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const group = (type) => (type === 'html' ? 'html' : 'txt/md')

/** Times each file, and returns the total and per-group milliseconds. */
function timed(files, perFile) {
  const byGroup = { 'txt/md': 0, html: 0 }
  const started = performance.now()
  for (const file of files) {
    const t = performance.now()
    perFile(file)
    byGroup[group(file.type)] += performance.now() - t
  }
  return { total: performance.now() - started, ...byGroup }
}

function floorRun(files, run) {
  const copyDir = join(benchDir, 'floor-copy', `run-${run}`)
  rmSync(copyDir, { recursive: true, force: true })
  mkdirSync(copyDir, { recursive: true })
  const result = timed(files, (file) => {
    const bytes = readFileSync(file.path)
    createHash('sha256').update(bytes).digest('hex')
    writeFileSync(join(copyDir, basename(file.path)), bytes)
  })
  rmSync(copyDir, { recursive: true, force: true })
  return result
}

function freshCase(core, name) {
  const path = join(benchDir, 'cases', `${name}.casefile`)
  mkdirSync(dirname(path), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  const db = core.openCaseDb(path, { create: true })
  db.transaction(() => core.initCase(db, `Benchmark ${name}`, new Date().toISOString()))()
  return { db, path }
}

function importRun(core, files, run) {
  const { db, path } = freshCase(core, `run-${run}`)
  let failures = 0
  let firstFailure = null
  try {
    const result = timed(files, (file) => {
      try {
        const bytes = readFileSync(file.path)
        core.importFile(db, { name: file.path, bytes, lastModified: statSync(file.path).mtimeMs })
      } catch (error) {
        failures++
        firstFailure ??= `${basename(file.path)}: ${error.message}`
      }
    })
    const stored = db.prepare('SELECT count(*) AS n FROM documents').get().n
    return { ...result, failures, firstFailure, stored }
  } finally {
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
}

const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width))

async function main() {
  const core = await loadCore(root)
  if (!only || only === 'import') importBench(core)
  if (!only || only === 'search') {
    await runSearchBench(root, core, {
      reps: Math.max(1, Number(values.reps)),
      documents: Math.max(100, Number(values.documents)),
      indexRuns: Math.max(1, Number(values['index-runs']))
    })
  }
  if (!only || only === 'ui') {
    await runUiBench(root, core, {
      documents: Math.max(100, Number(values.documents)),
      runs: Math.max(1, Number(values['ui-runs'])),
      reps: Math.max(1, Number(values['ui-reps']))
    })
  }
  if (!only || only === 'pdf') await runPdfBench(root, { runs: Math.max(1, Number(values['pdf-runs'])) })
  if (!only || only === 'mentions') {
    await runMentionsBench(root, core, {
      documents: Math.max(100, Number(values.documents)),
      runs: Math.max(1, Number(values['mention-runs'])),
      importRuns: Math.max(1, Number(values['import-runs']))
    })
  }
}

function importBench(core) {
  console.log(`Casefile import benchmark: ${COUNT} articles, ${RUNS} runs each, Node ${process.version}`)
  const files = generateArticles(join(benchDir, 'articles'), COUNT)
  const counts = { 'txt/md': files.filter((f) => group(f.type) === 'txt/md').length, html: files.filter((f) => group(f.type) === 'html').length }
  const bytes = files.reduce((sum, file) => sum + statSync(file.path).size, 0)
  console.log(`Generated ${files.length} files in .bench/articles (${(bytes / files.length / 1024).toFixed(1)} KB on average): ${counts['txt/md']} .txt/.md, ${counts.html} .html`)

  // Warm up once (module loading, the shared jsdom window, the JIT) outside the measurements.
  importRun(core, files.slice(0, 50), 'warmup')
  floorRun(files.slice(0, 50), 'warmup')

  const floors = []
  const imports = []
  for (let run = 1; run <= RUNS; run++) {
    floors.push(floorRun(files, run))
    const result = importRun(core, files, run)
    if (result.failures > 0) throw new Error(`${result.failures} benchmark files failed to import (first: ${result.firstFailure}).`)
    if (result.stored !== files.length) throw new Error(`Expected ${files.length} documents in the case, found ${result.stored}.`)
    imports.push(result)
    process.stderr.write(`  run ${run}/${RUNS}: floor ${floors.at(-1).total.toFixed(0)} ms, import ${result.total.toFixed(0)} ms\n`)
  }

  const rows = [
    ['all files', files.length, 'total'],
    ['.txt + .md', counts['txt/md'], 'txt/md'],
    ['.html', counts.html, 'html']
  ].map(([label, n, key]) => {
    const floorMs = median(floors.map((r) => r[key]))
    const importMs = median(imports.map((r) => r[key]))
    return { label, n, floorMs, importMs, floorRate: (n * 1000) / floorMs, importRate: (n * 1000) / importMs, ratio: importMs / floorMs }
  })

  console.log('\nMedians over %d runs (each on a fresh case file / copy folder):\n', RUNS)
  console.log(`${pad('files', 12)}${pad('count', 7, true)}${pad('floor ms', 11, true)}${pad('floor docs/s', 14, true)}${pad('import ms', 11, true)}${pad('import docs/s', 15, true)}${pad('import/floor', 14, true)}`)
  for (const row of rows) {
    console.log(
      `${pad(row.label, 12)}${pad(row.n, 7, true)}${pad(row.floorMs.toFixed(0), 11, true)}${pad(row.floorRate.toFixed(0), 14, true)}` +
        `${pad(row.importMs.toFixed(0), 11, true)}${pad(row.importRate.toFixed(0), 15, true)}${pad(`${row.ratio.toFixed(1)}×`, 14, true)}`
    )
  }
  const all = rows[0]
  const share = median(imports.map((r) => r.html / r.total)) * 100
  console.log(`\nHTML is ${((counts.html / files.length) * 100).toFixed(0)}% of the files and ${share.toFixed(0)}% of the import time.`)
  console.log(`Target: import within 5× of the floor. Now: ${all.ratio.toFixed(1)}× — ${all.ratio <= 5 ? 'met' : 'NOT met'}.`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
