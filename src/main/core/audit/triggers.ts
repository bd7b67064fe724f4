// PLACEHOLDER (replaced by the audit work): installs the audit triggers on a connection and sets who
// the audit log names for its changes.
import type { Db } from '../db/open'

export function installAudit(db: Db): void {
  void db
}

export function setAuditActor(db: Db, name: string): void {
  void db
  void name
}
