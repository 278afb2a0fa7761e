import { describe, expect, it } from 'vitest'
import { exampleEvent, now, SECRET, signEvent } from '../../test/deliveries.js'
import { Webhooks } from '../webhooks.js'
import { createWebHandler } from './web.js'

const URL = 'http://receiver.test/webhooks'

describe('createWebHandler(webhooks) on Node', () => {
  it('acknowledges a valid Request and hands the processing to waitUntil', async () => {
    const hooks = new Webhooks({ secret: SECRET, now })
    const seen: string[] = []
    hooks.on('call.completed', (event) => void seen.push(event.id))
    const kept: Promise<unknown>[] = []
    const handle = createWebHandler(hooks, { waitUntil: (promise) => void kept.push(promise) })
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)

    const response = await handle(new Request(URL, { method: 'POST', body, headers }))

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: true, status: 'accepted' })
    expect(kept).toHaveLength(1)
    await Promise.all(kept)
    expect(seen).toEqual([event.id])
  })

  it('answers problem+json for a bad signature', async () => {
    const handle = createWebHandler(new Webhooks({ secret: SECRET, now }))
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const response = await handle(new Request(URL, { method: 'POST', body: `${body} `, headers }))
    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toMatchObject({ check: 'no_matching_signature' })
  })

  it('stops reading a streamed body past maxBodyBytes: 413', async () => {
    const handle = createWebHandler(new Webhooks({ secret: SECRET, now, maxBodyBytes: 64 }))
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1
        controller.enqueue(new Uint8Array(50))
      },
    })
    const { headers } = signEvent(exampleEvent('test.ping'))
    const request = new Request(URL, { method: 'POST', body: stream, headers, duplex: 'half' } as RequestInit)
    const response = await handle(request)
    expect(response.status).toBe(413)
    expect(pulled).toBeLessThan(5)
  })

  it('answers 405 to GET', async () => {
    const response = await createWebHandler(new Webhooks({ secret: SECRET }))(new Request(URL))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('prefers the per-request waitUntil (Cloudflare ctx), called on its own object', async () => {
    const hooks = new Webhooks({ secret: SECRET, now })
    hooks.on('test.ping', () => undefined)
    const fallback: Promise<unknown>[] = []
    const handle = createWebHandler(hooks, { waitUntil: (promise) => void fallback.push(promise) })
    const kept: Promise<unknown>[] = []
    const ctx = {
      kept,
      waitUntil(this: { kept: Promise<unknown>[] }, promise: Promise<unknown>) {
        this.kept.push(promise) // a detached call would throw, as Cloudflare's does
      },
    }
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const response = await handle(new Request(URL, { method: 'POST', body, headers }), ctx)
    expect(response.status).toBe(200)
    expect(kept).toHaveLength(1)
    expect(fallback).toHaveLength(0)
    await Promise.all(kept)
  })

  it('refuses anything but a Webhooks instance as a configuration error', () => {
    expect(() => createWebHandler({} as Webhooks)).toThrow(/expected a Webhooks instance/)
  })
})
