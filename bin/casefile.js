#!/usr/bin/env node
// The `casefile` command: runs the built command line in out/main/cli.js. Plain CommonJS, so it
// runs as it is, without a build step of its own.
/* eslint-disable @typescript-eslint/no-require-imports */
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const cli = join(__dirname, '..', 'out', 'main', 'cli.js')
if (!existsSync(cli)) {
  process.stderr.write('Casefile is not built yet: run npm run build.\n')
  process.exit(1)
}
require(cli)
