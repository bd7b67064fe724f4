// Right pane: details of whatever is selected.
import { MousePointerClick } from 'lucide-react'
import { EmptyState } from '../../components/EmptyState'
import type { QuestionSource, View } from '../workspace/selection'
import { DocumentInspector } from './DocumentInspector'
import { PassageInspector } from './PassageInspector'
import { QuestionInspector } from './QuestionInspector'

interface InspectorProps {
  view: View
  passageId: number | null
  onSelectPassage(id: number | null): void
  onOpenDocument(documentId: number, passageId?: number): void
  onOpenQuestion(id: number): void
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
          onNewQuestion={props.onNewQuestion}
        />
      ) : view.kind === 'document' ? (
        <DocumentInspector key={view.id} documentId={view.id} onSelectPassage={props.onSelectPassage} />
      ) : view.kind === 'question' ? (
        <QuestionInspector key={view.id} questionId={view.id} onOpenDocument={props.onOpenDocument} onDeleted={props.onQuestionDeleted} />
      ) : (
        <EmptyState icon={MousePointerClick} title="Nothing selected">
          <p>Details of the selected document, passage or question appear here.</p>
        </EmptyState>
      )}
    </aside>
  )
}
