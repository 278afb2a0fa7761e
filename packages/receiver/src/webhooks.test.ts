import type { WebhookEvent } from '@voicehooks/contracts'
import { sign, WebhookConfigurationError } from '@voicehooks/signing'
import { describe, expect, it } from 'vitest'
import {
  exampleEvent,
  freshId,
  NOW_SECONDS,
  now,
  OTHER_SECRET,
  SECRET,
  signBody,
  signEvent,
} from '../test/deliveries.js'
import { ReceiverError } from './errors.js'
import type { IdempotencyStore } from './idempotency-store.js'
import type { WebhooksOptions } from './options.js'
import type { ErrorContext, ReceiveResult } from './receive-result.js'
import { Webhooks } from './webhooks.js'

type Options = WebhooksOptions

const silent = { error: () => undefined }

function hooks(options: Partial<Options> = {}): Webhooks {
  return new Webhooks({ secret: SECRET, now, logger: silent, ...options } as WebhooksOptions)
}

/** The rejection of `promise`, which must be a ReceiverError. */
async function refusal(promise: Promise<unknown>): Promise<ReceiverError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ReceiverError)
  return error as ReceiverError
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void
  const promise = new Promise<void>((r) => {
    resolve = r
  })
  return { promise, resolve }
}

describe('Webhooks#receive: accepted deliveries', () => {
  it('acknowledges first, then runs the handler of the type with the validated event', async () => {
    const webhooks = hooks()
    const seen: WebhookEvent<'call.completed'>[] = []
    webhooks.on('call.completed', (event) => void seen.push(event))
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)

    const result = await webhooks.receive(body, headers)

    expect(result.status).toBe('accepted')
    expect(seen).toHaveLength(0) // not yet: the acknowledgement goes out first
    await (result as Extract<ReceiveResult, { status: 'accepted' }>).processing
    expect(seen).toEqual([event])
  })

  it('runs the handlers before resolving with ackFirst: false', async () => {
    const webhooks = hooks({ ackFirst: false })
    const seen: string[] = []
    webhooks.on('appointment.created', (event) => void seen.push(event.data.appointment_id))
    const event = exampleEvent('appointment.created')

    const result = await webhooks.receive(signEvent(event).body, signEvent(event).headers)

    expect(result).toEqual({ status: 'processed', event })
    expect(seen).toEqual([event.data.appointment_id])
  })

  it('accepts the raw bytes as a Buffer/Uint8Array', async () => {
    const webhooks = hooks({ ackFirst: false })
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const result = await webhooks.receive(Buffer.from(body), headers)
    expect(result.status).toBe('processed')
  })

  it('calls onAny handlers for every known type, beside the typed ones', async () => {
    const webhooks = hooks({ ackFirst: false })
    const seen: string[] = []
    webhooks.onAny((event) => void seen.push(`any:${event.type}`))
    webhooks.on('call.failed', (event) => void seen.push(`typed:${event.data.reason}`))
    const event = exampleEvent('call.failed')
    await webhooks.receive(signEvent(event).body, signEvent(event).headers)
    expect(seen.sort()).toEqual(['any:call.failed', `typed:${event.data.reason}`])
  })

  it('stops calling a handler once it is removed', async () => {
    const webhooks = hooks({ ackFirst: false })
    let calls = 0
    const off = webhooks.on('test.ping', () => {
      calls += 1
    })
    const first = signEvent(exampleEvent('test.ping'))
    await webhooks.receive(first.body, first.headers)
    off()
    const again = exampleEvent('test.ping')
    await webhooks.receive(signEvent(again).body, signEvent(again).headers)
    expect(calls).toBe(1)
  })

  it('verifies with any secret of a rotation', async () => {
    const webhooks = hooks({ secret: [OTHER_SECRET, SECRET], ackFirst: false })
    const event = exampleEvent('test.ping')
    const { body, headers } = signEvent(event, { secret: SECRET })
    expect((await webhooks.receive(body, headers)).status).toBe('processed')
  })

  it('verifies a compatibility scheme under a custom prefix', async () => {
    const webhooks = hooks({ scheme: 't-v1', prefix: 'Acme', ackFirst: false })
    const event = exampleEvent('test.ping')
    const { body, headers } = signEvent(event, { scheme: 't-v1', prefix: 'Acme' })
    delete headers['webhook-signature'] // only X-Acme-Signature counts for t-v1
    expect(headers['X-Acme-Signature']).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    expect((await webhooks.receive(body, headers)).status).toBe('processed')
  })
})

