// Groups search hits by kind for the panel: a few per group, the rest behind "Show more".
import type { SearchHit, SearchKind } from '../../../../shared/models'

/** Hits shown per group before "Show more". */
export const GROUP_PREVIEW = 5

export const GROUP_LABELS: Record<SearchKind, { title: string; one: string; many: string }> = {
  document: { title: 'Documents', one: 'document', many: 'documents' },
  passage: { title: 'Passages', one: 'passage', many: 'passages' },
  question: { title: 'Questions', one: 'question', many: 'questions' }
}

export type ResultItem = { type: 'hit'; hit: SearchHit } | { type: 'more'; kind: SearchKind; hidden: number }

export interface ResultGroup {
  kind: SearchKind
  total: number
  items: ResultItem[]
}

const ORDER: SearchKind[] = ['document', 'passage', 'question']

export function groupHits(hits: readonly SearchHit[], expanded: ReadonlySet<SearchKind>): ResultGroup[] {
  return ORDER.flatMap((kind) => {
    const ofKind = hits.filter((hit) => hit.kind === kind)
    if (ofKind.length === 0) return []
    const showAll = expanded.has(kind) || ofKind.length <= GROUP_PREVIEW + 1
    const shown = showAll ? ofKind : ofKind.slice(0, GROUP_PREVIEW)
    const items: ResultItem[] = shown.map((hit) => ({ type: 'hit', hit }))
    if (!showAll) items.push({ type: 'more', kind, hidden: ofKind.length - shown.length })
    return [{ kind, total: ofKind.length, items }]
  })
}
