// The exported summary as plain data, built from the case: sections with the reporter's prose and
// the claims' statements, every statement with numbered footnotes citing its passages, the source
// list, and the editors' appendix. The renderers (markdown.ts, html.ts, docx.ts) only lay it out,
// so every format says the same thing. All text here is already redacted (sourcing.ts) and holds no
// internal notes: claim, question, contact and contradiction notes and interaction logs are never read.
import {
  CLAIM_STATUS_LABELS,
  QUESTION_STATUS_LABELS,
  type ClaimSummary,
  type Passage,
  type Priority,
  type QuestionStatus
} from '../../../shared/models'
import { listClaims } from '../claims/repo'
import { readCase } from '../cases/repo'
import type { Db } from '../db/open'
import { getPassages } from '../passages/repo'
import { listSections } from './plan'
import { redactor, unnamedSources, withheldNames, type Redact, type UnnamedSource } from './sourcing'
import { collapseSpaces } from '../text'

export interface ExportOptions {
  /** Every claim, not only those the plan includes. */
  all?: boolean
  /** The editors' appendix: open questions and unresolved contradictions. */
  appendix?: boolean
}

/** A piece of inline text; `href` (an http(s) address) makes it a link. */
export interface Inline {
  text: string
  href?: string
}

/** The `occurrence`-th reference (1-based) to footnote `footnote`. */
export interface FootnoteRef {
  footnote: number
  occurrence: number
}

export interface SummaryStatement {
  text: string
  /** Shown before the statement when it is not verified and signed off ("Corroborated — not signed off"). */
  flag: string | null
  refs: FootnoteRef[]
}

export interface SummaryModelSection {
  title: string
  paragraphs: string[]
  statements: SummaryStatement[]
}

export interface SummaryFootnote {
  number: number
  citation: Inline[]
  /** The number of its entry in the source list. */
  source: number
  /** How many times the text refers to it. */
  references: number
}

export interface SummarySource {
  number: number
  entry: Inline[]
}

export interface AppendixSide {
  /** "The Frontera Dispatch: “…”", or an unnamed source's description. */
  text: string
  ref: FootnoteRef
}

export interface SummaryAppendix {
  questions: { title: string; details: string }[]
  contradictions: { a: AppendixSide; b: AppendixSide }[]
}

export interface SummaryModel {
  title: string
  /** One line under the title: what the summary holds. */
  dek: string
  /** Whether the reader is looking at cleared copy or a draft. */
  notice: string
  /** 'draft' when a statement is not verified and signed off. */
  noticeTone: 'draft' | 'cleared' | 'empty'
  sections: SummaryModelSection[]
  appendix: SummaryAppendix | null
  footnotes: SummaryFootnote[]
  sources: SummarySource[]
  /** Names the rendered files are checked against (never printed). */
  withheldNames: string[]
}

export const FINDINGS_TITLE = 'Findings'
const MAX_QUOTE = 200
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

export function buildSummaryModel(db: Db, options: ExportOptions = {}): SummaryModel {
  const names = withheldNames(db)
  const redact = redactor(names)
  const claims = listClaims(db)
    .filter((claim) => options.all === true || claim.included)
    .sort((a, b) => a.sectionPosition - b.sectionPosition || a.id - b.id)
  const citations = new Citations(db, redact)

  const statement = (claim: ClaimSummary): SummaryStatement => {
    const cleared = claim.status === 'verified' && claim.review === 'signed_off'
    const passageIds = [claim.passageId, ...supportingPassages(db, claim.id)]
    return {
      text: redact(collapseSpaces(claim.statement)),
      flag: cleared ? null : `${CLAIM_STATUS_LABELS[claim.status]} — not signed off`,
      refs: [...new Set(passageIds)].map((id) => citations.cite(id))
    }
  }

  const sections: SummaryModelSection[] = []
  const plannedSections = listSections(db)
  const placed = new Set<number>()
  const findings = () => {
    const unplaced = claims.filter((claim) => !placed.has(claim.id))
    if (unplaced.length > 0) sections.push({ title: FINDINGS_TITLE, paragraphs: [], statements: unplaced.map(statement) })
  }
  if (plannedSections.length === 0) findings()
  for (const section of plannedSections) {
    const own = claims.filter((claim) => claim.sectionId === section.id)
    for (const claim of own) placed.add(claim.id)
    sections.push({ title: redact(collapseSpaces(section.title)), paragraphs: paragraphs(section.prose).map(redact), statements: own.map(statement) })
  }
  if (plannedSections.length > 0) findings()

  const appendix = options.appendix ? buildAppendix(db, redact, citations) : null
  const statementCount = sections.reduce((sum, section) => sum + section.statements.length, 0)
  const drafts = sections.reduce((sum, section) => sum + section.statements.filter((item) => item.flag !== null).length, 0)
  return {
    title: redact(collapseSpaces(readCase(db).title)),
    dek: `Sourced summary: ${plural(statementCount, 'statement')}, ${plural(citations.sources.length, 'source')}.`,
    notice: notice(statementCount, drafts, options.all === true),
    noticeTone: statementCount === 0 ? 'empty' : drafts > 0 ? 'draft' : 'cleared',
    sections,
    appendix,
    footnotes: citations.footnotes,
    sources: citations.sources,
    withheldNames: names
  }
}

