// Starting a PDF worker thread, from the built bundle or from source. The desktop app, the bridge
// and the CLI run from out/main, where the build puts the worker beside them as pdf-worker.js.
// Under vitest the core runs from its TypeScript sources: the worker then runs worker.ts with
// Node's own type stripping, plus a resolve hook for the extensionless imports the sources use. So
// every module the worker imports must be erasable TypeScript (no enums, no parameter properties)
// and must import types with `import type`.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'

const SOURCE_BOOTSTRAP = `
const { registerHooks } = require('node:module')
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context)
    } catch (error) {
      if (/^\\.\\.?\\//.test(specifier) && !/\\.[cm]?[jt]s$/.test(specifier)) return nextResolve(specifier + '.ts', context)
      throw error
    }
  },
  // The sources are ES modules in a package without "type": say so, rather than have Node guess and warn.
  load(url, context, nextLoad) {
    return nextLoad(url, url.endsWith('.ts') ? { ...context, format: 'module-typescript' } : context)
  }
})
import(require('node:worker_threads').workerData.entry)
`

/** Names the build may give the worker, looked for beside this module and one folder up (out/main/chunks → out/main). */
const BUILT_NAMES = ['pdf-worker.js', 'pdf-worker.mjs']

export function startPdfWorker(resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url
  if (here.endsWith('.ts')) {
    const entry = new URL('./worker.ts', here).href
    return new Worker(SOURCE_BOOTSTRAP, { eval: true, workerData: { entry }, resourceLimits })
  }
  const folder = dirname(fileURLToPath(here))
  const candidates = [folder, dirname(folder)].flatMap((dir) => BUILT_NAMES.map((name) => join(dir, name)))
  const script = candidates.find((path) => existsSync(path))
  if (!script) throw new Error(`the PDF worker script is missing (looked for ${candidates.join(', ')})`)
  return new Worker(pathToFileURL(script), { resourceLimits })
}
