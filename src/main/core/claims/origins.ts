// Shared origins: documents that repeat one source (three outlets quoting one memo) are marked with
// the same origin, so they count once towards a claim's independence.
import { CasefileError } from '../../../shared/errors'
import type { Origin } from '../../../shared/models'
import type { Db } from '../db/open'
import { now } from '../time'
import { collapseSpaces } from '../text'

/**
 * Marks the document as repeating the named origin (found by name, ignoring case, or created), or
 * clears the mark with null. Origins that no document uses any more are removed.
 */
export function setDocumentOrigin(db: Db, documentId: number, name: string | null): Origin | null {
  const wanted = name === null ? '' : collapseSpaces(name)
  if (name !== null && wanted === '') throw new CasefileError('invalid_argument', 'Name the shared origin, or clear it.')
  return db.transaction(() => {
    const document = db.prepare('SELECT origin_id AS originId FROM documents WHERE id = ?').get(documentId) as { originId: number | null } | undefined
    if (!document) throw new CasefileError('not_found', 'That document is no longer in this case.')
    let originId: number | null = null
    if (wanted !== '') {
      // The column collates NOCASE (ASCII only); comparing here also matches "Émile" with "émile".
      const lower = wanted.toLocaleLowerCase()
      const origins = db.prepare('SELECT id, name FROM origins').all() as { id: number; name: string }[]
      originId = origins.find((origin) => origin.name.toLocaleLowerCase() === lower)?.id ?? null
      if (originId === null) {
        originId = Number(db.prepare('INSERT INTO origins (name, created_at) VALUES (?, ?)').run(wanted, now()).lastInsertRowid)
      }
    }
    if (originId !== document.originId) db.prepare('UPDATE documents SET origin_id = ? WHERE id = ?').run(originId, documentId)
    db.prepare('DELETE FROM origins WHERE id NOT IN (SELECT origin_id FROM documents WHERE origin_id IS NOT NULL)').run()
    return originId === null ? null : (listOrigins(db).find((origin) => origin.id === originId) ?? null)
  })()
}

/** The origins in use, by name, with the documents marked with each. */
export function listOrigins(db: Db): Origin[] {
  const rows = db
    .prepare(
      `SELECT o.id, o.name, json_group_array(d.id) AS documentIdsJson
       FROM origins o JOIN documents d ON d.origin_id = o.id
       GROUP BY o.id ORDER BY o.name COLLATE NOCASE, o.id`
    )
    .all() as { id: number; name: string; documentIdsJson: string }[]
  return rows.map(({ documentIdsJson, ...row }) => ({
    ...row,
    documentIds: (JSON.parse(documentIdsJson) as number[]).sort((a, b) => a - b)
  }))
}
