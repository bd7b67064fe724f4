// Centre pane for a contact: who they are and on what terms, the interaction log, the questions to
// ask them, the passages that quote or mention them, and every place the documents name them.
// A confidential contact arrives withheld; "Reveal name" asks the core again with reveal: true for
// this view only (leaving the contact, or Hide, forgets it).
import { CalendarClock, CircleAlert, Loader, Lock, LockOpen, MessageSquarePlus, Trash2 } from 'lucide-react'
import { useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { EmptyState } from '../../components/EmptyState'
import { useToasts } from '../../components/Toasts'
import { useReadOnly } from '../../data/readOnly'
import { useContact } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Contact, Interaction, TextRange } from '../../../../shared/models'
import { formatDateTime, plural } from '../../lib/format'
import { AuditHistory } from '../audit/AuditHistory'
import { ContactDetails } from './ContactDetails'
import { ContactPassages, ContactQuestions } from './ContactLinks'
import { followUpLabel, followUpState, formatAgo } from './dates'
import { DuplicatesBanner } from './DuplicatesBanner'
import { InteractionDialog } from './InteractionDialog'
import { InteractionLog } from './InteractionLog'
import { CONTACT_KIND_LABELS, KindIcon, TermsBadge } from './labels'
import { MentionsList } from './MentionsList'

export interface ContactViewProps {
  contactId: number
  onOpenQuestion(id: number): void
  onOpenPassage(documentId: number, passageId: number): void
  onOpenMention(documentId: number, range: TextRange): void
  onOpenContact(id: number): void
  onDeleted(): void
}

export function ContactView(props: ContactViewProps) {
  const [reveal, setReveal] = useState(false)
  return (
    <section className="contact-view" aria-label="Contact">
      <div className="contact-scroll">
        {/* Keyed by reveal: hiding again drops every revealed value with the component's state. */}
        <ContactPage key={reveal ? 'revealed' : 'withheld'} {...props} reveal={reveal} onReveal={setReveal} />
      </div>
    </section>
  )
}

function ContactPage(props: ContactViewProps & { reveal: boolean; onReveal(reveal: boolean): void }) {
  const { reveal } = props
  const contact = useContact(props.contactId, reveal)
  const readOnly = useReadOnly()
  const [dialog, setDialog] = useState<null | { kind: 'log'; interaction?: Interaction } | { kind: 'delete' }>(null)

  if (contact.error && !contact.data) {
    return (
      <EmptyState icon={CircleAlert} title="This contact couldn’t be opened">
        <p>{contact.error.message}</p>
      </EmptyState>
    )
  }
  const c = contact.data
  // Never show revealed data once the view is no longer revealing.
  if (!c || (!reveal && c.confidential && !c.withheld)) {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Opening contact…
      </div>
    )
  }

  const shownName = reveal && c.name ? c.name : c.displayName
  const belongs = [c.role, c.affiliationName].filter(Boolean).join(', ')
  const followUp = c.followUpDue ? followUpState(c.followUpDue) : null

  return (
    <>
      <header className="contact-header">
        <p className="contact-kind">
          <KindIcon kind={c.kind} size={14} />
          {CONTACT_KIND_LABELS[c.kind]}
          <TermsBadge terms={c.terms} />
        </p>
        <h2 className={`contact-title ${c.withheld ? 'contact-title-withheld' : ''}`}>{shownName}</h2>
        {belongs && <p className="contact-belongs">{belongs}</p>}
        <p className="contact-dates">
          <span>{c.lastContactedAt ? `Last contacted ${formatAgo(c.lastContactedAt)}` : 'Not contacted yet'}</span>
          {c.followUpDue && followUp && (
            <span className={`follow-up follow-up-${followUp}`}>
              <CalendarClock size={13} aria-hidden /> {followUpLabel(c.followUpDue)}
            </span>
          )}
          <span>{plural(c.mentionCount, 'mention')}</span>
        </p>
        {!readOnly && (
          <div className="contact-actions">
            <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'log' })}>
              <MessageSquarePlus size={16} aria-hidden /> Log interaction…
            </button>
            <button type="button" className="button button-quiet button-danger-quiet" onClick={() => setDialog({ kind: 'delete' })}>
              <Trash2 size={16} aria-hidden /> Delete contact…
            </button>
          </div>
        )}
      </header>

      {c.confidential && <ConfidentialBanner revealed={!c.withheld} onReveal={props.onReveal} />}
      <DuplicatesBanner contact={c} onOpenContact={props.onOpenContact} />

      <ContactSection id="details" title="Details">
        <ContactDetails contact={c} />
      </ContactSection>

      <ContactSection
        id="interactions"
        title="Interactions"
        count={c.interactions.length}
        action={
          c.interactions.length > 0 &&
          !readOnly && (
            <button type="button" className="button button-small" onClick={() => setDialog({ kind: 'log' })}>
              <MessageSquarePlus size={14} aria-hidden /> Log another…
            </button>
          )
        }
      >
        <InteractionLog contact={c} onEdit={(interaction) => setDialog({ kind: 'log', interaction })} onOpenQuestion={props.onOpenQuestion} />
      </ContactSection>

      <ContactSection id="questions" title="Questions to ask" count={c.questionIds.length}>
        <ContactQuestions contact={c} onOpenQuestion={props.onOpenQuestion} />
      </ContactSection>

      <ContactSection id="passages" title="Quotes and passages" count={c.passages.length}>
        <ContactPassages contact={c} onOpenPassage={props.onOpenPassage} />
      </ContactSection>

      <ContactSection id="mentions" title="Mentions" count={c.mentionCount}>
        <MentionsList contactId={c.id} reveal={reveal} onOpenMention={props.onOpenMention} />
      </ContactSection>

      <AuditHistory itemType="contact" itemId={c.id} />

      <p className="muted small contact-footer">
        Added {formatDateTime(c.createdAt)} · updated {formatDateTime(c.updatedAt)}
      </p>

      {dialog?.kind === 'log' && (
        <InteractionDialog
          contactId={c.id}
          contactLabel={c.displayName}
          interaction={dialog.interaction}
          defaultChannel={c.channels[0]?.type ?? 'phone'}
          linkedQuestionIds={c.questionIds}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && <DeleteContactDialog contact={c} onClose={() => setDialog(null)} onDeleted={props.onDeleted} />}
    </>
  )
}

