import type { WebhookEvent } from '@voicehooks/contracts'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { exampleEvent, NOW_SECONDS, now, SECRET, signBody, signEvent } from '../../test/deliveries.js'
import type { ReceivedBody } from '../http-answer.js'
import type { Problem } from '../problem.js'
import { createWebHandler, ReceiverError, WebhookConfigurationError, Webhooks } from './index.js'

const URL = 'http://receiver.test/webhooks'

function post(body: string, headers: Record<string, string>): Request {
  return new Request(URL, { method: 'POST', body, headers })
}

/** A receiver whose handlers record the ids they saw, and whose after-answer work is kept to await. */
function receiver(options: Partial<ConstructorParameters<typeof Webhooks>[0]> = {}) {
  const hooks = new Webhooks({ secret: SECRET, now, ...options })
  const seen: string[] = []
  hooks.onAny((event) => void seen.push(event.id))
  const kept: Promise<unknown>[] = []
  const handle = createWebHandler(hooks, { waitUntil: (promise) => void kept.push(promise) })
  return { hooks, seen, handle, settled: () => Promise.all(kept) }
}

describe('createWebHandler(webhooks) on WebCrypto', () => {
  it('acknowledges a valid signed delivery with 200 and runs the handler after the answer', async () => {
    const { seen, handle, settled } = receiver()
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)

    const response = await handle(post(body, headers))

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect((await response.json()) as ReceivedBody).toEqual({ received: true, status: 'accepted' })
    await settled()
    expect(seen).toEqual([event.id])
  })

  it('answers a redelivery 200 duplicate and runs the handler once', async () => {
    const { seen, handle, settled } = receiver()
    const event = exampleEvent('call.started')
    const { body, headers } = signEvent(event)

    const first = await handle(post(body, headers))
    await settled()
    const second = await handle(post(body, headers))
    await settled()

    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    expect(await second.json()).toEqual({ received: true, status: 'duplicate' })
    expect(seen).toEqual([event.id])
  })

  it('answers a tampered body 401 problem+json naming the failed check, and runs nothing', async () => {
    const { seen, handle, settled } = receiver()
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)
    const tampered = body.replace(event.id, exampleEvent('call.completed').id)

    const response = await handle(post(tampered, headers))
    await settled()

    expect(response.status).toBe(401)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect((await response.json()) as Problem).toMatchObject({
      type: '/problems/invalid-signature',
      status: 401,
      code: 'invalid_signature',
      check: 'no_matching_signature',
      header: 'webhook-signature',
    })
    expect(seen).toEqual([])
  })

  it('answers a stale timestamp 401 timestamp_too_old', async () => {
    const { handle } = receiver()
    const { body, headers } = signEvent(exampleEvent('test.ping'), { timestamp: NOW_SECONDS - 301 })
    const response = await handle(post(body, headers))
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ check: 'timestamp_too_old', header: 'webhook-timestamp' })
  })

  it('answers a signed body that breaks the contract 400, naming the field', async () => {
    const { seen, handle } = receiver()
    const event = exampleEvent('call.completed')
    const broken = { ...event, data: { ...event.data, call_id: 42 } }
    const { body, headers } = signEvent(broken)

    const response = await handle(post(body, headers))

    expect(response.status).toBe(400)
    const problem = (await response.json()) as Problem
    expect(problem).toMatchObject({ type: '/problems/contract-violation', code: 'contract_violation' })
    expect(problem.errors?.map((error) => error.path)).toContain('/data/call_id')
    expect(seen).toEqual([])
  })

  it('acknowledges an unknown event type 200 ignored without running a handler', async () => {
    const { seen, handle, settled } = receiver()
    const event = { ...exampleEvent('test.ping'), type: 'call.teleported', event: 'call.teleported' }
    const { body, headers } = signEvent(event)

    const response = await handle(post(body, headers))
    await settled()

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: true, status: 'ignored', reason: 'unknown_type' })
    expect(seen).toEqual([])
  })

  it('answers 413 from Content-Length without reading the body', async () => {
    const { handle } = receiver({ maxBodyBytes: 64 })
    let pulled = 0
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          pulled += 1
          controller.enqueue(new Uint8Array(100))
          controller.close()
        },
        // No read ahead: the stream is pulled only when someone reads the body.
      },
      { highWaterMark: 0 },
    )
    const { headers } = signEvent(exampleEvent('test.ping'))
    const request = new Request(URL, {
      method: 'POST',
      body: stream,
      headers: { ...headers, 'content-length': '100' },
      duplex: 'half',
    } as RequestInit)

    const response = await handle(request)

    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ type: '/problems/body-too-large', code: 'body_too_large' })
    expect(pulled).toBe(0)
  })

  it('stops reading a streamed body past maxBodyBytes: 413', async () => {
    const { handle } = receiver({ maxBodyBytes: 64 })
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

  it('runs the handlers before answering with ackFirst: false, and answers 500 when one fails', async () => {
    const hooks = new Webhooks({ secret: SECRET, now, ackFirst: false })
    let failing = true
    hooks.on('test.ping', () => {
      if (failing) throw new Error('database down')
    })
    const handle = createWebHandler(hooks)
    const { body, headers } = signEvent(exampleEvent('test.ping'))

    const failed = await handle(post(body, headers))
    failing = false
    const retried = await handle(post(body, headers))

    expect(failed.status).toBe(500)
    const problem = (await failed.json()) as Problem
    expect(problem.code).toBe('handler_failed')
    expect(problem.detail).not.toContain('database down')
    expect(await retried.json()).toEqual({ received: true, status: 'processed' })
  })

  it('answers 405 to GET', async () => {
    const response = await receiver().handle(new Request(URL))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })
})

