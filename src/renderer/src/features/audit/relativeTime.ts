// "just now", "4 minutes ago", "yesterday", "3 weeks ago": how long ago a recorded change happened.
const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' })

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity]
]

export function formatRelative(value: string, now = Date.now()): string {
  const at = new Date(value).getTime()
  if (Number.isNaN(at)) return '—'
  let amount = (at - now) / 1000
  if (Math.abs(amount) < 45) return 'just now'
  for (const [unit, size] of STEPS) {
    if (Math.abs(amount) < size) return relative.format(Math.round(amount), unit)
    amount /= size
  }
  return relative.format(Math.round(amount), 'year')
}
