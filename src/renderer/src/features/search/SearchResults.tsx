// The results listbox: Documents, Passages, Questions, each hit with its snippet and the matched
// words marked. Options are not focusable: the field keeps focus (aria-activedescendant).
import { ChevronsDown, FileText, Highlighter, MessageCircleQuestion } from 'lucide-react'
import { StatusBadge } from '../../components/StatusBadge'
import type { SearchHit } from '../../../../shared/models'
import { KIND_ICONS } from '../navigator/kindIcons'
import { SEARCH_LIMIT } from './useCaseSearch'
import { GROUP_LABELS, type ResultGroup, type ResultItem } from './groups'
import { Snippet, snippetText } from './snippet'

interface SearchResultsProps {
  listboxId: string
  optionId(index: number): string
  groups: ResultGroup[]
  active: number
  onHover(index: number): void
  onChoose(item: ResultItem): void
}

export function SearchResults({ listboxId, optionId, groups, active, onHover, onChoose }: SearchResultsProps) {
  let index = 0
  return (
    <div id={listboxId} role="listbox" aria-label="Search results" className="search-results">
      {groups.map((group) => {
        const label = GROUP_LABELS[group.kind]
        const headingId = `${listboxId}-${group.kind}`
        const capped = group.total >= SEARCH_LIMIT
        return (
          <div key={group.kind} role="group" aria-labelledby={headingId} className="search-group">
            <div id={headingId} className="search-group-title" role="presentation">
              {label.title}
              <span className="count" aria-hidden>
                {capped ? `${group.total}+` : group.total}
              </span>
            </div>
            {group.items.map((item) => {
              const at = index++
              return (
                <div
                  key={item.type === 'hit' ? `${item.hit.kind}-${item.hit.id}-${item.hit.pageIndex}` : 'more'}
                  id={optionId(at)}
                  role="option"
                  aria-selected={at === active}
                  className={`search-option ${item.type === 'more' ? 'search-more' : ''}`}
                  onMouseMove={() => at !== active && onHover(at)}
                  onClick={() => onChoose(item)}
                >
                  {item.type === 'more' ? (
                    <>
                      <ChevronsDown size={15} aria-hidden className="search-option-icon" />
                      Show {item.hidden} more {item.hidden === 1 ? label.one : label.many}
                    </>
                  ) : (
                    <HitView hit={item.hit} />
                  )}
                </div>
              )
            })}
            {capped && group.items.every((item) => item.type === 'hit') && (
              <div className="search-group-note" role="presentation">
                Only the best {SEARCH_LIMIT} {label.many} are listed. Add words or a filter to narrow the search.
              </div>
            )}
          </div>
        )
      })}
    </div>
  )
}

function pageLabel(hit: SearchHit): string {
  return (hit.pageCount ?? 0) > 1 && hit.pageIndex !== null ? ` · page ${hit.pageIndex + 1}` : ''
}

function HitView({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'document') {
    const Icon = hit.documentKind ? KIND_ICONS[hit.documentKind] : FileText
    return (
      <>
        <Icon size={15} aria-hidden className="search-option-icon" />
        <span className="search-option-text">
          <span className="search-option-title">
            {hit.title}
            <span className="search-option-page">{pageLabel(hit)}</span>
          </span>
          <Snippet className="search-option-snippet" text={hit.snippet} />
        </span>
      </>
    )
  }
  if (hit.kind === 'passage') {
    return (
      <>
        <Highlighter size={15} aria-hidden className="search-option-icon search-option-icon-passage" />
        <span className="search-option-text">
          <Snippet className="search-option-quote" text={hit.snippet} />
          <span className="search-option-meta">
            <span className="visually-hidden">in </span>
            <FileText size={12} aria-hidden /> {hit.documentTitle}
            {pageLabel(hit)}
          </span>
        </span>
      </>
    )
  }
  // Questions: the title with its matches when the match is in the title, else the notes' snippet.
  const titleMatched = snippetText(hit.snippet) === hit.title.replace(/\s+/g, ' ').trim()
  return (
    <>
      <MessageCircleQuestion size={15} aria-hidden className="search-option-icon" />
      <span className="search-option-text">
        <span className="search-option-title">{titleMatched ? <Snippet text={hit.snippet} /> : hit.title}</span>
        {!titleMatched && <Snippet className="search-option-snippet" text={hit.snippet} />}
      </span>
      {hit.status && <StatusBadge status={hit.status} />}
    </>
  )
}
