import { describe, expect, it } from 'vitest'
import { CasefileError } from '../../src/shared/errors'
import { anchor, quoteAt, splitsSurrogatePair } from '../../src/main/core/passages/anchoring'
import { b64, tempCore } from './helpers/tmp'

const TEXT = [
  'Notes from Nuevo León 🚁 — Rosa Peña (ペーニャ) said 260 incidents were logged in 2023.',
  '',
  'A second source in 東京 doubted the figure; José Núñez called it “a guess”.'
].join('\n')

async function caseWithText(text = TEXT) {
  const core = tempCore()
  const info = await core.handlers['cases.create']({ title: 'Passages' })
  const { document } = await core.handlers['documents.import']({ name: 'notes.txt', data: b64(text) })
  return { core, info, documentId: document.id, text }
}

const span = (text: string, quote: string) => {
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`fixture lacks ${quote}`)
  return { start, end: start + quote.length }
}

describe('passages', () => {
  it('stores offsets and quote selectors exactly over accents, emoji and CJK', async () => {
    const { core, documentId, text } = await caseWithText()
    for (const quote of ['Rosa Peña (ペーニャ)', '🚁', '東京', 'José Núñez called it “a guess”']) {
      const { start, end } = span(text, quote)
      const passage = await core.handlers['passages.create']({ documentId, start, end })
      expect(passage).toMatchObject({ start, end, exact: quote, anchor: 'anchored', pageIndex: 0 })
      expect(text.slice(passage.start, passage.end)).toBe(quote)
      expect(passage.prefix).toBe(text.slice(Math.max(0, start - 32), start))
      expect(passage.suffix).toBe(text.slice(end, end + 32))
    }
    const listed = await core.handlers['passages.listForDocument']({ documentId })
    expect(listed.map((p) => p.exact)).toEqual(['🚁', 'Rosa Peña (ペーニャ)', '東京', 'José Núñez called it “a guess”'])
  })

  it('trims white space a selection picked up, and returns the same passage for the same span', async () => {
    const { core, documentId, text } = await caseWithText()
    const { start, end } = span(text, ' 260 incidents ')
    const passage = await core.handlers['passages.create']({ documentId, start, end })
    expect(passage.exact).toBe('260 incidents')
    const again = await core.handlers['passages.create']({ documentId, start: start + 1, end: end - 1 })
    expect(again.id).toBe(passage.id)
  })

  it('refuses a selection that cuts an emoji in two, or lies outside the text', async () => {
    const { core, documentId, text } = await caseWithText()
    const emoji = text.indexOf('🚁')
    expect(splitsSurrogatePair(text, emoji + 1)).toBe(true)
    const attempt = async (start: number, end: number) => {
      try {
        await core.handlers['passages.create']({ documentId, start, end })
      } catch (error) {
        return (error as CasefileError).code
      }
      return 'created'
    }
    expect(await attempt(emoji + 1, emoji + 5)).toBe('invalid_argument')
    expect(await attempt(0, text.length + 10)).toBe('invalid_argument')
    expect(await attempt(text.indexOf('\n\n'), text.indexOf('\n\n') + 2)).toBe('invalid_argument')
  })

  it('re-attaches by quote when the text moved, and reports a passage it cannot find as orphaned', () => {
    const original = 'Intro. The memo was dated 1 February. More text.'
    const position = { start: original.indexOf('dated 1 February'), end: original.indexOf('dated 1 February') + 16 }
    const quote = quoteAt(original, position.start, position.end)
    const moved = `A new opening paragraph.\n\n${original}`
    const found = anchor(moved, quote, position)
    expect(found && moved.slice(found.start, found.end)).toBe('dated 1 February')
    expect(anchor('Entirely rewritten.', quote, position)).toBeNull()

    const twice = 'the figure was 260. Later: the figure was 260.'
    const second = twice.lastIndexOf('the figure was 260')
    const sel = quoteAt(twice, second, second + 18)
    expect(anchor(`XX${twice}`, sel, { start: second, end: second + 18 })?.start).toBe(second + 2)
  })

  it('shows a passage as orphaned when its document text no longer holds it', async () => {
    const { core, documentId, text } = await caseWithText()
    const { start, end } = span(text, '260 incidents')
    await core.handlers['passages.create']({ documentId, start, end })
    core.currentDb()!.prepare('UPDATE documents SET text = ? WHERE id = ?').run('A different version of the note.', documentId)
    const [passage] = await core.handlers['passages.listForDocument']({ documentId })
    expect(passage).toMatchObject({ anchor: 'orphaned', exact: '260 incidents' })
  })
})

