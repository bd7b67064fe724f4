// Review mode and preferences at the core: a case opened for review refuses every change but the
// editor's decisions, leaves the file as it was and takes no backups beside it; the user name set in
// preferences persists and is who the audit log and sign-offs name.
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { METHODS, REVIEW_MODE_METHODS, type Method } from '../../src/shared/api'
import { createCore, type Core } from '../../src/main/core/handlers'
import { backupFolder } from '../../src/main/core/maintenance/backup'
import { b64, tempDir } from './helpers/tmp'

const MEMO = `Border memo

The memo says the drone flights doubled in February, according to the regional office.`

// Cores opened here hold case files open: closed after each test, whatever it did.
const cores: Core[] = []
afterEach(() => {
  while (cores.length) cores.pop()!.close()
})

function coreIn(dir: string): Core {
  const core = createCore({
    shell: 'browser',
    version: 'test',
    casesDir: join(dir, 'cases'),
    settingsDir: join(dir, 'settings'),
    resourcesDir: resolve('resources'),
    // A backup on opening, at once, whenever the case changed since the last one (as in editing).
    backups: { openDelayMs: 0, intervalMs: 50 }
  })
  cores.push(core)
  return core
}

/** The error code a call fails with (handlers may throw or reject), or null when it succeeds. */
async function failure(call: () => unknown): Promise<string | null> {
  try {
    await call()
    return null
  } catch (error) {
    return (error as { code?: string }).code ?? 'unknown'
  }
}

/** A case with a document, a passage, a question, a contact and a verified claim, closed again. */
async function preparedCase(dir: string) {
  const core = coreIn(dir)
  await core.handlers['app.setPreferences']({ userName: 'Rita Reporter' })
  const { path } = await core.handlers['cases.create']({ title: 'Under review' })
  const { document } = await core.handlers['documents.import']({ name: 'memo.txt', data: b64(MEMO) })
  const passage = await core.handlers['passages.create']({ documentId: document.id, start: 13, end: 60 })
  const question = await core.handlers['questions.create']({ title: 'Who counted?' })
  const contact = await core.handlers['contacts.create']({ name: 'Lena Ortiz' })
  const claim = await core.handlers['claims.create']({ passageId: passage.id, status: 'verified' })
  core.close()
  return { path, document, passage, question, contact, claim }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms))

