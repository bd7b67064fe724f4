// The PDF benchmark (`npm run bench -- pdf`): how fast Casefile reads PDFs, against poppler's
// pdftotext on the same files in the same run.
//
// Two sets of files:
//  - ours: 30 PDFs of 20–40 pages generated now with pdfkit from nlp-corpus sentences (seeded, so
//    every run reads the same files): one or two columns, Helvetica, Times or Courier, in .bench/pdfs;
//  - real: every PDF found under /usr/share (on Debian, the manuals in /usr/share/doc).
// For each set (and both together), each run reads every file once: Casefile through its PDF worker
// pool (one thread per core, up to 4, pdf.js loaded once per thread), pdftotext as one process per
// file with as many running at once as the pool has threads, so both use every core. Throughput is
// in pages a second; medians over the runs (--pdf-runs N, default 5), after one untimed warm-up pass.
// Then the same files through the whole import (worker, SQLite, search index) into a fresh case.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import PDFDocument from 'pdfkit'
import { build } from 'vite'
import { loadSentences, paragraphs, random, headline, AUTHORS } from './articles.mjs'
import { percentile } from './search.mjs'

const TARGET_RATIO = 3
const FONTS = ['Helvetica', 'Times-Roman', 'Courier']
const median = (numbers) => percentile(numbers, 50)
const pad = (text, width, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width))
const log = (text) => process.stderr.write(`${text}\n`)

/** Bundles the PDF pool, its worker and the import service into .bench/pdf-core (ES modules). */
async function loadPdfCore(root) {
  const outDir = join(root, '.bench', 'pdf-core')
  const source = (path) => join(root, 'src', 'main', 'core', ...path.split('/'))
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node22',
      rollupOptions: {
        input: {
          pool: source('documents/pdf/pool.ts'),
          'pdf-worker': source('documents/pdf/worker.ts'),
          service: source('documents/service.ts'),
          core: join(root, 'scripts', 'bench', 'core-entry.ts')
        },
        output: { format: 'esm', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' }
      }
    }
  })
  const load = (name) => import(pathToFileURL(join(outDir, `${name}.mjs`)).href)
  const [pool, service, core] = await Promise.all([load('pool'), load('service'), load('core')])
  return { ...pool, ...service, openCaseDb: core.openCaseDb, initCase: core.initCase }
}

/** One generated PDF: pages of paragraphs until it has `pageCount` pages. */
function writePdf(path, { pageCount, font, columns, title, author, sentences, next }) {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'LETTER', margin: 64, info: { Title: title, Author: author, Creator: 'Casefile benchmark' } })
    const chunks = []
    doc.on('data', (chunk) => chunks.push(chunk))
    doc.on('error', reject)
    doc.on('end', () => {
      writeFileSync(path, Buffer.concat(chunks))
      resolve()
    })
    let pages = 1
    doc.on('pageAdded', () => pages++)
    doc.font(font).fontSize(16).text(title).moveDown().fontSize(10.5)
    // Writing a paragraph may start a new page; stop before the one after the last wanted.
    while (pages < pageCount || doc.y < doc.page.height - 160) {
      for (const paragraph of paragraphs(next, sentences, 600)) doc.text(paragraph, { columns, columnGap: 18, align: 'left' }).moveDown(0.6)
      if (pages > pageCount) break
    }
    doc.end()
  })
}

async function generateOurs(folder, count) {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const sentences = loadSentences()
  const next = random(20250301)
  const files = []
  for (let index = 0; index < count; index++) {
    const path = join(folder, `${String(index).padStart(2, '0')}-memo.pdf`)
    await writePdf(path, {
      pageCount: 20 + Math.floor(next() * 21),
      font: FONTS[index % FONTS.length],
      columns: index % 4 === 3 ? 2 : 1,
      title: headline(next, sentences),
      author: AUTHORS[index % AUTHORS.length],
      sentences,
      next
    })
    files.push(path)
  }
  return files
}

/** Every readable .pdf under the folder, following no links. */
function findPdfs(folder) {
  const found = []
  let entries
  try {
    entries = readdirSync(folder, { withFileTypes: true })
  } catch {
    return found
  }
  for (const entry of entries) {
    const path = join(folder, entry.name)
    if (entry.isDirectory()) found.push(...findPdfs(path))
    else if (entry.isFile() && /\.pdf$/i.test(entry.name)) found.push(path)
  }
  return found.sort()
}

