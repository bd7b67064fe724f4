// Articles saved as HTML: metadata from the page head, the main text by Mozilla Readability, after
// DOMPurify has removed everything active or remote. The document is parsed inert (DOMParser in
// jsdom runs no script and fetches nothing), and only plain text leaves this module.
import { Readability } from '@mozilla/readability'
import createDOMPurify from 'dompurify'
import { JSDOM } from 'jsdom'
import { CasefileError } from '../../../shared/errors'

export interface HtmlArticle {
  title: string | null
  outlet: string | null
  author: string | null
  publishedAt: string | null
  url: string | null
  text: string
}

// One inert window serves every import: creating a JSDOM per file costs more than parsing it.
let shared: { window: JSDOM['window']; purify: ReturnType<typeof createDOMPurify> } | null = null
function dom() {
  if (!shared) {
    const { window } = new JSDOM('')
    shared = { window, purify: createDOMPurify(window as unknown as Window & typeof globalThis) }
  }
  return shared
}

const ALLOWED_TAGS = [
  'html', 'head', 'title', 'meta', 'body', 'article', 'main', 'section', 'header', 'footer', 'div', 'span',
  'p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'code', 'em', 'strong', 'b', 'i', 'u', 'small', 'sub', 'sup', 'a', 'time', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'hr', 'abbr', 'cite', 'q', 'mark', 'address'
]
const ALLOWED_ATTR = ['class', 'id', 'datetime', 'title', 'lang', 'dir']

/**
 * Nesting past which a page is refused: the DOM steps grow faster than the page with depth (at
 * 1,000 levels jsdom's parser and DOMPurify take a second each, Readability minutes), and no
 * article is written that way: only a hostile or broken file is.
 */
export const MAX_HTML_DEPTH = 1000
/** Past this depth Readability (which scores every ancestor of every block) is skipped for the plain body text. */
const MAX_READABILITY_DEPTH = 64

export function extractHtmlArticle(html: string): HtmlArticle {
  const depth = markupDepth(html)
  if (depth > MAX_HTML_DEPTH) {
    throw new CasefileError(
      'corrupt_file',
      `This page nests its elements ${depth.toLocaleString('en')} levels deep; Casefile reads pages up to ${MAX_HTML_DEPTH.toLocaleString('en')} levels. Save it again from a browser, or as text.`
    )
  }
  const { window, purify } = dom()
  const doc = new window.DOMParser().parseFromString(html, 'text/html')
  const meta = readMetadata(doc)

  // Strip scripts, frames, handlers, images, media, forms and links before anything reads the body.
  purify.sanitize(doc.body, { IN_PLACE: true, ALLOWED_TAGS, ALLOWED_ATTR })

  // Readability hands back its article element itself (no HTML string to serialize and parse
  // again, which cost more than the rest of the import); it is sanitized again in place, since
  // Readability rebuilds some of the tree.
  const article = domDepth(doc.body) <= MAX_READABILITY_DEPTH ? readability(doc).parse() : null
  let text = ''
  if (article?.content) {
    purify.sanitize(article.content, { IN_PLACE: true, ALLOWED_TAGS, ALLOWED_ATTR })
    text = blocksToText(article.content)
  }
  if (!text.trim()) {
    // Readability found no article (a short page): fall back to the whole sanitized body.
    text = blocksToText(doc.body)
  }

  return {
    title: clean(meta.title ?? article?.title),
    outlet: clean(meta.outlet ?? article?.siteName),
    author: clean(meta.author ?? stripBy(article?.byline)),
    publishedAt: normaliseDate(meta.publishedAt ?? article?.publishedTime),
    url: clean(meta.url),
    text
  }
}

const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' ')
)

/** How deep the tags nest, read from the markup without building a tree (unclosed tags count as open). */
function markupDepth(html: string): number {
  let depth = 0
  let deepest = 0
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match
    if (VOID_ELEMENTS.has(name!.toLowerCase()) || selfClosing) continue
    depth = closing ? Math.max(0, depth - 1) : depth + 1
    if (depth > deepest) deepest = depth
  }
  return deepest
}

function domDepth(root: Element): number {
  let deepest = 0
  const stack: [Element, number][] = [[root, 1]]
  while (stack.length) {
    const [element, depth] = stack.pop()!
    if (depth > deepest) deepest = depth
    for (const child of element.children) stack.push([child, depth + 1])
  }
  return deepest
}

function readability(doc: Document): Readability<Element> {
  const reader = new Readability(doc, { charThreshold: 200, serializer: (node) => node as Element })
  // Two jsdom hot spots, replaced by equivalents: Readability looks elements up with
  // querySelectorAll, which costs more than parsing the page (getElementsByTagName yields the same
  // elements, descendants in document order, far cheaper); and its visibility test reads
  // `element.style`, which builds a style object per element, when only an element with a style,
  // hidden or aria-hidden attribute can be judged invisible.
  // Both are private: if a future Readability drops them, skip the speed-up rather than break.
  const internals = reader as unknown as { _isProbablyVisible?: (node: Element) => boolean; _getAllNodesWithTag?: unknown }
  if (typeof internals._isProbablyVisible !== 'function' || typeof internals._getAllNodesWithTag !== 'function') return reader
  const isProbablyVisible = internals._isProbablyVisible.bind(reader)
  return Object.assign(reader, {
    _getAllNodesWithTag: elementsWithTags,
    _isProbablyVisible: (node: Element) =>
      (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) ||
      isProbablyVisible(node)
  })
}

