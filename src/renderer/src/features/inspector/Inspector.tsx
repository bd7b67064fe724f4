// Right pane: details of whatever is selected.
import { FileOutput, Gauge, MousePointerClick, Sparkles } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import type { QuestionSource, View } from '../workspace/selection'
import { ClaimInspector } from '../claims/ClaimInspector'
import { ContactInspector } from './ContactInspector'
import { DocumentInspector } from './DocumentInspector'
import { PassageInspector } from './PassageInspector'
import { QuestionInspector } from './QuestionInspector'

interface InspectorProps {
  view: View
  passageId: number | null
  onSelectPassage(id: number | null): void
  onOpenDocument(documentId: number, passageId?: number): void
  onOpenQuestion(id: number): void
  onOpenContact(id: number): void
  onOpenClaim(id: number): void
  onNewQuestion(source: QuestionSource): void
  onQuestionDeleted(): void
}

export function Inspector(props: InspectorProps) {
  const { view } = props
  return (
    <aside className="inspector" aria-label="Inspector">
      {view.kind === 'document' && props.passageId !== null ? (
        <PassageInspector
          key={props.passageId}
          documentId={view.id}
          passageId={props.passageId}
          onBack={() => props.onSelectPassage(null)}
          onOpenQuestion={props.onOpenQuestion}
          onOpenContact={props.onOpenContact}
          onOpenClaim={props.onOpenClaim}
          onOpenDocument={props.onOpenDocument}
          onNewQuestion={props.onNewQuestion}
        />
      ) : view.kind === 'document' ? (
        <DocumentInspector key={view.id} documentId={view.id} onSelectPassage={props.onSelectPassage} />
      ) : view.kind === 'question' ? (
        <QuestionInspector
          key={view.id}
          questionId={view.id}
          onOpenDocument={props.onOpenDocument}
          onOpenContact={props.onOpenContact}
          onDeleted={props.onQuestionDeleted}
        />
      ) : view.kind === 'contact' ? (
        <ContactInspector key={view.id} contactId={view.id} />
      ) : view.kind === 'claim' ? (
        <ClaimInspector key={view.id} claimId={view.id} onOpenDocument={props.onOpenDocument} onOpenContact={props.onOpenContact} />
      ) : view.kind === 'status' ? (
        <EmptyState icon={Gauge} title="Status board">
          <p>Where the story stands. Open a line to see its claims or questions; each one opens in a click.</p>
          <p>Sign off a claim from its page: a sign-off is cleared by itself if the evidence changes afterwards.</p>
        </EmptyState>
      ) : view.kind === 'summary' ? (
        <EmptyState icon={FileOutput} title="Summary & export">
          <p>By default the summary holds the claims that are verified and signed off. Include or exclude others, group them in sections and add prose.</p>
          <p>Every statement cites its passages in footnotes; confidential sources appear only as you describe them, never by name.</p>
        </EmptyState>
      ) : view.kind === 'suggestions' ? (
        <EmptyState icon={Sparkles} title="Suggestions">
          <p>Names Casefile found in the documents. Add one as a contact to see every place it is named, or dismiss it for good.</p>
        </EmptyState>
      ) : (
        <EmptyState icon={MousePointerClick} title="Nothing selected">
          <p>Details of the selected document, passage, question or contact appear here.</p>
        </EmptyState>
      )}
    </aside>
  )
}
