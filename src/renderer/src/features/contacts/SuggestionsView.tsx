// Centre pane: people and organisations the documents name that are not contacts yet. Accept one
// (it becomes a contact with its mentions found, and opens) or dismiss it (it does not come back).
import { Building2, CircleAlert, FileText, Loader, Sparkles, User, X } from 'lucide-react'
import { useEffect, useState } from 'react'
import { api } from '../../api/client'
import { EmptyState } from '../../components/EmptyState'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { useSuggestions } from '../../data/resources'
import { useRevision } from '../../data/revision'
import type { Contact, ContactKind, ContactSuggestion } from '../../../../shared/models'
import { plural } from '../../lib/format'
import { KindIcon } from './labels'

interface SuggestionsViewProps {
  onOpenDocument(documentId: number): void
  onAccepted(contact: Contact): void
}

export function SuggestionsView({ onOpenDocument, onAccepted }: SuggestionsViewProps) {
  const [round, setRound] = useState(0)
  const suggestions = useSuggestions(true, round)
  const unread = suggestions.data?.unreadDocuments ?? 0
  // Each call reads for a few seconds at most; ask again until every document has been read.
  useEffect(() => {
    if (unread === 0) return
    const timer = setTimeout(() => setRound((value) => value + 1), 300)
    return () => clearTimeout(timer)
  }, [unread, suggestions.data])
  const { invalidate } = useRevision()
  const toasts = useToasts()
  const [busy, setBusy] = useState<string | null>(null)
  const [filter, setFilter] = useState('')
  const readOnly = useReadOnly()

  const accept = async (suggestion: ContactSuggestion, kind: ContactKind) => {
    setBusy(suggestion.name)
    try {
      const contact = await api['contacts.acceptSuggestion']({ name: suggestion.name, kind })
      invalidate()
      toasts.success('Contact added', `${contact.displayName}, with ${plural(suggestion.mentionCount, 'mention')}`)
      onAccepted(contact)
    } catch (error) {
      toasts.error('Couldn’t add the contact.', error)
    } finally {
      setBusy(null)
    }
  }

  const dismiss = async (suggestion: ContactSuggestion) => {
    setBusy(suggestion.name)
    try {
      await api['contacts.dismissSuggestion']({ name: suggestion.name })
      invalidate()
    } catch (error) {
      toasts.error('Couldn’t dismiss the suggestion.', error)
    } finally {
      setBusy(null)
    }
  }

  const needle = filter.trim().toLocaleLowerCase()
  const list = suggestions.data?.suggestions
  const shown = (list ?? []).filter((suggestion) => suggestion.name.toLocaleLowerCase().includes(needle))

  return (
    <section className="contact-view" aria-label="Suggestions">
      <div className="contact-scroll">
        <header className="contact-header">
          <p className="contact-kind">
            <Sparkles size={14} aria-hidden /> Suggestions
          </p>
          <h2 className="contact-title">Named in your documents</h2>
          <p className="contact-belongs">
            People and organisations the documents name that are not contacts yet. Add the ones you mean to reach; dismiss the rest and they stay
            dismissed.
          </p>
        </header>
        {suggestions.error && !suggestions.data ? (
          <EmptyState icon={CircleAlert} title="Suggestions couldn’t be listed">
            <p>{suggestions.error.message}</p>
          </EmptyState>
        ) : !suggestions.data ? (
          <div className="pane-loading" role="status">
            <Loader size={18} className="spin" aria-hidden /> Reading the documents for names…
          </div>
        ) : list!.length === 0 && unread > 0 ? (
          <div className="pane-loading" role="status">
            <Loader size={18} className="spin" aria-hidden /> Reading the documents for names… {plural(unread, 'document')} to go.
          </div>
        ) : list!.length === 0 ? (
          <EmptyState icon={Sparkles} title="No suggestions">
            <p>Every person and organisation Casefile found in the documents is already a contact or was dismissed. Import more documents to find more.</p>
          </EmptyState>
        ) : (
          <>
            {unread > 0 && (
              <p className="contact-belongs" role="status">
                <Loader size={14} className="spin" aria-hidden /> Still reading {plural(unread, 'document')} for names: the list grows as
                they are read.
              </p>
            )}
            {list!.length > 8 && (
              <div className="list-filter suggestions-filter">
                <input
                  type="search"
                  className="input"
                  aria-label="Filter suggestions"
                  placeholder="Filter suggestions"
                  value={filter}
                  onChange={(event) => setFilter(event.target.value)}
                />
              </div>
            )}
            <ul className="suggestion-list" aria-label="Suggested contacts">
              {shown.map((suggestion) => (
                <li key={suggestion.name} className="suggestion">
                  <p className="suggestion-name">
                    <KindIcon kind={suggestion.kind} size={15} className="suggestion-icon" />
                    {suggestion.name}
                  </p>
                  <p className="muted small suggestion-meta">
                    Looks like {suggestion.kind === 'person' ? 'a person' : 'an organisation'} · {plural(suggestion.mentionCount, 'mention')} in{' '}
                    {plural(suggestion.documents.length, 'document')}
                  </p>
                  <ul className="suggestion-documents" aria-label={`Documents naming ${suggestion.name}`}>
                    {suggestion.documents.slice(0, 4).map((document) => (
                      <li key={document.id}>
                        <button type="button" className="link-button source-link" onClick={() => onOpenDocument(document.id)}>
                          <FileText size={12} aria-hidden /> {document.title}
                        </button>
                      </li>
                    ))}
                    {suggestion.documents.length > 4 && <li className="muted small">and {suggestion.documents.length - 4} more</li>}
                  </ul>
                  {!readOnly && (
                    <div className="suggestion-actions" role="group" aria-label={`Actions for ${suggestion.name}`}>
                      <AcceptButton kind={suggestion.kind} primary suggestion={suggestion} busy={busy !== null} onAccept={accept} />
                      <AcceptButton
                        kind={suggestion.kind === 'person' ? 'organization' : 'person'}
                        suggestion={suggestion}
                        busy={busy !== null}
                        onAccept={accept}
                      />
                      <button
                        type="button"
                        className="button button-small button-quiet"
                        disabled={busy !== null}
                        aria-label={`Dismiss ${suggestion.name}`}
                        title="Not a contact: never suggest this name again"
                        onClick={() => void dismiss(suggestion)}
                      >
                        <X size={14} aria-hidden /> Dismiss
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
            {shown.length === 0 && <p className="muted">No suggestion matches “{filter}”.</p>}
          </>
        )}
      </div>
    </section>
  )
}

function AcceptButton(props: {
  kind: ContactKind
  suggestion: ContactSuggestion
  primary?: boolean
  busy: boolean
  onAccept(suggestion: ContactSuggestion, kind: ContactKind): void
}) {
  const Icon = props.kind === 'person' ? User : Building2
  const label = props.kind === 'person' ? 'person' : 'organisation'
  return (
    <button
      type="button"
      className={`button button-small ${props.primary ? '' : 'button-quiet'}`}
      disabled={props.busy}
      aria-label={`Add ${props.suggestion.name} as ${props.kind === 'person' ? 'a person' : 'an organisation'}`}
      title={props.primary ? undefined : `Casefile guessed ${props.kind === 'person' ? 'an organisation' : 'a person'}; add it as ${props.kind === 'person' ? 'a person' : 'an organisation'} instead`}
      onClick={() => props.onAccept(props.suggestion, props.kind)}
    >
      <Icon size={14} aria-hidden /> Add as {label}
    </button>
  )
}