function elementsWithTags(node: Document | Element, tags: string[]): Element[] {
  if (tags.length === 1) return Array.from(node.getElementsByTagName(tags[0]!))
  const wanted = new Set(tags.map((tag) => tag.toLowerCase()))
  return Array.from(node.getElementsByTagName('*')).filter((el) => wanted.has(el.localName))
}

/** The charset a page declares for itself, to decode non-UTF-8 HTML correctly. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1')
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)
  return match?.[1] ?? null
}

/** Elements by tag name whose attribute equals a value, ignoring ASCII case as HTML selectors do for rel and type. */
function elementsWith(doc: Document, tag: string, attribute: string, value: string): Element[] {
  return [...doc.getElementsByTagName(tag)].filter((el) => el.getAttribute(attribute)?.toLowerCase() === value)
}

function readMetadata(doc: Document) {
  // One pass over the meta elements: a selector query per key costs more than parsing the page.
  // Each key maps to the first meta element (in document order) naming it by property, name or itemprop.
  const metaByKey = new Map<string, Element>()
  for (const el of doc.getElementsByTagName('meta')) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attribute)
      if (key !== null && !metaByKey.has(key)) metaByKey.set(key, el)
    }
  }
  const metaContent = (...keys: string[]) => {
    for (const key of keys) {
      const value = metaByKey.get(key)?.getAttribute('content')?.trim()
      if (value) return value
    }
    return null
  }
  const ld = readJsonLd(doc)
  return {
    title: metaContent('og:title', 'twitter:title') ?? ld.headline ?? (doc.title || null),
    outlet: metaContent('og:site_name', 'application-name', 'publisher') ?? ld.publisher,
    author: metaContent('author', 'article:author', 'byl', 'parsely-author') ?? ld.author,
    publishedAt:
      metaContent('article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued') ??
      ld.datePublished ??
      doc.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    url: elementsWith(doc, 'link', 'rel', 'canonical')[0]?.getAttribute('href') ?? metaContent('og:url') ?? ld.url ?? null
  }
}

interface JsonLdFacts {
  headline: string | null
  publisher: string | null
  author: string | null
  datePublished: string | null
  url: string | null
}

function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, publisher: null, author: null, datePublished: null, url: null }
  for (const script of elementsWith(doc, 'script', 'type', 'application/ld+json')) {
    let data: unknown
    try {
      data = JSON.parse(script.textContent ?? '')
    } catch {
      continue // malformed structured data is common; the other sources still count
    }
    const items = (Array.isArray(data) ? data : [data]).flatMap((item) =>
      item && typeof item === 'object' && '@graph' in item ? (item as { '@graph': unknown[] })['@graph'] : [item]
    )
    for (const item of items) {
      if (!item || typeof item !== 'object') continue
      const record = item as Record<string, unknown>
      if (!/Article|Posting|Report/i.test(String(record['@type'] ?? ''))) continue
      facts.headline ??= asText(record.headline)
      facts.datePublished ??= asText(record.datePublished)
      facts.url ??= asText(record.url) ?? asText(record.mainEntityOfPage)
      facts.author ??= names(record.author)
      facts.publisher ??= names(record.publisher)
    }
  }
  return facts
}

function asText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (value && typeof value === 'object' && '@id' in value) return asText((value as { '@id': unknown })['@id'])
  return null
}

function names(value: unknown): string | null {
  const list = (Array.isArray(value) ? value : [value])
    .map((entry) => (typeof entry === 'string' ? entry : (entry as { name?: unknown } | null)?.name))
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
  return list.length ? list.join(', ') : null
}

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL'
])

/** Flattens sanitized HTML into paragraphs separated by blank lines. */
export function blocksToText(root: Element): string {
  const blocks: string[] = []
  let current = ''
  const flush = () => {
    const block = current.replace(/[ \t]*\n[ \t]*/g, '\n').trim()
    if (block) blocks.push(block)
    current = ''
  }
  const walk = (node: Node, pre: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? ''
      current += pre ? value : value.replace(/\s+/g, ' ')
      return
    }
    if (node.nodeType !== 1) return
    const tag = (node as Element).tagName
    if (tag === 'BR') {
      current += '\n'
      return
    }
    const block = BLOCKS.has(tag)
    if (block) flush()
    for (const child of node.childNodes) walk(child, pre || tag === 'PRE')
    if (tag === 'TD' || tag === 'TH') current += '\t'
    if (block) flush()
  }
  walk(root, false)
  flush()
  return blocks.map((block) => block.replace(/ {2,}/g, ' ')).join('\n\n')
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim()
  return text ? text : null
}

function stripBy(byline: string | null | undefined): string | null {
  return byline ? byline.replace(/^\s*by\s+/i, '') : null
}

/** Keeps the date as an ISO string when it parses; drops what is not a date. */
export function normaliseDate(value: string | null | undefined): string | null {
  if (!value) return null
  const trimmed = value.trim()
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed
  const time = Date.parse(trimmed)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}
