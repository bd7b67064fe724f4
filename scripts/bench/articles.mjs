// Generates the benchmark's articles from nlp-corpus sentences: about 5 KB each, 60% plain text,
// 20% Markdown, 20% saved web pages with realistic head metadata. Deterministic (seeded), so every
// run measures the same files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import corpus from 'nlp-corpus'

const TARGET_BYTES = 5 * 1024
export const OUTLETS = ['The Frontera Dispatch', 'Gulf Coast Ledger', 'Valley Courier', 'Desert Sun Record', 'Harbor Evening Post']
export const AUTHORS = ['Lucía Ibáñez', 'Marcus Núñez', 'Sofía Beltrán', 'Tomás Ríos', 'Dana Whitfield', 'Kwame Mensah']

/** Mulberry32: a small seeded generator, so the same articles come out every time. */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

export function paragraphs(next, sentences, bytes) {
  const result = []
  let size = 0
  while (size < bytes) {
    const count = 2 + Math.floor(next() * 4)
    const paragraph = Array.from({ length: count }, () => sentences[Math.floor(next() * sentences.length)].trim()).join(' ')
    result.push(paragraph)
    size += Buffer.byteLength(paragraph) + 2
  }
  return result
}

export function headline(next, sentences) {
  const words = sentences[Math.floor(next() * sentences.length)].replace(/[^\p{L}\p{N}' -]/gu, '').split(/\s+/)
  const title = words.slice(0, 6 + Math.floor(next() * 6)).join(' ')
  return title.charAt(0).toUpperCase() + title.slice(1) || 'Untitled report'
}

function asText(title, body) {
  return `${title}\n\n${body.join('\n\n')}\n`
}

function asMarkdown(title, body, author, outlet, date) {
  const parts = body.map((paragraph, index) => (index > 0 && index % 4 === 0 ? `## ${paragraph.split(' ').slice(0, 5).join(' ')}\n\n${paragraph}` : paragraph))
  return `# ${title}\n\n*By ${author}, ${outlet}, ${date.slice(0, 10)}*\n\n${parts.join('\n\n')}\n`
}

function asHtml(title, body, author, outlet, date, slug) {
  const url = `https://news.example/${date.slice(0, 10).replace(/-/g, '/')}/${slug}/`
  const paras = body.map((paragraph) => `      <p>${escapeHtml(paragraph)}</p>`).join('\n')
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(title)} | ${escapeHtml(outlet)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:site_name" content="${escapeHtml(outlet)}">
  <meta property="og:title" content="${escapeHtml(title)}">
  <meta property="og:type" content="article">
  <meta name="author" content="${escapeHtml(author)}">
  <meta property="article:published_time" content="${date}">
  <link rel="canonical" href="${url}">
  <link rel="stylesheet" href="/static/site.css">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(title)},"datePublished":"${date}","author":{"@type":"Person","name":${JSON.stringify(author)}}}</script>
  <script src="/static/analytics.js" async></script>
</head>
<body>
  <header class="masthead"><a href="/">${escapeHtml(outlet)}</a>
    <nav><ul><li><a href="/news/">News</a></li><li><a href="/border/">Border</a></li><li><a href="/opinion/">Opinion</a></li><li><a href="/subscribe/">Subscribe</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(title)}</h1>
      <p class="byline">By ${escapeHtml(author)} · <time datetime="${date}">${date.slice(0, 10)}</time></p>
${paras}
    </article>
  </main>
  <aside class="related"><h3>Related</h3><ul><li><a href="/a/">More coverage</a></li><li><a href="/b/">Earlier reports</a></li></ul></aside>
  <footer><p>© ${date.slice(0, 4)} ${escapeHtml(outlet)}</p><p><a href="/privacy/">Privacy</a> · <a href="/terms/">Terms</a></p></footer>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({ page: ${JSON.stringify(slug)} });</script>
</body>
</html>
`
}

/** The corpus's sentences of more than 20 characters: varied, real English. */
export function loadSentences() {
  return corpus.all().filter((sentence) => sentence.trim().length > 20)
}

/** Writes `count` articles to `folder` (replacing what was there) and returns their paths and types. */
export function generateArticles(folder, count) {
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  const sentences = loadSentences()
  const next = random(20250201)
  const files = []
  for (let index = 0; index < count; index++) {
    const type = index % 10 < 6 ? 'txt' : index % 10 < 8 ? 'md' : 'html'
    const title = headline(next, sentences)
    const author = AUTHORS[index % AUTHORS.length]
    const outlet = OUTLETS[index % OUTLETS.length]
    const date = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365) * 86400000).toISOString()
    const slug = `story-${index}`
    // HTML spends about 1.3 KB on its head and page furniture; the text makes up the rest.
    const body = paragraphs(next, sentences, type === 'html' ? TARGET_BYTES - 1400 : TARGET_BYTES - title.length)
    const content =
      type === 'txt' ? asText(title, body) : type === 'md' ? asMarkdown(title, body, author, outlet, date) : asHtml(title, body, author, outlet, date, slug)
    const path = join(folder, `${String(index).padStart(4, '0')}-${slug}.${type}`)
    writeFileSync(path, content)
    files.push({ path, type })
  }
  if (readdirSync(folder).length !== count) throw new Error('The benchmark articles were not all written.')
  return files
}
