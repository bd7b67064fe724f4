// A passage as a quote with a little context, used wherever passages are listed.
import { CircleAlert } from 'lucide-react'
import type { Passage } from '../../../../shared/models'

export function PassageQuote({ passage, context = false, clamp = false }: { passage: Passage; context?: boolean; clamp?: boolean }) {
  return (
    <span className={`quote ${clamp ? 'quote-clamp' : ''}`}>
      {passage.anchor === 'orphaned' && (
        <span className="orphaned-note">
          <CircleAlert size={12} aria-hidden /> Not found in the current text
        </span>
      )}
      {context && passage.prefix && <span className="quote-context">…{passage.prefix.trimStart()}</span>}
      <span className="quote-exact">{passage.exact}</span>
      {context && passage.suffix && <span className="quote-context">{passage.suffix.trimEnd()}…</span>}
    </span>
  )
}