describe('Webhooks#receive: duplicates', () => {
  it('answers duplicate for an event id already processed, without running handlers again', async () => {
    const webhooks = hooks({ ackFirst: false })
    let calls = 0
    webhooks.on('call.completed', () => {
      calls += 1
    })
    const event = exampleEvent('call.completed')
    const first = signEvent(event)
    const second = signEvent(event, { timestamp: NOW_SECONDS + 5 }) // a retry: same id, new signature

    expect((await webhooks.receive(first.body, first.headers)).status).toBe('processed')
    expect(await webhooks.receive(second.body, second.headers)).toEqual({ status: 'duplicate', event })
    expect(calls).toBe(1)
  })

  it('with ack-first, acknowledges a copy that arrives while the first is still being processed', async () => {
    const webhooks = hooks()
    const gate = deferred()
    let calls = 0
    webhooks.on('call.completed', async () => {
      calls += 1
      await gate.promise
    })
    const { body, headers } = signEvent(exampleEvent('call.completed'))

    const first = await webhooks.receive(body, headers)
    const second = await webhooks.receive(body, headers)

    expect([first.status, second.status]).toEqual(['accepted', 'duplicate'])
    gate.resolve()
    await webhooks.drain()
    expect(calls).toBe(1)
  })

  it('without ack-first, a concurrent copy waits for the first and answers duplicate once it is processed', async () => {
    const webhooks = hooks({ ackFirst: false })
    const gate = deferred()
    let calls = 0
    webhooks.on('call.completed', async () => {
      calls += 1
      await gate.promise
    })
    const { body, headers } = signEvent(exampleEvent('call.completed'))

    const first = webhooks.receive(body, headers)
    let secondSettled = false
    const second = webhooks.receive(body, headers).finally(() => {
      secondSettled = true
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(secondSettled).toBe(false)
    gate.resolve()

    expect((await first).status).toBe('processed')
    expect((await second).status).toBe('duplicate')
    expect(calls).toBe(1)
  })

  it('without ack-first, a concurrent copy takes over when the first copy fails', async () => {
    const webhooks = hooks({ ackFirst: false })
    const gate = deferred()
    let calls = 0
    webhooks.on('call.completed', async () => {
      calls += 1
      if (calls === 1) {
        await gate.promise
        throw new Error('database down')
      }
    })
    const { body, headers } = signEvent(exampleEvent('call.completed'))

    const first = refusal(webhooks.receive(body, headers))
    const second = webhooks.receive(body, headers)
    gate.resolve()

    expect((await first).code).toBe('handler_failed')
    expect((await second).status).toBe('processed')
    expect(calls).toBe(2)
  })
})

describe('Webhooks#receive: ignored deliveries', () => {
  it('acknowledges an unknown event type and runs no handler', async () => {
    const webhooks = hooks()
    let calls = 0
    webhooks.onAny(() => {
      calls += 1
    })
    const event = { ...exampleEvent('test.ping'), type: 'call.teleported', event: 'call.teleported' }

    const result = await webhooks.receive(signEvent(event).body, signEvent(event).headers)

    expect(result).toEqual({ status: 'ignored', reason: 'unknown_type', event })
    await webhooks.drain()
    expect(calls).toBe(0)
  })

  it('with onInvalid: accept, acknowledges a contract violation, reports it and runs no handler', async () => {
    const webhooks = hooks({ onInvalid: 'accept' })
    const reported: [ReceiverError, ErrorContext][] = []
    webhooks.onError((error, context) => void reported.push([error, context]))
    let calls = 0
    webhooks.onAny(() => {
      calls += 1
    })
    const event = exampleEvent('call.completed')
    const { call_id: _dropped, ...data } = event.data
    const invalid = { ...event, data }

    const result = await webhooks.receive(signEvent(invalid).body, signEvent(invalid).headers)

    expect(result.status).toBe('ignored')
    expect(result).toMatchObject({ reason: 'contract_violation', issues: [{ path: '/data/call_id' }] })
    expect(reported).toHaveLength(1)
    expect(reported[0]![0].code).toBe('contract_violation')
    expect(reported[0]![1]).toEqual({ id: event.id, type: 'call.completed', acknowledged: true })
    await webhooks.drain()
    expect(calls).toBe(0)
  })
})

describe('Webhooks#receive: refused deliveries', () => {
  const event = exampleEvent('call.completed')
  const signed = signEvent(event)

  async function refused(body: string, headers: Record<string, string>, options: Partial<Options> = {}) {
    const webhooks = hooks(options)
    let calls = 0
    webhooks.onAny(() => {
      calls += 1
    })
    const error = await refusal(webhooks.receive(body, headers))
    await webhooks.drain()
    expect(calls).toBe(0)
    return error
  }

  it('refuses a tampered body: 401 no_matching_signature', async () => {
    const tampered = signed.body.replace(event.data.call_id, '00000000-0000-4000-8000-000000000000')
    const error = await refused(tampered, signed.headers)
    expect(error).toMatchObject({ code: 'invalid_signature', status: 401, check: 'no_matching_signature' })
    expect(error.header).toBe('webhook-signature')
  })

  it('refuses a signature made with another secret', async () => {
    const other = signEvent(event, { secret: OTHER_SECRET })
    const error = await refused(other.body, other.headers)
    expect(error).toMatchObject({ code: 'invalid_signature', check: 'no_matching_signature' })
  })

  it('refuses a stale timestamp (replay) and one too far in the future', async () => {
    const stale = signEvent(event, { timestamp: NOW_SECONDS - 301 })
    const future = signEvent(event, { timestamp: NOW_SECONDS + 301 })
    expect(await refused(stale.body, stale.headers)).toMatchObject({
      code: 'invalid_signature',
      check: 'timestamp_too_old',
      header: 'webhook-timestamp',
    })
    expect(await refused(future.body, future.headers)).toMatchObject({ check: 'timestamp_too_new' })
  })

  it('honours toleranceSeconds', async () => {
    const late = signEvent(event, { timestamp: NOW_SECONDS - 120 })
    expect(await refused(late.body, late.headers, { toleranceSeconds: 60 })).toMatchObject({
      check: 'timestamp_too_old',
    })
  })

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])(
    'refuses a delivery without %s',
    async (name) => {
      const headers = { ...signed.headers }
      delete headers[name]
      if (name === 'webhook-timestamp') delete headers['X-Voicehooks-Timestamp']
      const error = await refused(signed.body, headers)
      expect(error).toMatchObject({
        code: 'invalid_signature',
        status: 401,
        check: 'missing_header',
        header: name,
      })
    },
  )

  it('refuses malformed headers, naming the header', async () => {
    const badTimestamp = { ...signed.headers, 'webhook-timestamp': '1775046600000' }
    const badSignature = { ...signed.headers, 'webhook-signature': 'v1,not base64!' }
    expect(await refused(signed.body, badTimestamp)).toMatchObject({
      check: 'malformed_header',
      header: 'webhook-timestamp',
    })
    expect(await refused(signed.body, badSignature)).toMatchObject({
      check: 'malformed_header',
      header: 'webhook-signature',
    })
  })

  it('verifies the raw bytes only: the same JSON re-serialised fails', async () => {
    const raw = JSON.stringify(event, null, 2)
    const delivery = signBody(raw, { id: event.id })
    const reserialised = JSON.stringify(JSON.parse(raw))
    expect(await refused(reserialised, delivery.headers)).toMatchObject({ check: 'no_matching_signature' })
    expect((await hooks().receive(raw, delivery.headers)).status).toBe('accepted')
  })

  it('refuses a signed body that is not JSON: 400 invalid_json', async () => {
    const notJson = signBody('{"id": "evt_1", ')
    expect(await refused(notJson.body, notJson.headers)).toMatchObject({ code: 'invalid_json', status: 400 })
    // Signed bytes that are not UTF-8 are refused, not mangled into U+FFFD and parsed.
    const bytes = new Uint8Array([0x7b, 0xff, 0x7d])
    const headers = sign({ id: freshId(), timestamp: NOW_SECONDS, body: bytes, secret: SECRET })
    expect(await refusal(hooks().receive(bytes, headers))).toMatchObject({ code: 'invalid_json' })
  })

  it('refuses a contract violation with 400 and every failing path', async () => {
    const broken = {
      ...event,
      data: { ...event.data, direction: 'sideways', duration_seconds: 'long' },
    }
    const delivery = signEvent(broken)
    const error = await refused(delivery.body, delivery.headers)
    expect(error).toMatchObject({ code: 'contract_violation', status: 400 })
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual([
      '/data/direction',
      '/data/duration_seconds',
    ])
    expect(error.message).toContain('/data/direction must be one of')
  })

  it('refuses an envelope without an id', async () => {
    const { id: _id, ...noId } = event
    const delivery = signBody(JSON.stringify(noId), { id: event.id })
    const error = await refused(delivery.body, delivery.headers)
    expect(error.issues).toContainEqual(expect.objectContaining({ path: '/id', message: 'is required' }))
  })

  it('refuses a body over maxBodyBytes before verifying it: 413', async () => {
    const error = await refused(signed.body, signed.headers, { maxBodyBytes: 100 })
    expect(error).toMatchObject({ code: 'body_too_large', status: 413 })
    expect(error.message).toContain('100-byte limit')
  })

  it('reports every refusal to onError, with what is known of the event', async () => {
    const webhooks = hooks()
    const reported: [string, ErrorContext][] = []
    webhooks.onError((error, context) => void reported.push([error.code, context]))
    const invalid = signEvent({ ...event, data: {} })
    await refusal(webhooks.receive(signed.body.replace('a', 'b'), signed.headers))
    await refusal(webhooks.receive(invalid.body, invalid.headers))
    expect(reported).toEqual([
      ['invalid_signature', { acknowledged: false }],
      ['contract_violation', { id: event.id, type: 'call.completed', acknowledged: false }],
    ])
  })
})

