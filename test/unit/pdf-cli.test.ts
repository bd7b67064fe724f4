// `casefile import` with PDFs: folders of them, progress by page, Ctrl+C, passwords from the environment.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { run, type CliIo } from '../../src/main/cli/program'
import { corruptMiddle, longPdf, textPdf } from '../helpers/pdfs'

const RESOURCES = resolve(__dirname, '../../resources')

async function casefile(argv: string[], io: Partial<CliIo> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => {
      stderr += text
      io.stderr?.(text)
    },
    resourcesDir: RESOURCES,
    ...(io.progress ? { progress: true } : {}),
    ...(io.onInterrupt ? { onInterrupt: io.onInterrupt } : {}),
    ...(io.env ? { env: io.env } : {})
  })
  return { code, stdout, stderr }
}

describe('casefile import with PDFs', () => {
  let dir: string
  let caseFile: string
  let filing: Buffer

  beforeAll(async () => {
    filing = await longPdf(400, (page) => `Ledger page ${page}. ${'Each line records a payment to the port office. '.repeat(12)}`)
  }, 60_000)

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-pdf-cli-'))
    caseFile = join(dir, 'port.casefile')
    expect((await casefile(['new', caseFile])).code).toBe(0)
  })

  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const documentCount = async () => JSON.parse((await casefile(['list', caseFile, '--json'])).stdout).documents.length as number

  it('imports a folder of PDFs; a damaged one fails with its reason and the rest are imported', async () => {
    const folder = join(dir, 'inbox')
    mkdirSync(folder)
    const memo = await textPdf(['Port office memo: the night shift logged twelve unregistered vessels.'], { info: { title: 'Port office memo' } })
    writeFileSync(join(folder, 'a-memo.pdf'), memo)
    writeFileSync(join(folder, 'b-damaged.pdf'), corruptMiddle(await textPdf(['A page that will be damaged. '.repeat(80), 'Another page. '.repeat(80)])))
    writeFileSync(join(folder, 'c-ledger.pdf'), filing)
    writeFileSync(join(folder, 'd-notes.txt'), 'Phone notes: the harbour master declined to comment.')

    const result = await casefile(['import', caseFile, folder, '--json'])
    expect(result.code).toBe(1)
    const report = JSON.parse(result.stdout)
    expect(report).toMatchObject({ imported: 3, duplicates: 0, failed: 1, skipped: 0 })
    expect(report.files.map((file: { path: string; status: string }) => [file.path.slice(folder.length + 1), file.status])).toEqual([
      ['a-memo.pdf', 'imported'],
      ['b-damaged.pdf', 'failed'],
      ['c-ledger.pdf', 'imported'],
      ['d-notes.txt', 'imported']
    ])
    expect(report.files[0].document).toMatchObject({ title: 'Port office memo', kind: 'memo' })
    expect(report.files[1].error).toMatchObject({ code: 'corrupt_file', message: expect.stringMatching(/^“b-damaged\.pdf” is damaged/) })

    const search = await casefile(['search', caseFile, 'unregistered vessels', '--json'])
    expect(JSON.parse(search.stdout).hits[0]).toMatchObject({ kind: 'document', title: 'Port office memo', pageIndex: 0 })
    expect((await casefile(['check', caseFile])).code).toBe(0)
  })

  it('shows “file x of n · page y of m” on stderr while it reads PDFs', async () => {
    const first = join(dir, 'ledger-1.pdf')
    const second = join(dir, 'ledger-2.pdf')
    writeFileSync(first, filing)
    writeFileSync(second, await longPdf(300, (page) => `Second ledger, page ${page}. ${'Payments to the pilots. '.repeat(20)}`))
    const result = await casefile(['import', caseFile, first, second], { progress: true })
    expect(result.code).toBe(0)
    expect(result.stderr).toMatch(/Importing file [12] of 2 · page \d+ of (400|300)…/)
    expect(result.stderr.endsWith('\r\x1b[K')).toBe(true)
    expect(result.stdout).toContain('2 files imported')
  })

  it('stops cleanly on Ctrl+C: exit 1, a sentence, nothing of the PDF being read written', async () => {
    const path = join(dir, 'ledger.pdf')
    writeFileSync(path, filing)
    let interrupt: (() => void) | null = null
    let stopped = false
    const result = await casefile(['import', caseFile, path], {
      progress: true,
      onInterrupt: (listener) => {
        interrupt = listener
        return () => (stopped = true)
      },
      stderr: (text) => {
        const page = /page (\d+) of/.exec(text)
        if (page && Number(page[1]) >= 3) interrupt?.()
      }
    })
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Import stopped: 0 files imported before the interruption; nothing of the files still being read was saved.')
    expect(stopped).toBe(true)
    expect(await documentCount()).toBe(0)
    expect((await casefile(['check', caseFile])).code).toBe(0)
  })

  it('opens protected PDFs with a password from the environment, and never asks for one', async () => {
    const path = join(dir, 'sealed.pdf')
    writeFileSync(path, await textPdf(['Sealed: the pilots’ union paid the inspector in cash.'], { userPassword: 'north-jetty' }))

    const without = await casefile(['import', caseFile, path, '--json'])
    expect(without.code).toBe(1)
    expect(JSON.parse(without.stdout).files[0].error).toMatchObject({
      code: 'password_required',
      message: expect.stringMatching(/^“sealed\.pdf” is protected by a password\. .*--password-env/)
    })

    const unset = await casefile(['import', caseFile, path, '--password-env', 'CASEFILE_TEST_PASSWORD'], { env: {} })
    expect(unset.code).toBe(1)
    expect(unset.stderr).toBe('The environment variable CASEFILE_TEST_PASSWORD is not set: set it to the PDF password, or leave out --password-env.\n')

    const withPassword = await casefile(['import', caseFile, path, '--password-env', 'CASEFILE_TEST_PASSWORD'], {
      env: { CASEFILE_TEST_PASSWORD: 'north-jetty' }
    })
    expect(withPassword.code).toBe(0)
    expect(await documentCount()).toBe(1)
  })
})
