// `casefile contacts` on the sample case: the list with sourcing terms (confidential names withheld
// unless --reveal), the suggestions with their mention counts and documents, as text and JSON.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run } from '../../src/main/cli/program'

const RESOURCES = resolve(__dirname, '../../resources')
const SECRET = /Escamilla|Rubén/

async function casefile(...argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), resourcesDir: RESOURCES })
  return { code, stdout, stderr }
}

describe('casefile contacts', () => {
  let dir: string
  let caseFile: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'casefile-contacts-cli-'))
    caseFile = join(dir, 'sample.casefile')
    expect((await casefile('sample', caseFile)).code).toBe(0)
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('lists contacts with their terms, withholding confidential names', async () => {
    const human = await casefile('contacts', caseFile)
    expect(human).toMatchObject({ code: 0, stderr: '' })
    expect(human.stdout).toMatch(/^ID\s+Name\s+Kind\s+Terms\s+Affiliation\s+Last contacted\s+Follow up by$/m)
    expect(human.stdout).toMatch(/Arturo Peña-Salinas\s+person\s+On background\s+—\s+2025-02-05\s+2025-02-07/)
    expect(human.stdout).toMatch(/Confidential source \d+ ●\s+person\s+Confidential/)
    expect(human.stdout).toMatch(/Marisa Quintero\s+person\s+On the record\s+U\.S\. Customs and Border Protection/)
    expect(human.stdout).toContain('7 contacts. ● confidential: its name is withheld (--reveal shows it).')
    expect(human.stdout).not.toMatch(SECRET)

    const json = JSON.parse((await casefile('contacts', caseFile, '--json')).stdout) as { contacts: Record<string, unknown>[] }
    expect(json.contacts).toHaveLength(7)
    const secret = json.contacts.find((contact) => contact.confidential)!
    expect(secret).toMatchObject({ name: null, withheld: true, terms: 'confidential', displayName: expect.stringMatching(/^Confidential source \d+$/) })
    expect(JSON.stringify(json)).not.toMatch(SECRET)

    const revealed = await casefile('contacts', caseFile, '--reveal')
    expect(revealed.stdout).toMatch(/Rubén Escamilla ●\s+person\s+Confidential/)
    expect(revealed.stdout).toContain('7 contacts. ● confidential.')
    const revealedJson = JSON.parse((await casefile('contacts', caseFile, '--json', '--reveal')).stdout) as { contacts: Record<string, unknown>[] }
    expect(revealedJson.contacts.find((contact) => contact.confidential)).toMatchObject({ name: 'Rubén Escamilla', withheld: false })
  })

  it('suggests people and organisations with their mentions and documents', async () => {
    const human = await casefile('contacts', caseFile, '--suggest')
    expect(human).toMatchObject({ code: 0, stderr: '' })
    expect(human.stdout).toMatch(/^Name\s+Kind\s+Mentions\s+Documents$/m)
    expect(human.stdout).toMatch(/Tom Homan\s+person\s+1\s+Valley agents told to brace/)
    expect(human.stdout).toMatch(/Cartel del Golfo\s+organisation\s+3\s+/)
    expect(human.stdout).not.toMatch(SECRET)
    expect(human.stdout).not.toMatch(/Gilberto Ochoa/)

    const { suggestions } = JSON.parse((await casefile('contacts', caseFile, '--suggest', '--json')).stdout) as {
      suggestions: { name: string; kind: string; mentionCount: number; documents: { id: number; title: string }[] }[]
    }
    const garza = suggestions.find((suggestion) => suggestion.name === 'Elena Garza')!
    expect(garza).toMatchObject({ kind: 'person', mentionCount: 2 })
    expect(garza.documents.map((doc) => doc.title).sort()).toEqual([
      'Interview notes: Arturo Peña-Salinas, retired Border Patrol agent',
      'Valley agents told to brace for cartel drones carrying explosives'
    ])
  })

  it('says when there is nothing to list, and refuses misuse', async () => {
    const empty = join(dir, 'empty.casefile')
    await casefile('new', empty)
    expect((await casefile('contacts', empty)).stdout).toMatch(/no contacts yet/)
    expect((await casefile('contacts', empty, '--suggest')).stdout).toMatch(/^No suggestions/)
    expect((await casefile('contacts')).code).toBe(2)
    expect((await casefile('contacts', caseFile, '--sugest')).code).toBe(2)
    expect((await casefile('contacts', join(dir, 'missing.casefile'))).stderr).toMatch(/There is no case file at/)
  })
})
