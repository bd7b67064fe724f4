// The navigator's panel for the Status section: the status board, and the sourced summary with
// its export. Each entry says what it is for.
import { FileOutput, Gauge } from 'lucide-react'
import { useReadOnly } from '../../data/readOnly'

export interface StatusPanelProps {
  statusOpen: boolean
  summaryOpen: boolean
  onShowStatus(): void
  onShowSummary(): void
}

export function StatusPanel({ statusOpen, summaryOpen, onShowStatus, onShowSummary }: StatusPanelProps) {
  const readOnly = useReadOnly()
  return (
    <div className="list-pane status-panel">
      <ul className="plain-list status-panel-list" aria-label="Status and publication">
        <li>
          <button type="button" className="list-row status-panel-entry" aria-current={statusOpen ? 'true' : undefined} onClick={onShowStatus}>
            <Gauge size={16} aria-hidden className="list-row-icon" />
            <span className="list-row-text">
              <span className="list-row-title">Status board</span>
              <span className="status-panel-hint">
                Where the story stands: claims by status and sign-off, claims resting on one origin or only on confidential sources, open
                contradictions, overdue questions.
              </span>
            </span>
          </button>
        </li>
        <li>
          <button type="button" className="list-row status-panel-entry" aria-current={summaryOpen ? 'true' : undefined} onClick={onShowSummary}>
            <FileOutput size={16} aria-hidden className="list-row-icon" />
            <span className="list-row-text">
              <span className="list-row-title">Summary &amp; export</span>
              <span className="status-panel-hint">
                {readOnly
                  ? 'The sourced summary: every statement footnoted to its passages. Export Markdown, HTML, Word or PDF.'
                  : 'Order the claims in sections with your prose, choose what goes in, and export a footnoted summary as Markdown, HTML, Word or PDF.'}
              </span>
            </span>
          </button>
        </li>
      </ul>
    </div>
  )
}