function notice(statements: number, drafts: number, all: boolean): string {
  if (statements === 0) {
    return all
      ? 'This case has no claims yet, so the summary has no statements.'
      : 'No claim is verified and signed off yet, so the summary has no statements. Include claims in the summary plan, or export all claims for a working draft.'
  }
  if (drafts === 0) return 'Every statement is verified and signed off by an editor.'
  if (drafts === statements) {
    return statements === 1
      ? 'Draft: the statement is not verified and signed off by an editor yet; it is marked with its status in brackets.'
      : `Draft: none of the ${statements} statements is verified and signed off by an editor yet; each is marked with its status in brackets.`
  }
  return drafts === 1
    ? `Draft: 1 of ${statements} statements is not verified and signed off by an editor yet; it is marked with its status in brackets.`
    : `Draft: ${drafts} of ${statements} statements are not verified and signed off by an editor yet; they are marked with their status in brackets.`
}

function supportingPassages(db: Db, claimId: number): number[] {
  return db
    .prepare(`SELECT passage_id FROM claim_evidence WHERE claim_id = ? AND stance = 'supports' ORDER BY linked_at, passage_id`)
    .pluck()
    .all(claimId) as number[]
}

function buildAppendix(db: Db, redact: Redact, citations: Citations): SummaryAppendix {
  const questions = (
    db
      .prepare(
        `SELECT title, status, priority, due_date AS dueDate FROM questions WHERE status IN ('open', 'in_progress')
         ORDER BY due_date IS NULL, due_date, CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END, id`
      )
      .all() as { title: string; status: QuestionStatus; priority: Priority; dueDate: string | null }[]
  ).map((question) => ({
    title: redact(collapseSpaces(question.title)),
    details: [QUESTION_STATUS_LABELS[question.status], `${question.priority} priority`, question.dueDate ? `due ${formatDate(question.dueDate)}` : null]
      .filter(Boolean)
      .join(', ')
  }))
  const contradictions = (
    db.prepare(`SELECT passage_a AS a, passage_b AS b FROM contradictions WHERE status = 'open' ORDER BY id`).all() as { a: number; b: number }[]
  ).map(({ a, b }) => ({ a: citations.side(a), b: citations.side(b) }))
  return { questions, contradictions }
}

interface DocumentRow {
  id: number
  title: string
  outlet: string | null
  author: string | null
  publishedAt: string | null
  url: string | null
  retrievedAt: string | null
  importedAt: string
  mimeType: string
}

/** Numbers footnotes (one per passage, or one per unnamed source) and source-list entries in the order they are first cited. */
class Citations {
  readonly footnotes: SummaryFootnote[] = []
  readonly sources: SummarySource[] = []
  private readonly footnoteByKey = new Map<string, SummaryFootnote>()
  private readonly sourceByKey = new Map<string, SummarySource>()
  private readonly documents = new Map<number, DocumentRow>()

  constructor(
    private readonly db: Db,
    private readonly redact: Redact
  ) {}

  cite(passageId: number): FootnoteRef {
    const { passage, unnamed } = this.load(passageId)
    const key = unnamed ? `contact:${unnamed.contactId}` : `passage:${passageId}`
    let footnote = this.footnoteByKey.get(key)
    if (!footnote) {
      const source = unnamed ? this.source(key, () => [{ text: `${capitalise(unnamed.description)}.` }]) : this.documentSource(passage.documentId)
      const citation = unnamed ? [{ text: `${capitalise(unnamed.description)}.` }] : this.passageCitation(passage)
      footnote = { number: this.footnotes.length + 1, citation, source: source.number, references: 0 }
      this.footnotes.push(footnote)
      this.footnoteByKey.set(key, footnote)
    }
    footnote.references++
    return { footnote: footnote.number, occurrence: footnote.references }
  }

  /** One side of a contradiction, for the appendix: who says what (an unnamed source says nothing quotable). */
  side(passageId: number): AppendixSide {
    const { passage, unnamed } = this.load(passageId)
    const ref = this.cite(passageId)
    if (unnamed) return { text: capitalise(unnamed.description), ref }
    const document = this.document(passage.documentId)
    return { text: `${this.redact(collapseSpaces(document.outlet ?? document.title))}: “${this.quote(passage)}”`, ref }
  }

