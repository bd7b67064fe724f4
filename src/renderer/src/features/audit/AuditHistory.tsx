// PLACEHOLDER (the review work replaces it): the audit log of one item (what changed, when, by whom).
import type { AuditItemType } from '../../../../shared/models'

export interface AuditHistoryProps {
  itemType: AuditItemType
  itemId: number
}

export function AuditHistory(props: AuditHistoryProps) {
  void props
  return null
}
