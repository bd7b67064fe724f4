import { describe, expect, it } from 'vitest'
import { sharingReads } from '../../src/renderer/src/api/client'
import type { Method } from '../../src/shared/api'

/** A transport whose answers the test releases by hand, counting what was sent. */
function manualTransport() {
  const sent: { method: Method; arg: unknown; resolve(value: unknown): void; reject(error: unknown): void }[] = []
  const send = (method: Method, arg: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      sent.push({ method, arg, resolve, reject })
    })
  return { sent, send }
}

describe('the renderer client shares identical reads in flight', () => {
  it('sends one request for identical reads made at once, and a new one after it answers', async () => {
    const { sent, send } = manualTransport()
    const request = sharingReads(send)
    const a = request('documents.list', {})
    const b = request('documents.list', { filter: undefined })
    const c = request('documents.list', { filter: 'ferry' })
    expect(sent.map((s) => s.method)).toEqual(['documents.list', 'documents.list'])
    sent[0]!.resolve(['all'])
    sent[1]!.resolve(['ferry'])
    expect(await a).toEqual(['all'])
    expect(await b).toBe(await a)
    expect(await c).toEqual(['ferry'])
    const d = request('documents.list', {})
    expect(sent).toHaveLength(3)
    sent[2]!.resolve(['again'])
    expect(await d).toEqual(['again'])
  })

  it('never hands a read started after a change the answer of a read started before it', async () => {
    const { sent, send } = manualTransport()
    const request = sharingReads(send)
    const before = request('questions.list', {})
    const change = request('questions.create', { title: 'New' })
    const after = request('questions.list', {})
    expect(sent.map((s) => s.method)).toEqual(['questions.list', 'questions.create', 'questions.list'])
    sent[0]!.resolve(['old'])
    sent[1]!.resolve({ id: 1 })
    sent[2]!.resolve(['old', 'new'])
    expect(await before).toEqual(['old'])
    expect(await change).toEqual({ id: 1 })
    expect(await after).toEqual(['old', 'new'])
  })

  it('shares a failure, then sends the next read afresh', async () => {
    const { sent, send } = manualTransport()
    const request = sharingReads(send)
    const a = request('search.query', { query: 'x' })
    const b = request('search.query', { query: 'x' })
    sent[0]!.reject(new Error('down'))
    await expect(a).rejects.toThrow('down')
    await expect(b).rejects.toThrow('down')
    const c = request('search.query', { query: 'x' })
    expect(sent).toHaveLength(2)
    sent[1]!.resolve({ hits: [] })
    expect(await c).toEqual({ hits: [] })
  })
})