/** Runs `work` over the items, `lanes` at a time. */
async function inLanes(items, lanes, work) {
  let next = 0
  const results = new Array(items.length)
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(items[index], index)
      }
    })
  )
  return results
}

const HAS_TIME = existsSync('/usr/bin/time')

/** One pdftotext run (pages counted by its form feeds); its CPU time through /usr/bin/time when there is one. */
function pdftotext(path) {
  return new Promise((resolve, reject) => {
    const command = ['pdftotext', '-q', '-enc', 'UTF-8', path, '-']
    const child = HAS_TIME
      ? spawn('/usr/bin/time', ['-f', '%U %S', ...command], { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'ignore'] })
    let characters = 0
    let pages = 0
    let timing = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (text) => {
      characters += text.length
      for (const char of text) if (char === '\f') pages++
    })
    child.stderr?.on('data', (chunk) => (timing += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`pdftotext failed on ${path} (exit ${code})`))
      const [user, system] = timing.trim().split('\n').at(-1).split(' ').map(Number)
      resolve({ pages, characters, cpuMs: HAS_TIME ? (user + system) * 1000 : NaN })
    })
  })
}

/** Wall-clock and CPU time (every thread of this process) to read the files through the pool. */
async function timeOurs(pool, files) {
  const started = performance.now()
  const cpu = process.cpuUsage()
  const results = await Promise.all(files.map((file) => pool.extract({ fileName: file.name, bytes: file.bytes, maxPages: 5000 })))
  const ms = performance.now() - started
  const { user, system } = process.cpuUsage(cpu)
  return {
    ms,
    cpuMs: (user + system) / 1000,
    pages: results.reduce((sum, r) => sum + r.pageTexts.length, 0),
    characters: results.reduce((sum, r) => sum + r.pageTexts.join('').length, 0)
  }
}

async function timePdftotext(files, lanes) {
  const started = performance.now()
  const results = await inLanes(files, lanes, (file) => pdftotext(file.path))
  const ms = performance.now() - started
  const sum = (key) => results.reduce((total, r) => total + r[key], 0)
  return { ms, cpuMs: sum('cpuMs'), pages: sum('pages'), characters: sum('characters') }
}

