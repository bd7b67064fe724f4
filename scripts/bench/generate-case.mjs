// Generates the search benchmark's large case, as a document leak would fill one: 10,000 documents
// (about 50 million characters of nlp-corpus English, memos and e-mails and articles of very
// different lengths, split into pages of about 3,000 characters), 100,000 passages and 5,000 open
// questions, written through the core's own repo functions. Documents go in through insertDocument,
// 250 per transaction (importFile would give each file its own transaction and extraction, which is
// the import benchmark's business); passages through createPassage and questions through
// createQuestion/updateQuestion, in batched transactions. Deterministic (seeded).
//
// The case and the same text as 10,000 .txt files (for ripgrep) are cached in
// .bench/leak/<CASE_VERSION>-<documents>/; meta.json is written last and marks the cache complete.
// Change CASE_VERSION whenever the output would change.
//
// On its own: `node_modules/.bin/node scripts/bench/generate-case.mjs [--documents N]` prints where
// the case is (open it with the app or `casefile search`).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AUTHORS, headline, loadSentences, OUTLETS, paragraphs, random } from './articles.mjs'

export const CASE_VERSION = 'leak-v1'

const KINDS = [
  ['email', 0.35],
  ['memo', 0.2],
  ['article', 0.2],
  ['transcript', 0.1],
  ['social', 0.1],
  ['note', 0.05]
]
const MORE_OUTLETS = ['Ministerio del Interior', 'Río Bravo Logistics', 'Secretaría de Seguridad', 'Harbor Evening Post']
const PAGE_CHARS = 3000
const DAY = 86_400_000

/** Returns the paths of the (possibly cached) case and text folder, and what they hold. */
export function generateLeakCase(root, core, options = {}) {
  const documents = options.documents ?? 10_000
  const passages = options.passages ?? documents * 10
  const questions = options.questions ?? Math.round(documents / 2)
  const log = options.log ?? (() => {})
  const dir = join(root, '.bench', 'leak', `${CASE_VERSION}-${documents}`)
  const paths = { dir, casePath: join(dir, 'case.casefile'), textDir: join(dir, 'texts'), metaPath: join(dir, 'meta.json') }
  if (existsSync(paths.metaPath)) {
    const meta = JSON.parse(readFileSync(paths.metaPath, 'utf8'))
    if (meta.version === CASE_VERSION && meta.passages >= passages * 0.99 && meta.questions === questions) return { ...paths, meta, cached: true }
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(paths.textDir, { recursive: true })

  const started = performance.now()
  const sentences = loadSentences()
  const next = random(20250301)
  const db = core.openCaseDb(paths.casePath, { create: true })
  try {
    db.transaction(() => core.initCase(db, 'Benchmark leak', '2025-03-01T00:00:00.000Z'))()
    const docs = writeDocuments(core, db, next, sentences, documents, paths.textDir, log)
    const t1 = performance.now()
    const passageIds = writePassages(core, db, next, docs, passages, log)
    const t2 = performance.now()
    writeQuestions(core, db, next, sentences, passageIds, questions, log)
    const t3 = performance.now()
    const count = (table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    const meta = {
      version: CASE_VERSION,
      documents: count('documents'),
      pages: count('pages'),
      passages: count('passages'),
      questions: count('questions'),
      characters: docs.reduce((sum, doc) => sum + doc.length, 0),
      seconds: {
        documents: (t1 - started) / 1000,
        passages: (t2 - t1) / 1000,
        questions: (t3 - t2) / 1000,
        total: (performance.now() - started) / 1000
      }
    }
    db.close()
    writeFileSync(paths.metaPath, JSON.stringify(meta, null, 2))
    return { ...paths, meta, cached: false }
  } finally {
    if (db.open) db.close()
  }
}

function pickKind(next) {
  let r = next()
  for (const [kind, share] of KINDS) if ((r -= share) <= 0) return kind
  return 'note'
}

/** Lengths spread as in a real leak: many short e-mails and posts, a few long reports. */
function targetLength(next, kind) {
  const mean = { email: 3500, memo: 6000, article: 7000, transcript: 12000, social: 600, note: 2500 }[kind]
  const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next())
  return Math.max(200, Math.min(120_000, Math.round(mean * Math.exp(0.7 * normal - 0.245))))
}

/** Splits paragraphs into pages of about PAGE_CHARS characters, as a PDF's pages would fall. */
function paginate(body) {
  let text = ''
  const pages = []
  let start = 0
  body.forEach((paragraph, index) => {
    if (index > 0) {
      if (text.length - start >= PAGE_CHARS) {
        pages.push({ label: String(pages.length + 1), start, end: text.length })
        start = text.length + 2
      }
      text += '\n\n'
    }
    text += paragraph
  })
  pages.push({ label: String(pages.length + 1), start, end: text.length })
  return { text, pages }
}

function writeDocuments(core, db, next, sentences, count, textDir, log) {
  const docs = [] // { id, length }
  const outlets = [...OUTLETS, ...MORE_OUTLETS]
  const batch = 250
  for (let first = 0; first < count; first += batch) {
    db.transaction(() => {
      for (let index = first; index < Math.min(count, first + batch); index++) {
        const kind = pickKind(next)
        const title = headline(next, sentences)
        const { text, pages } = paginate(paragraphs(next, sentences, targetLength(next, kind)))
        const bytes = Buffer.from(text)
        const publishedAt = new Date(Date.UTC(2023, 0, 1) + Math.floor(next() * 3 * 365) * DAY).toISOString()
        const id = core.insertDocument(db, {
          kind,
          title,
          outlet: kind === 'note' ? null : outlets[Math.floor(next() * outlets.length)],
          author: AUTHORS[Math.floor(next() * AUTHORS.length)],
          publishedAt,
          url: null,
          sourceName: `${String(index).padStart(5, '0')}-${kind}.txt`,
          mimeType: 'text/plain',
          encoding: 'utf-8',
          sha256: core.sha256(bytes),
          retrievedAt: publishedAt,
          importedAt: new Date(Date.UTC(2025, 2, 1) + index * 1000).toISOString(),
          text,
          original: bytes,
          pages
        })
        docs.push({ id, length: text.length })
        // ripgrep reads the same words the index holds: the title and the text.
        writeFileSync(join(textDir, `${String(index).padStart(5, '0')}.txt`), `${title}\n\n${text}\n`)
      }
    })()
    if ((first / batch) % 8 === 7) log(`  documents: ${first + batch} of ${count}`)
  }
  return docs
}

function writePassages(core, db, next, docs, count, log) {
  // A document's share of the passages follows its length; spans are whole words, 40–400 characters.
  const cumulative = []
  let sum = 0
  for (const doc of docs) cumulative.push((sum += doc.length))
  const pickDoc = () => {
    const r = next() * sum
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >> 1
      if (cumulative[mid] < r) low = mid + 1
      else high = mid
    }
    return docs[low]
  }
  const textOf = db.prepare('SELECT text FROM documents WHERE id = ?').pluck()
  const ids = []
  const batch = 5000
  while (ids.length < count) {
    db.transaction(() => {
      const goal = Math.min(count, ids.length + batch)
      for (let attempt = 0; ids.length < goal && attempt < batch * 2; attempt++) {
        const doc = pickDoc()
        const text = textOf.get(doc.id)
        let start = Math.floor(next() * Math.max(1, text.length - 40))
        let end = Math.min(text.length, start + 40 + Math.floor(next() * 360))
        while (start > 0 && /\S/.test(text[start - 1])) start--
        while (end < text.length && /\S/.test(text[end])) end++
        const passage = core.createPassage(db, doc.id, start, end)
        if (passage.id > (ids.at(-1) ?? 0)) ids.push(passage.id) // an existing span comes back as it was
      }
    })()
    if ((ids.length / batch) % 4 === 0) log(`  passages: ${ids.length} of ${count}`)
  }
  return ids
}

