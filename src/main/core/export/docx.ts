// The summary as a Word document (the `docx` package), with real footnotes. Word numbers footnotes
// itself, one per reference, so a passage cited by two statements gets two footnotes with the same
// text here (in Markdown and HTML it is one note referred to twice).
import { Document, ExternalHyperlink, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx'
import type { FootnoteRef, Inline, SummaryAppendix, SummaryModel, SummaryStatement } from './model'

export async function renderDocx(model: SummaryModel): Promise<Buffer> {
  const footnotes: Record<number, { children: Paragraph[] }> = {}
  const citations = new Map(model.footnotes.map((footnote) => [footnote.number, footnote.citation]))
  const reference = (ref: FootnoteRef): FootnoteReferenceRun => {
    const id = Object.keys(footnotes).length + 1
    // Word puts the note's number first; a space separates it from the citation.
    footnotes[id] = { children: [new Paragraph({ children: [new TextRun(' '), ...inlineRuns(citations.get(ref.footnote) ?? [])] })] }
    return new FootnoteReferenceRun(id)
  }

  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
    new Paragraph({ children: [new TextRun({ text: model.dek, italics: true })] }),
    new Paragraph({ children: [new TextRun({ text: model.notice, bold: model.noticeTone === 'draft' })], spacing: { after: 240 } })
  ]
  for (const section of model.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }))
    for (const paragraph of section.paragraphs) children.push(bodyParagraph([new TextRun(paragraph)]))
    for (const statement of section.statements) children.push(statementParagraph(statement, reference))
  }
  if (model.appendix) children.push(...appendixParagraphs(model.appendix, reference))
  if (model.sources.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Sources')] }))
    for (const source of model.sources) {
      children.push(
        new Paragraph({ indent: { left: 360, hanging: 360 }, spacing: { after: 80 }, children: [new TextRun(`${source.number}.\t`), ...inlineRuns(source.entry)] })
      )
    }
  }

  const document = new Document({
    creator: 'Casefile',
    lastModifiedBy: 'Casefile',
    title: model.title,
    description: model.dek,
    styles: { default: { document: { run: { font: 'Georgia', size: 22 } } } },
    footnotes,
    sections: [{ children }]
  })
  return Packer.toBuffer(document)
}

function bodyParagraph(runs: ParagraphChild[]): Paragraph {
  return new Paragraph({ spacing: { after: 160, line: 300 }, children: runs })
}

function statementParagraph(statement: SummaryStatement, reference: (ref: FootnoteRef) => FootnoteReferenceRun): Paragraph {
  const flag = statement.flag ? [new TextRun({ text: `[${statement.flag}] `, bold: true, color: '9A3412' })] : []
  // Several references in a row are separated by superscript commas, so "1, 3" never reads as 13.
  const refs = statement.refs.flatMap((ref, index) => (index === 0 ? [reference(ref)] : [new TextRun({ text: ',', superScript: true }), reference(ref)]))
  return bodyParagraph([...flag, new TextRun(statement.text), ...refs])
}

function appendixParagraphs(appendix: SummaryAppendix, reference: (ref: FootnoteRef) => FootnoteReferenceRun): Paragraph[] {
  const item = (runs: ParagraphChild[]) => new Paragraph({ bullet: { level: 0 }, spacing: { after: 80 }, children: runs })
  const none = () => new Paragraph({ children: [new TextRun('None.')] })
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('For editors')] }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Open questions')] }),
    ...(appendix.questions.length ? appendix.questions.map((question) => item([new TextRun(`${question.title} (${question.details})`)])) : [none()]),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Unresolved contradictions')] }),
    ...(appendix.contradictions.length
      ? appendix.contradictions.map(({ a, b }) => item([new TextRun(a.text), reference(a.ref), new TextRun(' vs. '), new TextRun(b.text), reference(b.ref)]))
      : [none()])
  ]
}

function inlineRuns(parts: Inline[]): ParagraphChild[] {
  return parts.map((part) =>
    part.href ? new ExternalHyperlink({ link: part.href, children: [new TextRun({ text: part.text, style: 'Hyperlink' })] }) : new TextRun(part.text)
  )
}