function ContactSection({ id, title, count, action, children }: { id: string; title: string; count?: number; action?: ReactNode; children: ReactNode }) {
  const headingId = `contact-section-${id}`
  return (
    <section className="contact-section" aria-labelledby={headingId}>
      <div className="contact-section-head">
        <h3 id={headingId} className="subheading">
          {title} {count !== undefined && <span className="count">{count}</span>}
        </h3>
        {action}
      </div>
      {children}
    </section>
  )
}

function ConfidentialBanner({ revealed, onReveal }: { revealed: boolean; onReveal(reveal: boolean): void }) {
  if (revealed) {
    return (
      <div className="confidential-banner confidential-revealed" role="note" aria-label="Confidential source">
        <LockOpen size={18} aria-hidden className="confidential-icon" />
        <p>
          <strong>Name revealed on this screen only.</strong> It is hidden again when you leave this contact.
        </p>
        <button type="button" className="button" onClick={() => onReveal(false)}>
          <Lock size={14} aria-hidden /> Hide name
        </button>
      </div>
    )
  }
  return (
    <div className="confidential-banner" role="note" aria-label="Confidential source">
      <Lock size={18} aria-hidden className="confidential-icon" />
      <p>
        <strong>Confidential — name withheld.</strong> The name, aliases, role, channels and notes stay hidden everywhere in Casefile. Reveal them here
        only when no one is looking over your shoulder.
      </p>
      <button type="button" className="button" onClick={() => onReveal(true)}>
        <LockOpen size={14} aria-hidden /> Reveal name
      </button>
    </div>
  )
}

function DeleteContactDialog({ contact, onClose, onDeleted }: { contact: Contact; onClose(): void; onDeleted(): void }) {
  const save = useSave()
  const toasts = useToasts()
  const goes = [
    contact.interactions.length > 0 ? `its ${plural(contact.interactions.length, 'logged interaction')}` : null,
    contact.questionIds.length > 0 ? `its links to ${plural(contact.questionIds.length, 'question')}` : null,
    contact.passages.length > 0 ? `its links to ${plural(contact.passages.length, 'passage')}` : null
  ].filter(Boolean)
  return (
    <ConfirmDialog
      title="Delete this contact?"
      confirmLabel="Delete contact"
      onClose={onClose}
      onConfirm={async () => {
        onClose()
        if (await save(() => api['contacts.delete']({ id: contact.id }), 'Couldn’t delete the contact.')) {
          onDeleted()
          toasts.success('Contact deleted', contact.displayName)
        }
      }}
    >
      <p>
        “{contact.displayName}” will be removed{goes.length > 0 ? `, with ${goes.join(', ').replace(/, ([^,]*)$/, ' and $1')}` : ''}.
      </p>
      <p>
        The questions, passages and documents themselves stay, and so does every other contact.
        {contact.mentionCount > 0 ? ` The ${plural(contact.mentionCount, 'mention')} in the documents stay as text.` : ''}
      </p>
    </ConfirmDialog>
  )
}
