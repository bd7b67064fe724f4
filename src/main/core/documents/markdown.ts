// Markdown is read as it renders: headings, paragraphs, list items and quotes become paragraphs
// of plain text, with no #, * or link syntax left for the reader or for passages. marked parses;
// this renderer writes text instead of HTML, so no DOM is needed (5 ms a file through jsdom before)
// and raw HTML blocks are dropped rather than sanitized.
import { Marked, type Tokens } from 'marked'

const paragraph = (text: string) => (text.trim() ? `${text.trim()}\n\n` : '')

const toText = new Marked({
  async: false,
  gfm: true,
  renderer: {
    heading({ tokens }) {
      return paragraph(this.parser.parseInline(tokens, this.parser.textRenderer))
    },
    paragraph({ tokens }) {
      return paragraph(this.parser.parseInline(tokens, this.parser.textRenderer))
    },
    blockquote({ tokens }) {
      return this.parser.parse(tokens)
    },
    list(list: Tokens.List) {
      return list.items.map((item) => paragraph(this.parser.parse(item.tokens))).join('')
    },
    code({ text }) {
      return paragraph(text)
    },
    table(table: Tokens.Table) {
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => this.parser.parseInline(cell.tokens, this.parser.textRenderer)).join('\t')
      return paragraph([row(table.header), ...table.rows.map(row)].join('\n'))
    },
    html() {
      return ''
    },
    hr() {
      return ''
    },
    space() {
      return ''
    }
  }
})

export function markdownToText(source: string): string {
  return (toText.parse(source) as string).replace(/\n{3,}/g, '\n\n').trim()
}
