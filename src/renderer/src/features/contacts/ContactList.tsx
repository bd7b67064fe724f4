// The navigator's contacts: people and organisations, virtualized, each with its terms, whom it
// belongs to, when it was last contacted and whether a follow-up is due. Confidential contacts show
// their safe display name and a lock; the list never asks the core to reveal anything.
import { CalendarClock, Plus, Search, Sparkles, Users } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import { useVirtualRows } from '../../components/virtualRows'
import { useReadOnly } from '../../data/readOnly'
import type { ContactSummary } from '../../../../shared/models'
import { followUpLabel, followUpState, formatAgo } from './dates'
import { KindIcon, KindLabel, TermsBadge } from './labels'

export type ContactSort = 'name' | 'follow-up' | 'recent'

interface ContactListProps {
  contacts: ContactSummary[]
  loading: boolean
  filter: string
  onFilter(filter: string): void
  sort: ContactSort
  onSort(sort: ContactSort): void
  selectedId: number | null
  onOpen(id: number): void
  onNewContact(): void
  suggestionCount: number | undefined
  suggestionsOpen: boolean
  onShowSuggestions(): void
}

const ROW_HEIGHT = 78

export function filterContacts(contacts: readonly ContactSummary[], filter: string, sort: ContactSort): ContactSummary[] {
  const needle = filter.trim().toLocaleLowerCase()
  const shown = needle
    ? contacts.filter((contact) =>
        [contact.displayName, contact.name, contact.role, contact.affiliationName].some((text) => text?.toLocaleLowerCase().includes(needle))
      )
    : [...contacts]
  const byName = (a: ContactSummary, b: ContactSummary) => a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' })
  if (sort === 'follow-up') {
    // Due follow-ups first, soonest (most overdue) at the top; the rest by name.
    shown.sort((a, b) => (a.followUpDue ?? '9999').localeCompare(b.followUpDue ?? '9999') || byName(a, b))
  } else if (sort === 'recent') {
    shown.sort((a, b) => (b.lastContactedAt ?? '').localeCompare(a.lastContactedAt ?? '') || byName(a, b))
  } else {
    shown.sort(byName)
  }
  return shown
}

export function ContactList(props: ContactListProps) {
  const { contacts, loading, filter, sort, selectedId, onOpen } = props
  const readOnly = useReadOnly()
  const shown = filterContacts(contacts, filter, sort)
  const { scrollRef, virtualizer, listProps, rowProps, moveFocus } = useVirtualRows(shown.length, ROW_HEIGHT)
  const due = contacts.filter((contact) => contact.followUpDue && followUpState(contact.followUpDue) !== 'upcoming').length

  return (
    <div className="list-pane">
      <div className="list-filter list-filter-row">
        <div className="list-filter-field">
          <Search size={14} aria-hidden className="list-filter-icon" />
          <input
            type="search"
            className="input input-search"
            placeholder="Filter contacts"
            aria-label="Filter contacts"
            value={filter}
            onChange={(event) => props.onFilter(event.target.value)}
            disabled={contacts.length === 0}
          />
        </div>
        {!readOnly && (
          <button type="button" className="icon-button" aria-label="New contact" title="New contact" onClick={props.onNewContact}>
            <Plus size={16} aria-hidden />
          </button>
        )}
      </div>
      <div className="contacts-tools">
        <button
          type="button"
          className="suggestions-entry"
          aria-current={props.suggestionsOpen ? 'true' : undefined}
          onClick={props.onShowSuggestions}
        >
          <Sparkles size={14} aria-hidden />
          <span className="suggestions-entry-label">Suggestions</span>
          <span className="count">{props.suggestionCount ?? '…'}</span>
        </button>
        {contacts.length > 1 && (
          <select aria-label="Sort contacts" title="Follow-ups due first, by name, or most recently contacted first" className="input input-compact contacts-sort" value={sort} onChange={(event) => props.onSort(event.target.value as ContactSort)}>
            <option value="follow-up">Due first{due > 0 ? ` (${due})` : ''}</option>
            <option value="name">A to Z</option>
            <option value="recent">Recent</option>
          </select>
        )}
      </div>
      {contacts.length === 0 && !loading ? (
        <EmptyState icon={Users} title="No contacts yet">
          <p>Keep the people and organisations you talk to here, with their terms and every call. Suggestions lists names found in your documents.</p>
          {!readOnly && (
            <button type="button" className="button button-small" onClick={props.onNewContact}>
              New contact…
            </button>
          )}
        </EmptyState>
      ) : shown.length === 0 && !loading ? (
        <p className="list-empty">No contacts match “{filter}”.</p>
      ) : (
        <div ref={scrollRef} className="list-scroll">
          <ul {...listProps} aria-label="Contacts">
            {virtualizer.getVirtualItems().map((item) => {
              const contact = shown[item.index]!
              const belongs = [contact.role, contact.affiliationName].filter(Boolean).join(', ')
              const state = contact.followUpDue ? followUpState(contact.followUpDue) : null
              return (
                <li key={contact.id} {...rowProps(item)}>
                  <button
                    type="button"
                    className={`list-row list-row-contact ${contact.confidential ? 'list-row-confidential' : ''}`}
                    aria-current={contact.id === selectedId ? 'true' : undefined}
                    onClick={() => onOpen(contact.id)}
                    onKeyDown={(event) => moveFocus(event, item.index, (next) => onOpen(shown[next]!.id))}
                  >
                    <KindIcon kind={contact.kind} size={16} className="list-row-icon" />
                    <span className="list-row-text">
                      <span className="list-row-title">
                        {contact.displayName}
                        <KindLabel kind={contact.kind} />
                      </span>
                      {belongs && <span className="list-row-meta">{belongs}</span>}
                      <span className="contact-row-status">
                        <TermsBadge terms={contact.terms} />
                        <span>{contact.lastContactedAt ? `Last contacted ${formatAgo(contact.lastContactedAt)}` : 'Not contacted yet'}</span>
                      </span>
                      {contact.followUpDue && state && (
                        <span className={`follow-up follow-up-${state}`}>
                          <CalendarClock size={12} aria-hidden />
                          {followUpLabel(contact.followUpDue)}
                        </span>
                      )}
                    </span>
                  </button>
                </li>
              )
            })}
          </ul>
        </div>
      )}
    </div>
  )
}
