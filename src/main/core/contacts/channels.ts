// Channels (phone, email, Signal, other). A value that does not look like its type is kept as
// typed (a reporter may know better: an extension, a number read over a bad line) and flagged.
// Warnings never quote the value: it may identify a confidential source.
import type { Channel, ChannelType } from '../../../shared/models'

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+(\s*(x|ext\.?)\s*\d{1,6})?$/i
const SIGNAL_USERNAME = /^@?[a-z_][a-z0-9_]{2,31}\.\d{2,10}$/i

function digitCount(value: string): number {
  return value.replace(/(x|ext\.?)\s*\d+$/i, '').replace(/\D/g, '').length
}

function looksLikePhone(value: string): boolean {
  const digits = digitCount(value)
  return PHONE_CHARACTERS.test(value) && digits >= 7 && digits <= 15
}

export function channelWarning(type: ChannelType, value: string): string | null {
  const trimmed = value.trim()
  switch (type) {
    case 'email':
      return EMAIL.test(trimmed) ? null : 'This does not look like an email address (name@example.org).'
    case 'phone':
      return looksLikePhone(trimmed) ? null : 'This does not look like a phone number (7 to 15 digits, optionally with + and spaces).'
    case 'signal':
      return looksLikePhone(trimmed) || SIGNAL_USERNAME.test(trimmed)
        ? null
        : 'This does not look like a Signal phone number or username (name.01).'
    default:
      return null
  }
}

export function withWarning(channel: { type: ChannelType; value: string }): Channel {
  return { type: channel.type, value: channel.value, warning: channelWarning(channel.type, channel.value) }
}

/** The same channel written differently: emails ignore case, phone numbers everything but digits. */
export function channelKey(channel: { type: ChannelType; value: string }): string {
  const value = channel.value.trim()
  if (channel.type === 'email') return `email:${value.toLowerCase()}`
  if ((channel.type === 'phone' || channel.type === 'signal') && looksLikePhone(value)) return `${channel.type}:${value.replace(/\D/g, '')}`
  return `${channel.type}:${value.toLowerCase()}`
}
