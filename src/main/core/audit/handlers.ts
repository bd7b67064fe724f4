// audit.forItem: an item's history, newest first — entries about it and entries where it is the
// other side of a link. Deleted items keep their history (the log has no foreign keys).
import type { Handlers } from '../../../shared/api'
import type { AuditEntry, AuditItemType } from '../../../shared/models'
import type { Db } from '../db/open'
import { statement } from '../db/statements'
import { summarize } from './summary'

/** Entries returned when the caller gives no limit. */
export const DEFAULT_AUDIT_LIMIT = 500

interface Stored {
  id: number
  at: string
  actor: string
  itemType: AuditItemType
  itemId: number
  action: string
  relatedType: AuditItemType | null
  relatedId: number | null
  detailJson: string
}

const COLUMNS = `id, at, actor, item_type AS itemType, item_id AS itemId, action, related_type AS relatedType,
  related_id AS relatedId, detail_json AS detailJson`

// Each branch uses its own index. A contradiction names one passage as its related side; the other
// (passage_b) is found through the contradiction's creation entry, so it sees the whole history too.
const FOR_ITEM = `
  SELECT ${COLUMNS} FROM audit_log WHERE item_type = @type AND item_id = @id
  UNION
  SELECT ${COLUMNS} FROM audit_log WHERE related_type = @type AND related_id = @id
  UNION
  SELECT ${COLUMNS} FROM audit_log
  WHERE @type = 'passage' AND item_type = 'contradiction' AND item_id IN (
    SELECT item_id FROM audit_log
    WHERE item_type = 'contradiction' AND action = 'created' AND json_extract(detail_json, '$.passage_b') = @id)
  ORDER BY id DESC LIMIT @limit`

export function auditForItem(db: Db, itemType: AuditItemType, itemId: number, limit = DEFAULT_AUDIT_LIMIT): AuditEntry[] {
  const rows = statement(db, FOR_ITEM).all({ type: itemType, id: itemId, limit }) as Stored[]
  const viewer = { type: itemType, id: itemId }
  return rows.map(({ detailJson, ...row }) => ({
    ...row,
    summary: summarize({ ...row, detail: parseDetail(detailJson) }, viewer)
  }))
}

function parseDetail(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json)
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {} // a row damaged outside Casefile still shows its action
  }
}

export function auditHandlers(db: () => Db): Pick<Handlers, 'audit.forItem'> {
  return {
    'audit.forItem': ({ itemType, itemId, limit }) => auditForItem(db(), itemType, itemId, limit)
  }
}
