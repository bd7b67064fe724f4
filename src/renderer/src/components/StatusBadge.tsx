// A question's status as icon plus words, never colour alone.
import { Circle, CircleCheck, CircleDot, CircleSlash, CircleX, type LucideIcon } from 'lucide-react'
import { QUESTION_STATUS_LABELS, type QuestionStatus } from '../../../shared/models'

export const STATUS_ICONS: Record<QuestionStatus, LucideIcon> = {
  open: Circle,
  in_progress: CircleDot,
  answered: CircleCheck,
  cant_answer: CircleSlash,
  dropped: CircleX
}

export function StatusBadge({ status }: { status: QuestionStatus }) {
  const Icon = STATUS_ICONS[status]
  return (
    <span className={`status-badge status-${status}`}>
      <Icon size={13} aria-hidden strokeWidth={2.25} />
      {QUESTION_STATUS_LABELS[status]}
    </span>
  )
}
