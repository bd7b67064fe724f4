import { describe, expect, it } from 'vitest'
import { buildParagraphs } from '../../src/renderer/src/features/reader/segments'
import { groupHits } from '../../src/renderer/src/features/search/groups'
import { parseSnippet, snippetText } from '../../src/renderer/src/features/search/snippet'
import type { SearchHit } from '../../src/shared/models'

describe('search snippets', () => {
  it('splits marked words from plain text without interpreting anything as HTML', () => {
    expect(parseSnippet('…the \u0002drone\u0003 <b>memo\u0003 \u0002Peña\u0003')).toEqual([
      { text: '…the ', marked: false },
      { text: 'drone', marked: true },
      { text: ' <b>memo', marked: false },
      { text: ' ', marked: false },
      { text: 'Peña', marked: true }
    ])
    expect(snippetText('a \u0002b\u0003\n c')).toBe('a b c')
  })

  it('keeps an unclosed mark marked to the end', () => {
    expect(parseSnippet('x \u0002y')).toEqual([
      { text: 'x ', marked: false },
      { text: 'y', marked: true }
    ])
  })
})

describe('search matches in the reader', () => {
  const text = 'The ferry left.\n\nA second ferry, the ferry.'

  it('cuts segments at matches and inside passages, covering the text exactly once', () => {
    const first = text.indexOf('ferry')
    const second = text.indexOf('ferry', first + 1)
    const third = text.lastIndexOf('ferry')
    const matches = [first, second, third].map((start) => ({ start, end: start + 5 }))
    const passage = { id: 9, start: text.indexOf('second'), end: text.length }
    const paragraphs = buildParagraphs(text, [passage], matches)
    const pieces = paragraphs.flatMap((paragraph) => paragraph.segments.map((segment) => [text.slice(segment.start, segment.end), segment.match, segment.passageIds]))
    expect(pieces).toEqual([
      ['The ', null, []],
      ['ferry', 0, []],
      [' left.', null, []],
      ['A ', null, []],
      ['second ', null, [9]],
      ['ferry', 1, [9]],
      [', the ', null, [9]],
      ['ferry', 2, [9]],
      ['.', null, [9]]
    ])
  })
})

describe('result groups', () => {
  const hit = (kind: SearchHit['kind'], id: number): SearchHit => ({
    kind,
    id,
    documentId: kind === 'question' ? null : id,
    documentTitle: null,
    pageIndex: null,
    documentKind: kind === 'question' ? null : 'article',
    pageCount: kind === 'question' ? null : 1,
    status: kind === 'question' ? 'open' : null,
    title: `${kind} ${id}`,
    snippet: '',
    rank: -id
  })

  it('orders documents, passages, questions and folds long groups behind “Show more”', () => {
    const hits = [hit('question', 1), ...Array.from({ length: 9 }, (_, n) => hit('document', n + 1)), hit('passage', 1)]
    const groups = groupHits(hits, new Set())
    expect(groups.map((group) => [group.kind, group.total, group.items.length])).toEqual([
      ['document', 9, 6],
      ['passage', 1, 1],
      ['question', 1, 1]
    ])
    expect(groups[0]!.items.at(-1)).toEqual({ type: 'more', kind: 'document', hidden: 4 })
    expect(groupHits(hits, new Set(['document']))[0]!.items).toHaveLength(9)
  })

  it('shows a sixth hit instead of “Show 1 more”', () => {
    const groups = groupHits(Array.from({ length: 6 }, (_, n) => hit('passage', n + 1)), new Set())
    expect(groups[0]!.items.every((item) => item.type === 'hit')).toBe(true)
  })
})
