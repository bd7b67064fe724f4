// The reader's claim actions on a selection, shared by the text and PDF readers: Mark as claim (C)
// makes the selection a passage and a claim in one call, then shows it in the inspector so the
// reporter can set its status and keep reading; Add as evidence… (E) opens the claim picker.
import { useCallback, useState, type ReactNode } from 'react'
import { api } from '../../api/client'
import { useToasts } from '../../components/Toasts'
import { useCounts } from '../../data/resources'
import { useRevision } from '../../data/revision'
import type { PdfRect } from '../../../../shared/models'
import { shorten } from '../../lib/format'
import { AddEvidenceDialog, type EvidenceSelection } from '../claims/AddEvidenceDialog'

interface ClaimActionsOptions {
  documentId: number
  onSelectPassage(id: number | null): void
  flash(passageId: number): void
  announce(message: string): void
}

export interface ReaderSelection {
  start: number
  end: number
  rects?: PdfRect[]
  quote: string
}

export function useClaimActions({ documentId, onSelectPassage, flash, announce }: ClaimActionsOptions) {
  const toasts = useToasts()
  const { invalidate } = useRevision()
  const counts = useCounts()
  const [busy, setBusy] = useState(false)
  const [evidence, setEvidence] = useState<EvidenceSelection | null>(null)

  const markClaim = useCallback(
    async ({ start, end, rects }: ReaderSelection) => {
      if (busy) return
      setBusy(true)
      try {
        const claim = await api['claims.create']({ selection: { documentId, start, end, rects } })
        invalidate()
        flash(claim.passageId)
        onSelectPassage(claim.passageId)
        announce(`Claim marked: ${shorten(claim.statement, 80)}. Its status and evidence are in the inspector.`)
      } catch (error) {
        toasts.error('Couldn’t mark the claim.', error)
      } finally {
        setBusy(false)
      }
    },
    [busy, documentId, invalidate, flash, onSelectPassage, announce, toasts]
  )

  const addEvidence = useCallback((selection: ReaderSelection) => setEvidence({ documentId, ...selection }), [documentId])

  const dialog: ReactNode = evidence && (
    <AddEvidenceDialog
      selection={evidence}
      onClose={() => setEvidence(null)}
      onAdded={(passageId) => {
        setEvidence(null)
        if (passageId) flash(passageId)
      }}
    />
  )

  return { markClaim, busy, canAddEvidence: (counts.data?.claims ?? 0) > 0, addEvidence, dialog }
}
