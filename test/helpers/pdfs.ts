// Test PDFs made from our own text, with pdfkit (writing) and pdf-lib (editing an existing PDF):
// several pages, two columns, accents and Japanese (embedded Noto Sans JP subsets), rotation, page
// labels, metadata, passwords, an image-only "scan", embedded JavaScript, damaged copies and a
// compression bomb.
// Plain functions returning the file's bytes, for unit and end-to-end tests alike.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { crc32, createDeflate, deflateSync } from 'node:zlib'
import PDFKit from 'pdfkit'
import { degrees, PDFDocument as PdfLibDocument, PDFName, PDFNumber, PDFRawStream, PDFString, type PDFDict } from 'pdf-lib'

export interface PdfInfoFields {
  title?: string
  author?: string
  createdAt?: Date
  creator?: string
  producer?: string
}

export interface TextPdfOptions {
  info?: PdfInfoFields
  /** Encrypts the file: it opens only with this password. */
  userPassword?: string
  fontSize?: number
}

type Kit = InstanceType<typeof PDFKit>

/** Runs `draw` on a new pdfkit document and returns the finished file. */
function render(draw: (doc: Kit) => void, options: ConstructorParameters<typeof PDFKit>[0] = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFKit({ autoFirstPage: false, compress: true, ...options })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    draw(doc)
    doc.end()
  })
}

function infoDictionary(info: PdfInfoFields = {}) {
  return {
    ...(info.title ? { Title: info.title } : {}),
    ...(info.author ? { Author: info.author } : {}),
    ...(info.createdAt ? { CreationDate: info.createdAt } : {}),
    Creator: info.creator ?? 'Casefile tests',
    Producer: info.producer ?? 'pdfkit'
  }
}

