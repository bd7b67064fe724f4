// `npm start`: build Casefile, then open it in Electron, or, where the Electron runtime is not
// installed (it is downloaded on first run and that can fail), in the browser through the local
// server in out/main/bridge.js. Extra arguments go to the bridge (e.g. `npm start -- --port 5190`).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const appDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const extraArgs = process.argv.slice(2)

build()
const electron = findElectron()
if (electron) {
  run(electron, [appDir, ...extraArgs])
} else {
  console.log('The Electron runtime is not available on this machine, so Casefile is opening in your browser instead.')
  run(process.execPath, [join(appDir, 'out', 'main', 'bridge.js'), ...extraArgs])
}

function build() {
  let cli
  try {
    cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js')
  } catch {
    console.error('Casefile’s build tools are missing. Run “npm install” in the Casefile folder, then “npm start” again.')
    process.exit(1)
  }
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: appDir, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('Casefile could not be built; the messages above say why.')
    process.exit(result.status ?? 1)
  }
}

/** The Electron binary's path, or null when `require('electron')` cannot provide one (quickly). */
function findElectron() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write('\\n' + require('electron'))"], {
    cwd: appDir,
    env: withoutRunAsNode(),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
    killSignal: 'SIGKILL'
  })
  if (probe.status !== 0 || typeof probe.stdout !== 'string') return null
  // electron's index.js may print "Downloading Electron binary..." before the path.
  const path = probe.stdout.trim().split('\n').pop()?.trim()
  return path && existsSync(path) ? path : null
}

function run(command, args) {
  const child = spawn(command, args, { cwd: appDir, env: withoutRunAsNode(), stdio: 'inherit' })
  let stopping = false
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      stopping = true
      child.kill(signal)
    })
  }
  child.on('error', (error) => {
    console.error(`Casefile could not start: ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (stopping || signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)))
}

function withoutRunAsNode() {
  const env = { ...process.env }
  delete env.ELECTRON_RUN_AS_NODE
  return env
}
