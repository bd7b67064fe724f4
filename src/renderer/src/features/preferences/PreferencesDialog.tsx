// Preferences: the user's name, which the audit history and every sign-off record.
import { useState } from 'react'
import { Dialog, FormActions } from '../../components/Dialog'
import { useToasts } from '../../components/Toasts'
import { errorMessage } from '../../lib/errors'
import { usePreferences } from './preferences'

export const USER_NAME_LABEL = 'Your name (recorded in the history and on sign-offs)'

export function PreferencesDialog({ onClose }: { onClose(): void }) {
  const { preferences, saveUserName } = usePreferences()
  const toasts = useToasts()
  const [name, setName] = useState(preferences.userName ?? '')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const save = async () => {
    const next = name.trim()
    if (next.length > 200) {
      setError('Keep the name under 200 characters.')
      return
    }
    setBusy(true)
    try {
      await saveUserName(next || null)
      toasts.success('Preferences saved', next ? `Changes and sign-offs are recorded as ${next}.` : 'No name set: changes are recorded under this computer’s user.')
      onClose()
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="Preferences"
      description={<p>These settings belong to you on this computer, not to a case.</p>}
      onClose={onClose}
      onSubmit={() => void save()}
      actions={<FormActions submitLabel="Save" busy={busy} onCancel={onClose} />}
    >
      <div className="field">
        <label htmlFor="preferences-user-name" className="field-label">
          {USER_NAME_LABEL}
        </label>
        <input
          id="preferences-user-name"
          className="input"
          autoFocus
          autoComplete="name"
          value={name}
          placeholder="e.g. Dana Whitfield, Metro desk"
          onChange={(event) => {
            setName(event.target.value)
            setError(null)
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'preferences-error' : 'preferences-hint'}
        />
        {error ? (
          <p id="preferences-error" className="field-error" role="alert">
            {error}
          </p>
        ) : (
          <p id="preferences-hint" className="field-hint">
            Editors see it beside every change you make and every claim you sign off or send back.
          </p>
        )}
      </div>
    </Dialog>
  )
}
