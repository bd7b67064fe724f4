import { PRIORITIES, QUESTION_STATUSES, QUESTION_STATUS_LABELS, type Priority } from '../../../../shared/models'

export const PRIORITY_LABELS: Record<Priority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' }

export const STATUS_OPTIONS = QUESTION_STATUSES.map((status) => ({ value: status, label: QUESTION_STATUS_LABELS[status] }))
export const PRIORITY_OPTIONS = PRIORITIES.map((priority) => ({ value: priority, label: PRIORITY_LABELS[priority] }))
