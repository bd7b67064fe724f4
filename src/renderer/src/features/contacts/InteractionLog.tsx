// A contact's interaction log, newest first: when, how, what was said, the outcome, the follow-up,
// and the questions it bears on (one click to each). Entries can be corrected or deleted.
import { CalendarClock, MessageSquareText, Pencil, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/Dialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useReadOnly } from '../../data/readOnly'
import { useQuestions } from '../../data/resources'
import { useSave } from '../../data/useSave'
import type { Contact, Interaction } from '../../../../shared/models'
import { formatDate, shorten } from '../../lib/format'
import { followUpState, formatShortDate } from './dates'
import { CHANNEL_ICONS, CHANNEL_LABELS } from './labels'

interface InteractionLogProps {
  contact: Contact
  onEdit(interaction: Interaction): void
  onOpenQuestion(id: number): void
}

export function newestFirst(interactions: readonly Interaction[]): Interaction[] {
  return [...interactions].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
}

export function InteractionLog({ contact, onEdit, onOpenQuestion }: InteractionLogProps) {
  const questions = useQuestions()
  const save = useSave()
  const readOnly = useReadOnly()
  const [deleting, setDeleting] = useState<Interaction | null>(null)
  const titleOf = new Map((questions.data ?? []).map((question) => [question.id, question]))

  if (contact.interactions.length === 0) {
    return (
      <p className="muted section-empty">
        <MessageSquareText size={14} aria-hidden /> Nothing logged yet. Log each call, message or meeting: the list then shows when you last spoke and
        who is due a follow-up.
      </p>
    )
  }

  return (
    <>
      <ol className="interaction-list" aria-label="Interactions, newest first">
        {newestFirst(contact.interactions).map((interaction, index) => {
          const ChannelIcon = CHANNEL_ICONS[interaction.channel]
          // Only the latest entry's follow-up is pending; a later conversation settles earlier ones.
          const state = interaction.followUpBy ? (index === 0 ? followUpState(interaction.followUpBy) : 'settled') : null
          const when = formatDate(interaction.date)
          return (
            <li key={interaction.id} className="interaction">
              <div className="interaction-head">
                <time dateTime={interaction.date.slice(0, 10)} className="interaction-date">
                  {when}
                </time>
                <span className="interaction-channel">
                  <ChannelIcon size={13} aria-hidden /> {CHANNEL_LABELS[interaction.channel]}
                </span>
                {interaction.followUpBy && state && (
                  <span className={`follow-up follow-up-${state}`}>
                    <CalendarClock size={12} aria-hidden /> Follow up by {formatShortDate(interaction.followUpBy)}
                  </span>
                )}
                {!readOnly && (
                  <span className="interaction-actions">
                    <button type="button" className="icon-button" aria-label={`Edit the interaction of ${when}`} title="Edit" onClick={() => onEdit(interaction)}>
                      <Pencil size={14} aria-hidden />
                    </button>
                    <button
                      type="button"
                      className="icon-button"
                      aria-label={`Delete the interaction of ${when}`}
                      title="Delete"
                      onClick={() => setDeleting(interaction)}
                    >
                      <Trash2 size={14} aria-hidden />
                    </button>
                  </span>
                )}
              </div>
              {interaction.summary ? <p className="interaction-summary">{interaction.summary}</p> : <p className="muted small">No summary.</p>}
              {interaction.outcome && (
                <p className="interaction-outcome">
                  <span className="interaction-outcome-label">Outcome</span> {interaction.outcome}
                </p>
              )}
              {interaction.questionIds.length > 0 && (
                <ul className="interaction-questions" aria-label="Questions it bears on">
                  {interaction.questionIds.map((id) => {
                    const question = titleOf.get(id)
                    return (
                      <li key={id}>
                        <button type="button" className="question-pill" onClick={() => onOpenQuestion(id)}>
                          {question ? (
                            <>
                              <span className="question-pill-title">{question.title}</span>
                              <StatusBadge status={question.status} />
                            </>
                          ) : (
                            'Question'
                          )}
                        </button>
                      </li>
                    )
                  })}
                </ul>
              )}
            </li>
          )
        })}
      </ol>
      {deleting && (
        <ConfirmDialog
          title="Delete this interaction?"
          confirmLabel="Delete interaction"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const target = deleting
            setDeleting(null)
            await save(() => api['contacts.deleteInteraction']({ id: target.id }), 'Couldn’t delete the interaction.')
          }}
        >
          <p>
            The {CHANNEL_LABELS[deleting.channel].toLowerCase()} entry of {formatDate(deleting.date)}
            {deleting.summary ? ` (“${shorten(deleting.summary, 80)}”)` : ''} goes from the log. The contact and its questions stay.
          </p>
        </ConfirmDialog>
      )}
    </>
  )
}
