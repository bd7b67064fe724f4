// Errors cross the API as { code, message }; the client re-throws them as CasefileError.

export const ERROR_CODES = [
  'invalid_argument',
  'unknown_method',
  'forbidden',
  'no_case_open',
  'not_found',
  'already_exists',
  'not_a_case_file',
  'newer_version',
  'case_locked',
  'read_only',
  'unsupported_type',
  'empty_file',
  'too_large',
  'binary_file',
  'invalid_encoding',
  'corrupt_file',
  'password_required',
  'wrong_password',
  'timeout',
  'cancelled',
  'passphrase_required',
  'wrong_passphrase',
  'internal'
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorPayload {
  code: ErrorCode
  message: string
}

export class CasefileError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'CasefileError'
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message }
  }

  static fromPayload(payload: ErrorPayload): CasefileError {
    const code = (ERROR_CODES as readonly string[]).includes(payload.code) ? payload.code : 'internal'
    return new CasefileError(code, payload.message)
  }
}

/** What every transport sends back: a result, or an error payload. */
export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload }
