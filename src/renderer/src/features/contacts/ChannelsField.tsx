// How to reach the contact: phone, email, Signal, other. A value that does not look like its type
// is saved anyway and flagged with the core's warning beside it.
import { Plus, TriangleAlert, X } from 'lucide-react'
import { useEffect, useId, useState } from 'react'
import { useReadOnly } from '../../data/readOnly'
import type { Channel, ChannelType } from '../../../../shared/models'
import { CHANNEL_LABELS, CHANNEL_OPTIONS } from './labels'

interface ChannelsFieldProps {
  channels: Channel[]
  onSave(channels: { type: ChannelType; value: string }[]): Promise<boolean>
}

const PLACEHOLDERS: Record<ChannelType, string> = {
  phone: '+1 956 555 0142',
  email: 'name@example.org',
  signal: 'Number or username',
  other: 'Office address, fixer, intermediary…'
}

const plain = (channels: readonly Channel[]) => channels.map(({ type, value }) => ({ type, value }))

export function ChannelsField({ channels, onSave }: ChannelsFieldProps) {
  if (useReadOnly()) return <ChannelsReadOnly channels={channels} />
  return <ChannelsEditor channels={channels} onSave={onSave} />
}

/** Review mode: the channels as a list, nothing to change. */
function ChannelsReadOnly({ channels }: { channels: Channel[] }) {
  return (
    <div className="field channels">
      <p className="field-label">Channels</p>
      {channels.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="plain-list channel-list" aria-label="Channels">
          {channels.map((channel, index) => (
            <li key={`${index}-${channel.type}`} className="channel-item">
              <span className="muted">{CHANNEL_LABELS[channel.type]}:</span> {channel.value}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

function ChannelsEditor({ channels, onSave }: ChannelsFieldProps) {
  const id = useId()
  const [type, setType] = useState<ChannelType>('phone')
  const [value, setValue] = useState('')

  const replace = (index: number, next: { type: ChannelType; value: string } | null) => {
    const list = plain(channels)
    if (next) list[index] = next
    else list.splice(index, 1)
    return onSave(list)
  }

  const add = async () => {
    if (!value.trim()) return
    if (await onSave([...plain(channels), { type, value: value.trim() }])) setValue('')
  }

  return (
    <fieldset className="field channels">
      <legend className="field-label">Channels</legend>
      {channels.length > 0 && (
        <ul className="channel-list">
          {channels.map((channel, index) => (
            <ChannelRow key={`${index}-${channel.type}-${channel.value}`} channel={channel} index={index} onChange={(next) => replace(index, next)} />
          ))}
        </ul>
      )}
      <div className="channel-row channel-new">
        <select aria-label="New channel type" className="input channel-type" value={type} onChange={(event) => setType(event.target.value as ChannelType)}>
          {CHANNEL_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <input
          id={id}
          aria-label={`New ${CHANNEL_LABELS[type].toLowerCase()}`}
          className="input"
          value={value}
          placeholder={PLACEHOLDERS[type]}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              void add()
            }
          }}
        />
        <button type="button" className="button" onClick={() => void add()} disabled={!value.trim()}>
          <Plus size={14} aria-hidden /> Add channel
        </button>
      </div>
    </fieldset>
  )
}

function ChannelRow({ channel, index, onChange }: { channel: Channel; index: number; onChange(next: { type: ChannelType; value: string } | null): Promise<boolean> }) {
  const warningId = useId()
  const [draft, setDraft] = useState(channel.value)
  useEffect(() => setDraft(channel.value), [channel.value])
  const label = `${CHANNEL_LABELS[channel.type]} ${index + 1}`

  const commit = async () => {
    const next = draft.trim()
    if (next === channel.value) return
    if (!next) {
      setDraft(channel.value)
      return
    }
    if (!(await onChange({ type: channel.type, value: next }))) setDraft(channel.value)
  }

  return (
    <li className="channel-item">
      <div className="channel-row">
        <select
          aria-label={`Type of ${label.toLowerCase()}`}
          className="input channel-type"
          value={channel.type}
          onChange={(event) => void onChange({ type: event.target.value as ChannelType, value: channel.value })}
        >
          {CHANNEL_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <input
          aria-label={label}
          className={`input ${channel.warning ? 'input-warning' : ''}`}
          value={draft}
          aria-describedby={channel.warning ? warningId : undefined}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur()
            if (event.key === 'Escape') {
              setDraft(channel.value)
              event.stopPropagation()
            }
          }}
        />
        <button type="button" className="icon-button" aria-label={`Remove ${label.toLowerCase()}`} title="Remove this channel" onClick={() => void onChange(null)}>
          <X size={15} aria-hidden />
        </button>
      </div>
      {channel.warning && (
        <p id={warningId} className="channel-warning">
          <TriangleAlert size={13} aria-hidden /> {channel.warning} Saved as written.
        </p>
      )}
    </li>
  )
}
