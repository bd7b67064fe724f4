// Beside a contact: the facts at a glance and what its terms allow. Never reveals a withheld name.
import { Lock } from 'lucide-react'
import { useContact } from '../../data/resources'
import { formatDate, formatDateTime } from '../../lib/format'
import { followUpState, formatAgo, formatShortDate, type FollowUpState } from '../contacts/dates'
import { CONTACT_KIND_LABELS, TERMS_HINTS, TermsBadge } from '../contacts/labels'

const followUpNote: Record<FollowUpState, string> = { overdue: ' (overdue)', today: ' (today)', upcoming: '' }

export function ContactInspector({ contactId }: { contactId: number }) {
  const contact = useContact(contactId)
  const c = contact.data
  if (!c) return null
  return (
    <div className="inspector-scroll">
      <section aria-labelledby="inspector-contact-heading" className="inspector-section">
        <h2 id="inspector-contact-heading" className="inspector-heading">
          At a glance
        </h2>
        <dl className="facts">
          <dt>Kind</dt>
          <dd>{CONTACT_KIND_LABELS[c.kind]}</dd>
          <dt>Terms</dt>
          <dd>
            <TermsBadge terms={c.terms} />
          </dd>
          <dt>Affiliation</dt>
          <dd>{c.affiliationName ?? '—'}</dd>
          <dt>Last contact</dt>
          <dd>{c.lastContactedAt ? `${formatDate(c.lastContactedAt)} (${formatAgo(c.lastContactedAt)})` : 'Not yet'}</dd>
          <dt>Follow-up</dt>
          <dd>{c.followUpDue ? `${formatShortDate(c.followUpDue)}${followUpNote[followUpState(c.followUpDue)]}` : 'None due'}</dd>
          <dt>Interactions</dt>
          <dd>{c.interactionCount}</dd>
          <dt>Questions</dt>
          <dd>{c.questionIds.length}</dd>
          <dt>Mentions</dt>
          <dd>{c.mentionCount}</dd>
          <dt>Added</dt>
          <dd>{formatDateTime(c.createdAt)}</dd>
        </dl>
      </section>
      <section aria-labelledby="inspector-contact-terms" className="inspector-section">
        <h2 id="inspector-contact-terms" className="inspector-heading">
          Terms of sourcing
        </h2>
        <p className="small">{TERMS_HINTS[c.terms]}</p>
        {c.terms !== 'on_record' && (
          <p className="small inspector-describe">
            <span className="muted">In print: </span>
            {c.description ? `“${c.description}”` : <span className="muted">no description yet — add one in Details.</span>}
          </p>
        )}
        {c.confidential && (
          <p className="small muted inspector-hint">
            <Lock size={13} aria-hidden /> The name is withheld from lists, titles, tooltips and notifications.
          </p>
        )}
      </section>
    </div>
  )
}
