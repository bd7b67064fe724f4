// Prepared statements kept per database, for SQL that runs often (searches, mention updates that
// touch thousands of documents), so it is compiled once rather than on every call.
import type { Statement } from 'better-sqlite3-multiple-ciphers'
import type { Db } from './open'

const statements = new WeakMap<Db, Map<string, Statement>>()

export function statement(db: Db, sql: string): Statement {
  let cache = statements.get(db)
  if (!cache) statements.set(db, (cache = new Map()))
  let prepared = cache.get(sql)
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)))
  return prepared
}
