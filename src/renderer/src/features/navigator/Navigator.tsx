// Left pane: the case, its sections with counts, and the current section's list.
import { FileText, Gauge, MessageCircleQuestion, ShieldCheck, Users } from 'lucide-react'
import { useEffect, useState, type KeyboardEvent } from 'react'
import { useContacts, useCounts, useDocuments, useQuestions, useSuggestions } from '../../data/resources'
import type { QuestionStatus } from '../../../../shared/models'
import { ClaimList } from '../claims/ClaimList'
import { ContactList, type ContactSort } from '../contacts/ContactList'
import { StatusPanel } from '../review/StatusPanel'
import type { Section, View } from '../workspace/selection'
import { DocumentList } from './DocumentList'
import { QuestionList } from './QuestionList'

interface NavigatorProps {
  caseTitle: string
  casePath: string
  section: Section
  onSection(section: Section): void
  view: View
  statusFilter: QuestionStatus | 'all'
  onStatusFilter(status: QuestionStatus | 'all'): void
  onOpenDocument(id: number): void
  onOpenQuestion(id: number): void
  onOpenContact(id: number): void
  onShowSuggestions(): void
  onOpenClaim(id: number): void
  onShowContradictions(): void
  onShowStatus(): void
  onShowSummary(): void
  onImport(): void
  onNewQuestion(): void
  onNewContact(): void
}

export function Navigator(props: NavigatorProps) {
  const { section, onSection } = props
  const [filter, setFilter] = useState('')
  const [debouncedFilter, setDebouncedFilter] = useState('')
  useEffect(() => {
    const timer = setTimeout(() => setDebouncedFilter(filter), 150)
    return () => clearTimeout(timer)
  }, [filter])

  // Counts for the tabs; each list is loaded only while its section shows.
  const counts = useCounts()
  const documents = useDocuments(debouncedFilter, section === 'documents')
  const allQuestions = useQuestions(undefined, section === 'questions')
  const contacts = useContacts(section === 'contacts')
  const suggestions = useSuggestions(section === 'contacts')
  const [contactFilter, setContactFilter] = useState('')
  const [contactSort, setContactSort] = useState<ContactSort>('follow-up')

  const sections = [
    { id: 'documents' as const, label: 'Documents', icon: FileText, count: counts.data?.documents },
    { id: 'questions' as const, label: 'Questions', icon: MessageCircleQuestion, count: counts.data?.questions },
    { id: 'contacts' as const, label: 'Contacts', icon: Users, count: counts.data?.contacts },
    { id: 'claims' as const, label: 'Claims', icon: ShieldCheck, count: counts.data?.claims },
    { id: 'status' as const, label: 'Status', icon: Gauge, count: undefined }
  ]

  // Arrow keys move between the tabs (wrapping), Home and End jump to the first and last.
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const last = sections.length - 1
    const next =
      event.key === 'ArrowDown' || event.key === 'ArrowRight'
        ? (index + 1) % sections.length
        : event.key === 'ArrowUp' || event.key === 'ArrowLeft'
          ? (index + last) % sections.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const id = sections[next]!.id
    onSection(id)
    document.getElementById(`section-tab-${id}`)?.focus()
  }

  return (
    <nav className="navigator" aria-label="Case navigator">
      <div className="navigator-case">
        <h1 className="navigator-title" title={props.casePath}>
          {props.caseTitle}
        </h1>
      </div>
      <div className="section-tabs" role="tablist" aria-label="Sections">
        {sections.map(({ id, label, icon: Icon, count }, index) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`section-tab-${id}`}
            aria-selected={section === id}
            aria-controls={`section-panel-${id}`}
            tabIndex={section === id ? 0 : -1}
            className="section-tab"
            onClick={() => onSection(id)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            <Icon size={16} aria-hidden />
            <span className="section-tab-label">{label}</span>
            {id !== 'status' && <span className="count">{count ?? '…'}</span>}
          </button>
        ))}
      </div>
      <div className="section-panel" role="tabpanel" id={`section-panel-${section}`} aria-labelledby={`section-tab-${section}`}>
        {section === 'documents' ? (
          <DocumentList
            documents={documents.data ?? []}
            loading={documents.loading && !documents.data}
            total={counts.data?.documents ?? 0}
            filter={filter}
            onFilter={setFilter}
            selectedId={props.view.kind === 'document' ? props.view.id : null}
            onOpen={props.onOpenDocument}
            onImport={props.onImport}
          />
        ) : section === 'claims' ? (
          <ClaimList
            selectedId={props.view.kind === 'claim' ? props.view.id : null}
            contradictionsOpen={props.view.kind === 'contradictions'}
            onOpen={props.onOpenClaim}
            onShowContradictions={props.onShowContradictions}
          />
        ) : section === 'status' ? (
          <StatusPanel
            statusOpen={props.view.kind === 'status'}
            summaryOpen={props.view.kind === 'summary'}
            onShowStatus={props.onShowStatus}
            onShowSummary={props.onShowSummary}
          />
        ) : section === 'contacts' ? (
          (contacts.data || counts.data?.contacts === 0) && (
            <ContactList
              contacts={contacts.data ?? []}
              loading={contacts.loading && !contacts.data}
              filter={contactFilter}
              onFilter={setContactFilter}
              sort={contactSort}
              onSort={setContactSort}
              selectedId={props.view.kind === 'contact' ? props.view.id : null}
              onOpen={props.onOpenContact}
              onNewContact={props.onNewContact}
              suggestionCount={suggestions.data?.suggestions.length}
              suggestionsOpen={props.view.kind === 'suggestions'}
              onShowSuggestions={props.onShowSuggestions}
            />
          )
        ) : (allQuestions.data || counts.data?.questions === 0) && (
          <QuestionList
            all={allQuestions.data ?? []}
            statusFilter={props.statusFilter}
            onStatusFilter={props.onStatusFilter}
            selectedId={props.view.kind === 'question' ? props.view.id : null}
            onOpen={props.onOpenQuestion}
            onNewQuestion={props.onNewQuestion}
          />
        )}
      </div>
    </nav>
  )
}
