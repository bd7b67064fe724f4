import { CasefileError } from '../../../shared/errors'

/** The sentence to show for any failure. */
export function errorMessage(error: unknown): string {
  if (error instanceof CasefileError || error instanceof Error) return error.message
  return 'Something went wrong. Try again.'
}