describe('Webhooks#receive() on WebCrypto', () => {
  it('returns a promise of the result for a string body and a plain header record', async () => {
    const { hooks } = receiver()
    const event = exampleEvent('test.ping')
    const { body, headers } = signEvent(event)
    const receiving = hooks.receive(body, headers)
    expect(receiving).toBeInstanceOf(Promise)
    await expect(receiving).resolves.toMatchObject({ status: 'accepted', event: { id: event.id } })
    await hooks.drain()
  })

  it('rejects with a ReceiverError carrying the status', async () => {
    const { hooks } = receiver()
    const { body, headers } = signBody('{}', { secret: 'whsec_k2Jz0vT0i9m5D6i1tYb2g3FJqTQj8s0nYwR3xq7H1uE=' })
    const error = await hooks.receive(body, headers).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ReceiverError)
    expect(error).toMatchObject({ code: 'invalid_signature', status: 401, check: 'no_matching_signature' })
  })

  it('types handlers from the event catalog', () => {
    const hooks = new Webhooks({ secret: SECRET })
    hooks.on('call.completed', (event) => {
      expectTypeOf(event).toEqualTypeOf<WebhookEvent<'call.completed'>>()
      expectTypeOf(event.data.call_id).toBeString()
    })
    hooks.onAny((event) => expectTypeOf(event).toEqualTypeOf<WebhookEvent>())
    // @ts-expect-error not an event type of the catalog
    hooks.on('call.teleported', () => undefined)
    expectTypeOf(hooks.receive).returns.resolves.toHaveProperty('status')
    expectTypeOf(createWebHandler(hooks)).parameter(0).toEqualTypeOf<Request>()
    expectTypeOf(createWebHandler(hooks)).returns.toEqualTypeOf<Promise<Response>>()
  })
})

describe('new Webhooks() on WebCrypto', () => {
  it.each([
    ['a missing secret', { secret: '' }, 'invalid_secret', /`secret` is required/],
    ['a secret that is not whsec_ base64', { secret: 'not-a-secret' }, 'invalid_secret', /whsec_/],
    [
      'an unknown scheme',
      { secret: SECRET, scheme: 'md5' as never },
      'invalid_option',
      /Unknown signature scheme "md5"/,
    ],
  ])('throws a WebhookConfigurationError at once for %s, as on Node', (_name, options, code, message) => {
    let error: unknown
    try {
      new Webhooks(options)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(WebhookConfigurationError)
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) })
  })
})
