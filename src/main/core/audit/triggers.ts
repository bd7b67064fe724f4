// The audit log is written by TEMP triggers, created on each connection when a case opens: no write
// path can skip them, each entry commits or rolls back with its change, and the case file's own
// schema holds no trigger that calls an app-defined function (other SQLite tools open it as before).
// Who made a change comes from `casefile_actor()`, a function of this connection (setAuditActor).
import type { Db } from '../db/open'
import { AUDITED_TABLES, type AuditedTable, type Row } from './tables'

const UNKNOWN_ACTOR = 'Unknown user'
const actors = new WeakMap<Db, string>()
const installed = new WeakSet<Db>()

/** Names who the audit log records for this connection's changes from now on. */
export function setAuditActor(db: Db, name: string): void {
  actors.set(db, name.trim() || UNKNOWN_ACTOR)
}

export function auditActor(db: Db): string {
  return actors.get(db) ?? UNKNOWN_ACTOR
}

/** Registers the actor function and creates the audit triggers on this connection (once). */
export function installAudit(db: Db): void {
  if (installed.has(db)) return
  // directOnly: usable by our TEMP triggers, refused in any trigger or view stored in a file.
  db.function('casefile_actor', { deterministic: false, directOnly: true }, () => auditActor(db))
  db.exec(auditSchemaSql())
  installed.add(db)
}

