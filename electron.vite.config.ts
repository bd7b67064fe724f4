import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * pdf.js's CMaps, standard fonts and image-decoder fallbacks, copied into the renderer build under
 * pdfjs/ (and served from node_modules while developing), so the PDF reader fetches them from the
 * app itself and never from a remote address. The WebAssembly files and the scripting sandbox stay
 * out: the reader runs pdf.js without either.
 */
function pdfjsAssets(): Plugin {
  const root = resolve('node_modules/pdfjs-dist')
  const folders: Record<string, (file: string) => boolean> = {
    cmaps: () => true,
    standard_fonts: () => true,
    wasm: (file) => file.endsWith('_nowasm_fallback.js') || (file.startsWith('LICENSE') && !file.includes('QUICKJS'))
  }
  const files = () =>
    Object.entries(folders).flatMap(([folder, keep]) =>
      readdirSync(join(root, folder))
        .filter(keep)
        .map((file) => `${folder}/${file}`)
    )
  return {
    name: 'casefile-pdfjs-assets',
    configureServer(server) {
      server.middlewares.use('/pdfjs', (request, response, next) => {
        const path = normalize(decodeURIComponent((request.url ?? '').split('?')[0]!)).replace(/^[/\\]+/, '')
        const folder = path.split(sep)[0] ?? ''
        const file = join(root, path)
        if (!folders[folder] || !file.startsWith(root + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next()
        response.setHeader('Content-Type', extname(file) === '.js' ? 'text/javascript' : 'application/octet-stream')
        createReadStream(file).pipe(response)
      })
    },
    generateBundle() {
      for (const file of files()) this.emitFile({ type: 'asset', fileName: `pdfjs/${file}`, source: readFileSync(join(root, file)) })
    }
  }
}

// One build for every entry point: the Electron shell (index), the browser shell (bridge) and the
// command line (cli) share the core in src/main/core and land side by side in out/main, with the
// PDF worker thread they all start (pdf-worker, found there by documents/pdf/workerThread.ts).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          bridge: resolve('src/main/bridge/start.ts'),
          cli: resolve('src/main/cli/index.ts'),
          'pdf-worker': resolve('src/main/core/documents/pdf/worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve('src/preload/index.ts') } }
    }
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), pdfjsAssets()],
    build: {
      rollupOptions: { input: { index: resolve('src/renderer/index.html') } }
    }
  }
})
