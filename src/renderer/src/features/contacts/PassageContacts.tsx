// In a passage's inspector: whom the passage quotes or mentions. Link it to a contact with a role;
// unlink it (the contact and the passage stay).
import { UserPlus, X } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import { useReadOnly } from '../../data/readOnly'
import { useContact, useContactsLinkedTo } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { ContactSummary } from '../../../../shared/models'
import { ContactChip } from './ContactChip'
import { ContactPickerDialog, PASSAGE_ROLE_LABELS } from './ContactPickerDialog'

interface PassageContactsProps {
  passageId: number
  quote: string
  onOpenContact(id: number): void
}

export function PassageContacts({ passageId, quote, onOpenContact }: PassageContactsProps) {
  const linked = useContactsLinkedTo({ passageId })
  const save = useSave()
  const readOnly = useReadOnly()
  const [picking, setPicking] = useState(false)
  const contacts = linked.data ?? []

  return (
    <>
      {contacts.length === 0 ? (
        <p className="muted small">{readOnly ? 'Not attributed to anyone.' : 'Not attributed to anyone. Link the person quoted, or the people and organisations it names.'}</p>
      ) : (
        <ul className="contact-chips" aria-label="Contacts on this passage">
          {contacts.map((contact) => (
            <LinkedContact key={contact.id} contact={contact} passageId={passageId} onOpenContact={onOpenContact}>
              {!readOnly && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Unlink ${contact.displayName} from this passage`}
                  title="Unlink (the contact and the passage stay)"
                  onClick={() => void save(() => api['contacts.unlinkPassage']({ contactId: contact.id, passageId }), 'Couldn’t unlink the contact.')}
                >
                  <X size={14} aria-hidden />
                </button>
              )}
            </LinkedContact>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="button-column">
          <button type="button" className="button" onClick={() => setPicking(true)}>
            <UserPlus size={16} aria-hidden /> Link contact…
          </button>
        </div>
      )}
      {picking && (
        <ContactPickerDialog
          title="Link contact"
          description={<blockquote className="dialog-quote">{quote}</blockquote>}
          withRole
          excludeIds={contacts.map((contact) => contact.id)}
          onClose={() => setPicking(false)}
          onPick={async (contactId, role) => {
            setPicking(false)
            await save(() => api['contacts.linkPassage']({ contactId, passageId, role }), 'Couldn’t link the contact.')
          }}
        />
      )}
    </>
  )
}

/** One linked contact with the link's role (quote or mention), read from the contact's own links. */
function LinkedContact({ contact, passageId, onOpenContact, children }: { contact: ContactSummary; passageId: number; onOpenContact(id: number): void; children: ReactNode }) {
  const detail = useContact(contact.id).data
  const role = detail?.passages.find((link) => link.passage.id === passageId)?.role
  return (
    <ContactChip contact={contact} onOpen={onOpenContact} note={role ? PASSAGE_ROLE_LABELS[role] : undefined}>
      {children}
    </ContactChip>
  )
}
