import { describe, expect, it } from 'vitest'
import { checkCase, rebuildSearchIndex } from '../../src/main/core/maintenance/check'
import { search } from '../../src/main/core/search/repo'
import { b64, tempCore } from './helpers/tmp'

describe('case check and reindex', () => {
  it('passes a healthy case, finds an index out of step, and reindex repairs it', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Check' })
    const { document } = await core.handlers['documents.import']({ name: 'a.txt', data: b64('Drone alert near Fronton.') })
    const passage = await core.handlers['passages.create']({ documentId: document.id, start: 0, end: 11 })
    await core.handlers['questions.create']({ title: 'Who saw the drone?', passageIds: [passage.id] })
    const db = core.currentDb()!
    expect(checkCase(db)).toEqual({ ok: true, problems: [] })

    db.prepare('DELETE FROM pages_fts').run()
    db.prepare("INSERT INTO questions_fts (rowid, title, notes) VALUES (999, 'ghost', '')").run()
    const report = checkCase(db)
    expect(report.ok).toBe(false)
    expect(report.problems.join('\n')).toMatch(/pages_fts is out of step \(1 missing, 0 stale\)/)
    expect(report.problems.join('\n')).toMatch(/questions_fts is out of step \(0 missing, 1 stale\)/)
    expect(search(db, 'Fronton', { kinds: ['document'] }).hits).toHaveLength(0)

    expect(rebuildSearchIndex(db)).toEqual({ pages: 1, passages: 1, questions: 1 })
    expect(checkCase(db).ok).toBe(true)
    expect(search(db, 'Fronton', { kinds: ['document'] }).hits).toHaveLength(1)
  })

  it('reports passages whose quote no longer matches their document', async () => {
    const core = tempCore()
    await core.handlers['cases.create']({ title: 'Anchors' })
    const { document } = await core.handlers['documents.import']({ name: 'a.txt', data: b64('Drone alert near Fronton. Agents counted 260 incidents.') })
    await core.handlers['passages.create']({ documentId: document.id, start: 0, end: 11 })
    await core.handlers['passages.create']({ documentId: document.id, start: 26, end: 54 })
    const db = core.currentDb()!
    expect(checkCase(db).ok).toBe(true)
    db.prepare("UPDATE documents SET text = 'An entirely different text now.' WHERE id = ?").run(document.id)
    expect(checkCase(db)).toEqual({
      ok: false,
      problems: ['2 passages no longer match the text of their documents (shown as orphaned in the app).']
    })
  })
})
