// Dates as a contact list speaks them: "last contacted 3 days ago", "follow up due 12 Mar".
import { formatDate } from '../../lib/format'

const DAY = 86_400_000
const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' })

function localDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (!match) return null
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

function startOfToday(now = new Date()): Date {
  return new Date(now.getFullYear(), now.getMonth(), now.getDate())
}

/** Today as YYYY-MM-DD in local time (what <input type="date"> shows). */
export function todayInput(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** Whole days from `value` to today: 0 today, 1 yesterday, negative in the future. */
export function daysSince(value: string, now = new Date()): number | null {
  const day = localDay(value)
  return day ? Math.round((startOfToday(now).getTime() - day.getTime()) / DAY) : null
}

/** "today", "yesterday", "3 days ago", "5 weeks ago", or the date. */
export function formatAgo(value: string, now = new Date()): string {
  const days = daysSince(value, now)
  if (days === null) return '—'
  if (days === 0) return 'today'
  if (days === 1) return 'yesterday'
  if (days > 1 && days < 14) return `${days} days ago`
  if (days >= 14 && days < 63) return `${Math.round(days / 7)} weeks ago`
  return `on ${formatDate(value)}`
}

/** "12 Mar" this year, "12 Mar 2024" otherwise. */
export function formatShortDate(value: string, now = new Date()): string {
  const day = localDay(value)
  if (!day) return '—'
  return day.getFullYear() === now.getFullYear() ? shortFormat.format(day) : formatDate(value)
}

export type FollowUpState = 'overdue' | 'today' | 'upcoming'

export function followUpState(value: string, now = new Date()): FollowUpState {
  const days = daysSince(value, now) ?? -1
  return days > 0 ? 'overdue' : days === 0 ? 'today' : 'upcoming'
}

/** "Follow-up overdue: 12 Mar", "Follow up today", "Follow up due 12 Mar". */
export function followUpLabel(value: string, now = new Date()): string {
  const state = followUpState(value, now)
  if (state === 'overdue') return `Follow-up overdue: ${formatShortDate(value, now)}`
  if (state === 'today') return 'Follow up today'
  return `Follow up due ${formatShortDate(value, now)}`
}