function writeQuestions(core, db, next, sentences, passageIds, count, log) {
  const verbs = ['Verify', 'Who wrote', 'Confirm', 'Find the source of', 'Ask about', 'Check the date of', 'Get documents on']
  const statuses = ['open', 'open', 'in_progress', 'answered', 'cant_answer', 'dropped']
  const priorities = ['low', 'normal', 'normal', 'high', 'urgent']
  const batch = 500
  for (let first = 0; first < count; first += batch) {
    db.transaction(() => {
      for (let index = first; index < Math.min(count, first + batch); index++) {
        const subject = headline(next, sentences).toLowerCase()
        const title = `${verbs[Math.floor(next() * verbs.length)]} ${subject}`.slice(0, 200)
        const notes = next() < 0.6 ? sentences[Math.floor(next() * sentences.length)] : ''
        const linked = Array.from({ length: Math.floor(next() * 4) }, () => passageIds[Math.floor(next() * passageIds.length)])
        const question = core.createQuestion(db, {
          title,
          notes,
          priority: priorities[Math.floor(next() * priorities.length)],
          passageIds: [...new Set(linked)]
        })
        const status = statuses[Math.floor(next() * statuses.length)]
        if (status !== 'open') core.updateQuestion(db, question.id, { status, assignee: AUTHORS[index % AUTHORS.length] })
      }
    })()
    if ((first / batch) % 4 === 3) log(`  questions: ${first + batch} of ${count}`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { documents: { type: 'string', default: '10000' } } })
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  const { loadCore } = await import('./bundle.mjs')
  const core = await loadCore(root)
  const result = generateLeakCase(root, core, { documents: Math.max(100, Number(values.documents)), log: console.error })
  console.log(`${result.cached ? 'Cached' : 'Generated'}: ${result.casePath}\n${JSON.stringify(result.meta, null, 2)}`)
}
