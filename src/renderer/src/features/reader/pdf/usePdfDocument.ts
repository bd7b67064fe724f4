// Opens a document's original PDF with pdf.js: fetch its bytes once, then load them, asking for a
// password when the file is protected (a wrong one says so and asks again).
import { PasswordException, PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist'
import { useCallback, useEffect, useRef, useState } from 'react'
import { api } from '../../../api/client'
import { errorMessage } from '../../../lib/errors'
import { forgetPdfPassword, rememberedPdfPassword, rememberPdfPassword } from './passwords'
import { base64ToBytes, openPdf } from './pdfjs'

export type PdfLoadState =
  | { status: 'loading' }
  | { status: 'password'; wrong: boolean }
  | { status: 'error'; message: string }
  | { status: 'ready'; pdf: PDFDocumentProxy }

export function usePdfDocument(documentId: number): { state: PdfLoadState; submitPassword(password: string): void } {
  const [state, setState] = useState<PdfLoadState>({ status: 'loading' })
  const [attempt, setAttempt] = useState<{ password: string | undefined; nonce: number }>(() => ({
    password: rememberedPdfPassword(documentId),
    nonce: 0
  }))
  const bytes = useRef<{ documentId: number; data: Uint8Array } | null>(null)

  useEffect(() => {
    let cancelled = false
    let destroy: (() => Promise<void>) | null = null
    const load = async () => {
      if (bytes.current?.documentId !== documentId) {
        const original = await api['documents.original']({ id: documentId })
        bytes.current = { documentId, data: base64ToBytes(original.data) }
      }
      if (cancelled) return
      // pdf.js moves the buffer to its worker: hand it a copy so a retry still has the bytes.
      const task = openPdf(bytes.current.data.slice(), attempt.password)
      destroy = () => task.destroy()
      const pdf = await task.promise
      if (cancelled) return
      if (attempt.password !== undefined) rememberPdfPassword(documentId, attempt.password)
      setState({ status: 'ready', pdf })
    }
    setState((previous) => (previous.status === 'password' ? previous : { status: 'loading' }))
    load().catch((error: unknown) => {
      if (cancelled) return
      if (error instanceof PasswordException) {
        const wrong = error.code === PasswordResponses.INCORRECT_PASSWORD
        if (wrong) forgetPdfPassword(documentId)
        setState({ status: 'password', wrong })
        return
      }
      setState({ status: 'error', message: describeFailure(error) })
    })
    return () => {
      cancelled = true
      void destroy?.()
    }
  }, [documentId, attempt])

  const submitPassword = useCallback((password: string) => setAttempt((previous) => ({ password, nonce: previous.nonce + 1 })), [])
  return { state, submitPassword }
}

function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : ''
  if (name === 'InvalidPDFException') return 'The file is damaged or is not a PDF that Casefile can draw.'
  if (name === 'CasefileError') return errorMessage(error)
  return `Casefile couldn’t draw this PDF (${errorMessage(error)}).`
}
