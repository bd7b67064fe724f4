// The centre pane shows what is open: a document in the reader, a question, a contact, the contact
// suggestions, a claim, the contradictions, the status board, the summary, or what to do next.
import { BookOpen, FilePlus2, NotebookPen, Upload } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import { useReadOnly } from '../../data/readOnly'
import { useCounts } from '../../data/resources'
import type { Contact, TextRange } from '../../../../shared/models'
import { shortcutLabel } from '../../lib/shortcuts'
import { ClaimView } from '../claims/ClaimView'
import { ContradictionsView } from '../claims/ContradictionsView'
import { ContactView } from '../contacts/ContactView'
import { SuggestionsView } from '../contacts/SuggestionsView'
import { QuestionView } from '../questions/QuestionView'
import { Reader } from '../reader/Reader'
import { StatusBoard } from '../review/StatusBoard'
import { SummaryView } from '../summary/SummaryView'
import type { FindRequest, FocusRequest, QuestionSource, View } from './selection'

interface CentreProps {
  view: View
  selectedPassageId: number | null
  focus: FocusRequest | null
  findRequest: FindRequest | null
  onSelectPassage(id: number | null): void
  onOpenDocument(documentId: number, passageId?: number): void
  onOpenQuestion(id: number): void
  onOpenContact(id: number): void
  onOpenClaim(id: number): void
  onShowContradictions(): void
  onShowSummary(): void
  onClaimDeleted(): void
  /** From a contact: open a document at a passage or a mention, leaving the navigator on Contacts. */
  onOpenFromContact(documentId: number, at: { passageId: number } | { range: TextRange }): void
  onContactAccepted(contact: Contact): void
  onContactDeleted(): void
  onImport(): void
  onNewNote(): void
  onNewQuestion(source: QuestionSource): void
}

export function Centre(props: CentreProps) {
  const { view } = props
  if (view.kind === 'document') {
    return (
      <Reader
        key={view.id}
        documentId={view.id}
        selectedPassageId={props.selectedPassageId}
        focus={props.focus}
        findRequest={props.findRequest}
        onSelectPassage={props.onSelectPassage}
        onNewQuestion={props.onNewQuestion}
      />
    )
  }
  if (view.kind === 'question') {
    return <QuestionView key={view.id} questionId={view.id} onOpenPassage={props.onOpenDocument} onOpenContact={props.onOpenContact} />
  }
  if (view.kind === 'contact') {
    return (
      <ContactView
        key={view.id}
        contactId={view.id}
        onOpenQuestion={props.onOpenQuestion}
        onOpenPassage={(documentId, passageId) => props.onOpenFromContact(documentId, { passageId })}
        onOpenMention={(documentId, range) => props.onOpenFromContact(documentId, { range })}
        onOpenContact={props.onOpenContact}
        onDeleted={props.onContactDeleted}
      />
    )
  }
  if (view.kind === 'claim') {
    return (
      <ClaimView
        key={view.id}
        claimId={view.id}
        onOpenPassage={props.onOpenDocument}
        onOpenClaim={props.onOpenClaim}
        onOpenContact={props.onOpenContact}
        onDeleted={props.onClaimDeleted}
      />
    )
  }
  if (view.kind === 'contradictions') {
    return <ContradictionsView onOpenPassage={props.onOpenDocument} onOpenClaim={props.onOpenClaim} />
  }
  if (view.kind === 'status') {
    return (
      <StatusBoard
        onOpenClaim={props.onOpenClaim}
        onOpenQuestion={props.onOpenQuestion}
        onShowContradictions={props.onShowContradictions}
        onShowSummary={props.onShowSummary}
      />
    )
  }
  if (view.kind === 'summary') {
    return <SummaryView onOpenClaim={props.onOpenClaim} />
  }
  if (view.kind === 'suggestions') {
    return <SuggestionsView onOpenDocument={(documentId) => props.onOpenDocument(documentId)} onAccepted={props.onContactAccepted} />
  }
  return <NothingOpen onImport={props.onImport} onNewNote={props.onNewNote} />
}

function NothingOpen({ onImport, onNewNote }: { onImport(): void; onNewNote(): void }) {
  const counts = useCounts()
  const readOnly = useReadOnly()
  if (!counts.data) return null
  if (counts.data.documents > 0) {
    return (
      <EmptyState icon={BookOpen} title="Select a document to read it">
        <p>{readOnly ? 'Review mode: read, sign off claims and export; nothing else changes.' : 'Then select text to mark a passage (H) or raise a question (Q).'}</p>
      </EmptyState>
    )
  }
  return (
    <div className="drop-hint">
      <EmptyState icon={Upload} title="This case is empty">
        <p>
          {readOnly
            ? 'Nothing has been imported into this case yet.'
            : 'Drop articles, memos or saved web pages here, or Import… them: plain text, Markdown, HTML and PDF files work.'}
        </p>
        {!readOnly && (
          <div className="button-row">
            <button type="button" className="button button-primary" onClick={onImport} title={`Import (${shortcutLabel('i')})`}>
              <FilePlus2 size={16} aria-hidden /> Import…
            </button>
            <button type="button" className="button" onClick={onNewNote}>
              <NotebookPen size={16} aria-hidden /> New note
            </button>
          </div>
        )}
      </EmptyState>
    </div>
  )
}
