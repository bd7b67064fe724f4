import { describe, expect, it } from 'vitest'
import { dispatch } from '../../src/main/core/dispatch'
import { tempCore } from './helpers/tmp'

describe('dispatch', () => {
  it('refuses unknown methods, including inherited property names', async () => {
    const { handlers } = tempCore()
    for (const method of ['documents.drop', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(handlers, method, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    }
  })

  it('validates arguments against the contract before any handler runs', async () => {
    const { handlers } = tempCore()
    expect(await dispatch(handlers, 'questions.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    expect(await dispatch(handlers, 'cases.create', { title: '' })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } })
    expect(await dispatch(handlers, 'documents.import', { name: 'a.txt', data: '<<not base64>>' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', message: expect.stringContaining('data') }
    })
  })

  it('returns results and typed errors as payloads, never throws', async () => {
    const { handlers } = tempCore()
    expect(await dispatch(handlers, 'documents.list', {})).toMatchObject({ ok: false, error: { code: 'no_case_open' } })
    expect(await dispatch(handlers, 'cases.create', { title: 'Dispatch' })).toMatchObject({ ok: true, result: { title: 'Dispatch' } })
    expect(await dispatch(handlers, 'documents.list', undefined)).toEqual({ ok: true, result: [] })
  })
})
