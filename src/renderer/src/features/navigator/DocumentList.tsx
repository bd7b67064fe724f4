// The case's documents, filterable, virtualized so long cases stay quick. Arrow keys move
// between documents; each row is a button.
import { useReadOnly } from '../../data/readOnly'
import { Highlighter, ScanText, Upload } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import { useVirtualRows } from '../../components/virtualRows'
import type { DocumentSummary } from '../../../../shared/models'
import { formatDate } from '../../lib/format'
import { KIND_ICONS, KIND_LABELS } from './kindIcons'
import { FilterField } from '../../components/FilterField'

interface DocumentListProps {
  documents: DocumentSummary[]
  loading: boolean
  total: number
  filter: string
  onFilter(filter: string): void
  selectedId: number | null
  onOpen(id: number): void
  onImport(): void
}

const ROW_HEIGHT = 68

export function DocumentList({ documents, loading, total, filter, onFilter, selectedId, onOpen, onImport }: DocumentListProps) {
  const readOnly = useReadOnly()
  const { scrollRef, virtualizer, listProps, rowProps, moveFocus } = useVirtualRows(documents.length, ROW_HEIGHT)

  return (
    <div className="list-pane">
      <FilterField label="Filter documents" value={filter} onChange={onFilter} disabled={total === 0} />
      {total === 0 && !loading ? (
        <EmptyState icon={Upload} title="No documents yet">
          {readOnly ? (
            <p>This case has none.</p>
          ) : (
            <>
              <p>Drop articles, memos (PDF) or saved web pages here, or</p>
              <button type="button" className="button button-small" onClick={onImport}>
                Import…
              </button>
            </>
          )}
        </EmptyState>
      ) : documents.length === 0 && !loading ? (
        <p className="list-empty">No documents match “{filter}”.</p>
      ) : (
        <div ref={scrollRef} className="list-scroll">
          <ul {...listProps} aria-label="Documents">
            {virtualizer.getVirtualItems().map((item) => {
              const document = documents[item.index]!
              const Icon = KIND_ICONS[document.kind]
              const meta = [document.outlet ?? KIND_LABELS[document.kind], document.publishedAt ? formatDate(document.publishedAt) : null]
                .filter(Boolean)
                .join(' · ')
              return (
                <li key={document.id} {...rowProps(item)}>
                  <button
                    type="button"
                    className="list-row"
                    aria-current={document.id === selectedId ? 'true' : undefined}
                    onClick={() => onOpen(document.id)}
                    onKeyDown={(event) => moveFocus(event, item.index, (next) => onOpen(documents[next]!.id))}
                  >
                    <Icon size={16} className="list-row-icon" aria-hidden />
                    <span className="list-row-text">
                      <span className="list-row-title wrap">{document.title}</span>
                      <span className="list-row-meta">
                        {document.textStatus === 'needs_ocr' && (
                          <span className="list-row-ocr" title="A scan with no text layer: it needs OCR before its text can be searched or marked">
                            <ScanText size={11} aria-hidden /> No text — needs OCR
                          </span>
                        )}
                        {meta}
                      </span>
                    </span>
                    {document.passageCount > 0 && (
                      <span className="list-row-badge" title={`${document.passageCount} marked passages`}>
                        <Highlighter size={12} aria-hidden />
                        <span className="visually-hidden">Marked passages: </span>
                        {document.passageCount}
                      </span>
                    )}
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </div>
  )
}
