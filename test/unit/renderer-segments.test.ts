import { describe, expect, it } from 'vitest'
import { buildParagraphs, paragraphRanges } from '../../src/renderer/src/features/reader/segments'

describe('reader segments', () => {
  const text = 'First para line one\nline two.\n\n\nSecond para with a claim.\n  \nThird.'

  it('splits paragraphs on blank lines and keeps exact offsets', () => {
    const ranges = paragraphRanges(text)
    expect(ranges.map((range) => text.slice(range.start, range.end))).toEqual(['First para line one\nline two.', 'Second para with a claim.', 'Third.'])
  })

  it('cuts overlapping passages into segments that cover the text exactly once', () => {
    const start = text.indexOf('Second')
    const passages = [
      { id: 1, start: start, end: start + 18 }, // "Second para with a"
      { id: 2, start: start + 12, end: start + 25 } // "with a claim."
    ]
    const [, second] = buildParagraphs(text, passages)
    const pieces = second!.segments.map((segment) => [text.slice(segment.start, segment.end), segment.passageIds])
    expect(pieces).toEqual([
      ['Second para ', [1]],
      ['with a', [2, 1]], // shortest first: a click picks the innermost
      [' claim.', [2]]
    ])
  })

  it('lets a passage run across paragraphs', () => {
    const passages = [{ id: 7, start: text.indexOf('two.'), end: text.indexOf('para with') }]
    const paragraphs = buildParagraphs(text, passages)
    expect(paragraphs[0]!.segments.at(-1)).toMatchObject({ passageIds: [7] })
    expect(paragraphs[1]!.segments[0]).toMatchObject({ passageIds: [7] })
  })
})
