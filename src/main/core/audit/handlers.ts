// PLACEHOLDER (replaced by the audit work): audit.forItem over the open case.
import type { Handlers } from '../../../shared/api'
import { CasefileError } from '../../../shared/errors'
import type { Db } from '../db/open'

export function auditHandlers(db: () => Db): Pick<Handlers, 'audit.forItem'> {
  void db
  return {
    'audit.forItem': () => {
      throw new CasefileError('internal', 'Not built yet.')
    }
  }
}
