// Independence: how many separate origins stand behind a claim. The claim's own document and the
// documents of its supporting evidence are grouped: by a shared origin the reporter marked, else by
// outlet (folded, so "The Guardian" and " the guardian" are one), else each document alone.
// Contradicting evidence never counts.
import type { OriginGroup } from '../../../shared/models'
import { foldWord } from '../contacts/names'
import type { Db } from '../db/open'
import { collapseSpaces } from '../text'

/** An outlet as compared: trimmed, spaces collapsed, case and accents ignored. */
export function foldOutlet(outlet: string): string {
  return foldWord(collapseSpaces(outlet))
}

interface SupportRow {
  claimId: number
  documentId: number
  title: string
  outlet: string | null
  originId: number | null
  originName: string | null
}

/**
 * The origin groups of each claim in scope (all claims when `claimIds` is null), by claim id.
 * One query for any number of claims. Groups come in order of first appearance: the claim's own
 * document first, then its supporting evidence in the order it was linked.
 */
export function originGroups(db: Db, claimIds: number[] | null): Map<number, OriginGroup[]> {
  const rows = db
    .prepare(
      `WITH scope AS (SELECT id, passage_id FROM claims WHERE @ids IS NULL OR id IN (SELECT value FROM json_each(@ids))),
       support (claimId, passageId, rank, linkedAt) AS (
         SELECT id, passage_id, 0, '' FROM scope
         UNION ALL
         SELECT e.claim_id, e.passage_id, 1, e.linked_at FROM claim_evidence e JOIN scope s ON s.id = e.claim_id
         WHERE e.stance = 'supports')
       SELECT s.claimId, d.id AS documentId, d.title, d.outlet, o.id AS originId, o.name AS originName
       FROM support s JOIN passages p ON p.id = s.passageId JOIN documents d ON d.id = p.document_id
       LEFT JOIN origins o ON o.id = d.origin_id
       ORDER BY s.claimId, s.rank, s.linkedAt, s.passageId`
    )
    .all({ ids: claimIds ? JSON.stringify(claimIds) : null }) as SupportRow[]

  const folded = new Map<string, string>()
  const fold = (outlet: string) => {
    let key = folded.get(outlet)
    if (key === undefined) folded.set(outlet, (key = foldOutlet(outlet)))
    return key
  }
  const result = new Map<number, OriginGroup[]>()
  const byKey = new Map<number, Map<string, OriginGroup>>()
  for (const row of rows) {
    let groups = byKey.get(row.claimId)
    if (!groups) {
      byKey.set(row.claimId, (groups = new Map()))
      result.set(row.claimId, [])
    }
    const outlet = row.outlet !== null && collapseSpaces(row.outlet) !== '' ? row.outlet : null
    const [key, label] =
      row.originId !== null
        ? [`origin:${row.originId}`, row.originName ?? '']
        : outlet !== null
          ? [`outlet:${fold(outlet)}`, collapseSpaces(outlet)]
          : [`document:${row.documentId}`, row.title]
    let group = groups.get(key)
    if (!group) {
      groups.set(key, (group = { key, label, documents: [] }))
      result.get(row.claimId)!.push(group)
    }
    if (!group.documents.some((doc) => doc.id === row.documentId)) group.documents.push({ id: row.documentId, title: row.title })
  }
  return result
}
