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

// Contacts. Without `reveal` the core withholds a confidential contact's identifying fields; only
// the contact view asks for them, and only after the reporter clicked Reveal.
export const useContacts = (enabled = true) => useQuery(enabled ? () => api['contacts.list']({}) : null, [enabled])

export const useContactsLinkedTo = (link: { questionId?: number; passageId?: number }) =>
  useQuery(() => api['contacts.list']({ questionId: link.questionId, passageId: link.passageId }), [link.questionId, link.passageId])

export const useContact = (id: number | null, reveal = false) =>
  useQuery(id === null ? null : () => api['contacts.get']({ id, reveal: reveal || undefined }), [id, reveal])

export const useMentions = (id: number, reveal: boolean, limit: number) =>
  useQuery(() => api['contacts.mentions']({ id, reveal: reveal || undefined, limit }), [id, reveal, limit])

/** `round` asks again: a large case is read for names over several calls (see unreadDocuments). */
export const useSuggestions = (enabled = true, round = 0) =>
  useQuery(enabled ? () => api['contacts.suggestions']({}) : null, [enabled, round])