describe('Webhooks#receive: handler failures', () => {
  it('without ack-first, answers handler_failed (500) and releases the id so a retry runs again', async () => {
    const webhooks = hooks({ ackFirst: false })
    let calls = 0
    webhooks.on('billing.low_balance', () => {
      calls += 1
      if (calls === 1) throw new Error('ledger unavailable')
    })
    const { body, headers } = signEvent(exampleEvent('billing.low_balance'))

    const error = await refusal(webhooks.receive(body, headers))
    expect(error).toMatchObject({ code: 'handler_failed', status: 500 })
    expect(error.message).not.toContain('ledger unavailable') // handler errors stay in `cause`
    expect((error.cause as AggregateError).errors[0]).toMatchObject({ message: 'ledger unavailable' })

    expect((await webhooks.receive(body, headers)).status).toBe('processed')
    expect(calls).toBe(2)
  })

  it('with ack-first, reports the failure as acknowledged and releases the id', async () => {
    const webhooks = hooks()
    const reported: [string, ErrorContext][] = []
    webhooks.onError((error, context) => void reported.push([error.code, context]))
    let calls = 0
    webhooks.on('call.ended', () => {
      calls += 1
      if (calls === 1) return Promise.reject(new Error('boom'))
    })
    const event = exampleEvent('call.ended')
    const { body, headers } = signEvent(event)

    expect((await webhooks.receive(body, headers)).status).toBe('accepted')
    await webhooks.drain()
    expect(reported).toEqual([['handler_failed', { id: event.id, type: 'call.ended', acknowledged: true }]])
    expect((await webhooks.receive(body, headers)).status).toBe('accepted')
    await webhooks.drain()
    expect(calls).toBe(2)
  })

  it('runs every handler even when one fails, and gathers the failures', async () => {
    const webhooks = hooks({ ackFirst: false })
    const ran: string[] = []
    webhooks.on('test.ping', () => {
      ran.push('a')
      throw new Error('a failed')
    })
    webhooks.on('test.ping', async () => {
      ran.push('b')
    })
    webhooks.onAny(async () => {
      ran.push('c')
      throw new Error('c failed')
    })
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const error = await refusal(webhooks.receive(body, headers))
    expect(ran.sort()).toEqual(['a', 'b', 'c'])
    expect((error.cause as AggregateError).errors.map((e: Error) => e.message)).toEqual([
      'a failed',
      'c failed',
    ])
  })

  it('logs failures after the acknowledgement when no onError handler is registered', async () => {
    const lines: unknown[][] = []
    const webhooks = hooks({ logger: { error: (...args: unknown[]) => void lines.push(args) } })
    webhooks.on('test.ping', () => {
      throw new Error('nobody listens')
    })
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    await webhooks.receive(body, headers)
    await webhooks.drain()
    expect(lines).toHaveLength(1)
    expect(String(lines[0]![0])).toContain('handler_failed')
  })

  it('survives an onError handler that throws', async () => {
    const webhooks = hooks({ ackFirst: false })
    webhooks.onError(() => {
      throw new Error('logger broke')
    })
    webhooks.onError(() => Promise.reject(new Error('async logger broke')))
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const error = await refusal(webhooks.receive(body.replace('ping', 'pong'), headers))
    expect(error.code).toBe('invalid_signature')
  })

  it('answers idempotency_failed (500) when the store cannot claim', async () => {
    const broken: IdempotencyStore = {
      claim: () => Promise.reject(new Error('connection refused to db.internal:5432')),
      complete: async () => undefined,
      release: async () => undefined,
    }
    const webhooks = hooks({ idempotency: broken })
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const error = await refusal(webhooks.receive(body, headers))
    expect(error).toMatchObject({ code: 'idempotency_failed', status: 500 })
    expect(error.message).not.toContain('db.internal') // the store's message stays in `cause`
  })

  it('hands the store what it needs to record the delivery', async () => {
    const claims: unknown[] = []
    const outcomes: string[] = []
    const recording: IdempotencyStore = {
      claim: async (_id, delivery) => {
        claims.push(delivery)
        return true
      },
      complete: async (id, outcome) => void outcomes.push(`${id}:${outcome}`),
      release: async () => undefined,
    }
    const webhooks = hooks({ idempotency: recording, ackFirst: false })
    const event = exampleEvent('test.ping')
    const unknown = { ...exampleEvent('test.ping'), type: 'test.pong', event: 'test.pong' }
    await webhooks.receive(signEvent(event).body, signEvent(event).headers)
    await webhooks.receive(signEvent(unknown).body, signEvent(unknown).headers)
    expect(claims[0]).toMatchObject({ id: event.id, type: 'test.ping', known: true, event })
    expect(claims[0]).toHaveProperty(['headers', 'webhook-id'], event.id)
    expect(claims[1]).toMatchObject({ id: unknown.id, type: 'test.pong', known: false })
    expect(outcomes).toEqual([`${event.id}:processed`, `${unknown.id}:ignored`])
  })
})

