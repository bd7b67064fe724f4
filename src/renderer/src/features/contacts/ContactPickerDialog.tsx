// Pick one of the case's contacts (to ask about a question, or to attribute a passage to).
import { useState, type ReactNode } from 'react'
import { Dialog } from '../../components/Dialog'
import { useContacts } from '../../data/resources'
import { CONTACT_PASSAGE_ROLES, type ContactPassageRole } from '../../../../shared/models'
import { KindIcon, KindLabel, TermsBadge } from './labels'
import { FilterField } from '../../components/FilterField'

export const PASSAGE_ROLE_LABELS: Record<ContactPassageRole, string> = { quote: 'Quote', mention: 'Mention' }
const ROLE_HINTS: Record<ContactPassageRole, string> = {
  quote: 'Quote — words attributed to them',
  mention: 'Mention — the passage names or concerns them'
}

interface ContactPickerDialogProps {
  title: string
  description?: ReactNode
  excludeIds: readonly number[]
  /** Ask whether the passage quotes or mentions the contact. */
  withRole?: boolean
  onPick(contactId: number, role: ContactPassageRole): void
  onClose(): void
}

export function ContactPickerDialog({ title, description, excludeIds, withRole, onPick, onClose }: ContactPickerDialogProps) {
  const contacts = useContacts()
  const [filter, setFilter] = useState('')
  const [role, setRole] = useState<ContactPassageRole>('quote')
  const needle = filter.trim().toLocaleLowerCase()
  const all = contacts.data ?? []
  const candidates = all.filter(
    (contact) =>
      !excludeIds.includes(contact.id) &&
      [contact.displayName, contact.role, contact.affiliationName].some((text) => text?.toLocaleLowerCase().includes(needle))
  )

  return (
    <Dialog
      title={title}
      description={description}
      onClose={onClose}
      className="dialog-wide"
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      {withRole && (
        <fieldset className="radio-row">
          <legend className="field-label">This passage is a</legend>
          {CONTACT_PASSAGE_ROLES.map((value) => (
            <label key={value} className="radio-option">
              <input type="radio" name="contact-passage-role" value={value} checked={role === value} onChange={() => setRole(value)} />
              {ROLE_HINTS[value]}
            </label>
          ))}
        </fieldset>
      )}
      <FilterField label="Filter contacts" value={filter} onChange={setFilter} autoFocus />
      {contacts.data && candidates.length === 0 ? (
        <p className="muted">
          {all.length === 0
            ? 'This case has no contacts yet. Add one from the Contacts section or with New contact.'
            : all.every((contact) => excludeIds.includes(contact.id))
              ? 'Every contact is already linked.'
              : 'No contact matches that filter.'}
        </p>
      ) : (
        <ul className="picker-list" aria-label="Contacts to link">
          {candidates.map((contact) => (
            <li key={contact.id}>
              <button type="button" className="picker-row" onClick={() => onPick(contact.id, role)}>
                <span className="picker-contact">
                  <KindIcon kind={contact.kind} className="picker-contact-icon" />
                  <span className="picker-title">{contact.displayName}</span>
                  <KindLabel kind={contact.kind} />
                  {contact.affiliationName && <span className="muted small"> · {contact.affiliationName}</span>}
                </span>
                <TermsBadge terms={contact.terms} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  )
}
