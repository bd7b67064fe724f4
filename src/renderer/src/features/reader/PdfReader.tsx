// Centre pane for a PDF: opens the original with pdf.js (asking for its password when it has one),
// then shows its pages. A PDF pdf.js cannot draw says so and offers its extracted text instead.
import { FileWarning, Loader } from 'lucide-react'
import type { DocumentDetail } from '../../../../shared/models'
import { EmptyState } from '../../components/EmptyState'
import type { FindRequest, FocusRequest, QuestionSource } from '../workspace/selection'
import { PdfPassword } from './PdfPassword'
import { PdfView } from './PdfView'
import { usePdfDocument } from './pdf/usePdfDocument'

interface PdfReaderProps {
  document: DocumentDetail
  selectedPassageId: number | null
  focus: FocusRequest | null
  findRequest: FindRequest | null
  onSelectPassage(id: number | null): void
  onNewQuestion(source: QuestionSource): void
  /** Read the extracted text in the text reader instead. */
  onShowText(): void
}

export function isPdfDocument(document: DocumentDetail): boolean {
  return document.pdf !== null || document.mimeType === 'application/pdf'
}

export function PdfReader({ document: doc, onShowText, ...rest }: PdfReaderProps) {
  const { state, submitPassword } = usePdfDocument(doc.id)

  if (state.status === 'loading') {
    return (
      <div className="pane-loading" role="status">
        <Loader size={18} className="spin" aria-hidden /> Opening PDF…
      </div>
    )
  }
  if (state.status === 'password') {
    return <PdfPassword title={doc.title} wrong={state.wrong} attempt={state} onSubmit={submitPassword} />
  }
  if (state.status === 'error') {
    return (
      <EmptyState icon={FileWarning} title="Casefile couldn’t show this PDF’s pages">
        <p>{state.message}</p>
        {doc.text.trim() !== '' && (
          <button type="button" className="button" onClick={onShowText}>
            Read its text instead
          </button>
        )}
      </EmptyState>
    )
  }
  return <PdfView key={doc.id} pdf={state.pdf} document={doc} {...rest} />
}