  private load(passageId: number): { passage: Passage; unnamed: UnnamedSource | undefined } {
    const [passage] = getPassages(this.db, [passageId])
    if (!passage) throw new Error(`Passage ${passageId} of a claim is missing.`)
    return { passage, unnamed: unnamedSources(this.db, [passageId], this.redact).get(passageId) }
  }

  private source(key: string, entry: () => Inline[]): SummarySource {
    let source = this.sourceByKey.get(key)
    if (!source) {
      source = { number: this.sources.length + 1, entry: entry() }
      this.sources.push(source)
      this.sourceByKey.set(key, source)
    }
    return source
  }

  private documentSource(documentId: number): SummarySource {
    return this.source(`document:${documentId}`, () => this.documentCitation(this.document(documentId), null))
  }

  private passageCitation(passage: Passage): Inline[] {
    const document = this.document(passage.documentId)
    const page = document.mimeType === 'application/pdf' && passage.pageIndex !== null ? this.pageLabel(document.id, passage.pageIndex) : null
    return [...this.documentCitation(document, page), { text: ` “${this.quote(passage)}”` }]
  }

  /** Outlet, “title”, author, date[, page]. URL (retrieved date). */
  private documentCitation(document: DocumentRow, page: string | null): Inline[] {
    const clean = (text: string | null) => (text ? this.redact(collapseSpaces(text)) : '')
    const outlet = clean(document.outlet)
    const author = clean(document.author)
    const parts = [
      outlet,
      `“${nestQuotes(clean(document.title))}”`,
      author && author !== outlet ? author : '',
      document.publishedAt ? formatDate(document.publishedAt) : '',
      page ? `p. ${clean(page)}` : ''
    ].filter(Boolean)
    const inline: Inline[] = [{ text: `${parts.join(', ')}.` }]
    const url = clean(document.url)
    const linkable = url !== '' && url === collapseSpaces(document.url ?? '') && /^https?:\/\/[^\s<>"]+$/i.test(url)
    if (url) inline.push({ text: ' ' }, linkable ? { text: url, href: url } : { text: url })
    const when = document.retrievedAt ? `retrieved ${formatDate(document.retrievedAt)}` : `added to the case ${formatDate(document.importedAt)}`
    inline.push({ text: url ? ` (${when}).` : ` ${capitalise(when)}.` })
    return inline
  }

  /** The passage as a short quotation: nested quotation marks made single, cuts shown with an ellipsis. */
  private quote(passage: Passage): string {
    const text = shorten(nestQuotes(this.redact(collapseSpaces(passage.exact))), MAX_QUOTE)
    const lead = /^\p{Ll}/u.test(text) ? '…' : ''
    const tail = /[.!?…'"’”)\]]$/.test(text) ? '' : '…'
    return `${lead}${text}${tail}`
  }

  private pageLabel(documentId: number, pageIndex: number): string {
    const label = this.db.prepare('SELECT label FROM pages WHERE document_id = ? AND page_index = ?').pluck().get(documentId, pageIndex) as string | undefined
    return label?.trim() || String(pageIndex + 1)
  }

  private document(id: number): DocumentRow {
    let row = this.documents.get(id)
    if (!row) {
      row = this.db
        .prepare(
          `SELECT id, title, outlet, author, published_at AS publishedAt, url, retrieved_at AS retrievedAt,
                  imported_at AS importedAt, mime_type AS mimeType FROM documents WHERE id = ?`
        )
        .get(id) as DocumentRow
      this.documents.set(id, row)
    }
    return row
  }
}

/** Prose as paragraphs: blank lines separate them; single line breaks are spaces. */
export function paragraphs(prose: string): string[] {
  return prose
    .split(/\n[^\S\n]*\n/)
    .map((paragraph) => collapseSpaces(paragraph))
    .filter((paragraph) => paragraph !== '')
}

/** "2025-02-03T15:20:00Z" → "3 February 2025" (the date as written, no time zone arithmetic). */
export function formatDate(value: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value)
  if (day) {
    const month = MONTHS[Number(day[2]) - 1]
    if (month) return `${Number(day[3])} ${month} ${day[1]}`
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  if (month && MONTHS[Number(month[2]) - 1]) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`
  return collapseSpaces(value)
}

/** Quotation marks inside a quotation (or a quoted title) become single ones: “the ‘EPT-IOC’ header”. */
function nestQuotes(text: string): string {
  return text.replace(/"([^"\n]*)"/g, '‘$1’').replace(/“([^”\n]*)”/g, '‘$1’')
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function plural(count: number, one: string): string {
  return `${count} ${count === 1 ? one : `${one}s`}`
}
