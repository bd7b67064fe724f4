// A document's metadata (editable), the shared origin it repeats, where it came from (fixed), and its
// marked passages (claims with their status).
import { Highlighter, MessageCircleQuestion } from 'lucide-react'
import { api } from '../../api/client'
import { ChoiceField, DateField, TextField } from '../../components/Fields'
import { useDocument, usePassages } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Args } from '../../../../shared/api'
import { DOCUMENT_KINDS, type DocumentKind } from '../../../../shared/models'
import { formatBytes, formatDateTime, plural, toDateInput } from '../../lib/format'
import { OriginField } from '../claims/OriginField'
import { ClaimStatusBadge } from '../claims/labels'
import { KIND_LABELS } from '../navigator/kindIcons'
import { PassageQuote } from '../questions/PassageQuote'

const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }))

export function DocumentInspector({ documentId, onSelectPassage }: { documentId: number; onSelectPassage(id: number): void }) {
  const document_ = useDocument(documentId)
  const passages = usePassages(documentId)
  const save = useSave()
  const doc = document_.data
  if (!doc) return null

  const update = (changes: Omit<Args<'documents.update'>, 'id'>, what: string) =>
    save(() => api['documents.update']({ id: doc.id, ...changes }), `Couldn’t save the ${what}.`)

  return (
    <div className="inspector-scroll">
      <section aria-labelledby="inspector-document-heading" className="inspector-section">
        <h2 id="inspector-document-heading" className="inspector-heading">
          Document
        </h2>
        <TextField label="Title" value={doc.title} required onSave={(title) => update({ title }, 'title')} />
        <ChoiceField label="Kind" value={doc.kind} options={KIND_OPTIONS} onSave={(kind) => update({ kind: kind as DocumentKind }, 'kind')} />
        <TextField label="Outlet" value={doc.outlet ?? ''} onSave={(outlet) => update({ outlet: outlet || null }, 'outlet')} />
        <TextField label="Author" value={doc.author ?? ''} onSave={(author) => update({ author: author || null }, 'author')} />
        <DateField label="Published" value={toDateInput(doc.publishedAt)} onSave={(publishedAt) => update({ publishedAt: publishedAt || null }, 'publication date')} />
        <TextField label="URL" type="url" value={doc.url ?? ''} onSave={(url) => update({ url: url || null }, 'address')} />
        <OriginField document={doc} />
      </section>

      <section aria-labelledby="inspector-passages-heading" className="inspector-section">
        <h2 id="inspector-passages-heading" className="inspector-heading">
          Passages <span className="count">{passages.data?.length ?? 0}</span>
        </h2>
        {passages.data?.length ? (
          <ul className="inspector-passages" aria-label="Marked passages">
            {passages.data.map((passage) => (
              <li key={passage.id}>
                <button type="button" className="inspector-passage" onClick={() => onSelectPassage(passage.id)}>
                  <PassageQuote passage={passage} clamp />
                  <span className="inspector-passage-meta">
                    {passage.claimStatus && <ClaimStatusBadge status={passage.claimStatus} />}
                    {passage.questionIds.length > 0 ? (
                      <>
                        <MessageCircleQuestion size={12} aria-hidden /> {plural(passage.questionIds.length, 'question')}
                      </>
                    ) : (
                      'No questions yet'
                    )}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small inspector-hint">
            <Highlighter size={13} aria-hidden /> Select text in the reader and press H to mark a passage.
          </p>
        )}
      </section>

      <section aria-labelledby="inspector-provenance-heading" className="inspector-section">
        <h2 id="inspector-provenance-heading" className="inspector-heading">
          Provenance
        </h2>
        <dl className="facts">
          <dt>Original file</dt>
          <dd>{doc.sourceName}</dd>
          <dt>Type</dt>
          <dd>{doc.mimeType}</dd>
          <dt>Encoding</dt>
          <dd>{doc.encoding}</dd>
          <dt>Size</dt>
          <dd>{formatBytes(doc.byteSize)}</dd>
          <dt>Retrieved</dt>
          <dd>{formatDateTime(doc.retrievedAt)}</dd>
          <dt>Imported</dt>
          <dd>{formatDateTime(doc.importedAt)}</dd>
          <dt>SHA-256</dt>
          <dd className="mono hash" title="Fingerprint of the original file: the same bytes always give the same value">
            {doc.sha256}
          </dd>
        </dl>
      </section>
    </div>
  )
}