/** Every statement installAudit runs (exported for tests that look at the generated SQL). */
export function auditSchemaSql(tables: AuditedTable[] = AUDITED_TABLES): string {
  // Removal entries a rewrite may still withdraw (see AuditedTable.rewritten). Per connection, in memory.
  const statements = [
    `CREATE TEMP TABLE IF NOT EXISTS audit_pending (
       owner TEXT NOT NULL, owner_id INTEGER NOT NULL, key TEXT NOT NULL, audit_id INTEGER NOT NULL)`,
    'CREATE INDEX IF NOT EXISTS temp.audit_pending_by_owner ON audit_pending(owner, owner_id)'
  ]
  for (const table of tables) statements.push(...triggersFor(table))
  const owners = new Set(tables.flatMap((table) => (table.rewritten ? [table.rewritten.owner] : [])))
  for (const owner of owners) {
    // A new write to the owner starts afresh: nothing an earlier write left pending can be withdrawn.
    for (const event of ['INSERT', 'UPDATE']) {
      statements.push(
        `CREATE TEMP TRIGGER IF NOT EXISTS audit_${owner}_${event.toLowerCase()}_starts AFTER ${event} ON main.${owner} BEGIN
           DELETE FROM audit_pending WHERE owner = '${owner}' AND owner_id = NEW.id;
         END`
      )
    }
  }
  return statements.map((sql) => `${sql};`).join('\n')
}

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`

/** json_object(...) from key → SQL expression pairs. */
function jsonObject(entries: Record<string, string>): string {
  const args = Object.entries(entries).flatMap(([key, sql]) => [`'${key}'`, sql])
  return `json_object(${args.join(', ')})`
}

/** Adds `reason` to a detail when a parent row is gone (the change was a cascade), else leaves it out. */
function withReason(detail: string, table: AuditedTable): string {
  if (!table.reasons?.length) return detail
  const cases = table.reasons.map(([parent, column, reason]) => `WHEN NOT EXISTS (SELECT 1 FROM ${parent} WHERE id = OLD.${column}) THEN '${reason}'`)
  // json_patch drops a key whose value is null: no reason, no key.
  return `json_patch(${detail}, json_object('reason', CASE ${cases.join(' ')} END))`
}

function snapshotDetail(table: AuditedTable, row: Row): string {
  const withheld = new Set(table.withheld ?? [])
  const entries: Record<string, string> = { ...table.context?.(row) }
  for (const name of table.snapshot ?? []) if (!withheld.has(name)) entries[name] = `${row}.${name}`
  return jsonObject(entries)
}

/** {column: [old, new]} for the columns that changed; {column: null} for a withheld one. */
function changeDetail(table: AuditedTable): string {
  const withheld = new Set(table.withheld ?? [])
  const columns = table.columns ?? []
  const all = jsonObject({
    ...table.context?.('NEW'),
    ...Object.fromEntries(columns.map((name) => [name, withheld.has(name) ? 'NULL' : `json_array(OLD.${name}, NEW.${name})`]))
  })
  // Unchanged columns are removed again; a path to a key that is not there removes nothing.
  const removals = columns.map((name) => `CASE WHEN OLD.${name} IS NEW.${name} THEN '$.${name}' ELSE '$.__kept' END`)
  return `json_remove(${all}, ${removals.join(', ')})`
}

function values(table: AuditedTable, row: Row, action: string, detail: string): string {
  const related = table.related ? `'${table.related.type}', ${table.related.id(row)}` : 'NULL, NULL'
  return `${NOW}, casefile_actor(), '${table.item.type}', ${table.item.id(row)}, ${action}, ${related}, ${detail}`
}

const INSERT_INTO = 'INSERT INTO audit_log (at, actor, item_type, item_id, action, related_type, related_id, detail_json)'

function trigger(table: AuditedTable, event: 'insert' | 'update' | 'delete', conditions: (string | undefined)[], body: string[]): string {
  const kept = conditions.filter((condition): condition is string => Boolean(condition))
  const on = event === 'update' ? `UPDATE OF ${(table.columns ?? []).join(', ')}` : event.toUpperCase()
  return `CREATE TEMP TRIGGER IF NOT EXISTS audit_${table.table}_${event} AFTER ${on} ON main.${table.table}
    ${kept.length ? `WHEN ${kept.map((condition) => `(${condition})`).join(' AND ')}` : ''} BEGIN
      ${body.map((sql) => `${sql};`).join('\n      ')}
    END`
}

function triggersFor(table: AuditedTable): string[] {
  const { actions, when = {} } = table
  const triggers: string[] = []
  const pending = table.rewritten
  // The pending removal of this very row (same owner and key), still withdrawable: no other item's
  // entry was written after it (so it belongs to the write under way).
  const match = (row: Row) =>
    pending
      ? `p.owner = '${pending.owner}' AND p.owner_id = ${pending.ownerId(row)} AND p.key = ${pending.key(row)}
         AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE l.id > p.audit_id
                         AND (l.item_type IS NOT '${table.item.type}' OR l.item_id IS NOT ${table.item.id(row)}))`
      : ''

  if (actions.insert) {
    const detail = snapshotDetail(table, 'NEW')
    if (pending) {
      triggers.push(
        trigger(table, 'insert', [when.insert], [
          `${INSERT_INTO} SELECT ${values(table, 'NEW', actions.insert, detail)}
             WHERE NOT EXISTS (SELECT 1 FROM audit_pending p WHERE ${match('NEW')})`,
          `DELETE FROM audit_log WHERE id IN (SELECT p.audit_id FROM audit_pending p WHERE ${match('NEW')})`,
          `DELETE FROM audit_pending WHERE owner = '${pending.owner}' AND owner_id = ${pending.ownerId('NEW')} AND key = ${pending.key('NEW')}`
        ])
      )
    } else {
      triggers.push(trigger(table, 'insert', [when.insert], [`${INSERT_INTO} VALUES (${values(table, 'NEW', actions.insert, detail)})`]))
    }
  }

  if (actions.update && table.columns?.length) {
    const changed = table.columns.map((name) => `OLD.${name} IS NOT NEW.${name}`).join(' OR ')
    const detail = table.updateDetail ? jsonObject({ ...table.context?.('NEW'), ...table.updateDetail('NEW') }) : changeDetail(table)
    triggers.push(trigger(table, 'update', [changed, when.update], [`${INSERT_INTO} VALUES (${values(table, 'NEW', actions.update, detail)})`]))
  }

  if (actions.delete) {
    const detail = withReason(snapshotDetail(table, 'OLD'), table)
    const body = [`${INSERT_INTO} VALUES (${values(table, 'OLD', actions.delete, detail)})`]
    if (pending) {
      body.push(
        `INSERT INTO audit_pending (owner, owner_id, key, audit_id)
           VALUES ('${pending.owner}', ${pending.ownerId('OLD')}, ${pending.key('OLD')}, last_insert_rowid())`
      )
    }
    triggers.push(trigger(table, 'delete', [when.delete], body))
  }
  return triggers
}
