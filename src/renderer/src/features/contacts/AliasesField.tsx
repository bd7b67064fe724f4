// Other names the contact goes by: each is found in the documents like the name itself.
import { Plus, X } from 'lucide-react'
import { useId, useState } from 'react'
import { useReadOnly } from '../../data/readOnly'

interface AliasesFieldProps {
  aliases: string[]
  onSave(aliases: string[]): Promise<boolean>
}

export function AliasesField({ aliases, onSave }: AliasesFieldProps) {
  const id = useId()
  const readOnly = useReadOnly()
  const [draft, setDraft] = useState('')

  const add = async () => {
    const alias = draft.trim()
    if (!alias) return
    if (aliases.some((existing) => existing.toLocaleLowerCase() === alias.toLocaleLowerCase())) {
      setDraft('')
      return
    }
    if (await onSave([...aliases, alias])) setDraft('')
  }

  return (
    <div className="field">
      <label htmlFor={readOnly ? undefined : id} className="field-label">
        Aliases
      </label>
      {readOnly && aliases.length === 0 && <p className="muted small">None.</p>}
      {aliases.length > 0 && (
        <ul className="alias-list" aria-label="Alias list">
          {aliases.map((alias) => (
            <li key={alias} className="alias">
              {alias}
              {!readOnly && (
                <button
                  type="button"
                  className="alias-remove"
                  aria-label={`Remove alias “${alias}”`}
                  onClick={() => void onSave(aliases.filter((other) => other !== alias))}
                >
                  <X size={12} aria-hidden />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="inline-add">
          <input
            id={id}
            className="input"
            value={draft}
            placeholder="Surname alone, nickname, former name…"
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                void add()
              }
            }}
          />
          <button type="button" className="button" onClick={() => void add()} disabled={!draft.trim()}>
            <Plus size={14} aria-hidden /> Add alias
          </button>
        </div>
      )}
    </div>
  )
}
