// The name of an imported file as Casefile stores and shows it. Names come from the user's disk or
// a browser upload and may carry folders (either slash), control characters, bidi overrides that
// disguise an extension ("\u202Etxt.exe"), or absurd lengths; none of that is kept.
import { extname } from 'node:path'

const MAX_NAME = 255

export function safeFileName(name: string): string {
  const last = name.split(/[\\/]/).filter((part) => part !== '').pop() ?? ''
  const clean = last.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim()
  if (clean.length <= MAX_NAME) return clean || 'untitled'
  const extension = extname(clean).slice(0, 16)
  return `${clean.slice(0, MAX_NAME - extension.length - 1)}…${extension}`
}
