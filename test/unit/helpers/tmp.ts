import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach } from 'vitest'
import { createCore, type Core } from '../../../src/main/core/handlers'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length) cleanups.pop()!()
})

/** A fresh temporary folder, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'casefile-test-'))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** A core over a temporary folder, closed after the test. */
export function tempCore(): Core & { dir: string } {
  const dir = tempDir()
  const core = createCore({
    shell: 'browser',
    version: 'test',
    casesDir: join(dir, 'cases'),
    settingsDir: join(dir, 'settings'),
    resourcesDir: resolve('resources')
  })
  cleanups.push(() => core.close())
  return { ...core, dir }
}

export const b64 = (text: string | Uint8Array): string => Buffer.from(text).toString('base64')
