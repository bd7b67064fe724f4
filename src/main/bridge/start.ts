// `node out/main/bridge.js`: Casefile in a browser, for machines without the Electron runtime.
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createCore } from '../core/handlers'
import { startBridge } from './server'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    token: { type: 'string' },
    'cases-dir': { type: 'string' },
    'settings-dir': { type: 'string' }
  }
})

const appRoot = resolve(__dirname, '../..')
const home = process.env.CASEFILE_HOME ?? join(homedir(), '.casefile')
const core = createCore({
  shell: 'browser',
  version: process.env.npm_package_version ?? '0.1.0',
  casesDir: resolve(values['cases-dir'] ?? join(homedir(), 'Casefile')),
  settingsDir: resolve(values['settings-dir'] ?? home),
  resourcesDir: join(appRoot, 'resources')
})

startBridge({
  handlers: core.handlers,
  // Beside this file's own build folder, so a build into another --outDir serves its own renderer.
  staticDir: resolve(__dirname, '..', 'renderer'),
  port: values.port ? Number(values.port) : undefined,
  token: values.token ?? process.env.CASEFILE_TOKEN
})
  .then((bridge) => {
    console.log(`Casefile is running at ${bridge.url}`)
    const stop = () => {
      core.close()
      void bridge.close().then(() => process.exit(0))
      setTimeout(() => process.exit(0), 1000).unref()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  .catch((error: Error) => {
    console.error(`Casefile could not start its local server: ${error.message}`)
    process.exit(1)
  })
