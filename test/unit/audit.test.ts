// The audit log: every change to claims, questions, passages, contacts, contradictions and reviews is
// recorded by per-connection triggers (what, when, by whom), viewable per item, without ever
// recording a contact's identifying values.
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import type { AuditEntry, AuditItemType } from '../../src/shared/models'
import { createCaseFile, withCase } from '../../src/main/cli/caseFile'
import { fallbackActor } from '../../src/main/core/cases/preferences'
import { auditSchemaSql, installAudit, setAuditActor } from '../../src/main/core/audit/triggers'
import { AUDITED_TABLES } from '../../src/main/core/audit/tables'
import { openCaseDb, type Db } from '../../src/main/core/db/open'
import { initCase } from '../../src/main/core/cases/repo'
import { createQuestion } from '../../src/main/core/questions/repo'
import { createPassage } from '../../src/main/core/passages/repo'
import { createNote } from '../../src/main/core/documents/service'
import { b64, tempCore, tempDir } from './helpers/tmp'

const MEMO = `Border memo

The memo from the regional office says the drone flights doubled in February. A second paragraph
repeats the figure, and a third one disputes it. The field office says the count was never checked.`

async function caseWithPassages(userName: string | null = 'Rita Reporter') {
  const core = tempCore()
  if (userName) await core.handlers['app.setPreferences']({ userName })
  await core.handlers['cases.create']({ title: 'Audit' })
  const { document: doc } = await core.handlers['documents.import']({ name: 'memo.txt', data: b64(MEMO) })
  const passage = (start: number, end: number) => core.handlers['passages.create']({ documentId: doc.id, start, end })
  const p1 = await passage(13, 40)
  const p2 = await passage(60, 90)
  const p3 = await passage(100, 130)
  return { core, db: core.currentDb()!, doc, p1, p2, p3 }
}

const history = (core: ReturnType<typeof tempCore>, itemType: AuditItemType, itemId: number, limit?: number) =>
  core.handlers['audit.forItem']({ itemType, itemId, limit }) as Promise<AuditEntry[]>

const summaries = (entries: AuditEntry[]) => entries.map((entry) => entry.summary)
const rawLog = (db: Db) => db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Record<string, unknown>[]

