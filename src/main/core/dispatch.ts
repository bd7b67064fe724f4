// The single entry both shells call: check the method name, validate the argument against the
// contract, run the handler, and turn every failure into an { code, message } payload.
import { isMethod, schemas, type Handlers } from '../../shared/api'
import { CasefileError, type ApiResponse } from '../../shared/errors'

export async function dispatch(handlers: Handlers, method: string, arg: unknown): Promise<ApiResponse<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `Casefile has no operation called “${method}”.` } }
  }
  const parsed = schemas[method].safeParse(arg ?? {})
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : ''
    return { ok: false, error: { code: 'invalid_argument', message: `${where}${issue?.message ?? 'Invalid input.'}` } }
  }
  try {
    const handler = handlers[method] as (value: unknown) => unknown
    return { ok: true, result: await handler(parsed.data) }
  } catch (error) {
    if (error instanceof CasefileError) return { ok: false, error: error.toPayload() }
    console.error(`[casefile] ${method} failed:`, error)
    return {
      ok: false,
      error: { code: 'internal', message: `Casefile hit an unexpected problem: ${(error as Error)?.message ?? String(error)}` }
    }
  }
}
