// The mentions benchmark (`npm run bench -- mentions`): on a copy of the generated 10,000-document
// case (scripts/bench/generate-case.mjs, cached in .bench/leak/), 500 contacts — 400 with names that
// really occur in the generated text (capitalised word pairs found in it, a third with a one-word
// alias as well) and 100 invented ones that occur nowhere — then:
//  - the full scan: every document read for every contact's names and the mentions stored
//    (rebuildMentions, what `casefile reindex` does), median of --mention-runs runs (default 3),
//    with the matching alone (computeAllMentions, nothing written) beside it;
//  - the update after importing one more document (a ~5 KB article naming some of the contacts,
//    through importFile, so inside its transaction), median of --import-runs runs (default 7), beside
//    the same import in the same case with no contacts, and the matching alone for that document;
//  - creating one more contact whose name occurs (candidate documents from the full-text index,
//    scanned for that contact alone), median of --import-runs runs;
//  - for the suggestions, compromise's pace over the first 200 documents.
// Medians only: the build machines are small and noisy. Works on a copy; the cache stays as generated.
import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { generateLeakCase } from './generate-case.mjs'
import { loadSentences, paragraphs, random } from './articles.mjs'

const CONTACTS = 500
const OCCURRING = 400
const SUGGESTION_SAMPLE = 200

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1))

function time(work) {
  const started = performance.now()
  const result = work()
  return { ms: performance.now() - started, result }
}

