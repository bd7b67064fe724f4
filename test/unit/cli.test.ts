import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { run } from '../../src/main/cli/program'
import { openCaseDb } from '../../src/main/core/db/open'
import { SCHEMA_VERSION } from '../../src/main/core/db/migrations'

const RESOURCES = resolve(__dirname, '../../resources')

interface Result {
  code: number
  stdout: string
  stderr: string
}

async function casefile(...argv: string[]): Promise<Result> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    resourcesDir: RESOURCES
  })
  return { code, stdout, stderr }
}

const ARTICLE = `Drone sightings rise along the river

Troopers in Starr County logged more drones over the Rio Grande this winter than in any season before, according to a tally shared with reporters in McAllen.
`

describe('the casefile command line', () => {
  let dir: string
  let caseFile: string

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-cli-'))
    caseFile = join(dir, 'story.casefile')
  })

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates a case, and refuses to overwrite an existing file', async () => {
    const created = await casefile('new', caseFile, '--title', 'Drone memo')
    expect(created).toMatchObject({ code: 0, stderr: '' })
    expect(created.stdout).toContain('Drone memo')
    expect(existsSync(caseFile)).toBe(true)

    const again = await casefile('new', caseFile)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('imports a folder and reports each file: imported, duplicate, failed, skipped', async () => {
    await casefile('new', caseFile)
    const folder = join(dir, 'inbox')
    mkdirSync(join(folder, 'nested'), { recursive: true })
    writeFileSync(join(folder, 'a-sightings.txt'), ARTICLE)
    writeFileSync(join(folder, 'b-copy-of-sightings.txt'), ARTICLE)
    writeFileSync(join(folder, 'c-empty.txt'), '')
    writeFileSync(join(folder, 'report.docx'), 'PK\u0003\u0004 not really a word file')
    writeFileSync(join(folder, '.hidden-draft.txt'), 'a hidden draft that must not be imported')
    writeFileSync(join(folder, 'nested', 'memo-notes.md'), '# Memo notes\n\nThe header reads EPT-IOC and the date 01 February 2025.\n')

    const result = await casefile('import', caseFile, folder)
    expect(result.code).toBe(1)
    const { stdout } = result
    expect(stdout).toMatch(/imported\s+\S*a-sightings\.txt\s+as “Drone sightings rise along the river”/)
    expect(stdout).toMatch(/duplicate\s+\S*b-copy-of-sightings\.txt\s+already in the case as “Drone sightings rise along the river”/)
    expect(stdout).toMatch(/failed\s+\S*c-empty\.txt\s+“c-empty\.txt” is empty/)
    expect(stdout).toMatch(/imported\s+\S*memo-notes\.md\s+as “Memo notes”/)
    expect(stdout).toMatch(/Skipped 1 file of types Casefile does not import: \S*report\.docx/)
    expect(stdout).not.toContain('hidden-draft')
    expect(stdout).toContain('2 files imported, 1 duplicate skipped, 1 failed.')

    // A file of an unsupported type named explicitly is a failure, with the reason.
    const docx = await casefile('import', caseFile, join(folder, 'report.docx'), '--json')
    expect(docx.code).toBe(1)
    const report = JSON.parse(docx.stdout)
    expect(report).toMatchObject({ imported: 0, duplicates: 0, failed: 1, skipped: 0 })
    expect(report.files[0]).toMatchObject({ status: 'failed', error: { code: 'unsupported_type' } })
    expect(report.files[0].error.message).toMatch(/not a file type Casefile imports/)

    // Importing the same folder again: everything is a duplicate, nothing is stored twice.
    const again = await casefile('import', caseFile, join(folder, 'a-sightings.txt'), join(folder, 'nested'), '--json')
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 2, failed: 0 })
  })

  it('reports a missing path without stopping the other files', async () => {
    await casefile('new', caseFile)
    const good = join(dir, 'good.txt')
    writeFileSync(good, ARTICLE)
    const result = await casefile('import', caseFile, join(dir, 'missing.txt'), good, '--json')
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ imported: 1, failed: 1 })
    expect(report.files[0].error.message).toMatch(/There is no file or folder/)
  })

  it('lists documents as one JSON document', async () => {
    await casefile('new', caseFile)
    const file = join(dir, 'sightings.txt')
    writeFileSync(file, ARTICLE)
    await casefile('import', caseFile, file)

    const listed = await casefile('list', caseFile, '--json')
    expect(listed.code).toBe(0)
    const { documents } = JSON.parse(listed.stdout)
    expect(documents).toHaveLength(1)
    expect(documents[0]).toMatchObject({
      id: expect.any(Number),
      title: 'Drone sightings rise along the river',
      kind: 'note',
      outlet: null,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/)
    })

    const human = await casefile('list', caseFile)
    expect(human.stdout).toMatch(/ID\s+Kind\s+Title/)
    expect(human.stdout).toContain('1 document.')
  })

  it('writes the sample case and lists its questions with their passages', async () => {
    const sample = await casefile('sample', caseFile)
    expect(sample.code).toBe(0)

    const result = await casefile('questions', caseFile, '--json')
    expect(result.code).toBe(0)
    const { questions } = JSON.parse(result.stdout)
    expect(questions.length).toBeGreaterThanOrEqual(5)
    for (const question of questions) {
      expect(question).toMatchObject({ id: expect.any(Number), title: expect.any(String), status: expect.any(String) })
      expect(question.passages.length).toBeGreaterThan(0)
      for (const passage of question.passages) expect(passage.quote).toEqual(expect.any(String))
    }
    const figure = questions.find((question: { title: string }) => question.title === 'Verify the 260-incident figure')
    expect(figure.status).toBe('open')
    expect(figure.passages.map((passage: { quote: string }) => passage.quote)).toContain('A number like 260 does not come from us.')

    const human = await casefile('questions', caseFile)
    expect(human.stdout).toContain('[In progress] Obtain the EPT-IOC memo')
    expect(human.stdout).toContain("[Can't answer]")

    const documents = JSON.parse((await casefile('list', caseFile, '--json')).stdout).documents
    expect(documents).toHaveLength(5)
  })

  it('explains files that are not case files, in one sentence and without a stack trace', async () => {
    const fake = join(dir, 'x.casefile')
    writeFileSync(fake, 'This is a plain text file with a misleading name.\n'.repeat(20))
    const result = await casefile('list', fake)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/is not a Casefile case file/)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)

    const missing = await casefile('questions', join(dir, 'nowhere.casefile'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/There is no case file at/)
  })

  it('refuses a case written by a newer version of Casefile', async () => {
    await casefile('new', caseFile)
    const raw = new Database(caseFile)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    raw.close()
    const result = await casefile('list', caseFile, '--json')
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    expect(result.stderr).toMatch(/written by a newer version of Casefile/)
  })

  it('says when the case is open elsewhere', async () => {
    await casefile('new', caseFile)
    const holder = openCaseDb(caseFile)
    try {
      const result = await casefile('list', caseFile)
      expect(result.code).toBe(1)
      expect(result.stderr).toMatch(/is open in another Casefile window or program/)
    } finally {
      holder.close()
    }
  })

  it('searches a case: hits grouped by kind, pages counted from 1, matches marked', async () => {
    await casefile('sample', caseFile)
    const human = await casefile('search', caseFile, 'drone')
    expect(human).toMatchObject({ code: 0, stderr: '' })
    expect(human.stdout).toMatch(/^Documents \(\d+\)$/m)
    expect(human.stdout).toMatch(/^Passages \(\d+\)$/m)
    expect(human.stdout).toMatch(/— page 1\s+\(rank -?\d+\.\d\d\)/)
    // Not a terminal: matches between [[ ]], and no control characters at all.
    expect(human.stdout).toMatch(/\[\[drones?\]\]/i)
    expect(human.stdout).not.toMatch(/[\u0002\u0003\u001b]/)
    expect(human.stdout.indexOf('Documents (')).toBeLessThan(human.stdout.indexOf('Passages ('))

    const json = await casefile('search', caseFile, 'drone', '--kind', 'document', '--limit', '2', '--json')
    expect(json.code).toBe(0)
    const result = JSON.parse(json.stdout)
    expect(result.terms).toEqual(['drone'])
    expect(result.hits).toHaveLength(2)
    for (const hit of result.hits) {
      expect(hit).toMatchObject({ kind: 'document', id: expect.any(Number), documentId: hit.id, pageIndex: 0, rank: expect.any(Number) })
      expect(hit.snippet).not.toMatch(/[\u0002\u0003]/)
      expect(hit.matches.length).toBeGreaterThan(0)
      for (const { start, end } of hit.matches) expect(hit.snippet.slice(start, end)).toMatch(/^drones?$/i)
    }
    expect(result.hits[0].rank).toBeLessThanOrEqual(result.hits[1].rank)

    // On a terminal the matches are bold instead.
    let shown = ''
    await run(['search', caseFile, 'drone', '--kind', 'passages'], { stdout: (t) => (shown += t), stderr: () => {}, resourcesDir: RESOURCES, color: true })
    expect(shown).toMatch(/\x1b\[1mdrones?\x1b\[22m/i)
    expect(shown).not.toContain('Documents (')

    const questions = JSON.parse((await casefile('search', caseFile, 'kind:question figure', '--json')).stdout)
    expect(questions.hits.map((hit: { title: string }) => hit.title)).toContain('Verify the 260-incident figure')
  })

  it('finds nothing, calmly, for hostile or empty queries', async () => {
    await casefile('sample', caseFile)
    for (const query of ['"', '*', '-drone', '()', 'NEAR(zzqx', 'title:zzqx', "'; DROP TABLE zzqx; --", 'zzqx']) {
      const result = await casefile('search', caseFile, query)
      expect(result, query).toMatchObject({ code: 0, stderr: '' })
      expect(result.stdout, query).toMatch(/^Nothing found for “.*”\.$/m)
      expect(JSON.parse((await casefile('search', caseFile, query, '--json')).stdout).hits).toEqual([])
    }
    // FTS5 syntax is only ever words: "NEAR(" looks for the word "near".
    const near = await casefile('search', caseFile, 'NEAR(', '--json')
    expect(near.code).toBe(0)
    const nearHits = JSON.parse(near.stdout).hits as { snippet: string; matches: { start: number; end: number }[] }[]
    expect(nearHits.length).toBeGreaterThan(0)
    for (const hit of nearHits) for (const { start, end } of hit.matches) expect(hit.snippet.slice(start, end).toLowerCase()).toBe('near')
    expect(JSON.parse((await casefile('list', caseFile, '--json')).stdout).documents).toHaveLength(5)

    expect((await casefile('search', caseFile, 'drone', '--kind', 'memo')).code).toBe(2)
    expect((await casefile('search', caseFile, 'drone', '--limit', '0')).code).toBe(2)
    expect((await casefile('search', caseFile)).code).toBe(2)
    expect((await casefile('search', caseFile, 'drone', '--jsno')).code).toBe(2)
    expect((await casefile('search', join(dir, 'nowhere.casefile'), 'drone')).stderr).toMatch(/There is no case file at/)
  })

  it('checks a case, finds a damaged search index, and reindex repairs it', async () => {
    await casefile('sample', caseFile)
    expect(await casefile('check', caseFile)).toMatchObject({ code: 0, stdout: 'ok\n', stderr: '' })

    const raw = new Database(caseFile)
    raw.prepare('DELETE FROM pages_fts').run()
    raw.close()
    const broken = await casefile('check', caseFile)
    expect(broken.code).toBe(1)
    expect(broken.stdout).toMatch(/The search index pages_fts is out of step \(5 missing, 0 stale\)/)
    expect((await casefile('search', caseFile, 'drone', '--kind', 'document')).stdout).toMatch(/^Nothing found/)
    const report = JSON.parse((await casefile('check', caseFile, '--json')).stdout)
    expect(report).toMatchObject({ ok: false, problems: [expect.stringMatching(/pages_fts/)] })

    const reindexed = await casefile('reindex', caseFile)
    expect(reindexed.code).toBe(0)
    expect(reindexed.stdout).toMatch(/Rebuilt the search index of .*: 5 pages, \d+ passages, \d+ questions\./)
    expect(JSON.parse((await casefile('reindex', caseFile, '--json')).stdout)).toMatchObject({ pages: 5 })
    expect(await casefile('check', caseFile, '--json')).toMatchObject({ code: 0 })
    expect(JSON.parse((await casefile('check', caseFile, '--json')).stdout)).toEqual({ ok: true, problems: [] })
    expect((await casefile('search', caseFile, 'drone', '--kind', 'document')).stdout).toMatch(/^Documents \(/)
  })

  it('treats misuse as a usage error (exit 2)', async () => {
    const missingArgument = await casefile('import', caseFile)
    expect(missingArgument.code).toBe(2)
    expect(missingArgument.stderr).toMatch(/missing required argument/)
    expect((await casefile('frobnicate')).code).toBe(2)
    expect((await casefile('list', caseFile, '--no-such-flag')).code).toBe(2)
    const help = await casefile('--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/import \[options\] <case-file> <path\.\.\.>/)
  })
})
