// Entry point of out/main/cli.js (run through bin/casefile.js).
import { resolve } from 'node:path'
import { run } from './program'
import { askHidden } from './prompt'

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
  onInterrupt: (listener) => {
    process.on('SIGINT', listener)
    return () => process.off('SIGINT', listener)
  },
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  resourcesDir: resolve(__dirname, '../../resources'),
  askPassphrase: askHidden
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: Error) => {
    process.stderr.write(`Casefile hit an unexpected problem: ${error.message}\n`)
    process.exitCode = 1
  }
)
