// `npm run screenshots`: refresh the committed screenshots/ (1280×800, light and dark) from the
// screenshot tests. Needs a build (npm run build) and Chromium, as the end-to-end tests do.
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

const result = spawnSync('playwright', ['test', '--grep', 'screenshot'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, CASEFILE_SCREENSHOT_DIR: resolve('screenshots') }
})
process.exit(result.status ?? 1)
