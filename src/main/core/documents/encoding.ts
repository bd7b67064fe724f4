// Turning a file's bytes into text: UTF-8 when the bytes are valid UTF-8, a legacy single-byte
// encoding when chardet recognises one, a clear error otherwise. Never guess silently into mojibake.
import chardet from 'chardet'
import iconv from 'iconv-lite'
import { CasefileError } from '../../../shared/errors'

export interface DecodedText {
  text: string
  encoding: string
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

export function decodeText(bytes: Uint8Array, name: string, declared?: string | null): DecodedText {
  const bom = decodeByBom(bytes)
  if (bom) return bom

  if (looksBinary(bytes)) {
    throw new CasefileError('binary_file', `“${name}” holds binary data, not text. Import it as its own file type, or save it as text first.`)
  }

  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not valid UTF-8: a legacy encoding, or damaged UTF-8.
  }

  const firstBad = firstInvalidUtf8(bytes)
  if (countUtf8Sequences(bytes) > 0) {
    // Real multi-byte UTF-8 mixed with broken bytes: decoding as anything else would garble it.
    throw new CasefileError(
      'invalid_encoding',
      `“${name}” is UTF-8 text with damaged bytes (first at byte ${firstBad}). Repair or re-save it as UTF-8, then import it again.`
    )
  }

  const encoding = pickLegacyEncoding(bytes, declared)
  if (!encoding) {
    throw new CasefileError(
      'invalid_encoding',
      `Casefile could not tell which text encoding “${name}” uses. Save it as UTF-8, then import it again.`
    )
  }
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding }
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: utf8.decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  return null
}

/** NUL bytes, or many control characters, in the first 8 KB mean this is not a text file. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192)
  let controls = 0
  for (const byte of head) {
    if (byte === 0) return true
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++
  }
  return controls > head.length * 0.02
}

const LEGACY = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|macintosh|shift_jis|euc-jp|euc-kr|gb18030|big5)$/i

function pickLegacyEncoding(bytes: Uint8Array, declared?: string | null): string | null {
  if (declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared)) {
    return normaliseLatin1(declared)
  }
  for (const candidate of chardet.analyse(bytes)) {
    if (LEGACY.test(candidate.name) && iconv.encodingExists(candidate.name)) return normaliseLatin1(candidate.name)
  }
  return null
}

/** As browsers do (WHATWG Encoding), read ISO-8859-1 as its superset windows-1252. */
function normaliseLatin1(name: string): string {
  return /^(iso-8859-1|latin-?1|us-ascii|ascii)$/i.test(name) ? 'windows-1252' : name.toLowerCase()
}

/** Length of the well-formed UTF-8 multi-byte sequence at i, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
  if (length === 0 || i + length > bytes.length) return 0
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0
  return length
}

function countUtf8Sequences(bytes: Uint8Array): number {
  let count = 0
  for (let i = 0; i < bytes.length; i++) {
    const length = bytes[i]! < 0x80 ? 0 : utf8SequenceAt(bytes, i)
    if (length > 0) {
      count++
      i += length - 1
    }
  }
  return count
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i]! < 0x80) continue
    const length = utf8SequenceAt(bytes, i)
    if (length === 0) return i
    i += length - 1
  }
  return bytes.length
}
