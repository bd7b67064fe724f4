// Server data for claims, contradictions and origins (see data/resources.ts for the pattern: one
// small hook per kind; every write calls invalidate() and these reload).
import { api } from '../../api/client'
import { useQuery } from '../../data/useQuery'
import type { ClaimStatus, ContradictionStatus, DocumentSummary, Passage } from '../../../../shared/models'

export const useClaims = (status?: ClaimStatus, enabled = true) =>
  useQuery(enabled ? () => api['claims.list']({ status }) : null, [status, enabled])

export const useClaim = (id: number | null) => useQuery(id === null ? null : () => api['claims.get']({ id }), [id])

export const useContradictions = (status?: ContradictionStatus, enabled = true) =>
  useQuery(enabled ? () => api['contradictions.list']({ status }) : null, [status, enabled])

export const useOrigins = (enabled = true) => useQuery(enabled ? () => api['origins.list']({}) : null, [enabled])

export interface DocumentPassages {
  document: DocumentSummary
  passages: Passage[]
}

/**
 * Every marked passage in the case, grouped by document (documents without passages left out), for
 * the passage pickers. Loaded only while a picker is open: one call per document with passages.
 */
export const useAllPassages = (enabled = true) =>
  useQuery(
    enabled
      ? async (): Promise<DocumentPassages[]> => {
          const documents = (await api['documents.list']({})).filter((document) => document.passageCount > 0)
          const lists = await Promise.all(documents.map((document) => api['passages.listForDocument']({ documentId: document.id })))
          return documents.map((document, index) => ({ document, passages: lists[index]! })).filter((group) => group.passages.length > 0)
        }
      : null,
    [enabled]
  )
