// The crash test's writer: opens a case and imports and edits in a loop until it is killed. After
// each transaction commits it prints one line saying what it wrote, so the parent can check that
// every reported write survived the kill. Bundled by test/unit/crash.test.ts with Vite.
import { writeSync } from 'node:fs'
import { openCaseDb } from '../../src/main/core/db/open'
import { importFile } from '../../src/main/core/documents/service'
import { createPassage } from '../../src/main/core/passages/repo'
import { createQuestion, updateQuestion } from '../../src/main/core/questions/repo'

const [casePath, seedText] = process.argv.slice(2)
let seed = Number(seedText) || 1
const random = () => {
  // mulberry32: a small seeded generator, so a failing trial can be replayed.
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const WORDS = 'border patrol memo incident sector agent report figure union official press office river night count'.split(' ')
const words = (n: number) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
const report = (line: string) => writeSync(1, `${line}\n`)

const db = openCaseDb(casePath!)
report('ready')
const documents = db.prepare('SELECT id, length(text) AS length FROM documents').all() as { id: number; length: number }[]
const questions = (db.prepare('SELECT id FROM questions').pluck().all() as number[]).slice()

for (let step = 0; ; step++) {
  const choice = random()
  if (choice < 0.35 || documents.length === 0) {
    const name = `note-${seed}-${step}.txt`
    const text = `${words(5)}\n\n${words(50 + Math.floor(random() * 400))}\n`
    const { document } = importFile(db, { name, bytes: Buffer.from(text) })
    documents.push({ id: document.id, length: text.length - 1 })
    report(`document ${document.id} ${document.sha256}`)
  } else if (choice < 0.65) {
    const target = documents[Math.floor(random() * documents.length)]!
    const start = Math.floor(random() * (target.length - 40))
    const passage = createPassage(db, target.id, start, start + 10 + Math.floor(random() * 30))
    report(`passage ${passage.id} ${passage.documentId}`)
  } else if (choice < 0.85 || questions.length === 0) {
    const title = `Check ${words(3)} ${step}`
    const question = createQuestion(db, { title, notes: words(30) })
    questions.push(question.id)
    report(`question ${question.id} ${step}`)
  } else {
    const id = questions[Math.floor(random() * questions.length)]!
    const notes = `revision ${step}: ${words(20)}`
    updateQuestion(db, id, { notes, status: 'in_progress' })
    report(`notes ${id} ${step}`)
  }
}
