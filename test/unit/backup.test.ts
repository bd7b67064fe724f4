// Automatic backups and restore: consistent copies on open and while editing, rotation, and a
// restore that can itself be undone; anything that is not a good backup of this case is refused.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/handlers'
import { openCaseDb } from '../../src/main/core/db/open'
import { checkCase } from '../../src/main/core/maintenance/check'
import { BACKUPS_KEPT, backupFolder, writeBackup } from '../../src/main/core/maintenance/backup'
import { b64, tempDir } from './helpers/tmp'

function coreIn(dir: string, intervalMs = 60_000) {
  return createCore({
    shell: 'browser',
    version: 'test',
    casesDir: join(dir, 'cases'),
    settingsDir: join(dir, 'settings'),
    resourcesDir: resolve('resources'),
    backups: { openDelayMs: 0, intervalMs }
  })
}

const titles = async (core: ReturnType<typeof coreIn>) =>
  (await core.handlers['documents.list']({})).map((doc) => doc.title).sort()

describe('automatic backups', () => {
  it('backs up on opening a changed case, not an unchanged one, and the copy is a whole case', async () => {
    const dir = tempDir()
    const core = coreIn(dir)
    const { path } = await core.handlers['cases.create']({ title: 'Backups' })
    await core.handlers['documents.import']({ name: 'a.txt', data: b64('Alpha memo\n\nThe first text.') })
    core.close()

    const reopened = coreIn(dir)
    await reopened.handlers['cases.open']({ path })
    const [first, ...others] = await reopened.handlers['cases.backups']({})
    expect(others).toEqual([])
    expect(first).toMatchObject({ reason: 'open' })
    reopened.close()

    const copy = openCaseDb(join(backupFolder(path), first!.file))
    expect(checkCase(copy).ok).toBe(true)
    expect(copy.prepare('SELECT title FROM documents').pluck().all()).toEqual(['Alpha memo'])
    copy.close()

    const again = coreIn(dir)
    await again.handlers['cases.open']({ path })
    expect(await again.handlers['cases.backups']({})).toHaveLength(1)
    again.close()
  })

  it('backs up after an interval with edits, and not after one without', async () => {
    const core = coreIn(tempDir(), 80)
    await core.handlers['cases.create']({ title: 'Timer' })
    await new Promise((done) => setTimeout(done, 200))
    expect((await core.handlers['cases.backups']({})).filter((b) => b.reason === 'timer')).toHaveLength(0)
    await core.handlers['questions.create']({ title: 'Who signed the memo?' })
    await new Promise((done) => setTimeout(done, 200))
    expect((await core.handlers['cases.backups']({})).filter((b) => b.reason === 'timer')).toHaveLength(1)
    core.close()
  })

  it(`keeps the newest ${BACKUPS_KEPT}`, async () => {
    const core = coreIn(tempDir())
    const { path } = await core.handlers['cases.create']({ title: 'Rotation' })
    const db = core.currentDb()!
    for (let minute = 0; minute < BACKUPS_KEPT + 3; minute++) {
      writeBackup(db, path, 'manual', new Date(Date.UTC(2026, 0, 1, 9, minute)))
    }
    const kept = await core.handlers['cases.backups']({})
    expect(kept).toHaveLength(BACKUPS_KEPT)
    expect(kept[0]!.createdAt).toBe('2026-01-01T09:12:00.000Z')
    expect(kept.at(-1)!.createdAt).toBe('2026-01-01T09:03:00.000Z')
    expect(readdirSync(backupFolder(path)).filter((name) => name.startsWith('.'))).toEqual([])
    core.close()
  })
})

describe('restore', () => {
  it('puts a backup back, after backing up the current state so the restore can be undone', async () => {
    const core = coreIn(tempDir())
    await core.handlers['cases.create']({ title: 'Restore' })
    await core.handlers['documents.import']({ name: 'a.txt', data: b64('Alpha memo\n\nThe first text.') })
    const backup = await core.handlers['cases.backupNow']({})
    await core.handlers['documents.import']({ name: 'b.txt', data: b64('Beta memo\n\nThe second text.') })

    const info = await core.handlers['cases.restore']({ file: backup.file })
    expect(info.title).toBe('Restore')
    expect(await titles(core)).toEqual(['Alpha memo'])

    const undo = (await core.handlers['cases.backups']({})).find((b) => b.reason === 'before-restore')!
    await core.handlers['cases.restore']({ file: undo.file })
    expect(await titles(core)).toEqual(['Alpha memo', 'Beta memo'])
    expect(checkCase(core.currentDb()!).ok).toBe(true)
    core.close()
  })

  it('refuses names outside the backup folder and damaged backups, and leaves the case as it was', async () => {
    const core = coreIn(tempDir())
    const { path } = await core.handlers['cases.create']({ title: 'Refusals' })
    await core.handlers['documents.import']({ name: 'a.txt', data: b64('Alpha memo\n\nThe first text.') })
    const bad = ['../Refusals.casefile', 'notes.txt', '2026-01-01T09-00-00-000Z-manual.casefile/../../x']
    for (const file of bad) {
      await expect(Promise.resolve().then(() => core.handlers['cases.restore']({ file }))).rejects.toMatchObject({
        code: 'invalid_argument'
      })
    }
    const damaged = '2026-01-01T09-00-00-000Z-manual.casefile'
    mkdirSync(backupFolder(path), { recursive: true })
    writeFileSync(join(backupFolder(path), damaged), 'not a database at all')
    await expect(Promise.resolve().then(() => core.handlers['cases.restore']({ file: damaged }))).rejects.toMatchObject({
      code: 'not_a_case_file'
    })
    expect(await titles(core)).toEqual(['Alpha memo'])
    core.close()
  })
})
