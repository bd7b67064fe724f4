// Encryption at rest: an encrypted case keeps every kind of content out of every file the app
// writes (the case file, its write-ahead log, its backups, the recent list), a wrong or missing
// passphrase says so plainly, and the passphrase can be set, changed and removed.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { run } from '../../src/main/cli/program'
import { fileKind } from '../../src/main/core/db/open'
import { createCore } from '../../src/main/core/handlers'
import { b64, tempDir } from './helpers/tmp'

const PASSPHRASE = 'correct horse battery'

function coreIn(dir: string) {
  return createCore({
    shell: 'browser',
    version: 'test',
    casesDir: join(dir, 'cases'),
    settingsDir: join(dir, 'settings'),
    resourcesDir: resolve('resources'),
    backups: { openDelayMs: 0, intervalMs: 60_000 }
  })
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
}

/** Every file under `dir` holding `marker` in UTF-8 or UTF-16. */
function filesContaining(dir: string, marker: string): string[] {
  const needles = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le')]
  return filesUnder(dir).filter((path) => {
    const bytes = readFileSync(path)
    return needles.some((needle) => bytes.includes(needle))
  })
}

async function rejects(promise: () => unknown) {
  return Promise.resolve().then(promise).then(
    () => {
      throw new Error('expected a refusal')
    },
    (error: { code: string; message: string }) => error
  )
}

describe('an encrypted case', () => {
  it('writes no content in the clear, in any file, open or closed', async () => {
    const dir = tempDir()
    const core = coreIn(dir)
    const marker = (kind: string) => `zqx${kind}marker`
    const info = await core.handlers['cases.create']({ title: `Title ${marker('title')}`, passphrase: PASSPHRASE })
    expect(info.encrypted).toBe(true)
    const { document } = await core.handlers['documents.import']({
      name: 'memo.txt',
      data: b64(`Memo about the sector\n\nThe figure came from ${marker('document')} in March.`)
    })
    await core.handlers['documents.createNote']({ title: `Note ${marker('notetitle')}`, text: `Call back ${marker('note')}.` })
    const text = (await core.handlers['documents.get']({ id: document.id })).text
    const start = text.indexOf(marker('document'))
    const passage = await core.handlers['passages.create']({ documentId: document.id, start, end: start + marker('document').length })
    await core.handlers['questions.create']({
      title: `Who is ${marker('question')}?`,
      notes: `Ask about ${marker('questionnotes')}`,
      passageIds: [passage.id]
    })
    await core.handlers['contacts.create']({
      name: `Ana ${marker('contact')}`,
      terms: 'confidential',
      notes: `Met at ${marker('contactnotes')}`,
      channels: [{ type: 'email', value: `${marker('email')}@example.org` }]
    })
    await core.handlers['cases.backupNow']({})

    const markers = ['title', 'document', 'notetitle', 'note', 'question', 'questionnotes', 'contact', 'contactnotes', 'email'].map(marker)
    const leaks = () => markers.flatMap((m) => filesContaining(dir, m).map((file) => `${m} in ${file}`))
    expect(leaks()).toEqual([]) // while open: the case file and its write-ahead log
    core.close()
    expect(leaks()).toEqual([])
    expect(filesUnder(dir).length).toBeGreaterThanOrEqual(3) // case file, backup, recent list at least
    expect(fileKind(info.path)).toBe('encrypted')

    const reopened = coreIn(dir)
    expect(await rejects(() => reopened.handlers['cases.open']({ path: info.path }))).toMatchObject({
      code: 'passphrase_required'
    })
    const wrong = await rejects(() => reopened.handlers['cases.open']({ path: info.path, passphrase: 'not the one at all' }))
    expect(wrong).toMatchObject({ code: 'wrong_passphrase' })
    expect(wrong.message).toMatch(/passphrase does not open/)
    await reopened.handlers['cases.open']({ path: info.path, passphrase: PASSPHRASE })
    expect((await reopened.handlers['questions.list']({}))[0]!.title).toBe(`Who is ${marker('question')}?`)
    const recent = (await reopened.handlers['app.info']({})).recent[0]!
    expect(recent).toMatchObject({ encrypted: true })
    expect(recent.title).not.toMatch(marker('title'))
    reopened.close()
  })

  it('can be encrypted later, re-keyed and decrypted; old backups do not outlive their key', async () => {
    const dir = tempDir()
    const core = coreIn(dir)
    const { path } = await core.handlers['cases.create']({ title: 'Later' })
    await core.handlers['documents.import']({ name: 'a.txt', data: b64('Plain memo\n\nzqxplainmarker text.') })
    await core.handlers['cases.backupNow']({})
    expect(filesContaining(dir, 'zqxplainmarker').length).toBeGreaterThan(0)

    expect((await core.handlers['cases.changePassphrase']({ next: PASSPHRASE })).encrypted).toBe(true)
    expect(await core.handlers['cases.backups']({})).toHaveLength(1)
    expect(filesContaining(dir, 'zqxplainmarker')).toEqual([])

    const refused = await rejects(() => core.handlers['cases.changePassphrase']({ current: 'wrong guess', next: 'another secret' }))
    expect(refused).toMatchObject({ code: 'wrong_passphrase' })
    await core.handlers['cases.changePassphrase']({ current: PASSPHRASE, next: 'another secret' })
    core.close()

    const again = coreIn(dir)
    expect(await rejects(() => again.handlers['cases.open']({ path, passphrase: PASSPHRASE }))).toMatchObject({ code: 'wrong_passphrase' })
    await again.handlers['cases.open']({ path, passphrase: 'another secret' })
    const backup = (await again.handlers['cases.backups']({}))[0]!
    await again.handlers['cases.restore']({ file: backup.file })
    expect((await again.handlers['documents.list']({})).map((d) => d.title)).toEqual(['Plain memo'])
    expect((await again.handlers['cases.changePassphrase']({ current: 'another secret', next: null })).encrypted).toBe(false)
    again.close()
    expect(fileKind(path)).toBe('plain')
  })

  it('refuses a short passphrase', async () => {
    const core = coreIn(tempDir())
    const { dispatch } = await import('../../src/main/core/dispatch')
    const response = await dispatch(core.handlers, 'cases.create', { title: 'Short', passphrase: 'abc' })
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringMatching(/at least 8/) } })
  })
})