describe('review mode', () => {
  it('opens read-only, refuses every method that could change the case, and leaves the file byte-identical', async () => {
    const dir = tempDir()
    const { path, document, passage, question, contact, claim } = await preparedCase(dir)
    rmSync(backupFolder(path), { recursive: true, force: true })
    const before = readFileSync(path)

    const core = coreIn(dir)
    const info = await core.handlers['cases.open']({ path, review: true })
    expect(info.readOnly).toBe(true)
    expect((await core.handlers['app.info']({})).openCase?.readOnly).toBe(true)

    // Every method outside the review list is refused before it runs, whatever it was given.
    const refused = METHODS.filter((method) => !REVIEW_MODE_METHODS.has(method))
    expect(refused.length).toBeGreaterThan(30)
    const handlers = core.handlers as unknown as Record<Method, (arg: unknown) => unknown>
    for (const method of refused) {
      expect({ method, code: await failure(() => handlers[method]({})) }).toEqual({ method, code: 'read_only' })
    }
    // And with real arguments, the refusal says why in one sentence.
    const attempts: [string, () => unknown][] = [
      ['questions.create', () => core.handlers['questions.create']({ title: 'Sneaky' })],
      ['documents.import', () => core.handlers['documents.import']({ name: 'b.txt', data: b64('Another memo\n\nText.') })],
      ['passages.create', () => core.handlers['passages.create']({ documentId: document.id, start: 0, end: 6 })],
      ['contacts.update', () => core.handlers['contacts.update']({ id: contact.id, name: 'Someone else' })],
      ['cases.saveLayout', () => core.handlers['cases.saveLayout']({ layout: [30, 70] })],
      ['claims.update', () => core.handlers['claims.update']({ id: claim.id, status: 'false' })],
      ['questions.delete', () => core.handlers['questions.delete']({ id: question.id })],
      ['cases.backupNow', () => core.handlers['cases.backupNow']({})]
    ]
    for (const [method, attempt] of attempts) {
      let message = ''
      try {
        await attempt()
      } catch (error) {
        message = (error as Error).message
        expect({ method, code: (error as { code?: string }).code }).toEqual({ method, code: 'read_only' })
      }
      expect(message).toMatch(/open for review/)
    }

    // Reading works.
    expect((await core.handlers['documents.list']({})).map((doc) => doc.id)).toEqual([document.id])
    expect((await core.handlers['questions.list']({})).map((item) => item.title)).toEqual(['Who counted?'])
    expect((await core.handlers['contacts.get']({ id: contact.id })).name).toBe('Lena Ortiz')
    expect((await core.handlers['claims.get']({ id: claim.id })).status).toBe('verified')
    expect((await core.handlers['passages.listForDocument']({ documentId: document.id })).map((p) => p.id)).toEqual([passage.id])
    expect((await core.handlers['audit.forItem']({ itemType: 'question', itemId: question.id })).map((entry) => entry.action)).toEqual(['created'])
    expect(await core.handlers['cases.counts']({})).toMatchObject({ documents: 1, questions: 1, contacts: 1, claims: 1 })

    await sleep(150) // an editing session would have backed up by now (on opening, and on its timer)
    expect(existsSync(backupFolder(path))).toBe(false)
    expect(readFileSync(path).equals(before)).toBe(true)
    core.close()
    expect(readFileSync(path).equals(before)).toBe(true)
    expect(existsSync(backupFolder(path))).toBe(false)
  })

  it('lets the editor sign off and send back in review mode, recorded under the user name', async () => {
    const dir = tempDir()
    const { path, claim } = await preparedCase(dir)
    const core = coreIn(dir)
    await core.handlers['app.setPreferences']({ userName: 'Ed Itor' })
    await core.handlers['cases.open']({ path, review: true })

    const signed = await core.handlers['reviews.signOff']({ claimId: claim.id, note: 'Solid.' })
    expect(signed.review).toBe('signed_off')
    expect(signed.reviews[0]).toMatchObject({ decision: 'signed_off', reviewer: 'Ed Itor', note: 'Solid.' })
    const sentBack = await core.handlers['reviews.sendBack']({ claimId: claim.id, note: 'Name the office.' })
    expect(sentBack.review).toBe('sent_back')

    const entries = await core.handlers['audit.forItem']({ itemType: 'claim', itemId: claim.id })
    expect(entries.slice(0, 2).map((entry) => [entry.action, entry.actor, entry.summary])).toEqual([
      ['sent_back', 'Ed Itor', 'Sent back by Ed Itor: “Name the office.”'],
      ['signed_off', 'Ed Itor', 'Signed off by Ed Itor: “Solid.”']
    ])
    // The claim itself still cannot change.
    expect(await failure(() => core.handlers['claims.update']({ id: claim.id, status: 'disputed' }))).toBe('read_only')
    expect(existsSync(backupFolder(path))).toBe(false)
  })

  it('switches back to editing when the same file is opened normally, even while it is open for review', async () => {
    const dir = tempDir()
    const { path } = await preparedCase(dir)
    rmSync(backupFolder(path), { recursive: true, force: true })
    const core = coreIn(dir)
    expect((await core.handlers['cases.open']({ path, review: true })).readOnly).toBe(true)
    expect(await failure(() => core.handlers['questions.create']({ title: 'Not yet' }))).toBe('read_only')

    const editing = await core.handlers['cases.open']({ path })
    expect(editing.readOnly).toBe(false)
    expect((await core.handlers['app.info']({})).openCase?.readOnly).toBe(false)
    const question = await core.handlers['questions.create']({ title: 'Now it works' })
    expect(question.title).toBe('Now it works')
    // Editing takes backups again (the case changed since the last one).
    expect(existsSync(backupFolder(path))).toBe(true)

    // And back to review from editing, without closing first.
    expect((await core.handlers['cases.open']({ path, review: true })).readOnly).toBe(true)
    expect(await failure(() => core.handlers['questions.update']({ id: question.id, status: 'answered' }))).toBe('read_only')
    expect((await core.handlers['questions.get']({ id: question.id })).status).toBe('open')
  })

  it('switches an encrypted case between editing and review without asking for its passphrase again', async () => {
    const core = coreIn(tempDir())
    const { path } = await core.handlers['cases.create']({ title: 'Sealed', passphrase: 'correct horse battery' })
    expect((await core.handlers['cases.open']({ path, review: true })).readOnly).toBe(true)
    const info = await core.handlers['cases.open']({ path })
    expect(info.readOnly).toBe(false)
    expect(info.encrypted).toBe(true)
  })
})

describe('preferences', () => {
  it('persist the user name across sessions, and the audit log names it on the next change', async () => {
    const dir = tempDir()
    const first = coreIn(dir)
    expect((await first.handlers['app.info']({})).preferences).toEqual({ userName: null })
    const { path } = await first.handlers['cases.create']({ title: 'Names' })
    const saved = await first.handlers['app.setPreferences']({ userName: '  Ana Editor ' })
    expect(saved.userName?.trim()).toBe('Ana Editor')
    // Takes effect at once for the case already open.
    const question = await first.handlers['questions.create']({ title: 'Who?' })
    first.close()

    const second = coreIn(dir) // a new session over the same settings folder
    expect((await second.handlers['app.info']({})).preferences).toEqual({ userName: 'Ana Editor' })
    await second.handlers['cases.open']({ path })
    await second.handlers['questions.update']({ id: question.id, status: 'answered' })
    const entries = await second.handlers['audit.forItem']({ itemType: 'question', itemId: question.id })
    expect(entries.map((entry) => [entry.action, entry.actor])).toEqual([
      ['updated', 'Ana Editor'],
      ['created', 'Ana Editor']
    ])

    // A new name applies to the next change; clearing it falls back to the computer account, never to nobody.
    await second.handlers['app.setPreferences']({ userName: 'Ana Other' })
    await second.handlers['questions.update']({ id: question.id, priority: 'high' })
    await second.handlers['app.setPreferences']({ userName: null })
    await second.handlers['questions.update']({ id: question.id, priority: 'low' })
    const actors = (await second.handlers['audit.forItem']({ itemType: 'question', itemId: question.id })).map((entry) => entry.actor)
    expect(actors[1]).toBe('Ana Other')
    expect(actors[0]).not.toBe('Ana Other')
    expect(actors[0]!.length).toBeGreaterThan(0)
    expect((await second.handlers['app.info']({})).preferences).toEqual({ userName: null })
    second.close()
  })
})
