// The audit log of one item: what changed, who changed it and when, newest first. Collapsed by
// default; the entries load when it is opened (and reload after every change while open).
import { ChevronRight, History, Loader } from 'lucide-react'
import { useId, useState } from 'react'
import { api } from '../../api/client'
import { useQuery } from '../../data/useQuery'
import type { AuditEntry, AuditItemType } from '../../../../shared/models'
import { formatDateTime } from '../../lib/format'
import { formatRelative } from './relativeTime'

export interface AuditHistoryProps {
  itemType: AuditItemType
  itemId: number
}

const PAGE = 100

export function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
}

export function AuditHistory({ itemType, itemId }: AuditHistoryProps) {
  const [open, setOpen] = useState(false)
  const [limit, setLimit] = useState(PAGE)
  const listId = useId()
  const entries = useQuery(open ? () => api['audit.forItem']({ itemType, itemId, limit }) : null, [open, itemType, itemId, limit])
  const list = entries.data ? newestFirst(entries.data) : []

  return (
    <section className={`audit-history ${open ? 'audit-history-open' : ''}`} aria-label="History">
      <h3 className="audit-heading">
        <button type="button" className="audit-toggle" aria-expanded={open} aria-controls={open ? listId : undefined} onClick={() => setOpen((value) => !value)}>
          <ChevronRight size={14} aria-hidden className="audit-chevron" />
          <History size={14} aria-hidden />
          History
          {entries.data && <span className="count">{entries.data.length >= limit ? `${limit}+` : entries.data.length}</span>}
        </button>
      </h3>
      {open && (
        <div id={listId} className="audit-body">
          {entries.error && !entries.data ? (
            <p className="field-error" role="alert">
              The history couldn’t be read: {entries.error.message}
            </p>
          ) : !entries.data ? (
            <p className="muted small" role="status">
              <Loader size={13} className="spin" aria-hidden /> Reading the history…
            </p>
          ) : list.length === 0 ? (
            <p className="muted small">No changes recorded yet.</p>
          ) : (
            <>
              <ol className="audit-list" aria-label="Changes, newest first">
                {list.map((entry) => (
                  <li key={entry.id} className="audit-entry">
                    <span className="audit-summary">{entry.summary}</span>
                    <span className="audit-meta">
                      <span className="audit-actor">{entry.actor}</span>
                      {' · '}
                      <time dateTime={entry.at} title={formatDateTime(entry.at)}>
                        {formatRelative(entry.at)}
                      </time>
                    </span>
                  </li>
                ))}
              </ol>
              {entries.data.length >= limit && (
                <button type="button" className="button button-small button-quiet" onClick={() => setLimit((value) => value + PAGE * 4)}>
                  Show older changes
                </button>
              )}
            </>
          )}
        </div>
      )}
    </section>
  )
}