describe('new Webhooks()', () => {
  it.each([
    [{}, /secret` is required/],
    [{ secret: '' }, /secret` is required/],
    [{ secret: [] }, /secret` is required/],
    [{ secret: 'not a whsec secret!' }, /secret is not "whsec_"/i],
    [{ secret: SECRET, scheme: 'md5' }, /Unknown signature scheme "md5"/],
    [{ secret: SECRET, prefix: 'X Bad' }, /Invalid header prefix/],
    [{ secret: SECRET, toleranceSeconds: -1 }, /toleranceSeconds/],
    [{ secret: SECRET, maxBodyBytes: 0 }, /maxBodyBytes/],
    [{ secret: SECRET, onInvalid: 'drop' }, /onInvalid/],
  ])(
    'refuses unusable options %j with a WebhookConfigurationError, never a 401 later',
    (options, message) => {
      expect(() => new Webhooks(options as WebhooksOptions)).toThrow(message)
      expect(() => new Webhooks(options as WebhooksOptions)).toThrow(WebhookConfigurationError)
    },
  )

  it('accepts any non-empty secret string for the hex schemes', () => {
    expect(() => new Webhooks({ secret: 'plain-shared-secret', scheme: 'hmac-sha256-hex' })).not.toThrow()
  })

  it('drain() waits for handlers still running after the acknowledgement', async () => {
    const webhooks = hooks()
    let finished = false
    webhooks.on('test.ping', async () => {
      await new Promise((resolve) => setTimeout(resolve, 50))
      finished = true
    })
    const { body, headers } = signEvent(exampleEvent('test.ping', freshId()))
    await webhooks.receive(body, headers)
    expect(finished).toBe(false)
    await webhooks.drain()
    expect(finished).toBe(true)
  })
})
