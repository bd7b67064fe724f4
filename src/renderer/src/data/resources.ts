// One small hook per kind of server data.
import { api } from '../api/client'
import type { QuestionStatus } from '../../../shared/models'
import { useQuery } from './useQuery'

export const useCounts = () => useQuery(() => api['cases.counts']({}), [])

export const useDocuments = (filter = '', enabled = true) =>
  useQuery(enabled ? () => api['documents.list']({ filter: filter.trim() || undefined }) : null, [filter, enabled])

export const useDocument = (id: number | null) =>
  useQuery(id === null ? null : () => api['documents.get']({ id }), [id])

export const usePassages = (documentId: number | null) =>
  useQuery(documentId === null ? null : () => api['passages.listForDocument']({ documentId }), [documentId])

export const useQuestions = (status?: QuestionStatus, enabled = true) =>
  useQuery(enabled ? () => api['questions.list']({ status }) : null, [status, enabled])

export const useQuestion = (id: number | null) =>
  useQuery(id === null ? null : () => api['questions.get']({ id }), [id])