/** Capitalised word pairs that occur inside sentences of the first documents, most frequent first. */
function occurringNames(db, count) {
  const counts = new Map()
  const texts = db.prepare('SELECT text FROM documents ORDER BY id LIMIT 3000').pluck().all()
  const pair = /(?<=[a-z,;] )([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b/g
  for (const text of texts) for (const match of text.matchAll(pair)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1)
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([name]) => name)
}

function inventedName(next) {
  const syllables = ['zor', 'vath', 'quil', 'lane', 'mir', 'dox', 'bel', 'kra', 'nu', 'tesh', 'ovi', 'gar', 'phel', 'yus']
  const word = () => {
    const parts = 2 + Math.floor(next() * 2)
    const text = Array.from({ length: parts }, () => syllables[Math.floor(next() * syllables.length)]).join('')
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  return `${word()} ${word()}`
}

function articleNaming(next, sentences, names, index) {
  const body = paragraphs(next, sentences, 5 * 1024)
  // Put a few contacts' names (one with a possessive, one broken across a line) into the text.
  const picks = Array.from({ length: 6 }, () => names[Math.floor(next() * names.length)])
  body[0] = `${picks[0]} said on Monday that ${picks[1]}'s office had not replied. ${body[0]}`
  body[1] = `${body[1]} According to ${picks[2].replace(' ', '\n')}, ${picks[3]} and ${picks[4]} met twice.`
  body[2] = `${body[2]} ${picks[5]} declined to comment.`
  return `Extra report ${index}\n\n${body.join('\n\n')}\n`
}

export async function runMentionsBench(root, core, options = {}) {
  const runs = options.runs ?? 3
  const importRuns = options.importRuns ?? 7
  const log = (text) => process.stderr.write(`${text}\n`)
  console.log(`\nCasefile mentions benchmark: ${CONTACTS} contacts over the generated case, Node ${process.version}`)
  const { meta, casePath, dir } = generateLeakCase(root, core, { documents: options.documents, log })

  const workPath = join(dir, 'mentions.casefile')
  const emptyPath = join(dir, 'mentions-no-contacts.casefile')
  for (const path of [workPath, emptyPath]) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
    copyFileSync(casePath, path)
  }
  const db = core.openCaseDb(workPath)
  const empty = core.openCaseDb(emptyPath)
  try {
    const next = random(4242)
    const inText = occurringNames(db, OCCURRING + 20)
    const occurring = inText.slice(0, OCCURRING)
    const spare = inText.slice(OCCURRING) // names that occur but are not contacts: for "one more contact"
    const invented = Array.from({ length: CONTACTS - occurring.length }, () => inventedName(next))
    const names = [...occurring, ...invented]

    // Creating the contacts: each one looks up its candidate documents in the full-text index.
    const created = time(() =>
      db.transaction(() => {
        names.forEach((name, index) => {
          const aliases = index % 3 === 0 && index < occurring.length ? [name.split(' ')[1]] : []
          core.createContact(db, { name, aliases, kind: index % 5 === 0 ? 'organization' : 'person' })
          if ((index + 1) % 100 === 0) log(`  contacts: ${index + 1} of ${names.length}`)
        })
      })()
    )
    const stored = db.prepare('SELECT count(*) FROM mentions').pluck().get()
    console.log(
      `Case: ${meta.documents.toLocaleString('en')} documents (${(meta.characters / 1e6).toFixed(1)} million characters); ` +
        `${names.length} contacts (${occurring.length} named in the text, ${invented.length} not; ` +
        `${names.filter((_, i) => i % 3 === 0 && i < occurring.length).length} with a one-word alias), created in ${(created.ms / 1000).toFixed(1)} s ` +
        `(${ms(created.ms / names.length)} ms each, candidates from the full-text index): ${stored.toLocaleString('en')} mentions.`
    )

    // The full scan, as reindex does it: delete, read every document, match, store.
    const scans = []
    let mentions = 0
    for (let run = 1; run <= runs; run++) {
      const result = time(() => core.rebuildMentions(db))
      mentions = result.result.mentions
      scans.push(result.ms)
      log(`  full scan ${run}/${runs}: ${(result.ms / 1000).toFixed(2)} s`)
    }
    if (mentions !== stored) throw new Error(`The full scan found ${mentions} mentions, the contacts' own updates ${stored}.`)
    const matchOnly = []
    for (let run = 1; run <= runs; run++) {
      matchOnly.push(time(() => core.computeAllMentions(db, () => {})).ms)
    }
    console.log(
      `\nFull scan (rebuildMentions: ${meta.documents.toLocaleString('en')} documents × ${names.length} contacts, ${mentions.toLocaleString('en')} mentions stored): ` +
        `median ${(median(scans) / 1000).toFixed(2)} s over ${runs} runs; matching alone (nothing written) ${(median(matchOnly) / 1000).toFixed(2)} s ` +
        `(${((meta.characters / 1e6) / (median(matchOnly) / 1000)).toFixed(0)} million characters a second).`
    )

    // One more document, through the import path (mentions are computed inside its transaction).
    const sentences = loadSentences()
    const withContacts = []
    const without = []
    const matching = []
    let found = 0
    const articles = Array.from({ length: importRuns + 1 }, (_, index) => articleNaming(next, sentences, occurring, index))
    articles.forEach((text, index) => {
      const bytes = Buffer.from(text)
      const name = `extra-${index}.txt`
      const a = time(() => core.importFile(db, { name, bytes }))
      const b = time(() => core.importFile(empty, { name, bytes }))
      const id = a.result.document.id
      const m = time(() => core.contactMatcher(db).scan(text))
      if (index === 0) return // warm-up
      withContacts.push(a.ms)
      without.push(b.ms)
      matching.push(m.ms)
      found += db.prepare('SELECT count(*) FROM mentions WHERE document_id = ?').pluck().get(id)
    })
    console.log(
      `\nUpdate after importing one more document (~5 KB .txt naming 6 contacts, ${importRuns} runs): import ${ms(median(withContacts))} ms ` +
        `with the ${names.length} contacts' mentions, ${ms(median(without))} ms in the same case without contacts; ` +
        `matching alone ${ms(median(matching))} ms (${(found / importRuns).toFixed(1)} mentions per document).`
    )

    // One more contact whose name occurs: candidates from the index, scanned for it alone.
    const contactTimes = []
    const contactMentions = []
    for (const name of spare.slice(0, importRuns)) {
      const created = time(() => db.transaction(() => core.createContact(db, { name }))())
      contactTimes.push(created.ms)
      contactMentions.push(db.prepare('SELECT count(*) FROM mentions WHERE contact_id = ?').pluck().get(created.result))
    }
    const check = time(() => core.checkMentions(db))
    if (check.result.missing || check.result.stale) throw new Error(`Mentions out of step after the benchmark: ${JSON.stringify(check.result)}.`)
    console.log(
      `Creating one more contact whose name occurs (${contactMentions.join(', ')} mentions): median ${ms(median(contactTimes))} ms ` +
        `over ${contactTimes.length}. checkMentions afterwards ${(check.ms / 1000).toFixed(2)} s: in step.`
    )

    // Suggestions read every document with compromise once (then cache per case): its pace, on a
    // sample of the documents, tells what a first look at the suggestions costs on a large case.
    const kit = await core.loadNlp()
    const sample = db.prepare('SELECT text FROM documents ORDER BY id LIMIT ?').pluck().all(SUGGESTION_SAMPLE)
    const sampleChars = sample.reduce((sum, text) => sum + text.length, 0)
    core.extractNames(kit, sample[0]) // warm-up
    const extraction = time(() => sample.reduce((sum, text) => sum + core.extractNames(kit, text).length, 0))
    const perThousand = extraction.ms / (sampleChars / 1000)
    console.log(
      `\nSuggestions (compromise) over the first ${sample.length} documents (${(sampleChars / 1e6).toFixed(2)} million characters): ` +
        `${(extraction.ms / 1000).toFixed(1)} s, ${perThousand.toFixed(1)} ms per 1,000 characters, ${extraction.result.toLocaleString('en')} names; ` +
        `the whole case would take about ${((perThousand * meta.characters) / 1000 / 1000 / 60).toFixed(0)} min the first time (cached per open case afterwards; the app reads at most 5 s per call, newest documents first).`
    )
  } finally {
    db.close()
    empty.close()
    for (const path of [workPath, emptyPath]) for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true })
  }
}
