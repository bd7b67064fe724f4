// New contact: the name, whether a person or an organisation, and the terms agreed. Everything else
// (aliases, channels, affiliation, notes) is filled in on the contact's own page, which opens next.
import { Lock } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import type { Contact, ContactKind, SourcingTerms } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'
import { CONTACT_KIND_OPTIONS, TERMS_HINTS, TERMS_OPTIONS } from './labels'

interface NewContactDialogProps {
  onCreated(contact: Contact): void
  onClose(): void
}

export function NewContactDialog({ onCreated, onClose }: NewContactDialogProps) {
  const [name, setName] = useState('')
  const [kind, setKind] = useState<ContactKind>('person')
  const [terms, setTerms] = useState<SourcingTerms>('on_record')
  const [role, setRole] = useState('')
  const [description, setDescription] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const confidential = terms === 'confidential'

  const create = async () => {
    if (!name.trim()) {
      setError(kind === 'person' ? 'Write the person’s name, for example “Kay Cruz”.' : 'Write the organisation’s name, for example “Texas DPS”.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const contact = await api['contacts.create']({
        name: name.trim(),
        kind,
        terms,
        role: role.trim() || null,
        description: description.trim() || undefined
      })
      onCreated(contact)
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  return (
    <Dialog
      title="New contact"
      onClose={onClose}
      onSubmit={() => void create()}
      actions={<FormActions submitLabel="Add contact" busy={busy} onCancel={onClose} />}
    >
      <div className="field">
        <label htmlFor="new-contact-name" className="field-label">
          Name
        </label>
        <input
          id="new-contact-name"
          className="input"
          autoFocus
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-contact-error' : undefined}
        />
      </div>
      <div className="field-grid">
        <div className="field">
          <label htmlFor="new-contact-kind" className="field-label">
            Kind
          </label>
          <select id="new-contact-kind" className="input" value={kind} onChange={(event) => setKind(event.target.value as ContactKind)}>
            {CONTACT_KIND_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="new-contact-terms" className="field-label">
            Terms
          </label>
          <select
            id="new-contact-terms"
            className="input"
            value={terms}
            onChange={(event) => setTerms(event.target.value as SourcingTerms)}
            aria-describedby="new-contact-terms-hint"
          >
            {TERMS_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id="new-contact-terms-hint" className={`field-hint ${confidential ? 'terms-hint-confidential' : ''}`}>
        {confidential && <Lock size={12} aria-hidden />} {TERMS_HINTS[terms]}
      </p>
      {kind === 'person' && (
        <div className="field">
          <label htmlFor="new-contact-role" className="field-label">
            Role or title
          </label>
          <input id="new-contact-role" className="input" value={role} placeholder="Spokeswoman, retired field office director…" onChange={(event) => setRole(event.target.value)} />
        </div>
      )}
      {terms !== 'on_record' && (
        <div className="field">
          <label htmlFor="new-contact-description" className="field-label">
            How to describe this source in print
          </label>
          <input
            id="new-contact-description"
            className="input"
            value={description}
            placeholder="a senior official with knowledge of the decision"
            maxLength={500}
            onChange={(event) => setDescription(event.target.value)}
            aria-describedby={confidential ? 'new-contact-description-hint' : undefined}
          />
          {confidential && (
            <p id="new-contact-description-hint" className="field-hint">
              For the story. Everywhere in Casefile the contact shows as a placeholder, never by name.
            </p>
          )}
        </div>
      )}
      {error && (
        <p id="new-contact-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