describe('open questions', () => {
  it('links passages to questions, and the links survive closing and reopening the case', async () => {
    const { core, info, documentId, text } = await caseWithText()
    const figure = await core.handlers['passages.create']({ documentId, ...span(text, '260 incidents') })
    const doubt = await core.handlers['passages.create']({ documentId, ...span(text, 'doubted the figure') })
    const question = await core.handlers['questions.create']({ title: 'Verify the 260-incident figure', passageIds: [figure.id] })
    await core.handlers['questions.linkPassage']({ questionId: question.id, passageId: doubt.id })
    await core.handlers['questions.update']({
      id: question.id,
      status: 'in_progress',
      priority: 'high',
      assignee: 'Maria',
      dueDate: '2025-02-10',
      notes: 'Ask the state police for their count.'
    })

    await core.handlers['cases.close']({})
    await core.handlers['cases.open']({ path: info.path })

    const reopened = await core.handlers['questions.get']({ id: question.id })
    expect(reopened).toMatchObject({ status: 'in_progress', priority: 'high', assignee: 'Maria', dueDate: '2025-02-10' })
    expect(reopened.passages.map((p) => p.exact).sort()).toEqual(['260 incidents', 'doubted the figure'])
    const passages = await core.handlers['passages.listForDocument']({ documentId })
    expect(passages.every((p) => p.questionIds.includes(question.id))).toBe(true)
  })

  it('filters by status, clears optional fields, unlinks, and deletes without touching passages', async () => {
    const { core, documentId, text } = await caseWithText()
    const passage = await core.handlers['passages.create']({ documentId, ...span(text, '東京') })
    const open = await core.handlers['questions.create']({ title: 'Who is the second source?', passageIds: [passage.id] })
    const dropped = await core.handlers['questions.create']({ title: 'Old lead' })
    await core.handlers['questions.update']({ id: dropped.id, status: 'dropped', assignee: 'Sam' })
    expect((await core.handlers['questions.list']({ status: 'dropped' })).map((q) => q.title)).toEqual(['Old lead'])
    expect((await core.handlers['questions.list']({})).map((q) => q.title)).toEqual(['Who is the second source?', 'Old lead'])
    expect((await core.handlers['questions.update']({ id: dropped.id, assignee: '', notes: '' })).assignee).toBeNull()

    expect((await core.handlers['questions.unlinkPassage']({ questionId: open.id, passageId: passage.id })).passages).toEqual([])
    await core.handlers['questions.delete']({ id: open.id })
    expect(await core.handlers['passages.listForDocument']({ documentId })).toHaveLength(1)
  })

  it('deleting a passage removes its links but keeps the question', async () => {
    const { core, documentId, text } = await caseWithText()
    const passage = await core.handlers['passages.create']({ documentId, ...span(text, '2023') })
    const question = await core.handlers['questions.create']({ title: 'Check the year', passageIds: [passage.id] })
    await core.handlers['passages.delete']({ id: passage.id })
    expect((await core.handlers['questions.get']({ id: question.id })).passages).toEqual([])
  })

  it('a question linked to a missing passage is refused as a whole', async () => {
    const { core } = await caseWithText()
    await expect(Promise.resolve().then(() => core.handlers['questions.create']({ title: 'Broken', passageIds: [999] }))).rejects.toMatchObject({
      code: 'not_found'
    })
    expect(await core.handlers['questions.list']({})).toEqual([])
  })
})
