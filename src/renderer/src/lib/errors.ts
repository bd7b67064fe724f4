import { CasefileError } from '../../../shared/errors'

/** True when the failure is an encrypted case asking for its passphrase. */
export function needsPassphrase(error: unknown): boolean {
  return error instanceof CasefileError && error.code === 'passphrase_required'
}

/** The sentence to show for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof CasefileError || error instanceof Error) return error.message
  return 'Something went wrong. Try again.'
}
