import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_BYTES } from '../../src/shared/api'
import { CasefileError } from '../../src/shared/errors'
import { extractDocument } from '../../src/main/core/documents/extract'
import { importFile } from '../../src/main/core/documents/service'
import { b64, tempCore } from './helpers/tmp'

async function openCore() {
  const core = tempCore()
  await core.handlers['cases.create']({ title: 'Import tests' })
  return core
}

function errorCode(action: () => unknown): string | undefined {
  try {
    action()
  } catch (error) {
    if (error instanceof CasefileError) return error.code
    throw error
  }
  return undefined
}

const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)))

const HOSTILE_HTML = `<!doctype html>
<html><head>
<meta charset="utf-8">
<title>Page title | The Border Ledger</title>
<meta property="og:title" content="Agents told to carry tourniquets after drone alert">
<meta property="og:site_name" content="The Border Ledger">
<meta name="author" content="Ana Núñez">
<meta property="article:published_time" content="2025-02-03T14:00:00Z">
<link rel="canonical" href="https://ledger.example/2025/02/drone-alert">
<script>window.stolen = document.cookie</script>
</head>
<body onload="alert(1)">
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article>
<h1>Agents told to carry tourniquets after drone alert</h1>
<p>An internal alert dated the first of February warned agents near Fronton that explosive drones could be used against them. <img src="https://tracker.example/pixel.png" onerror="alert(2)"></p>
<iframe src="https://ads.example/frame"></iframe>
<p>The bulletin, credited to the EPT-IOC, asked agents to keep rifles within reach and to report every drone they see to their supervisors without delay.</p>
<p>Officials in McAllen declined to comment on the record, and a spokesperson for the agency said it does not discuss internal security guidance.</p>
<script>document.write('<p>INJECTED</p>')</script>
</article>
</body></html>`

