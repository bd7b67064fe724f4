// A question's contacts ("ask CBP's press office"): safe names with their terms, one click to each;
// add from the case's contacts, remove a link (the contact stays).
import { UserPlus, X } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { useSave } from '../../data/useSave'
import type { ContactRef } from '../../../../shared/models'
import { ContactChip } from './ContactChip'
import { ContactPickerDialog } from './ContactPickerDialog'

interface WhomToAskProps {
  questionId: number
  questionTitle: string
  contacts: ContactRef[]
  onOpenContact(id: number): void
  /** Inspector: list only. */
  readOnly?: boolean
}

export function WhomToAsk({ questionId, questionTitle, contacts, onOpenContact, readOnly }: WhomToAskProps) {
  const save = useSave()
  const [picking, setPicking] = useState(false)

  return (
    <>
      {contacts.length === 0 ? (
        <p className="muted small">{readOnly ? 'No contacts linked yet.' : 'No one yet. Add the people or offices who could answer this.'}</p>
      ) : (
        <ul className="contact-chips" aria-label="Whom to ask">
          {contacts.map((contact) => (
            <ContactChip key={contact.id} contact={contact} onOpen={onOpenContact}>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${contact.displayName} from this question`}
                  title="Remove from this question (the contact stays)"
                  onClick={() =>
                    void save(() => api['contacts.unlinkQuestion']({ contactId: contact.id, questionId }), 'Couldn’t remove the contact from the question.')
                  }
                >
                  <X size={14} aria-hidden />
                </button>
              )}
            </ContactChip>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="section-actions">
          <button type="button" className="button button-small" onClick={() => setPicking(true)}>
            <UserPlus size={14} aria-hidden /> Add contact…
          </button>
        </div>
      )}
      {picking && (
        <ContactPickerDialog
          title="Whom to ask"
          description={<>Link a contact to “{questionTitle}”.</>}
          excludeIds={contacts.map((contact) => contact.id)}
          onClose={() => setPicking(false)}
          onPick={async (contactId) => {
            setPicking(false)
            await save(() => api['contacts.linkQuestion']({ contactId, questionId }), 'Couldn’t link the contact.')
          }}
        />
      )}
    </>
  )
}
