// Progress while a batch imports (file x of n, page y of m), the password a protected PDF needs, then
// a summary: what came in, what was already there, what failed or was skipped.
import { CircleCheck, Copy, Loader, TriangleAlert, X } from 'lucide-react'
import type { DocumentSummary } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { ImportPasswordDialog } from './ImportPasswordDialog'
import type { ImportResult, ImportState } from './useImport'

interface ImportStatusProps {
  state: ImportState
  onCancel(): void
  onDismiss(): void
  onOpenDocument(document: DocumentSummary): void
}

export function ImportStatus({ state, onCancel, onDismiss, onOpenDocument }: ImportStatusProps) {
  if (state.phase === 'idle') return null

  if (state.phase === 'running') {
    const { progress } = state
    const pages = progress && progress.pageCount > 0 ? progress : null
    const done = state.current - 1 + (pages ? Math.min(pages.page / pages.pageCount, 1) : 0)
    return (
      <>
        <div className="import-banner" role="status" aria-live="polite">
          <Loader size={16} className="spin" aria-hidden />
          <span>
            Importing {state.current} of {state.total}
            {pages && (
              <span className="import-page">
                {' '}
                · page {pages.page.toLocaleString('en')} of {pages.pageCount.toLocaleString('en')}
              </span>
            )}
            {progress?.stage === 'saving' && ' · saving'} — <span className="muted">{state.currentName}</span>
          </span>
          <progress className="import-progress" max={state.total} value={done} aria-label="Import progress" />
          <button type="button" className="button button-small" onClick={onCancel}>
            Cancel
          </button>
        </div>
        {state.password && <ImportPasswordDialog key={state.password.name} request={state.password} />}
      </>
    )
  }

  const imported = state.results.filter((result) => result.outcome === 'imported')
  const duplicates = state.results.filter((result) => result.outcome === 'duplicate')
  const failed = state.results.filter((result) => result.outcome === 'failed')
  const skippedForPassword = state.results.filter((result) => result.outcome === 'skipped').length
  const skipped = state.total - state.results.length
  const parts = [
    `${plural(imported.length, 'document')} imported`,
    duplicates.length ? `${duplicates.length} already in the case` : null,
    failed.length ? `${failed.length} failed` : null,
    skippedForPassword ? `${skippedForPassword} skipped (no password)` : null,
    skipped ? `${skipped} not imported (cancelled)` : null
  ].filter(Boolean)

  return (
    <section className="import-summary" aria-label="Import summary">
      <header className="import-summary-header">
        {failed.length ? <TriangleAlert size={16} className="tone-warning" aria-hidden /> : <CircleCheck size={16} className="tone-success" aria-hidden />}
        <strong role="status">{parts.join(' · ')}</strong>
        <button type="button" className="icon-button" aria-label="Dismiss import summary" title="Dismiss" onClick={onDismiss}>
          <X size={16} aria-hidden />
        </button>
      </header>
      {(duplicates.length > 0 || failed.length > 0) && (
        <ul className="import-results">
          {[...duplicates, ...failed].map((result, index) => (
            <ImportResultRow key={`${result.name}-${index}`} result={result} onOpenDocument={onOpenDocument} />
          ))}
        </ul>
      )}
    </section>
  )
}

function ImportResultRow({ result, onOpenDocument }: { result: ImportResult; onOpenDocument(document: DocumentSummary): void }) {
  if (result.outcome === 'skipped') return null
  if (result.outcome === 'failed') {
    return (
      <li className="import-result import-failed">
        <TriangleAlert size={14} aria-hidden />
        <span>
          <strong>{result.name}</strong> — {result.message}
        </span>
      </li>
    )
  }
  return (
    <li className="import-result">
      <Copy size={14} aria-hidden />
      <span>
        <strong>{result.name}</strong> is already in the case as{' '}
        <button type="button" className="link-button" onClick={() => onOpenDocument(result.document)}>
          “{result.document.title}”
        </button>
      </span>
    </li>
  )
}
