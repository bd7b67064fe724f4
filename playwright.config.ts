// End-to-end tests: Debian's Chromium drives the built renderer through the loopback bridge.
// `npm run build` must have run first (npm test does); CASEFILE_E2E_OUT runs another build folder
// (`electron-vite build --outDir "$PWD/out-x"`). One worker: the bridge serves one open case per
// process, and each test creates its own case.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'

export const E2E_PORT = Number(process.env.CASEFILE_E2E_PORT ?? 4873)
export const E2E_TOKEN = 'casefile-e2e-token-0123456789'

// Workers load this file too; only the runner's copy starts the server, so only its folder is used.
const home = process.env.CASEFILE_E2E_HOME ?? mkdtempSync(join(tmpdir(), 'casefile-e2e-'))
process.env.CASEFILE_E2E_HOME = home

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    },
    trace: 'retain-on-failure'
  },
  webServer: {
    command: `node_modules/.bin/node ${process.env.CASEFILE_E2E_OUT ?? 'out'}/main/bridge.js --port ${E2E_PORT} --token ${E2E_TOKEN} --cases-dir "${join(home, 'cases')}" --settings-dir "${join(home, 'settings')}"`,
    url: `http://127.0.0.1:${E2E_PORT}/?token=${E2E_TOKEN}`,
    env: { CASEFILE_HOME: join(home, 'settings') },
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe'
  }
})
