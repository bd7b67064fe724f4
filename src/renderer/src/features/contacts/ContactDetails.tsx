// A contact's fields, each saving itself. While a confidential contact is withheld its identifying
// fields (name, aliases, role, channels, notes) are neither shown nor sent back.
import { Lock } from 'lucide-react'
import { api } from '../../api/client'
import { ChoiceField, TextField } from '../../components/Fields'
import { useContacts } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Args } from '../../../../shared/api'
import type { Contact, ContactKind, SourcingTerms } from '../../../../shared/models'
import { AliasesField } from './AliasesField'
import { ChannelsField } from './ChannelsField'
import { CONTACT_KIND_OPTIONS, TERMS_HINTS, TERMS_OPTIONS, describedNotNamed } from './labels'

export function ContactDetails({ contact }: { contact: Contact }) {
  const save = useSave()
  const contacts = useContacts()
  const update = (changes: Omit<Args<'contacts.update'>, 'id'>, what: string) =>
    save(() => api['contacts.update']({ id: contact.id, ...changes }), `Couldn’t save the ${what}.`)

  const organisations = (contacts.data ?? []).filter((other) => other.kind === 'organization' && other.id !== contact.id)
  const affiliationOptions = [
    { value: '', label: 'None' },
    ...organisations.map((organisation) => ({ value: String(organisation.id), label: organisation.displayName })),
    // Keep the current affiliation selectable while the list loads.
    ...(contact.affiliationId && !organisations.some((organisation) => organisation.id === contact.affiliationId)
      ? [{ value: String(contact.affiliationId), label: contact.affiliationName ?? 'Organisation' }]
      : [])
  ]
  const emphasise = describedNotNamed(contact.terms)

  const description = (
    <div className={`description-field ${emphasise ? 'description-emphasis' : ''} ${contact.confidential ? 'description-confidential' : ''}`}>
      <TextField
        label="How to describe this source in print"
        value={contact.description}
        placeholder={contact.kind === 'person' ? 'a senior official with knowledge of the decision' : 'a federal law-enforcement agency'}
        hint={emphasise ? TERMS_HINTS[contact.terms] : undefined}
        onSave={(text) => update({ description: text }, 'description')}
      />
    </div>
  )

  return (
    <div className="contact-details">
      {!contact.withheld && <TextField label="Name" value={contact.name ?? ''} required onSave={(name) => update({ name }, 'name')} />}
      <div className="field-grid">
        <ChoiceField label="Kind" value={contact.kind} options={CONTACT_KIND_OPTIONS} onSave={(kind) => update({ kind: kind as ContactKind }, 'kind')} />
        <ChoiceField label="Terms" value={contact.terms} options={TERMS_OPTIONS} onSave={(terms) => update({ terms: terms as SourcingTerms }, 'terms')} />
        <ChoiceField
          label="Affiliation"
          value={contact.affiliationId ? String(contact.affiliationId) : ''}
          options={affiliationOptions}
          onSave={(value) => update({ affiliationId: value ? Number(value) : null }, 'affiliation')}
        />
        {!contact.withheld && (
          <TextField label="Role or title" value={contact.role ?? ''} placeholder="Spokeswoman, field office director…" onSave={(role) => update({ role: role || null }, 'role')} />
        )}
      </div>
      {emphasise && description}
      {contact.withheld ? (
        <p className="withheld-note">
          <Lock size={14} aria-hidden /> Name, aliases, role, channels and notes are hidden. Reveal the name above to see or edit them.
        </p>
      ) : (
        <>
          <AliasesField aliases={contact.aliases} onSave={(aliases) => update({ aliases }, 'aliases')} />
          <ChannelsField channels={contact.channels} onSave={(channels) => update({ channels }, 'channels')} />
          <TextField
            label="Notes"
            multiline
            rows={4}
            value={contact.notes}
            placeholder="Who introduced you, best times to call, what they know"
            onSave={(notes) => update({ notes }, 'notes')}
          />
        </>
      )}
      {!emphasise && description}
    </div>
  )
}
