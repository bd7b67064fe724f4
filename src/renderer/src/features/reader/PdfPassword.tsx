// Asks for a protected PDF's password inside the reader; a wrong one says so and asks again.
import { LockKeyhole } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'

interface PdfPasswordProps {
  title: string
  wrong: boolean
  /** Changes with every answer from pdf.js, so the form can stop waiting. */
  attempt: unknown
  onSubmit(password: string): void
}

export function PdfPassword({ title, wrong, attempt, onSubmit }: PdfPasswordProps) {
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const fieldId = useId()
  const errorId = useId()

  const field = useRef<HTMLInputElement>(null)

  // An answer came back (a wrong password): ready for another try, the old one selected to retype.
  useEffect(() => {
    setBusy(false)
    field.current?.select()
  }, [attempt])

  return (
    <div className="pdf-password">
      <LockKeyhole size={32} strokeWidth={1.5} className="empty-state-icon" aria-hidden />
      <h2 className="empty-state-title">This PDF is protected by a password</h2>
      <p className="muted">Enter the password to read “{title}”. Casefile keeps it in memory until you quit, never on disk.</p>
      <form
        className="pdf-password-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!password || busy) return
          setBusy(true)
          onSubmit(password)
        }}
      >
        <label htmlFor={fieldId} className="field-label">
          Password
        </label>
        <div className="pdf-password-row">
          <input
            ref={field}
            id={fieldId}
            type="password"
            className="input"
            autoFocus
            autoComplete="off"
            value={password}
            aria-invalid={wrong || undefined}
            aria-describedby={wrong ? errorId : undefined}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={!password || busy}>
            Open
          </button>
        </div>
        {wrong && (
          <p id={errorId} className="field-error" role="alert">
            That password is not right. Try again.
          </p>
        )}
      </form>
    </div>
  )
}
