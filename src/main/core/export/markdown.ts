// The summary as Markdown (CommonMark with GitHub-style footnotes, [^N]). User text is escaped, so
// a statement with *stars*, [brackets] or a leading "#" reads as written and never as markup.
import type { Inline, SummaryAppendix, SummaryModel, SummaryStatement } from './model'

export function renderMarkdown(model: SummaryModel): string {
  const blocks: string[] = [`# ${escapeMarkdown(model.title)}`, `*${escapeMarkdown(model.dek)}*`, `> ${escapeMarkdown(model.notice)}`]
  for (const section of model.sections) {
    blocks.push(`## ${escapeMarkdown(section.title)}`)
    for (const paragraph of section.paragraphs) blocks.push(escapeMarkdown(paragraph))
    for (const statement of section.statements) blocks.push(statementLine(statement))
  }
  if (model.appendix) blocks.push(...appendixBlocks(model.appendix))
  if (model.footnotes.length > 0) {
    blocks.push(model.footnotes.map((footnote) => `[^${footnote.number}]: ${inlines(footnote.citation)}`).join('\n'))
  }
  if (model.sources.length > 0) {
    blocks.push('## Sources', model.sources.map((source) => `${source.number}. ${inlines(source.entry)}`).join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}

function statementLine(statement: SummaryStatement): string {
  const flag = statement.flag ? `**${escapeMarkdown(`[${statement.flag}]`)}** ` : ''
  return `${flag}${escapeMarkdown(statement.text)}${statement.refs.map((ref) => `[^${ref.footnote}]`).join('')}`
}

function appendixBlocks(appendix: SummaryAppendix): string[] {
  const questions = appendix.questions.length
    ? appendix.questions.map((question) => `- ${escapeMarkdown(question.title)} (${escapeMarkdown(question.details)})`).join('\n')
    : 'None.'
  const contradictions = appendix.contradictions.length
    ? appendix.contradictions
        .map(({ a, b }) => `- ${escapeMarkdown(a.text)}[^${a.ref.footnote}] vs. ${escapeMarkdown(b.text)}[^${b.ref.footnote}]`)
        .join('\n')
    : 'None.'
  return ['## For editors', '### Open questions', questions, '### Unresolved contradictions', contradictions]
}

function inlines(parts: Inline[]): string {
  return parts.map((part) => (part.href ? `<${part.href}>` : escapeMarkdown(part.text))).join('')
}

/** Escapes what Markdown would read as markup, inline and at the start of a block. */
export function escapeMarkdown(text: string): string {
  const inline = text
    .replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`)
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
  return inline.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, (whole, space: string, marker: string) =>
    /^\d/.test(marker) ? `${whole}\\` : `${space}\\${marker}`
  )
}
