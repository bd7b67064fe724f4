// Every place the contact (or an alias) is named, grouped by document, in context: the name is
// marked, or shown as "[withheld]" while a confidential name is withheld. One click opens the
// document with that spot in view.
import { FileText, ScanSearch } from 'lucide-react'
import { useMentions } from '../../data/resources'
import type { Mention, TextRange } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { parseSnippet } from '../search/snippet'

export const MENTION_LIMIT = 500

interface MentionsListProps {
  contactId: number
  reveal: boolean
  onOpenMention(documentId: number, range: TextRange): void
}

export function groupByDocument(mentions: readonly Mention[]): { documentId: number; title: string; mentions: Mention[] }[] {
  const groups = new Map<number, { documentId: number; title: string; mentions: Mention[] }>()
  for (const mention of mentions) {
    const group = groups.get(mention.documentId) ?? { documentId: mention.documentId, title: mention.documentTitle, mentions: [] }
    group.mentions.push(mention)
    groups.set(mention.documentId, group)
  }
  for (const group of groups.values()) group.mentions.sort((a, b) => a.start - b.start)
  return [...groups.values()]
}

export function MentionsList({ contactId, reveal, onOpenMention }: MentionsListProps) {
  const mentions = useMentions(contactId, reveal, MENTION_LIMIT)
  if (mentions.error && !mentions.data) return <p className="field-error">The mentions couldn’t be listed: {mentions.error.message}</p>
  if (!mentions.data) return <p className="muted small">Looking for mentions…</p>
  if (mentions.data.length === 0) {
    return (
      <p className="muted section-empty">
        <ScanSearch size={14} aria-hidden /> Not named in any document of this case. Aliases (a surname alone, an acronym) are looked for too.
      </p>
    )
  }
  const groups = groupByDocument(mentions.data)
  // Text documents are one page: show page numbers only where a document has more.
  const paged = new Set(groups.filter((group) => group.mentions.some((mention) => (mention.pageIndex ?? 0) > 0)).map((group) => group.documentId))
  return (
    <>
      <p className="muted small mentions-summary">
        {plural(mentions.data.length, 'mention')} in {plural(groups.length, 'document')}
        {mentions.data.length >= MENTION_LIMIT ? ` (the first ${MENTION_LIMIT} are shown)` : ''}
      </p>
      <div className="mention-groups">
        {groups.map((group) => (
          <div key={group.documentId} className="mention-group">
            <h4 className="mention-document">
              <FileText size={13} aria-hidden /> {group.title} <span className="count">{group.mentions.length}</span>
            </h4>
            <ul className="mention-list">
              {group.mentions.map((mention) => (
                <li key={`${mention.start}-${mention.end}`}>
                  <button
                    type="button"
                    className="mention"
                    onClick={() => onOpenMention(mention.documentId, { start: mention.start, end: mention.end })}
                  >
                    {mention.pageIndex !== null && paged.has(mention.documentId) && <span className="mention-page">p. {mention.pageIndex + 1}</span>}
                    <span className="mention-context">
                      {parseSnippet(mention.context.replace(/\s+/g, ' ')).map((part, index) =>
                        part.marked ? (
                          <mark key={index} className={`mention-name ${part.text === '[withheld]' ? 'mention-withheld' : ''}`}>
                            {part.text}
                          </mark>
                        ) : (
                          <WithheldAware key={index} text={part.text} />
                        )
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </>
  )
}

/** Shows "[withheld]" placeholders as a marked token, so a withheld name reads as deliberate. */
function WithheldAware({ text }: { text: string }) {
  if (!text.includes('[withheld]')) return <>{text}</>
  return (
    <>
      {text.split('[withheld]').map((piece, index) => (
        <span key={index}>
          {index > 0 && <mark className="mention-name mention-withheld">[withheld]</mark>}
          {piece}
        </span>
      ))}
    </>
  )
}
