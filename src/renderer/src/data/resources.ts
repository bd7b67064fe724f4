// One small hook per kind of server data.
import { api } from '../api/client'
import type { QuestionStatus } from '../../../shared/models'
import { useQuery } from './useQuery'

export const useDocuments = (filter = '') =>
  useQuery(() => api['documents.list']({ filter: filter.trim() || undefined }), [filter])

export const useDocument = (id: number | null) =>
  useQuery(id === null ? null : () => api['documents.get']({ id }), [id])

export const usePassages = (documentId: number | null) =>
  useQuery(documentId === null ? null : () => api['passages.listForDocument']({ documentId }), [documentId])

export const useQuestions = (status?: QuestionStatus) =>
  useQuery(() => api['questions.list']({ status }), [status])

export const useQuestion = (id: number | null) =>
  useQuery(id === null ? null : () => api['questions.get']({ id }), [id])
