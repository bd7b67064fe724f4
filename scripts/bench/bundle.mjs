// Bundles the core entry with Vite (which understands the migrations' `.sql?raw` imports) into
// .bench/core/, leaving node_modules packages external, and returns the bundle's module.
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

export async function loadCore(root) {
  const outDir = join(root, '.bench', 'core')
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'scripts', 'bench', 'core-entry.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node22',
      rollupOptions: { output: { format: 'esm', entryFileNames: 'core.mjs' } }
    }
  })
  return import(pathToFileURL(join(outDir, 'core.mjs')).href)
}