/** One page per string, in Helvetica (accented Latin letters such as é, ñ, ü included). */
export function textPdf(pages: string[], options: TextPdfOptions = {}): Promise<Buffer> {
  return render(
    (doc) => {
      for (const text of pages) {
        doc.addPage({ size: 'LETTER', margin: 72 })
        doc.font('Helvetica').fontSize(options.fontSize ?? 12).text(text)
      }
    },
    {
      info: infoDictionary(options.info),
      ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner` } : {})
    }
  )
}

/** `pageCount` pages, page n (1-based) holding `textOf(n)`. */
export function longPdf(pageCount: number, textOf: (page: number) => string): Promise<Buffer> {
  return textPdf(Array.from({ length: pageCount }, (_, index) => textOf(index + 1)))
}

/** One page with two columns of paragraphs side by side, written left column first. */
export function twoColumnPdf(left: string[], right: string[]): Promise<Buffer> {
  return render((doc) => {
    doc.addPage({ size: 'LETTER', margin: 72 })
    doc.font('Helvetica').fontSize(11)
    const width = 220
    doc.text(left.join('\n\n'), 72, 72, { width })
    doc.text(right.join('\n\n'), 72 + width + 28, 72, { width })
  })
}

const fontsource = () => dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-jp/package.json'))

interface FontSubset {
  file: string
  ranges: [number, number][]
}

let subsets: FontSubset[] | null = null

/** The Noto Sans JP 400 subsets (WOFF) and the code points each covers, from fontsource's CSS. */
function notoSubsets(): FontSubset[] {
  if (subsets) return subsets
  const css = readFileSync(join(fontsource(), '400.css'), 'utf8')
  subsets = [...css.matchAll(/url\(\.\/files\/([^)]+)\.woff2\)[^;]*;\s*unicode-range: ([^;]+);/g)].map(([, base, ranges]) => ({
    file: join(fontsource(), 'files', `${base}.woff`),
    ranges: ranges!.split(',').map((range) => {
      const [low, high] = range.trim().replace(/^U\+/i, '').split('-').map((hex) => parseInt(hex, 16))
      return [low!, high ?? low!] as [number, number]
    })
  }))
  return subsets
}

function subsetFor(char: string): string {
  const point = char.codePointAt(0)!
  const subset = notoSubsets().find(({ ranges }) => ranges.some(([low, high]) => point >= low && point <= high))
  if (!subset) throw new Error(`No Noto Sans JP subset covers “${char}”.`)
  return subset.file
}

/**
 * One page per string, in Noto Sans JP embedded from its WOFF subsets: each run of characters is
 * set in the subset that covers it (spaces and line breaks stay with the run before them).
 */
export function japanesePdf(pages: string[]): Promise<Buffer> {
  return render((doc) => {
    for (const text of pages) {
      doc.addPage({ size: 'A4', margin: 60 })
      doc.fontSize(12)
      const runs: { font: string; text: string }[] = []
      for (const char of text) {
        const font = /\s/.test(char) && runs.length ? runs.at(-1)!.font : subsetFor(char)
        if (runs.at(-1)?.font === font) runs.at(-1)!.text += char
        else runs.push({ font, text: char })
      }
      runs.forEach((run, index) => doc.font(run.font).text(run.text, { continued: index < runs.length - 1 }))
    }
  })
}

/** A greyscale PNG of stripes and noise, like a photocopy: no text anywhere. */
function scanImage(width: number, height: number, seed: number): Buffer {
  const rows: number[] = []
  let state = seed
  for (let y = 0; y < height; y++) {
    rows.push(0) // filter: none
    for (let x = 0; x < width; x++) {
      state = (state * 1103515245 + 12345) >>> 0
      const line = y % 14 < 3 && x > 20 && x < width - 20 ? 40 : 235
      rows.push(Math.max(0, Math.min(255, line + ((state >>> 24) % 20) - 10)))
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body))
    return Buffer.concat([length, body, crc])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

/** Pages that are only a picture of a page, as a scanner makes them. */
export function scanLikePdf(pageCount: number): Promise<Buffer> {
  return render((doc) => {
    for (let page = 0; page < pageCount; page++) {
      doc.addPage({ size: 'LETTER', margin: 0 })
      doc.image(scanImage(306, 396, page + 1), 0, 0, { width: 612, height: 792 })
    }
  })
}

/** The same PDF with one page turned by 90, 180 or 270 degrees. */
export async function rotatePage(pdf: Uint8Array, pageIndex: number, angle: 90 | 180 | 270): Promise<Buffer> {
  const doc = await PdfLibDocument.load(pdf)
  doc.getPage(pageIndex).setRotation(degrees(angle))
  return Buffer.from(await doc.save())
}

export interface PageLabelRange {
  /** First page (0-based) of the range. */
  startPage: number
  /** D decimal, r/R roman, a/A letters; none: the prefix alone. */
  style?: 'D' | 'r' | 'R' | 'a' | 'A'
  prefix?: string
  /** The number of the range's first page (default 1). */
  start?: number
}

/** The same PDF with a /PageLabels number tree ("i", "ii", "1", "A-1"…). */
export async function withPageLabels(pdf: Uint8Array, ranges: PageLabelRange[]): Promise<Buffer> {
  const doc = await PdfLibDocument.load(pdf)
  const nums = ranges.flatMap((range) => {
    const label: Record<string, unknown> = {}
    if (range.style) label.S = PDFName.of(range.style)
    if (range.prefix) label.P = PDFString.of(range.prefix)
    if (range.start && range.start !== 1) label.St = PDFNumber.of(range.start)
    return [PDFNumber.of(range.startPage), doc.context.obj(label as never)]
  })
  doc.catalog.set(PDFName.of('PageLabels'), doc.context.obj({ Nums: nums }))
  return Buffer.from(await doc.save())
}

/** The same PDF with JavaScript run on opening (an OpenAction) and in the document's names. */
export async function withJavaScript(pdf: Uint8Array, script: string): Promise<Buffer> {
  const doc = await PdfLibDocument.load(pdf)
  const action = () => doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(script) })
  doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(action()))
  const names = doc.context.obj({ JavaScript: doc.context.obj({ Names: [PDFString.of('casefile-test'), doc.context.register(action())] }) })
  doc.catalog.set(PDFName.of('Names'), names as PDFDict)
  return Buffer.from(await doc.save())
}

/** A copy with a stretch in the middle overwritten by garbage, as a bad disk or transfer leaves it. */
export function corruptMiddle(pdf: Uint8Array, share = 0.4): Buffer {
  const copy = Buffer.from(pdf)
  const from = Math.floor(copy.length * (0.5 - share / 2))
  const to = Math.floor(copy.length * (0.5 + share / 2))
  let state = 12345
  for (let i = from; i < to; i++) {
    state = (state * 1103515245 + 12345) >>> 0
    copy[i] = state >>> 24
  }
  return copy
}

/** The first half of the file, as an interrupted download leaves it. */
export function truncatedPdf(pdf: Uint8Array): Buffer {
  return Buffer.from(pdf.subarray(0, Math.floor(pdf.length / 2)))
}

/**
 * One page whose content stream inflates to `inflatedMb` MB of blank space from a tiny file (about
 * 1 KB per MB): a compression bomb.
 */
export async function compressionBombPdf(inflatedMb: number): Promise<Buffer> {
  const doc = await PdfLibDocument.create()
  const page = doc.addPage()
  const deflate = createDeflate({ level: 9 })
  const compressed: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  deflate.write('BT /F1 12 Tf 72 700 Td (A page of nothing) Tj ET\n')
  const blank = Buffer.alloc(1024 * 1024, 0x20)
  for (let mb = 0; mb < inflatedMb; mb++) deflate.write(blank)
  deflate.end()
  await done
  const data = Buffer.concat(compressed)
  const stream = PDFRawStream.of(doc.context.obj({ Filter: 'FlateDecode', Length: data.length }), data)
  page.node.set(PDFName.of('Contents'), doc.context.register(stream))
  return Buffer.from(await doc.save())
}