describe('importing documents', () => {
  it('imports plain text with its original bytes, SHA-256 and import time', async () => {
    const core = await openCore()
    const text = 'Interview notes, 3 Feb\n\nCalled the sector press office at 10:40.'
    const outcome = await core.handlers['documents.import']({ name: 'notes.txt', data: b64(text), lastModified: Date.UTC(2025, 1, 3) })
    expect(outcome.status).toBe('imported')
    const doc = await core.handlers['documents.get']({ id: outcome.document.id })
    expect(doc).toMatchObject({ title: 'Interview notes, 3 Feb', kind: 'note', text, encoding: 'utf-8', sourceName: 'notes.txt' })
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.retrievedAt).toBe('2025-02-03T00:00:00.000Z')
    expect(Date.parse(doc.importedAt)).toBeGreaterThan(Date.now() - 60_000)
    const original = core.currentDb()!.prepare('SELECT bytes FROM document_originals WHERE document_id = ?').pluck().get(doc.id) as Buffer
    expect(original.toString('utf8')).toBe(text)
  })

  it('takes a Markdown title from its first heading', () => {
    const doc = extractDocument('story.md', new TextEncoder().encode('Intro line\n\n# Drones at the border\n\nBody.'))
    expect(doc.title).toBe('Drones at the border')
    expect(doc.kind).toBe('article')
  })

  it('extracts an HTML article and its metadata, and strips everything active or remote', () => {
    const doc = extractDocument('ledger.html', new TextEncoder().encode(HOSTILE_HTML))
    expect(doc).toMatchObject({
      title: 'Agents told to carry tourniquets after drone alert',
      outlet: 'The Border Ledger',
      author: 'Ana Núñez',
      publishedAt: '2025-02-03T14:00:00.000Z',
      url: 'https://ledger.example/2025/02/drone-alert',
      mimeType: 'text/html'
    })
    expect(doc.text).toContain('explosive drones could be used against them.')
    expect(doc.text).toContain('credited to the EPT-IOC')
    expect(doc.text.split('\n\n').length).toBeGreaterThanOrEqual(3)
    for (const hostile of ['stolen', 'alert(', 'INJECTED', 'tracker.example', 'ads.example', '<', 'Home News']) {
      expect(doc.text).not.toContain(hostile)
    }
  })

  it('reads windows-1252 and latin-1 text so that “Peña” stays “Peña”', () => {
    const doc = extractDocument('latin.txt', latin1('Interview with Rosa Pe\u00f1a, Nuevo Le\u00f3n \u0093quoted\u0094'.replace('\u0093', '\x93').replace('\u0094', '\x94')))
    expect(doc.text).toBe('Interview with Rosa Peña, Nuevo León “quoted”')
    expect(doc.encoding).toBe('windows-1252')
  })

  it('honours the charset an HTML page declares', () => {
    const html = '<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body><p>La se\xf1ora Pe\xf1a habl\xf3 con los agentes en la frontera durante la ma\xf1ana del lunes.</p></body></html>'
    const doc = extractDocument('cafe.html', latin1(html))
    expect(doc.title).toBe('Café')
    expect(doc.text).toContain('La señora Peña habló')
  })

  it('composes accents so one name has one spelling', () => {
    const doc = extractDocument('nfd.txt', new TextEncoder().encode('Pen\u0303a'))
    expect(doc.text).toBe('Peña')
  })

  it('rejects damaged UTF-8 instead of guessing', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Peña dijo: '), 0xe2, 0x28, 0xa1, ...new TextEncoder().encode(' fin')])
    expect(errorCode(() => extractDocument('broken.txt', bytes))).toBe('invalid_encoding')
  })

  it('rejects binary data, empty files, blank files, huge files and unsupported types with clear codes', () => {
    expect(errorCode(() => extractDocument('x.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])))).toBe('binary_file')
    expect(errorCode(() => extractDocument('x.txt', new Uint8Array()))).toBe('empty_file')
    expect(errorCode(() => extractDocument('x.md', new TextEncoder().encode('  \n\t\n')))).toBe('empty_file')
    expect(errorCode(() => extractDocument('x.txt', new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)))).toBe('too_large')
    expect(errorCode(() => extractDocument('memo.docx', new Uint8Array([1, 2, 3])))).toBe('unsupported_type')
    expect(errorCode(() => extractDocument('x.html', new TextEncoder().encode('<script>only()</script>')))).toBe('empty_file')
  })

  it('stores a file imported twice only once and points to the first copy', async () => {
    const core = await openCore()
    const data = b64('Same bytes, twice.')
    const first = await core.handlers['documents.import']({ name: 'a.txt', data })
    const second = await core.handlers['documents.import']({ name: 'renamed-copy.txt', data })
    expect(second).toEqual({ status: 'duplicate', document: first.document })
    expect(await core.handlers['documents.list']({})).toHaveLength(1)
  })

  it('writes nothing when an import fails', async () => {
    const core = await openCore()
    const db = core.currentDb()!
    expect(errorCode(() => importFile(db, { name: 'x.txt', bytes: new Uint8Array([0, 1, 2]) }))).toBe('binary_file')
    for (const table of ['documents', 'document_originals', 'pages']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0)
    }
  })

  it('corrects metadata by hand, and filters the list by title, outlet or author', async () => {
    const core = await openCore()
    const { document } = await core.handlers['documents.import']({ name: 'ledger.html', data: b64(HOSTILE_HTML) })
    const updated = await core.handlers['documents.update']({ id: document.id, outlet: 'Border Ledger', author: '', publishedAt: '2025-02-03' })
    expect(updated).toMatchObject({ outlet: 'Border Ledger', author: null, publishedAt: '2025-02-03' })
    expect(await core.handlers['documents.list']({ filter: 'ledger' })).toHaveLength(1)
    expect(await core.handlers['documents.list']({ filter: '100%_' })).toHaveLength(0)
  })

  it('keeps a pasted note', async () => {
    const core = await openCore()
    const note = await core.handlers['documents.createNote']({ title: 'Call with desk', text: 'Line one\r\nLine two' })
    expect((await core.handlers['documents.get']({ id: note.id })).text).toBe('Line one\nLine two')
  })
})

describe('Markdown', () => {
  it('is read as it renders: no heading marks, emphasis or link syntax in the text', () => {
    const source = '# Drones at the border\n\n*By Ana Núñez*\n\nAgents in **McAllen** were told to [report sightings](https://example.com).\n\n- first aid kits\n- tourniquets\n\n<script>alert(1)</script>'
    const doc = extractDocument('story.md', new TextEncoder().encode(source))
    expect(doc.title).toBe('Drones at the border')
    expect(doc.text).toBe('Drones at the border\n\nBy Ana Núñez\n\nAgents in McAllen were told to report sightings.\n\nfirst aid kits\n\ntourniquets')
  })

  it('keeps quotes, code and tables as text, and ampersands and angle brackets as written', () => {
    const source = '> An agent said *on background*: "carry tourniquets".\n\n```\nEPT-IOC <memo>\n```\n\n| Year | Incidents |\n|---|---|\n| 2023 | 260 |\n\nA & B < C'
    const doc = extractDocument('notes.md', new TextEncoder().encode(source))
    expect(doc.text).toBe('An agent said on background: "carry tourniquets".\n\nEPT-IOC <memo>\n\nYear\tIncidents\n2023\t260\n\nA & B < C')
  })
})
