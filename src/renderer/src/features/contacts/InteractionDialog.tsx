// Log (or correct) one interaction with a contact: when, how, what was said, what came of it, when
// to follow up, and the questions it bears on.
import { useEffect, useRef, useState } from 'react'
import { api } from '../../api/client'
import { Dialog, FormActions } from '../../components/Dialog'
import { StatusBadge } from '../../components/StatusBadge'
import { useQuestions } from '../../data/resources'
import { useRevision } from '../../data/revision'
import type { ChannelType, Interaction } from '../../../../shared/models'
import { errorMessage } from '../../lib/errors'
import { todayInput } from './dates'
import { CHANNEL_OPTIONS } from './labels'

interface InteractionDialogProps {
  contactId: number
  /** The contact's safe name, for the title ("Log interaction with …"). */
  contactLabel: string
  /** Editing an existing entry; otherwise a new one. */
  interaction?: Interaction
  defaultChannel: ChannelType
  /** Questions linked to the contact are listed first. */
  linkedQuestionIds: readonly number[]
  onSaved(): void
  onClose(): void
}

export function InteractionDialog(props: InteractionDialogProps) {
  const { interaction } = props
  const questions = useQuestions()
  const { invalidate } = useRevision()
  const [date, setDate] = useState(interaction?.date.slice(0, 10) ?? todayInput())
  const [channel, setChannel] = useState<ChannelType>(interaction?.channel ?? props.defaultChannel)
  const [summary, setSummary] = useState(interaction?.summary ?? '')
  const [outcome, setOutcome] = useState(interaction?.outcome ?? '')
  const [followUpBy, setFollowUpBy] = useState(interaction?.followUpBy?.slice(0, 10) ?? '')
  const [questionIds, setQuestionIds] = useState<number[]>(interaction?.questionIds ?? [])
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const summaryRef = useRef<HTMLTextAreaElement>(null)

  // The date is already today: start in the summary (after the dialog has taken focus itself).
  useEffect(() => {
    const frame = requestAnimationFrame(() => summaryRef.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [])

  const ordered = [...(questions.data ?? [])].sort(
    (a, b) => Number(props.linkedQuestionIds.includes(b.id)) - Number(props.linkedQuestionIds.includes(a.id))
  )

  const save = async () => {
    if (!date) {
      setError('Give the date of the conversation.')
      return
    }
    if (followUpBy && followUpBy < date) {
      setError('The follow-up date is before the conversation. Correct one of them.')
      return
    }
    setBusy(true)
    setError(null)
    const fields = { date, channel, summary: summary.trim(), outcome: outcome.trim(), followUpBy: followUpBy || null, questionIds }
    try {
      if (interaction) await api['contacts.updateInteraction']({ id: interaction.id, ...fields })
      else await api['contacts.logInteraction']({ contactId: props.contactId, ...fields })
      invalidate()
      props.onSaved()
    } catch (failure) {
      setError(errorMessage(failure))
      setBusy(false)
    }
  }

  const toggle = (id: number, on: boolean) => setQuestionIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)))

  return (
    <Dialog
      title={interaction ? 'Edit interaction' : 'Log interaction'}
      description={<>With {props.contactLabel}</>}
      onClose={props.onClose}
      onSubmit={() => void save()}
      className="dialog-wide"
      actions={<FormActions submitLabel={interaction ? 'Save changes' : 'Log interaction'} busy={busy} onCancel={props.onClose} />}
    >
      <div className="field-grid">
        <div className="field">
          <label htmlFor="interaction-date" className="field-label">
            Date
          </label>
          <input id="interaction-date" className="input" type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="interaction-channel" className="field-label">
            Channel
          </label>
          <select id="interaction-channel" className="input" value={channel} onChange={(event) => setChannel(event.target.value as ChannelType)}>
            {CHANNEL_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="interaction-follow-up" className="field-label">
            Follow up by
          </label>
          <input id="interaction-follow-up" className="input" type="date" value={followUpBy} onChange={(event) => setFollowUpBy(event.target.value)} />
        </div>
      </div>
      <div className="field">
        <label htmlFor="interaction-summary" className="field-label">
          Summary
        </label>
        <textarea
          id="interaction-summary"
          className="input"
          rows={4}
          ref={summaryRef}
          value={summary}
          placeholder="What was said, in your words"
          onChange={(event) => setSummary(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="interaction-outcome" className="field-label">
          Outcome
        </label>
        <input
          id="interaction-outcome"
          className="input"
          value={outcome}
          placeholder="Will send the memo; declined to comment; call back Friday…"
          onChange={(event) => setOutcome(event.target.value)}
        />
      </div>
      {ordered.length > 0 && (
        <fieldset className="check-list">
          <legend className="field-label">Questions it bears on</legend>
          <ul className="plain-list">
            {ordered.map((question) => (
              <li key={question.id}>
                <label className="check-row">
                  <input type="checkbox" checked={questionIds.includes(question.id)} onChange={(event) => toggle(question.id, event.target.checked)} />
                  <span className="check-row-title">{question.title}</span>
                  <StatusBadge status={question.status} />
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
