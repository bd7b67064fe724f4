// A password-protected PDF in an import: ask for its password (a wrong one says so and asks again),
// or skip the file and let the batch go on.
import { useEffect, useRef, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import type { PasswordRequest } from './useImport'

export function ImportPasswordDialog({ request }: { request: PasswordRequest }) {
  const [password, setPassword] = useState('')
  const field = useRef<HTMLInputElement>(null)

  // Each answer that comes back wrong leaves the old password selected, ready to retype.
  useEffect(() => field.current?.select(), [request])

  return (
    <Dialog
      title="Password needed"
      description={
        <p>
          <strong>{request.name}</strong> is protected by a password. Enter it to import the file, or skip it. Casefile keeps the password in memory until you
          quit, never on disk.
        </p>
      }
      onClose={request.skip}
      onSubmit={() => password && request.submit(password)}
      actions={
        <>
          <button type="button" className="button" onClick={request.skip}>
            Skip this file
          </button>
          <button type="submit" className="button button-primary" disabled={!password}>
            Import
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="import-password" className="field-label">
          Password
        </label>
        <input
          ref={field}
          id="import-password"
          type="password"
          className="input"
          autoFocus
          autoComplete="off"
          value={password}
          aria-invalid={request.wrong || undefined}
          aria-describedby={request.wrong ? 'import-password-error' : undefined}
          onChange={(event) => setPassword(event.target.value)}
        />
      </div>
      {request.wrong && (
        <p id="import-password-error" className="field-error" role="alert">
          That password is not right. Check it and try again.
        </p>
      )}
    </Dialog>
  )
}
