// `npm run security`: Doyensec's Electronegativity over the desktop shell's sources, failing on any
// HIGH-severity finding. Electronegativity exits 0 whatever it finds, so this reads its CSV report.
// It needs commander ≤ 6 but does not declare it; the project's own commander is v14, so its
// require('commander') is pointed at the `electronegativity-commander` alias (commander 6.2.1).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import Module from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const aliased = require.resolve('electronegativity-commander')
const resolve = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'commander' && rest[0]?.filename?.includes('@doyensec/electronegativity') ? aliased : resolve.call(this, request, ...rest)
}

const dir = mkdtempSync(join(tmpdir(), 'casefile-electronegativity-'))
const report = join(dir, 'report.csv')
// Scan every source (shell, preload, renderer and its CSP); name our Electron version.
const { version: electronVersion } = require('electron/package.json')
process.argv = [process.argv[0], 'electronegativity', '-i', 'src', '-o', report, '-r', '-e', electronVersion]

const exit = process.exit
process.exit = (code) => {
  process.exit = exit
  summarise(code)
}
process.on('beforeExit', () => summarise(0))

let done = false
function summarise(code) {
  if (done) return
  done = true
  let rows = []
  try {
    rows = parseCsv(readFileSync(report, 'utf8'))
  } catch {
    console.error('Electronegativity wrote no report: the scan did not run.')
    exit(code || 1)
  }
  rmSync(dir, { recursive: true, force: true })
  const [header, ...findings] = rows
  const column = (name) => header.findIndex((cell) => cell.trim().toLowerCase() === name)
  const severity = column('severity')
  const high = findings.filter((row) => /high|critical/i.test(row[severity] ?? ''))
  const shown = (row) => [severity, column('issue'), column('filename'), column('location')].map((index) => row[index] ?? '').join(' · ')
  console.log(`Electronegativity: ${findings.length} findings, ${high.length} of high severity.`)
  for (const row of findings) console.log(`  ${shown(row)}`)
  exit(high.length ? 1 : 0)
}

/** One finding per line; cells are plain or "quoted" (with "" for a quote inside). */
function parseCsv(text) {
  const cell = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(?:,|$)/gy
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = []
      cell.lastIndex = 0
      while (cell.lastIndex < line.length) {
        const match = cell.exec(line)
        if (!match || match[0] === '') break
        cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2])
      }
      return cells
    })
}

await import('@doyensec/electronegativity/dist/index.js')
