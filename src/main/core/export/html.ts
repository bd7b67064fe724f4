// The summary as one self-contained HTML file, ready to print: inline CSS, no script, nothing loaded
// from anywhere (its own CSP says so). Footnote references link to their notes (#fn-N) and back
// (#ref-N-k, the k-th reference to note N); each note links to its entry in the source list (#src-M).
// The desktop app prints this same file to PDF.
import type { FootnoteRef, Inline, SummaryAppendix, SummaryModel, SummaryStatement } from './model'

export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'"

const STYLE = `
:root { color-scheme: light; }
@page { size: A4; margin: 22mm 20mm 24mm; }
html { background: #fff; color: #1b1b1b; font: 11.5pt/1.55 Georgia, "Times New Roman", "DejaVu Serif", serif; }
body { margin: 0 auto; max-width: 40rem; padding: 2.5rem 1.5rem 4rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 0.35rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2.2rem 0 0.6rem; break-after: avoid; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 0.4rem; break-after: avoid; }
p { margin: 0 0 0.8rem; orphans: 3; widows: 3; }
.dek { color: #4a4a4a; font-style: italic; margin-bottom: 0.6rem; }
.notice { border-left: 3px solid #b45309; background: #fff8ee; padding: 0.45rem 0.8rem; font-size: 0.92rem; }
.notice.cleared { border-left-color: #15803d; background: #f0fdf4; }
.notice.empty { border-left-color: #6b7280; background: #f5f5f4; }
.statement { break-inside: avoid; }
.flag { font-family: system-ui, "Segoe UI", "DejaVu Sans", sans-serif; font-size: 0.78em; font-weight: 600; color: #9a3412; white-space: nowrap; }
sup { font-size: 0.72em; line-height: 0; }
sup a, .backref, .source-link { text-decoration: none; }
a { color: #1d4ed8; overflow-wrap: anywhere; }
.notes, .sources, .appendix { font-size: 0.9rem; }
.notes ol, .sources ol, .appendix ul { padding-left: 1.6rem; }
.notes li, .sources li, .appendix li { margin: 0 0 0.35rem; break-inside: avoid; }
.backref { margin-left: 0.25rem; }
:target { background: #fef3c7; }
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; }
  :target { background: none; }
}
`.trim()

export function renderHtml(model: SummaryModel): string {
  const body: string[] = [
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<p class="dek">${escapeHtml(model.dek)}</p>`,
    `<p class="notice ${model.noticeTone}">${escapeHtml(model.notice)}</p>`
  ]
  model.sections.forEach((section, index) => {
    body.push(`<section aria-labelledby="section-${index + 1}">`, `<h2 id="section-${index + 1}">${escapeHtml(section.title)}</h2>`)
    for (const paragraph of section.paragraphs) body.push(`<p>${escapeHtml(paragraph)}</p>`)
    for (const statement of section.statements) body.push(statementHtml(statement))
    body.push('</section>')
  })
  if (model.appendix) body.push(...appendixHtml(model.appendix))
  if (model.footnotes.length > 0) {
    body.push('<section class="notes" aria-labelledby="notes">', '<h2 id="notes">Notes</h2>', '<ol>')
    for (const footnote of model.footnotes) {
      const backs = Array.from({ length: footnote.references }, (_, index) => {
        const k = index + 1
        const label = footnote.references === 1 ? 'Back to the text' : `Back to reference ${k} in the text`
        return `<a class="backref" href="#ref-${footnote.number}-${k}" aria-label="${label}">↩${footnote.references === 1 ? '' : `<sup>${k}</sup>`}</a>`
      })
      body.push(
        `<li id="fn-${footnote.number}">${inlineHtml(footnote.citation)} <a class="source-link" href="#src-${footnote.source}">[Source ${footnote.source}]</a>${backs.join('')}</li>`
      )
    }
    body.push('</ol>', '</section>')
  }
  if (model.sources.length > 0) {
    body.push('<section class="sources" aria-labelledby="sources">', '<h2 id="sources">Sources</h2>', '<ol>')
    for (const source of model.sources) body.push(`<li id="src-${source.number}">${inlineHtml(source.entry)}</li>`)
    body.push('</ol>', '</section>')
  }
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<article>',
    ...body,
    '</article>',
    '</body>',
    '</html>',
    ''
  ].join('\n')
}

function statementHtml(statement: SummaryStatement): string {
  const flag = statement.flag ? `<span class="flag">[${escapeHtml(statement.flag)}]</span> ` : ''
  return `<p class="statement">${flag}${escapeHtml(statement.text)}${refsHtml(statement.refs)}</p>`
}

/** Several references in a row are separated by commas, so "1, 3" never reads as 13. */
function refsHtml(refs: FootnoteRef[]): string {
  return refs.map(refHtml).join('<sup>,</sup>')
}

function refHtml(ref: FootnoteRef): string {
  return `<sup><a href="#fn-${ref.footnote}" id="ref-${ref.footnote}-${ref.occurrence}">${ref.footnote}</a></sup>`
}

function appendixHtml(appendix: SummaryAppendix): string[] {
  const list = (items: string[]) => (items.length ? ['<ul>', ...items.map((item) => `<li>${item}</li>`), '</ul>'] : ['<p>None.</p>'])
  return [
    '<section class="appendix" aria-labelledby="appendix">',
    '<h2 id="appendix">For editors</h2>',
    '<h3>Open questions</h3>',
    ...list(appendix.questions.map((question) => `${escapeHtml(question.title)} (${escapeHtml(question.details)})`)),
    '<h3>Unresolved contradictions</h3>',
    ...list(appendix.contradictions.map(({ a, b }) => `${escapeHtml(a.text)}${refHtml(a.ref)} vs. ${escapeHtml(b.text)}${refHtml(b.ref)}`)),
    '</section>'
  ]
}

function inlineHtml(parts: Inline[]): string {
  return parts
    .map((part) => (part.href ? `<a href="${escapeHtml(part.href)}" rel="noreferrer noopener">${escapeHtml(part.text)}</a>` : escapeHtml(part.text)))
    .join('')
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!)
}