describe('the command line with an encrypted case', () => {
  const saved = process.env.CASEFILE_PASSPHRASE
  afterEach(() => {
    if (saved === undefined) delete process.env.CASEFILE_PASSPHRASE
    else process.env.CASEFILE_PASSPHRASE = saved
  })

  async function casefile(...argv: string[]) {
    let stdout = ''
    let stderr = ''
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), resourcesDir: resolve('resources') })
    return { code, stdout, stderr }
  }

  it('reads the passphrase from CASEFILE_PASSPHRASE, never from an argument', async () => {
    const caseFile = join(tempDir(), 'secret.casefile')
    delete process.env.CASEFILE_PASSPHRASE
    const none = await casefile('new', caseFile, '--encrypt')
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/Set CASEFILE_PASSPHRASE/)

    process.env.CASEFILE_PASSPHRASE = PASSPHRASE
    expect((await casefile('new', caseFile, '--encrypt', '--title', 'Secret'))).toMatchObject({ code: 0, stdout: expect.stringMatching(/encrypted case “Secret”/) })
    expect(fileKind(caseFile)).toBe('encrypted')
    expect((await casefile('list', caseFile)).code).toBe(0)
    expect((await casefile('check', caseFile)).code).toBe(0)

    process.env.CASEFILE_PASSPHRASE = 'the wrong one'
    expect((await casefile('list', caseFile)).stderr).toMatch(/That passphrase does not open “secret.casefile”/)
    delete process.env.CASEFILE_PASSPHRASE
    expect((await casefile('list', caseFile)).stderr).toMatch(/is encrypted\. Set CASEFILE_PASSPHRASE/)
    expect((await casefile('new', join(tempDir(), 'x.casefile'), '--passphrase', 'abc')).code).toBe(2)
  })
})
