// In the document inspector: which shared source this document repeats (a memo three outlets quote).
// Type a new name to create an origin, pick an existing one from the list, or clear it. Documents
// sharing an origin count once when a claim's independent origins are counted.
import { Check } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'
import { api } from '../../api/client'
import { useReadOnly } from '../../data/readOnly'
import { useDocuments } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { DocumentDetail } from '../../../../shared/models'
import { useOrigins } from './data'

export function OriginField({ document: doc }: { document: DocumentDetail }) {
  const readOnly = useReadOnly()
  const origins = useOrigins()
  const documents = useDocuments()
  const save = useSave()
  const id = useId()
  const listId = useId()
  const hintId = useId()
  const value = doc.origin?.name ?? ''
  const [draft, setDraft] = useState(value)
  const [focused, setFocused] = useState(false)
  const [saved, setSaved] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  useEffect(() => {
    if (!focused) setDraft(value)
  }, [value, focused])

  const commit = async () => {
    setFocused(false)
    const next = draft.trim()
    if (next === value) return setDraft(value)
    const ok = await save(() => api['documents.setOrigin']({ documentId: doc.id, origin: next || null }), 'Couldn’t save the origin.')
    if (!ok) return setDraft(value)
    setSaved(true)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setSaved(false), 1600)
  }

  const origin = origins.data?.find((candidate) => candidate.id === doc.origin?.id)
  const titles = new Map((documents.data ?? []).map((document) => [document.id, document.title]))
  const others = (origin?.documentIds ?? []).filter((documentId) => documentId !== doc.id).map((documentId) => titles.get(documentId) ?? `Document ${documentId}`)
  const hint = 'Documents that repeat one memo count as one origin.'

  if (readOnly) {
    return (
      <div className="field">
        <span className="field-label">Origin</span>
        <p>{value || <span className="muted">Its own (by outlet)</span>}</p>
        {others.length > 0 && <p className="field-hint">Shared with {others.join(', ')}</p>}
      </div>
    )
  }

  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        Origin
        {saved && (
          <span className="field-saved" role="status">
            <Check size={12} aria-hidden /> Saved
          </span>
        )}
      </label>
      <input
        id={id}
        className="input"
        list={listId}
        value={draft}
        placeholder="Its own (by outlet)"
        aria-describedby={hintId}
        autoComplete="off"
        onFocus={() => setFocused(true)}
        onBlur={() => void commit()}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setDraft(value)
            event.currentTarget.blur()
            event.stopPropagation()
          } else if (event.key === 'Enter') {
            event.currentTarget.blur()
          }
        }}
      />
      <datalist id={listId}>
        {(origins.data ?? []).map((candidate) => (
          <option key={candidate.id} value={candidate.name} />
        ))}
      </datalist>
      <p id={hintId} className="field-hint">
        {others.length > 0 ? `Shared with ${others.join(', ')}. ` : ''}
        {hint}
      </p>
    </div>
  )
}