describe('the audit log', () => {
  it('records a question’s life: what changed, when and by whom, newest first', async () => {
    const { core, p1 } = await caseWithPassages()
    const question = await core.handlers['questions.create']({ title: 'Who counted the flights?' })
    await core.handlers['questions.update']({ id: question.id, status: 'in_progress', priority: 'high', assignee: 'Sam' })
    await core.handlers['questions.update']({ id: question.id, title: 'Who counted the drone flights?' })
    await core.handlers['questions.linkPassage']({ questionId: question.id, passageId: p1.id })
    await core.handlers['questions.unlinkPassage']({ questionId: question.id, passageId: p1.id })
    await core.handlers['questions.update']({ id: question.id, assignee: '' })

    const entries = await history(core, 'question', question.id)
    expect(summaries(entries)).toEqual([
      'Assignee cleared',
      `Unlinked passage #${p1.id}`,
      `Linked passage #${p1.id}`,
      'Title changed to “Who counted the drone flights?”',
      'Status changed from Open to In progress; Priority changed from Normal to High; Assignee set to Sam',
      'Created “Who counted the flights?”'
    ])
    expect(entries.map((entry) => entry.action)).toEqual(['updated', 'unlinked', 'linked', 'updated', 'updated', 'created'])
    expect(new Set(entries.map((entry) => entry.actor))).toEqual(new Set(['Rita Reporter']))
    for (const entry of entries) {
      expect(entry.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
      expect(entry.itemType).toBe('question')
      expect(entry.itemId).toBe(question.id)
    }
    expect(entries[1]).toMatchObject({ relatedType: 'passage', relatedId: p1.id })
    // The link shows on the passage too, worded from its side.
    const passageEntries = await history(core, 'passage', p1.id)
    expect(summaries(passageEntries).slice(0, 2)).toEqual([`Unlinked from question #${question.id}`, `Linked to question #${question.id}`])
    // The limit keeps the newest.
    expect(summaries(await history(core, 'question', question.id, 2))).toEqual(['Assignee cleared', `Unlinked passage #${p1.id}`])
  })

  it('records only real changes: an update that changes nothing, or only a timestamp, leaves no entry', async () => {
    const { core, db, p1 } = await caseWithPassages()
    const question = await core.handlers['questions.create']({ title: 'Same' })
    const before = rawLog(db).length
    await core.handlers['questions.update']({ id: question.id, title: 'Same', status: 'open' })
    await core.handlers['questions.linkPassage']({ questionId: question.id, passageId: p1.id })
    await core.handlers['questions.linkPassage']({ questionId: question.id, passageId: p1.id }) // already linked
    db.prepare("UPDATE questions SET updated_at = '2030-01-01' WHERE id = ?").run(question.id)
    expect(rawLog(db).length).toBe(before + 1)
    expect(rawLog(db).at(-1)).toMatchObject({ action: 'linked' })
  })

  it('records the detail of an update as {column: [old, new]} for the changed columns only', async () => {
    const { core, db } = await caseWithPassages()
    const question = await core.handlers['questions.create']({ title: 'Due?' })
    await core.handlers['questions.update']({ id: question.id, dueDate: '2025-03-01', notes: 'call the office' })
    const last = rawLog(db).at(-1)!
    expect(JSON.parse(last.detail_json as string)).toEqual({ notes: ['', 'call the office'], due_date: [null, '2025-03-01'] })
    // Notes are recorded but their sentence does not quote them.
    expect(summaries(await history(core, 'question', question.id))[0]).toBe('Notes changed; Due date set to 2025-03-01')
  })

  it('names the user set in preferences, and the new name after it changes', async () => {
    const { core } = await caseWithPassages('First Name')
    const question = await core.handlers['questions.create']({ title: 'Q' })
    await core.handlers['app.setPreferences']({ userName: 'Second Name' })
    await core.handlers['questions.update']({ id: question.id, status: 'answered' })
    const entries = await history(core, 'question', question.id)
    expect(entries.map((entry) => entry.actor)).toEqual(['Second Name', 'First Name'])
  })

  it('keeps the history of deleted items, with the cascade that removed them', async () => {
    const { core, doc, p1, p2 } = await caseWithPassages()
    const question = await core.handlers['questions.create']({ title: 'Still there?', passageIds: [p1.id] })
    await core.handlers['documents.delete']({ id: doc.id })

    // The links go first (foreign-key cascades run before the passage's own delete trigger).
    expect(summaries(await history(core, 'passage', p1.id))).toEqual([
      'Deleted (its document was deleted)',
      `Unlinked from question #${question.id} (the passage was deleted)`,
      `Linked to question #${question.id}`,
      `Highlighted in document #${doc.id}`
    ])
    expect(summaries(await history(core, 'passage', p2.id))[0]).toBe('Deleted (its document was deleted)')
    expect(summaries(await history(core, 'question', question.id))[0]).toBe(`Unlinked passage #${p1.id} (the passage was deleted)`)

    await core.handlers['questions.delete']({ id: question.id })
    const entries = await history(core, 'question', question.id)
    expect(entries[0]).toMatchObject({ action: 'deleted', summary: 'Deleted “Still there?”' })
    expect(entries).toHaveLength(4)
  })

  it('records claims, evidence, reviews and the clearing of a sign-off on the claim', async () => {
    const { core, db, p1, p2, p3 } = await caseWithPassages('Ed Itor')
    const t = '2025-02-01T00:00:00.000Z'
    const claimId = Number(
      db
        .prepare("INSERT INTO claims (passage_id, statement, created_at, updated_at) VALUES (?, 'Flights doubled in February', ?, ?)")
        .run(p1.id, t, t).lastInsertRowid
    )
    db.prepare("INSERT INTO claim_evidence (claim_id, passage_id, stance, linked_at) VALUES (?, ?, 'supports', ?)").run(claimId, p2.id, t)
    db.prepare("UPDATE claims SET status = 'verified' WHERE id = ?").run(claimId)
    db.prepare("INSERT INTO reviews (claim_id, decision, reviewer, note, created_at) VALUES (?, 'signed_off', 'Ed Itor', 'Good to go', ?)").run(claimId, t)
    db.prepare("INSERT INTO claim_evidence (claim_id, passage_id, stance, linked_at) VALUES (?, ?, 'contradicts', ?)").run(claimId, p3.id, t)
    db.prepare("UPDATE claim_evidence SET stance = 'supports' WHERE claim_id = ? AND passage_id = ?").run(claimId, p3.id)
    db.prepare("INSERT INTO reviews (claim_id, decision, reviewer, note, created_at) VALUES (?, 'sent_back', 'Ed Itor', 'Find a second source', ?)").run(claimId, t)
    db.prepare('DELETE FROM claim_evidence WHERE claim_id = ? AND passage_id = ?').run(claimId, p2.id)
    db.prepare("UPDATE claims SET notes = 'internal', export_choice = 'include' WHERE id = ?").run(claimId)

    const entries = await history(core, 'claim', claimId)
    expect(entries.map((entry) => entry.action)).toEqual([
      'updated',
      'evidence_removed',
      'sent_back',
      'evidence_changed',
      'signoff_cleared',
      'evidence_added',
      'signed_off',
      'updated',
      'evidence_added',
      'created'
    ])
    expect(summaries(entries)).toEqual([
      'Notes changed; Summary choice changed from Automatic to Always include',
      `Removed passage #${p2.id} from the supporting evidence`,
      'Sent back by Ed Itor: “Find a second source”',
      `Evidence passage #${p3.id} changed from contradicting to supporting`,
      'Sign-off cleared: Contradicting evidence was added',
      `Added passage #${p3.id} as contradicting evidence`,
      'Signed off by Ed Itor: “Good to go”',
      'Status changed from Unverified to Verified',
      `Added passage #${p2.id} as supporting evidence`,
      'Marked as a claim (Unverified): “Flights doubled in February”'
    ])
    expect(entries.every((entry) => entry.itemType === 'claim' && entry.actor === 'Ed Itor')).toBe(true)
    // The passages see their side of it; the claim's own passage follows the claim.
    expect(summaries(await history(core, 'passage', p1.id)).slice(0, 3)).toEqual([
      `Claim #${claimId}: Notes changed; Summary choice changed from Automatic to Always include`,
      `Claim #${claimId}: Status changed from Unverified to Verified`,
      `Marked as claim #${claimId}`
    ])
    expect(summaries(await history(core, 'passage', p2.id)).slice(0, 2)).toEqual([
      `Removed from the supporting evidence of claim #${claimId}`,
      `Added as supporting evidence to claim #${claimId}`
    ])

    // A changed statement clears a fresh sign-off with its reason; deleting the claim keeps its history.
    db.prepare("INSERT INTO reviews (claim_id, decision, reviewer, created_at) VALUES (?, 'signed_off', 'Ed Itor', ?)").run(claimId, t)
    db.prepare("UPDATE claims SET statement = 'Flights rose sharply' WHERE id = ?").run(claimId)
    db.prepare('DELETE FROM claims WHERE id = ?').run(claimId)
    expect(summaries(await history(core, 'claim', claimId)).slice(0, 5)).toEqual([
      'Claim deleted: “Flights rose sharply”',
      `Removed passage #${p3.id} from the supporting evidence (the claim was deleted)`,
      'Sign-off cleared: The claim’s wording changed',
      'Statement changed to “Flights rose sharply”',
      'Signed off by Ed Itor'
    ])
    // The evidence left with the claim: its passage says so.
    expect(summaries(await history(core, 'passage', p3.id))[0]).toBe(
      `Removed from the supporting evidence of claim #${claimId} (the claim was deleted)`
    )
  })

  it('records what the claims API does, through its repositories', async () => {
    const { core, p1 } = await caseWithPassages('Ed Itor')
    const { document: other } = await core.handlers['documents.import']({ name: 'other.txt', data: b64('Field report\n\nThe count was never checked by anyone.') })
    const p2 = await core.handlers['passages.create']({ documentId: other.id, start: 14, end: 40 })
    const claim = await core.handlers['claims.create']({ passageId: p1.id })
    await core.handlers['claims.update']({ id: claim.id, status: 'verified' })
    await core.handlers['claims.update']({ id: claim.id, status: 'verified' }) // unchanged: no entry
    await core.handlers['reviews.signOff']({ claimId: claim.id, note: 'Fine' })
    await core.handlers['claims.addEvidence']({ claimId: claim.id, passageId: p2.id, stance: 'contradicts' })
    const entries = await history(core, 'claim', claim.id)
    expect(entries.map((entry) => entry.action)).toEqual(['signoff_cleared', 'evidence_added', 'signed_off', 'updated', 'created'])
    expect(entries[0]!.summary).toBe('Sign-off cleared: Contradicting evidence was added')
    expect(new Set(entries.map((entry) => entry.actor))).toEqual(new Set(['Ed Itor']))
    // Contradicting evidence also flagged a contradiction between the two passages: both see it.
    for (const passage of [p1, p2]) {
      expect((await history(core, 'passage', passage.id)).some((entry) => entry.itemType === 'contradiction' && entry.action === 'created')).toBe(true)
    }
  })

  it('shows a contradiction on both of its passages, including after it is removed', async () => {
    const { core, db, p1, p3 } = await caseWithPassages()
    const t = '2025-02-01T00:00:00.000Z'
    const id = Number(
      db
        .prepare("INSERT INTO contradictions (passage_a, passage_b, note, created_at, updated_at) VALUES (?, ?, 'Doubled or not?', ?, ?)")
        .run(p1.id, p3.id, t, t).lastInsertRowid
    )
    db.prepare("UPDATE contradictions SET status = 'resolved', updated_at = ? WHERE id = ?").run(t, id)
    db.prepare('DELETE FROM contradictions WHERE id = ?').run(id)

    const own = summaries(await history(core, 'contradiction', id))
    expect(own).toEqual([
      'Contradiction removed',
      'Status changed from Open to Resolved',
      `Flagged a contradiction between passage #${p1.id} and passage #${p3.id}: “Doubled or not?”`
    ])
    for (const passage of [p1, p3]) {
      const seen = summaries(await history(core, 'passage', passage.id)).slice(0, 3)
      expect(seen).toEqual([
        `Contradiction #${id} removed`,
        `Contradiction #${id}: Status changed from Open to Resolved`,
        `Flagged a contradiction between passage #${p1.id} and passage #${p3.id}: “Doubled or not?” (contradiction #${id})`
      ])
    }
  })

  it('records contact changes but never the values of identifying fields, so a confidential name never reaches the log', async () => {
    const { core, db, p1 } = await caseWithPassages()
    const secrets = ['Marisol Quintanar', 'La Jefa', 'Quintanar', 'marisol@example.org', '+1 956 555 0142', 'Deputy chief', 'met at the diner', 'a senior official']
    const question = await core.handlers['questions.create']({ title: 'Who leaked the memo?' })
    const contact = await core.handlers['contacts.create']({
      name: 'Marisol Quintanar',
      aliases: ['La Jefa'],
      role: 'Deputy chief',
      terms: 'confidential',
      notes: 'met at the diner',
      description: 'a senior official',
      channels: [
        { type: 'email', value: 'marisol@example.org' },
        { type: 'phone', value: '+1 956 555 0142' }
      ]
    })
    const org = await core.handlers['contacts.create']({ name: 'Border Patrol', kind: 'organization' })
    await core.handlers['contacts.update']({ id: contact.id, name: 'Marisol Quintanar-Vega', role: 'Chief', affiliationId: org.id })
    await core.handlers['contacts.logInteraction']({
      contactId: contact.id,
      date: '2025-02-03',
      channel: 'signal',
      summary: 'Marisol Quintanar confirmed the count',
      outcome: 'Quintanar will send the memo',
      questionIds: [question.id]
    })
    const interactionId = (db.prepare('SELECT id FROM interactions').pluck().get() as number)
    await core.handlers['contacts.updateInteraction']({
      id: interactionId,
      date: '2025-02-04',
      channel: 'signal',
      summary: 'Quintanar confirmed the count twice',
      questionIds: [question.id]
    })
    await core.handlers['contacts.linkPassage']({ contactId: contact.id, passageId: p1.id, role: 'quote' })
    await core.handlers['contacts.linkQuestion']({ contactId: contact.id, questionId: question.id })
    await core.handlers['contacts.update']({ id: contact.id, notes: 'Marisol Quintanar prefers Signal', description: 'an official' })

    const entries = await history(core, 'contact', contact.id)
    expect(summaries(entries)).toEqual([
      'Notes changed; Description changed',
      `Linked question #${question.id}`,
      `Linked passage #${p1.id} as a quote`,
      'Interaction updated: Date changed from 2025-02-03 to 2025-02-04; Summary changed; Outcome changed',
      `Linked question #${question.id} through an interaction`,
      'Logged an interaction (Signal, 2025-02-03)',
      `Name changed; Role changed; Affiliation set to contact #${org.id}`,
      'Phone channel added',
      'Email channel added',
      'Alias added',
      'Added as a person (Confidential)'
    ])
    const updated = JSON.parse(rawLog(db).find((row) => row.action === 'updated' && row.item_id === contact.id)!.detail_json as string)
    expect(updated).toEqual({ name: null, role: null, affiliation_id: [null, org.id] })

    // Nothing identifying anywhere in the raw table, nor in any item's history.
    const raw = JSON.stringify(rawLog(db)).toLowerCase()
    const shown = JSON.stringify([
      entries,
      await history(core, 'question', question.id),
      await history(core, 'passage', p1.id),
      await history(core, 'contact', org.id)
    ]).toLowerCase()
    for (const secret of [...secrets, 'Marisol Quintanar-Vega', 'Chief', 'confirmed the count', 'prefers Signal', 'an official']) {
      expect(raw).not.toContain(secret.toLowerCase())
      expect(shown).not.toContain(secret.toLowerCase())
    }

    // Merging and deleting are recorded too, still without names.
    const other = await core.handlers['contacts.create']({ name: 'M. Quintanar', terms: 'confidential' })
    await core.handlers['contacts.merge']({ keepId: contact.id, mergeId: other.id })
    await core.handlers['contacts.delete']({ id: contact.id })
    expect((await history(core, 'contact', contact.id))[0]).toMatchObject({ action: 'deleted', summary: 'Deleted' })
    expect(summaries(await history(core, 'question', question.id)).slice(0, 2)).toEqual([
      `Unlinked from contact #${contact.id} (the contact was deleted)`,
      `Linked to contact #${contact.id}`
    ])
    const finalRaw = JSON.stringify(rawLog(db)).toLowerCase()
    for (const secret of [...secrets, 'M. Quintanar', 'Marisol Quintanar-Vega']) expect(finalRaw).not.toContain(secret.toLowerCase())
  })

  it('does not log aliases and channels that a contact’s save writes again unchanged', async () => {
    const { core, db } = await caseWithPassages()
    const contact = await core.handlers['contacts.create']({
      name: 'Hal Strom',
      aliases: ['H. Strom', 'Hal'],
      channels: [{ type: 'email', value: 'hal@example.org' }]
    })
    const count = () => (db.prepare("SELECT count(*) FROM audit_log WHERE item_type = 'contact' AND item_id = ?").pluck().get(contact.id) as number)
    const before = count()
    // The form saves everything again: nothing changed, nothing recorded.
    await core.handlers['contacts.update']({ id: contact.id, name: 'Hal Strom', aliases: ['H. Strom', 'Hal'], channels: [{ type: 'email', value: 'hal@example.org' }] })
    expect(count()).toBe(before)
    await core.handlers['contacts.update']({
      id: contact.id,
      aliases: ['Hal', 'Harold Strom'],
      channels: [
        { type: 'email', value: 'hal@example.org' },
        { type: 'signal', value: '+1 555 0100' }
      ]
    })
    expect(summaries(await history(core, 'contact', contact.id)).slice(0, 3).sort()).toEqual(['Alias added', 'Alias removed', 'Signal channel added'])
    expect(count()).toBe(before + 3)
    // Removed in one save and put back in a later one: both are real changes, both stay.
    await core.handlers['contacts.update']({ id: contact.id, aliases: ['Hal'] })
    await core.handlers['contacts.update']({ id: contact.id, aliases: ['Hal', 'Harold Strom'] })
    expect(summaries(await history(core, 'contact', contact.id)).slice(0, 2)).toEqual(['Alias added', 'Alias removed'])
    expect(count()).toBe(before + 5)
    // An interaction saved again with the same questions records only what changed.
    const question = await core.handlers['questions.create']({ title: 'Q' })
    await core.handlers['contacts.logInteraction']({ contactId: contact.id, date: '2025-01-01', channel: 'phone', summary: 'call', questionIds: [question.id] })
    const interactionId = db.prepare('SELECT id FROM interactions').pluck().get() as number
    const afterLog = count()
    await core.handlers['contacts.updateInteraction']({ id: interactionId, date: '2025-01-01', channel: 'phone', summary: 'call', questionIds: [question.id] })
    expect(count()).toBe(afterLog)
  })

  it('writes each entry in the transaction of its change: a write that fails leaves no entry', async () => {
    const { core, db, p1 } = await caseWithPassages()
    const before = rawLog(db).length
    // The question is inserted, then linking a missing passage fails: both roll back.
    await expect((async () => core.handlers['questions.create']({ title: 'Half done', passageIds: [p1.id, 9999] }))()).rejects.toMatchObject({ code: 'not_found' })
    expect(db.prepare("SELECT count(*) FROM questions WHERE title = 'Half done'").pluck().get()).toBe(0)
    expect(rawLog(db).length).toBe(before)
  })

  it('lives in per-connection TEMP triggers: the file’s schema has none, and other tools can still write to it', async () => {
    const dir = tempDir()
    const path = join(dir, 'plain.casefile')
    const db = openCaseDb(path, { create: true })
    setAuditActor(db, 'App User')
    initCase(db, 'Plain', '2025-01-01T00:00:00.000Z')
    const note = createNote(db, 'Note', 'A short note with some words in it.')
    createPassage(db, note.id, 0, 7)
    createQuestion(db, { title: 'From the app' })
    const temp = db.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND name LIKE 'audit_%'").pluck().all() as string[]
    for (const { table } of AUDITED_TABLES) expect(temp).toContain(`audit_${table}_insert`)
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE sql LIKE '%casefile_actor%'").pluck().get()).toBe(0)
    installAudit(db) // a second call changes nothing
    createQuestion(db, { title: 'Once' })
    expect(db.prepare("SELECT count(*) FROM audit_log WHERE action = 'created' AND item_type = 'question'").pluck().get()).toBe(2)
    db.close()

    // Another SQLite tool (no app functions, no triggers) opens and edits the file without errors.
    const external = new Database(path)
    external.prepare("INSERT INTO questions (title, created_at, updated_at) VALUES ('From elsewhere', 'x', 'x')").run()
    expect(external.prepare('SELECT actor FROM audit_log ORDER BY id').pluck().all()).toEqual(['App User', 'App User', 'App User'])
    external.close()
  })

  it('names “Unknown user” until an actor is set, and the generated SQL parses for every audited table', () => {
    const db = openCaseDb(join(tempDir(), 'x.casefile'), { create: true })
    initCase(db, 'X', '2025-01-01T00:00:00.000Z')
    createQuestion(db, { title: 'Anyone?' })
    expect(db.prepare('SELECT actor FROM audit_log').pluck().get()).toBe('Unknown user')
    expect(auditSchemaSql()).toContain('CREATE TEMP TRIGGER IF NOT EXISTS audit_claims_update AFTER UPDATE OF statement, status')
    db.close()
  })

  it('names CASEFILE_USER, else the computer account, for changes made from the command line', async () => {
    const path = join(tempDir(), 'cli.casefile')
    const previous = process.env.CASEFILE_USER
    try {
      process.env.CASEFILE_USER = 'Cli Person'
      createCaseFile(path, 'From the terminal', (db) => createQuestion(db, { title: 'Made while creating' }))
      await withCase(path, (db) => createQuestion(db, { title: 'Made later' }))
      delete process.env.CASEFILE_USER
      await withCase(path, (db) => createQuestion(db, { title: 'Made anonymously' }))
    } finally {
      if (previous === undefined) delete process.env.CASEFILE_USER
      else process.env.CASEFILE_USER = previous
    }
    const db = new Database(path, { readonly: true })
    const actors = db.prepare("SELECT actor FROM audit_log WHERE action = 'created' ORDER BY id").pluck().all()
    db.close()
    expect(actors).toEqual(['Cli Person', 'Cli Person', fallbackActor()])
  })
})

describe('the cost of the audit triggers', () => {
  // Through the repositories (what the app does) and as bare INSERTs (the triggers' share at its largest).
  it('keeps bulk work fast (timing printed, not asserted)', () => {
    const time = (audited: boolean, bare: boolean) => {
      const db = openCaseDb(join(tempDir(), 'bulk.casefile'), { create: true })
      if (!audited) {
        for (const name of db.prepare("SELECT name FROM sqlite_temp_master WHERE type = 'trigger'").pluck().all() as string[]) {
          db.exec(`DROP TRIGGER temp."${name}"`)
        }
      }
      initCase(db, 'Bulk', '2025-01-01T00:00:00.000Z')
      const note = createNote(db, 'Long note', 'word '.repeat(2_000))
      const question = db.prepare("INSERT INTO questions (title, created_at, updated_at) VALUES (?, 'x', 'x')")
      const passage = db.prepare("INSERT INTO passages (document_id, start_offset, end_offset, exact, prefix, suffix, created_at) VALUES (?, ?, ?, 'word', '', '', 'x')")
      // CPU time, not wall time: other work on the machine does not count against either side.
      const started = process.cpuUsage()
      db.transaction(() => {
        for (let i = 0; i < 1000; i++) {
          if (bare) question.run(`Question ${i}`)
          else createQuestion(db, { title: `Question ${i}`, notes: 'n' })
        }
        for (let i = 0; i < 1000; i++) {
          if (bare) passage.run(note.id, i * 5, i * 5 + 4)
          else createPassage(db, note.id, i * 5, i * 5 + 4)
        }
      })()
      const used = process.cpuUsage(started)
      const elapsed = (used.user + used.system) / 1000
      const entries = db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number
      db.close()
      expect(entries).toBe(audited ? 2000 : 0)
      return elapsed
    }
    for (const bare of [false, true]) {
      time(true, bare) // warm up
      const plain: number[] = []
      const audited: number[] = []
      for (let round = 0; round < (bare ? 9 : 3); round++) {
        plain.push(time(false, bare))
        audited.push(time(true, bare))
      }
      const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!
      console.log(
        `audit cost (${bare ? 'bare INSERTs' : 'through the repositories'}): 1,000 questions + 1,000 passages in one transaction, ` +
          `median CPU time: ${median(plain).toFixed(1)} ms without, ${median(audited).toFixed(1)} ms with the audit triggers ` +
          `(×${(median(audited) / median(plain)).toFixed(2)})`
      )
    }
  }, 120_000)
})
