import { Eye, FolderClosed, FolderLock, X } from 'lucide-react'
import type { RecentCase } from '../../../../shared/models'
import { formatWhen } from '../../lib/format'

interface RecentCasesProps {
  recent: RecentCase[]
  onOpen(path: string): void
  /** Open for review (read-only): offered beside each case when given. */
  onReview?(path: string): void
  onForget?(path: string): void
  busyPath?: string | null
}

export function RecentCases({ recent, onOpen, onReview, onForget, busyPath }: RecentCasesProps) {
  if (recent.length === 0) {
    return <p className="muted recent-empty">Cases you open will be listed here.</p>
  }
  return (
    <ul className="recent-list" aria-label="Recent cases">
      {recent.map((item) => (
        <li key={item.path} className="recent-item">
          <button type="button" className="recent-open" onClick={() => onOpen(item.path)} disabled={busyPath === item.path}>
            {item.encrypted ? (
              <FolderLock size={18} className="recent-icon" aria-label="Encrypted" />
            ) : (
              <FolderClosed size={18} className="recent-icon" aria-hidden />
            )}
            <span className="recent-text">
              <span className="recent-title">{item.title}</span>
              <span className="recent-path" title={item.path}>
                {/* Truncated from the left so the file name stays visible. */}
                <bdi>{item.path}</bdi>
              </span>
            </span>
            <span className="recent-when">Opened {formatWhen(item.openedAt)}</span>
          </button>
          {onReview && (
            <button
              type="button"
              className="icon-button recent-review"
              aria-label={`Open “${item.title}” for review (read-only)`}
              title="Open for review (read-only): sign off claims and export, change nothing else"
              disabled={busyPath === item.path}
              onClick={() => onReview(item.path)}
            >
              <Eye size={15} aria-hidden />
            </button>
          )}
          {onForget && (
            <button
              type="button"
              className="icon-button recent-forget"
              aria-label={`Remove “${item.title}” from recent cases`}
              title="Remove from this list (the file stays where it is)"
              onClick={() => onForget(item.path)}
            >
              <X size={14} aria-hidden />
            </button>
          )}
        </li>
      ))}
    </ul>
  )
}
