import { chmodSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { CasefileError } from '../../src/shared/errors'
import { CASEFILE_APPLICATION_ID, openCaseDb } from '../../src/main/core/db/open'
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/main/core/db/migrations'
import { b64, tempCore, tempDir } from './helpers/tmp'

function codeOf(action: () => unknown): string | undefined {
  try {
    action()
  } catch (error) {
    return error instanceof CasefileError ? error.code : `not a CasefileError: ${String(error)}`
  }
  return undefined
}

describe('case files', () => {
  it('migrates an empty file to the current schema, marked as a Casefile file, in WAL mode', () => {
    const path = join(tempDir(), 'fresh.casefile')
    const db = openCaseDb(path, { create: true })
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('application_id', { simple: true })).toBe(CASEFILE_APPLICATION_ID)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()
    expect(tables).toEqual(expect.arrayContaining(['documents', 'passages', 'questions', 'question_passages', 'pages']))
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    db.close()
  })

  it('applies every migration on a fresh in-memory database', () => {
    const db = new Database(':memory:')
    MIGRATIONS.forEach((sql) => db.exec(sql))
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })

  it('refuses to create over an existing file', () => {
    const path = join(tempDir(), 'exists.casefile')
    writeFileSync(path, 'my notes')
    expect(codeOf(() => openCaseDb(path, { create: true }))).toBe('already_exists')
  })

  it('refuses a file that is not a database, and leaves it untouched', () => {
    const path = join(tempDir(), 'notes.casefile')
    writeFileSync(path, 'These are my notes, not a database.\n'.repeat(200))
    expect(codeOf(() => openCaseDb(path))).toBe('not_a_case_file')
    expect(Database).toBeDefined()
  })

  it('refuses another application’s SQLite database without converting it to WAL', () => {
    const path = join(tempDir(), 'other.sqlite')
    const other = new Database(path)
    other.exec('CREATE TABLE t (x)')
    other.close()
    expect(codeOf(() => openCaseDb(path))).toBe('not_a_case_file')
    const check = new Database(path)
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete')
    check.close()
  })

  it('refuses a case file written by a newer version, with a clear message', () => {
    const path = join(tempDir(), 'future.casefile')
    openCaseDb(path, { create: true }).close()
    const db = new Database(path)
    db.pragma(`user_version = ${SCHEMA_VERSION + 5}`)
    db.close()
    try {
      openCaseDb(path)
      expect.unreachable()
    } catch (error) {
      expect((error as CasefileError).code).toBe('newer_version')
      expect((error as Error).message).toMatch(/newer version of Casefile/)
    }
  })

  it('refuses a case that is open elsewhere (locked)', () => {
    const path = join(tempDir(), 'locked.casefile')
    const first = openCaseDb(path, { create: true })
    expect(codeOf(() => openCaseDb(path))).toBe('case_locked')
    first.close()
    openCaseDb(path).close()
  })

  it('refuses a read-only case file with a sentence saying what to do', () => {
    const path = join(tempDir(), 'readonly.casefile')
    openCaseDb(path, { create: true }).close()
    chmodSync(path, 0o444)
    expect(codeOf(() => openCaseDb(path))).toBe('read_only')
  })

  it('reports a missing file as not found', () => {
    expect(codeOf(() => openCaseDb(join(tempDir(), 'nope.casefile')))).toBe('not_found')
  })

  it('creates a case from a title, remembers it, and reopens it with everything in it', async () => {
    const core = tempCore()
    const info = await core.handlers['cases.create']({ title: 'Drone memo, Feb 2025' })
    expect(info.path).toMatch(/Drone memo, Feb 2025\.casefile$/)
    const imported = await core.handlers['documents.import']({ name: 'memo.txt', data: b64('EPT-IOC memo\n\nDrones over Tamaulipas.') })
    const passage = await core.handlers['passages.create']({ documentId: imported.document.id, start: 14, end: 20 })
    const question = await core.handlers['questions.create']({ title: 'Obtain the EPT-IOC memo', passageIds: [passage.id] })
    await core.handlers['cases.close']({})

    const recent = (await core.handlers['app.info']({})).recent
    expect(recent[0]).toMatchObject({ path: info.path, title: 'Drone memo, Feb 2025' })

    await core.handlers['cases.open']({ path: info.path })
    const reopened = await core.handlers['questions.get']({ id: question.id })
    expect(reopened.passages.map((p) => p.exact)).toEqual(['Drones'])
    expect(reopened.passages[0]!.questionIds).toEqual([question.id])
  })

  it('gives a second case with the same title its own file', async () => {
    const core = tempCore()
    const a = await core.handlers['cases.create']({ title: 'Same' })
    const b = await core.handlers['cases.create']({ title: 'Same' })
    expect(a.path).not.toBe(b.path)
  })

  it('remembers the pane layout per case', async () => {
    const core = tempCore()
    const info = await core.handlers['cases.create']({ title: 'Layout' })
    await core.handlers['cases.saveLayout']({ layout: [20, 55, 25] })
    await core.handlers['cases.close']({})
    expect((await core.handlers['cases.open']({ path: info.path })).layout).toEqual([20, 55, 25])
  })

  it('counts documents and questions without loading them', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Counts' })
    expect(await core.handlers['cases.counts']({})).toEqual({ documents: 0, questions: 0, contacts: 0, claims: 0 })
    await core.handlers['documents.import']({ name: 'a.txt', data: b64('One note.') })
    await core.handlers['questions.create']({ title: 'Who wrote it?' })
    await core.handlers['questions.create']({ title: 'When?' })
    expect(await core.handlers['cases.counts']({})).toEqual({ documents: 1, questions: 2, contacts: 0, claims: 0 })
  })

  it('answers "open a case first" when none is open', () => {
    const core = tempCore()
    expect(codeOf(() => core.handlers['documents.list']({}))).toBe('no_case_open')
  })
})
