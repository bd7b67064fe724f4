// `casefile backup` and `casefile restore`: list, restore by number, undo, and clear refusals.
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, it } from 'vitest'
import { run } from '../../src/main/cli/program'
import { tempDir } from './helpers/tmp'

async function casefile(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), resourcesDir: resolve('resources') })
  return { code, stdout, stderr }
}

it('backs up, lists, restores by number and can undo the restore', async () => {
  const dir = tempDir()
  const caseFile = join(dir, 'story.casefile')
  const first = join(dir, 'first.txt')
  const second = join(dir, 'second.txt')
  writeFileSync(first, 'First memo\n\nThe agency counted drones.')
  writeFileSync(second, 'Second memo\n\nThe union disputes the count.')

  expect((await casefile('restore', caseFile)).code).toBe(1) // no such case file
  expect((await casefile('new', caseFile)).code).toBe(0)
  expect((await casefile('restore', caseFile)).stdout).toMatch(/has no backups yet/)
  await casefile('import', caseFile, first)
  expect((await casefile('backup', caseFile)).stdout).toMatch(/^Backed up .*-manual\.casefile\.\n$/)
  await casefile('import', caseFile, second)

  const listing = await casefile('restore', caseFile)
  expect(listing.stdout).toMatch(/^#\s+Written\s+Why\s+Size\s+File\n1\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\s+manual/)

  const restored = await casefile('restore', caseFile, '--from', '1')
  expect(restored).toMatchObject({ code: 0 })
  expect(restored.stdout).toMatch(/Its state before the restore is kept as .*-before-restore\.casefile/)
  expect((await casefile('list', caseFile, '--json')).stdout).not.toMatch(/Second memo/)

  const { backups } = JSON.parse((await casefile('restore', caseFile, '--json')).stdout) as { backups: { file: string; reason: string }[] }
  const undo = backups.find((backup) => backup.reason === 'before-restore')!
  expect((await casefile('restore', caseFile, '--from', undo.file)).code).toBe(0)
  expect((await casefile('list', caseFile, '--json')).stdout).toMatch(/Second memo/)

  const missing = await casefile('restore', caseFile, '--from', '99')
  expect(missing).toMatchObject({ code: 1 })
  expect(missing.stderr).toMatch(/There is no backup number 99/)
  const outside = await casefile('restore', caseFile, '--from', '../story.casefile')
  expect(outside.stderr).toMatch(/is not one of this case’s backups/)
  expect((await casefile('check', caseFile)).code).toBe(0)
})
