// claims.*, contradictions.*, reviews.*, status.get, origins.list and documents.setOrigin over the
// open case.
import type { Handlers, Method } from '../../../shared/api'
import { CasefileError } from '../../../shared/errors'
import type { Db } from '../db/open'
import { getDocument } from '../documents/repo'
import { caseStatus, localToday } from '../status/board'
import { createContradiction, deleteContradiction, listContradictions, updateContradiction } from './contradictions'
import { listOrigins, setDocumentOrigin } from './origins'
import { addEvidence, createClaim, deleteClaim, getClaim, listClaims, removeEvidence, updateClaim } from './repo'
import { sendBack, signOff } from './reviews'

export type ClaimMethod =
  | Extract<Method, `claims.${string}` | `contradictions.${string}` | `reviews.${string}`>
  | 'status.get'
  | 'origins.list'
  | 'documents.setOrigin'

export function claimHandlers(db: () => Db, userName: () => string | null): Pick<Handlers, ClaimMethod> {
  /** A review records who gave it: the user name set in preferences. */
  const reviewer = (): string => {
    const name = userName()?.trim()
    if (!name) {
      throw new CasefileError(
        'invalid_argument',
        'Set your name in Preferences first: a sign-off or a request for changes records who gave it.'
      )
    }
    return name
  }

  return {
    'claims.list': ({ status }) => listClaims(db(), { status }),
    'claims.get': ({ id }) => getClaim(db(), id),
    'claims.create': (claim) => createClaim(db(), claim),
    'claims.update': ({ id, ...changes }) => updateClaim(db(), id, changes),
    'claims.delete': ({ id }) => {
      deleteClaim(db(), id)
      return null
    },
    'claims.addEvidence': ({ claimId, passageId, selection, stance }) => addEvidence(db(), claimId, { passageId, selection }, stance),
    'claims.removeEvidence': ({ claimId, passageId }) => removeEvidence(db(), claimId, passageId),

    'contradictions.list': ({ status }) => listContradictions(db(), { status }),
    'contradictions.create': ({ passageA, passageB, note }) => createContradiction(db(), passageA, passageB, note),
    'contradictions.update': ({ id, ...changes }) => updateContradiction(db(), id, changes),
    'contradictions.delete': ({ id }) => {
      deleteContradiction(db(), id)
      return null
    },

    'reviews.signOff': ({ claimId, note }) => signOff(db(), claimId, reviewer(), note),
    'reviews.sendBack': ({ claimId, note }) => sendBack(db(), claimId, reviewer(), note),

    'status.get': ({ today }) => caseStatus(db(), today ?? localToday()),

    'origins.list': () => listOrigins(db()),
    'documents.setOrigin': ({ documentId, origin }) => {
      setDocumentOrigin(db(), documentId, origin)
      return getDocument(db(), documentId)
    }
  }
}
