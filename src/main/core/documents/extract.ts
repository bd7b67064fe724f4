// From a file's name and bytes to a document's text and metadata, by file type.
import { extname } from 'node:path'
import { safeFileName } from './fileName'
import { MAX_IMPORT_BYTES } from '../../../shared/api'
import { CasefileError } from '../../../shared/errors'
import type { DocumentKind } from '../../../shared/models'
import { decodeText } from './encoding'
import { declaredCharset, extractHtmlArticle } from './html'
import { markdownToText } from './markdown'

export interface ExtractedDocument {
  kind: DocumentKind
  title: string
  outlet: string | null
  author: string | null
  publishedAt: string | null
  url: string | null
  mimeType: string
  encoding: string
  text: string
}

type FileType = 'text' | 'markdown' | 'html'

const TYPES: Record<string, FileType> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html'
}
const MIME: Record<FileType, string> = { text: 'text/plain', markdown: 'text/markdown', html: 'text/html' }

/** Every extension an import takes: these text types, and PDFs (read in a worker: see pdf/readPdf.ts). */
export const SUPPORTED_EXTENSIONS = [...Object.keys(TYPES), '.pdf']

export function isPdfName(name: string): boolean {
  return extname(name).toLowerCase() === '.pdf'
}

/** Text files only: PDFs are read asynchronously by importDocument. */
export function extractDocument(name: string, bytes: Uint8Array): ExtractedDocument {
  const fileName = safeFileName(name)
  const type = TYPES[extname(fileName).toLowerCase()]
  if (isPdfName(fileName)) throw new Error(`“${fileName}” is a PDF: import it with importDocument, which reads PDFs in a worker thread.`)
  if (!type) {
    throw new CasefileError(
      'unsupported_type',
      `“${fileName}” is not a file type Casefile imports yet. Import PDFs (.pdf), plain text (.txt), Markdown (.md) or saved web pages (.html).`
    )
  }
  if (bytes.length === 0) throw new CasefileError('empty_file', `“${fileName}” is empty: there is nothing to import.`)
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new CasefileError(
      'too_large',
      `“${fileName}” is ${(bytes.length / 1048576).toFixed(1)} MB; Casefile imports files up to ${MAX_IMPORT_BYTES / 1048576} MB. Split it, then import the parts.`
    )
  }

  const decoded = decodeText(bytes, fileName, type === 'html' ? declaredCharset(bytes) : null)
  const source = normaliseText(decoded.text)
  const fallbackTitle = fileName.replace(/\.[^.]+$/, '')
  const base = { mimeType: MIME[type], encoding: decoded.encoding, outlet: null, author: null, publishedAt: null, url: null }

  if (type === 'html') {
    const article = extractHtmlArticle(source)
    const text = normaliseText(article.text)
    if (!text.trim()) throw new CasefileError('empty_file', `“${fileName}” has no readable text.`)
    return { ...base, ...article, kind: 'article', title: article.title ?? fallbackTitle, text }
  }
  if (!source.trim()) throw new CasefileError('empty_file', `“${fileName}” holds only blank space: there is nothing to import.`)
  if (type === 'markdown') {
    // Read as it renders (no #, * or link syntax in the reader or in passages); the source is kept as the original.
    const text = normaliseText(markdownToText(source))
    if (!text.trim()) throw new CasefileError('empty_file', `“${fileName}” has no readable text.`)
    return { ...base, kind: 'article', title: markdownTitle(source) ?? fallbackTitle, text }
  }
  return { ...base, kind: 'note', title: firstLine(source) ?? fallbackTitle, text: source }
}

/** One form for every text: LF line ends, composed accents (so "Peña" is one spelling), no NULs. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '').normalize('NFC')
}

function markdownTitle(text: string): string | null {
  const heading = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(text)
  return heading?.[1]?.trim() || firstLine(text)
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((candidate) => candidate.trim() !== '')
  if (!line) return null
  const title = line.trim().replace(/^#+\s*/, '')
  return title.length > 120 ? `${title.slice(0, 117).trimEnd()}…` : title
}
