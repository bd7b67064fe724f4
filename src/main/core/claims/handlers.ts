// PLACEHOLDER (replaced by the claims work): claims.*, contradictions.*, reviews.*, status.get,
// origins.list and documents.setOrigin over the open case.
import type { Handlers, Method } from '../../../shared/api'
import { CasefileError } from '../../../shared/errors'
import type { Db } from '../db/open'

export type ClaimMethod =
  | Extract<Method, `claims.${string}` | `contradictions.${string}` | `reviews.${string}`>
  | 'status.get'
  | 'origins.list'
  | 'documents.setOrigin'

const notYet = () => {
  throw new CasefileError('internal', 'Not built yet.')
}

export function claimHandlers(db: () => Db, userName: () => string | null): Pick<Handlers, ClaimMethod> {
  void db
  void userName
  return {
    'claims.list': notYet,
    'claims.get': notYet,
    'claims.create': notYet,
    'claims.update': notYet,
    'claims.delete': notYet,
    'claims.addEvidence': notYet,
    'claims.removeEvidence': notYet,
    'contradictions.list': notYet,
    'contradictions.create': notYet,
    'contradictions.update': notYet,
    'contradictions.delete': notYet,
    'reviews.signOff': notYet,
    'reviews.sendBack': notYet,
    'status.get': notYet,
    'origins.list': notYet,
    'documents.setOrigin': notYet
  }
}
