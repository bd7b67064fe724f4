// The case itself: its title and per-case preferences.
import type { CaseCounts } from '../../../shared/models'
import { basename, extname } from 'node:path'
import type { Db } from '../db/open'

interface CaseRow {
  title: string
  createdAt: string
  layoutJson: string | null
}

export function initCase(db: Db, title: string, createdAt: string): void {
  db.prepare('INSERT INTO case_info (id, title, created_at) VALUES (1, ?, ?)').run(title, createdAt)
}

export function readCase(db: Db): { title: string; createdAt: string; layout: number[] | null } {
  const row = db
    .prepare('SELECT title, created_at AS createdAt, layout_json AS layoutJson FROM case_info WHERE id = 1')
    .get() as CaseRow | undefined
  let layout: number[] | null = null
  try {
    layout = row?.layoutJson ? (JSON.parse(row.layoutJson) as number[]) : null
  } catch {
    layout = null
  }
  return { title: row?.title ?? 'Untitled case', createdAt: row?.createdAt ?? '', layout }
}

export function countItems(db: Db): CaseCounts {
  return db
    .prepare(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM questions) AS questions,
              (SELECT count(*) FROM contacts) AS contacts, (SELECT count(*) FROM claims) AS claims`)
    .get() as CaseCounts
}

export function saveLayout(db: Db, layout: number[]): void {
  db.prepare('UPDATE case_info SET layout_json = ? WHERE id = 1').run(JSON.stringify(layout))
}

/** "story-2025.casefile" → "story-2025": the title a new case gets when none is given. */
export function titleFromPath(path: string): string {
  const name = basename(path)
  return name.slice(0, name.length - extname(name).length) || name
}
