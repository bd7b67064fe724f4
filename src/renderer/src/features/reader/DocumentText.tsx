// The document's text, paragraph by paragraph, with passages and search matches as <mark>s
// (passages filled, a claim's passage in its status's colour and line style, matches outlined and
// titled "Search match"). Each text node sits alone
// in an element whose data-start is its offset in the text: that is what makes a DOM selection
// map back to exact offsets (see selectionOffsets.ts).
import { forwardRef, memo, useMemo, type MouseEvent } from 'react'
import { CLAIM_STATUS_LABELS, type ClaimStatus, type Passage, type TextRange } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { buildParagraphs, segmentClaimStatus } from './segments'

interface DocumentTextProps {
  text: string
  passages: Passage[]
  selectedPassageId: number | null
  flashPassageId: number | null
  /** Search matches to outline (sorted, non-overlapping) and the one to emphasise. */
  matches: readonly TextRange[]
  currentMatch: number | null
  label: string
  onMarkClick(passageIds: number[]): void
}

export const DocumentText = memo(
  forwardRef<HTMLElement, DocumentTextProps>(function DocumentText(
    { text, passages, selectedPassageId, flashPassageId, matches, currentMatch, label, onMarkClick },
    ref
  ) {
    const anchored = useMemo(() => passages.filter((passage) => passage.anchor === 'anchored'), [passages])
    const paragraphs = useMemo(() => buildParagraphs(text, anchored, matches), [text, anchored, matches])
    const questionCount = useMemo(() => new Map(anchored.map((passage) => [passage.id, passage.questionIds.length])), [anchored])
    const claimStatusOf = useMemo(
      () => new Map(anchored.flatMap((passage): [number, ClaimStatus][] => (passage.claimStatus ? [[passage.id, passage.claimStatus]] : []))),
      [anchored]
    )

    const click = (event: MouseEvent) => {
      const selection = window.getSelection()
      if (selection && !selection.isCollapsed) return
      const mark = (event.target as Element).closest<HTMLElement>('mark[data-passages]')
      if (mark) onMarkClick(mark.dataset.passages!.split(' ').map(Number))
    }

    return (
      <article ref={ref} className="reader-text" aria-label={label} onClick={click}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.segments.map((segment) => {
              const content = text.slice(segment.start, segment.end)
              const match = segment.match
              const matchTitle = match === null ? '' : match === currentMatch ? 'Search match (current)' : 'Search match'
              const matchClasses = match === null ? [] : match === currentMatch ? ['search-match', 'search-match-current'] : ['search-match']
              if (segment.passageIds.length === 0) {
                if (match === null) {
                  return (
                    <span key={segment.start} data-start={segment.start}>
                      {content}
                    </span>
                  )
                }
                return (
                  <mark key={segment.start} data-start={segment.start} data-match={match} className={matchClasses.join(' ')} title={matchTitle}>
                    {content}
                  </mark>
                )
              }
              const questions = segment.passageIds.reduce((sum, id) => sum + (questionCount.get(id) ?? 0), 0)
              const claim = segmentClaimStatus(segment.passageIds, claimStatusOf)
              const classes = [
                'passage',
                `passage-depth-${Math.min(segment.passageIds.length, 3)}`,
                claim ? `passage-claim claim-${claim}` : '',
                questions > 0 ? 'passage-has-question' : '',
                selectedPassageId !== null && segment.passageIds.includes(selectedPassageId) ? 'passage-selected' : '',
                flashPassageId !== null && segment.passageIds.includes(flashPassageId) ? 'passage-flash' : '',
                ...matchClasses
              ]
              const overlap = segment.passageIds.length > 1 ? ` (${segment.passageIds.length} overlapping)` : ''
              return (
                <mark
                  key={segment.start}
                  data-start={segment.start}
                  data-passages={segment.passageIds.join(' ')}
                  data-match={match ?? undefined}
                  data-claim-status={claim ?? undefined}
                  className={classes.filter(Boolean).join(' ')}
                  title={markTitle(matchTitle, claim, overlap, questions)}
                >
                  {content}
                </mark>
              )
            })}
          </p>
        ))}
      </article>
    )
  })
)

/** "Claim: Disputed (2 overlapping) · 1 question. Click to show it in the inspector." */
function markTitle(matchTitle: string, claim: ClaimStatus | null, overlap: string, questions: number): string {
  const what = claim ? `claim: ${CLAIM_STATUS_LABELS[claim]}` : 'marked passage'
  const subject = matchTitle ? `${matchTitle} in a ${what}` : what.charAt(0).toUpperCase() + what.slice(1)
  return `${subject}${overlap}${questions ? ` · ${plural(questions, 'question')}` : ''}. Click to show it in the inspector.`
}
