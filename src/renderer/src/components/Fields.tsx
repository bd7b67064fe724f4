// Fields that save themselves: text on blur or Enter, choices and dates on change. Escape undoes
// an edit in progress. A field never overwrites what the user is typing when data refreshes.
// In review mode (useReadOnly) every field shows its value and saves nothing.
import { Check } from 'lucide-react'
import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { useReadOnly } from '../data/readOnly'

type Save = (value: string) => Promise<boolean>

function useSavedFlash(): [boolean, () => void] {
  const [saved, setSaved] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  return [
    saved,
    () => {
      setSaved(true)
      clearTimeout(timer.current)
      timer.current = setTimeout(() => setSaved(false), 1600)
    }
  ]
}

function FieldShell({ id, label, saved, children, hint }: { id: string; label: string; saved: boolean; children: ReactNode; hint?: string }) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
        {saved && (
          <span className="field-saved" role="status">
            <Check size={12} aria-hidden /> Saved
          </span>
        )}
      </label>
      {children}
      {hint && <p className="field-hint">{hint}</p>}
    </div>
  )
}

interface TextFieldProps {
  label: string
  value: string
  onSave: Save
  multiline?: boolean
  type?: 'text' | 'url'
  placeholder?: string
  required?: boolean
  hint?: string
  rows?: number
}

export function TextField({ label, value, onSave, multiline, type = 'text', placeholder, required, hint, rows = 6 }: TextFieldProps) {
  const id = useId()
  const readOnly = useReadOnly()
  const [draft, setDraft] = useState(value)
  const [focused, setFocused] = useState(false)
  const [saved, flash] = useSavedFlash()

  useEffect(() => {
    if (!focused) setDraft(value)
  }, [value, focused])

  const commit = async () => {
    setFocused(false)
    const next = multiline ? draft : draft.trim()
    if (readOnly || next === value) return
    if (required && next.trim() === '') {
      setDraft(value)
      return
    }
    if (await onSave(next)) flash()
    else setDraft(value)
  }

  const common = {
    id,
    value: draft,
    readOnly,
    placeholder: readOnly ? undefined : placeholder,
    onFocus: () => setFocused(true),
    onBlur: () => void commit(),
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onKeyDown: (event: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Escape') {
        setDraft(value)
        event.currentTarget.blur()
        event.stopPropagation()
      } else if (event.key === 'Enter' && !multiline) {
        event.currentTarget.blur()
      }
    }
  }

  return (
    <FieldShell id={id} label={label} saved={saved} hint={hint}>
      {multiline ? <textarea className="input" rows={rows} {...common} /> : <input className="input" type={type} {...common} />}
    </FieldShell>
  )
}

interface ChoiceFieldProps {
  label: string
  value: string
  options: readonly { value: string; label: string }[]
  onSave: Save
}

export function ChoiceField({ label, value, options, onSave }: ChoiceFieldProps) {
  const id = useId()
  const readOnly = useReadOnly()
  const [saved, flash] = useSavedFlash()
  return (
    <FieldShell id={id} label={label} saved={saved}>
      <select
        id={id}
        className="input"
        value={value}
        // A <select> has no read-only state: disabled keeps its value visible and unchangeable.
        disabled={readOnly}
        onChange={async (event) => {
          if (readOnly) return
          if (await onSave(event.target.value)) flash()
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

export function DateField({ label, value, onSave }: { label: string; value: string; onSave: Save }) {
  const id = useId()
  const readOnly = useReadOnly()
  const [draft, setDraft] = useState(value)
  const [saved, flash] = useSavedFlash()
  useEffect(() => setDraft(value), [value])
  return (
    <FieldShell id={id} label={label} saved={saved}>
      <input
        id={id}
        className="input"
        type="date"
        value={draft}
        readOnly={readOnly}
        onChange={async (event) => {
          if (readOnly) return
          const next = event.target.value
          setDraft(next)
          if (next === value) return
          if (await onSave(next)) flash()
        }}
      />
    </FieldShell>
  )
}