/** The whole import, as the CLI runs it: as many files at once as the pool has threads, into a fresh case. */
async function timeImport(core, files, benchDir, run) {
  const path = join(benchDir, 'cases', `pdf-import-${run}.casefile`)
  mkdirSync(join(benchDir, 'cases'), { recursive: true })
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  const db = core.openCaseDb(path, { create: true })
  try {
    db.transaction(() => core.initCase(db, `PDF benchmark ${run}`, new Date().toISOString()))()
    const started = performance.now()
    const outcomes = await inLanes(files, core.pdfPool().size, (file) => core.importDocument(db, { name: file.path, bytes: file.bytes }))
    const ms = performance.now() - started
    return { ms, pages: outcomes.reduce((sum, outcome) => sum + outcome.document.pageCount, 0) }
  } finally {
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
}

export async function runPdfBench(root, { runs }) {
  const benchDir = join(root, '.bench')
  const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0
  log(`Casefile PDF benchmark: ${runs} runs, Node ${process.version}, ${availableParallelism()} cores`)
  const core = await loadPdfCore(root)
  const pool = core.pdfPool()

  const oursPaths = await generateOurs(join(benchDir, 'pdfs', 'ours'), 30)
  const realPaths = findPdfs('/usr/share')
  const read = (path) => ({ path, name: path.split('/').at(-1), bytes: readFileSync(path) })
  const sets = [
    ['ours', oursPaths.map(read)],
    ['real', realPaths.map(read)]
  ].filter(([, files]) => files.length > 0)
  sets.push(['all', sets.flatMap(([, files]) => files)])
  for (const [name, files] of sets) {
    const mb = files.reduce((sum, file) => sum + file.bytes.length, 0) / 1048576
    log(`  ${name}: ${files.length} files, ${mb.toFixed(1)} MB${name === 'real' ? ` (${files.map((f) => f.path).join(', ')})` : ''}`)
  }
  if (!realPaths.length) log('  real: no PDFs found under /usr/share; only our generated set is measured.')
  if (!hasPdftotext) log('  pdftotext is not installed (apt-get install poppler-utils): Casefile is measured alone, with no ratio.')
  log(`  Worker pool: ${pool.size} threads; pdftotext: ${pool.size} processes at a time.`)

  // Warm-up: threads started, pdf.js loaded, files in the page cache.
  for (const [, files] of sets.slice(0, -1)) {
    await timeOurs(pool, files)
    if (hasPdftotext) await timePdftotext(files, pool.size)
  }

  const results = new Map(sets.map(([name]) => [name, { ours: [], peer: [], imports: [] }]))
  for (let run = 1; run <= runs; run++) {
    const line = []
    for (const [name, files] of sets) {
      const result = results.get(name)
      result.ours.push(await timeOurs(pool, files))
      if (hasPdftotext) result.peer.push(await timePdftotext(files, pool.size))
      line.push(`${name} ${result.ours.at(-1).ms.toFixed(0)}${hasPdftotext ? `/${result.peer.at(-1).ms.toFixed(0)}` : ''} ms`)
    }
    const all = sets.at(-1)
    results.get('all').imports.push(await timeImport(core, all[1], benchDir, run))
    log(`  run ${run}/${runs}: ${line.join(', ')} (Casefile/pdftotext); import of all ${results.get('all').imports.at(-1).ms.toFixed(0)} ms`)
  }
  pool.close()

  console.log(`\nPDF text extraction, medians over ${runs} runs; both use ${pool.size} cores. Wall-clock pages a second, and CPU`)
  console.log('milliseconds a page (all threads of Casefile; the sum of the pdftotext processes), which machine load moves less:\n')
  console.log(
    `${pad('set', 6)}${pad('files', 7, true)}${pad('pages', 7, true)}${pad('Casefile ms', 13, true)}${pad('pages/s', 9, true)}` +
      `${pad('pdftotext ms', 14, true)}${pad('pages/s', 9, true)}${pad('ratio', 8, true)}` +
      `${pad('CPU ms/page', 13, true)}${pad('pdftotext', 11, true)}${pad('CPU ratio', 11, true)}`
  )
  const ratios = {}
  const cell = (value, digits, suffix = '') => (Number.isFinite(value) ? `${value.toFixed(digits)}${suffix}` : '—')
  for (const [name, files] of sets) {
    const { ours, peer } = results.get(name)
    const pages = ours[0].pages
    const oursMs = median(ours.map((r) => r.ms))
    const oursCpu = median(ours.map((r) => r.cpuMs)) / pages
    const peerMs = hasPdftotext ? median(peer.map((r) => r.ms)) : NaN
    const peerCpu = hasPdftotext ? median(peer.map((r) => r.cpuMs)) / pages : NaN
    ratios[name] = oursMs / peerMs
    if (hasPdftotext && peer[0].pages !== pages) log(`  note: pdftotext counted ${peer[0].pages} pages in “${name}”, Casefile ${pages}.`)
    if (hasPdftotext) log(`  ${name}: characters extracted, Casefile ${ours[0].characters.toLocaleString('en')}, pdftotext ${peer[0].characters.toLocaleString('en')}.`)
    console.log(
      `${pad(name, 6)}${pad(files.length, 7, true)}${pad(pages, 7, true)}${pad(oursMs.toFixed(0), 13, true)}${pad(((pages * 1000) / oursMs).toFixed(0), 9, true)}` +
        `${pad(cell(peerMs, 0), 14, true)}${pad(cell((pages * 1000) / peerMs, 0), 9, true)}${pad(cell(ratios[name], 2, '×'), 8, true)}` +
        `${pad(cell(oursCpu, 2), 13, true)}${pad(cell(peerCpu, 2), 11, true)}${pad(cell(oursCpu / peerCpu, 2, '×'), 11, true)}`
    )
  }
  const imports = results.get('all').imports
  const importMs = median(imports.map((r) => r.ms))
  console.log(`\nWhole import of all ${sets.at(-1)[1].length} files (worker, SQLite, search index) into a fresh case: ${importMs.toFixed(0)} ms, ${((imports[0].pages * 1000) / importMs).toFixed(0)} pages/s.`)
  if (hasPdftotext) {
    const worst = Math.max(...Object.values(ratios))
    console.log(`Target: extraction within ${TARGET_RATIO}× of pdftotext in every set. Now: ${worst.toFixed(2)}× at worst — ${worst <= TARGET_RATIO ? 'met' : 'NOT met'}.`)
  }
}
