// A linked contact as a small card: its safe display name and its terms. Never the withheld name.
import type { ReactNode } from 'react'
import type { ContactRef } from '../../../../shared/models'
import { TermsBadge } from './labels'

interface ContactChipProps {
  contact: ContactRef
  onOpen(id: number): void
  /** A note after the name, such as the role of a passage link. */
  note?: string
  /** Actions beside the chip (unlink). */
  children?: ReactNode
}

export function ContactChip({ contact, onOpen, note, children }: ContactChipProps) {
  return (
    <li className={`contact-chip ${contact.confidential ? 'contact-chip-confidential' : ''}`}>
      <button type="button" className="contact-chip-open" onClick={() => onOpen(contact.id)}>
        <span className="contact-chip-name">{contact.displayName}</span>
        <span className="contact-chip-meta">
          <TermsBadge terms={contact.terms} />
          {note && <span className="muted small">{note}</span>}
        </span>
      </button>
      {children}
    </li>
  )
}
