import type { WebhookEvent } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningReceiver, startReceiver } from '../src/start-receiver.js'
import type { StoredEvent, StoredEventSummary } from '../src/store/event-store.js'
import { type TestDatabase, testDatabase, testEngines } from './databases.js'
import {
  type Delivery,
  deliver,
  exampleEvent,
  freshId,
  getJson,
  OTHER_SECRET,
  SECRET,
  signBody,
  signEvent,
  waitFor,
} from './deliveries.js'

/** What JSON makes of a row: dates become strings. */
type Serialized<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K]
}
type List = { data: Serialized<StoredEventSummary>[] }

const engines = await testEngines()
const silent = { info: () => undefined, error: () => undefined }

describe.each(engines)('reference receiver on %s', (engine) => {
  let database: TestDatabase
  let receiver: RunningReceiver
  const handled: WebhookEvent[] = []
  /** Event ids whose onEvent fails once. */
  const failOnce = new Set<string>()

  beforeAll(async () => {
    database = await testDatabase(engine)
    receiver = await startReceiver({
      env: {},
      port: 0,
      secret: SECRET,
      ...database.options,
      maxBodyBytes: 64 * 1024,
      logger: silent,
      onEvent: (event) => {
        if (failOnce.delete(event.id)) throw new Error('downstream CRM is down')
        handled.push(event)
      },
    })
  })

  afterAll(async () => {
    await receiver?.stop()
    await database?.drop()
  })

  async function rowsOf(id: string) {
    const { rows } = await receiver.db.query<{ id: string; type: string; status: string }>(
      'SELECT id, type, status FROM received_events WHERE id = $1',
      [id],
    )
    return rows
  }

  async function statusOf(id: string): Promise<string | undefined> {
    return (await rowsOf(id))[0]?.status
  }

  it('stores a valid delivery once, acknowledges it, then processes it', async () => {
    const event = exampleEvent('call.completed')
    const answer = await deliver(receiver.url, signEvent(event))

    expect(answer).toEqual({
      status: 200,
      type: 'application/json',
      body: { received: true, status: 'accepted' },
    })
    await waitFor(async () => (await statusOf(event.id)) === 'processed', 'the event to be processed')
    expect(handled.filter((e) => e.id === event.id)).toEqual([event])

    const stored = await getJson<Serialized<StoredEvent>>(`${receiver.url}/events/${event.id}`)
    expect(stored).toMatchObject({
      id: event.id,
      type: 'call.completed',
      status: 'processed',
      body: event,
      error: null,
    })
    expect(stored.headers['webhook-id']).toBe(event.id)
    expect(Date.parse(stored.processed_at ?? '')).toBeGreaterThanOrEqual(Date.parse(stored.received_at))
  })

  it('acknowledges the same delivery again without storing or processing it twice', async () => {
    const event = exampleEvent('appointment.created')
    const delivery = signEvent(event)
    await deliver(receiver.url, delivery)
    await waitFor(async () => (await statusOf(event.id)) === 'processed', 'the first copy to be processed')

    const again = await deliver(receiver.url, delivery)
    const retried = await deliver(receiver.url, signEvent(event)) // a retry: new timestamp and signature

    expect(again).toMatchObject({ status: 200, body: { received: true, status: 'duplicate' } })
    expect(retried.body).toEqual({ received: true, status: 'duplicate' })
    expect(await rowsOf(event.id)).toHaveLength(1)
    expect(handled.filter((e) => e.id === event.id)).toHaveLength(1)
  })

  it('stores copies arriving at the same time once', async () => {
    const event = exampleEvent('call.ended')
    const delivery = signEvent(event)
    const answers = await Promise.all([1, 2, 3, 4].map(() => deliver(receiver.url, delivery)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200])
    expect(answers.map((a) => a.body['status']).sort()).toEqual([
      'accepted',
      'duplicate',
      'duplicate',
      'duplicate',
    ])
    await waitFor(async () => (await statusOf(event.id)) === 'processed', 'the event to be processed')
    expect(await rowsOf(event.id)).toHaveLength(1)
    expect(handled.filter((e) => e.id === event.id)).toHaveLength(1)
  })

  describe('refuses with 401 problem+json and stores nothing', () => {
    type Case = [string, (event: WebhookEvent<'call.completed'>) => Delivery, string, string]
    const without = (delivery: Delivery, ...names: string[]): Delivery => ({
      ...delivery,
      headers: Object.fromEntries(Object.entries(delivery.headers).filter(([name]) => !names.includes(name))),
    })
    const withHeader = (delivery: Delivery, name: string, value: string): Delivery => ({
      ...delivery,
      headers: { ...delivery.headers, [name]: value },
    })

    it.each<Case>([
      [
        'a tampered body',
        (event) => {
          const valid = signEvent(event)
          return {
            ...valid,
            body: valid.body.replace(event.data.call_id, '00000000-0000-4000-8000-000000000000'),
          }
        },
        'no_matching_signature',
        'webhook-signature',
      ],
      [
        'another secret',
        (event) => signEvent(event, { secret: OTHER_SECRET }),
        'no_matching_signature',
        'webhook-signature',
      ],
      [
        'a stale timestamp',
        (event) => signEvent(event, { skewSeconds: -600 }),
        'timestamp_too_old',
        'webhook-timestamp',
      ],
      [
        'a future timestamp',
        (event) => signEvent(event, { skewSeconds: 600 }),
        'timestamp_too_new',
        'webhook-timestamp',
      ],
      ['no webhook-id', (event) => without(signEvent(event), 'webhook-id'), 'missing_header', 'webhook-id'],
      [
        'no webhook-signature',
        (event) => without(signEvent(event), 'webhook-signature'),
        'missing_header',
        'webhook-signature',
      ],
      [
        'no timestamp',
        (event) => without(signEvent(event), 'webhook-timestamp', 'X-Voicehooks-Timestamp'),
        'missing_header',
        'webhook-timestamp',
      ],
      [
        'a malformed signature',
        (event) => withHeader(signEvent(event), 'webhook-signature', 'v1=deadbeef'),
        'malformed_header',
        'webhook-signature',
      ],
      [
        'a millisecond timestamp',
        (event) => withHeader(signEvent(event), 'webhook-timestamp', String(Date.now())),
        'malformed_header',
        'webhook-timestamp',
      ],
    ])('%s', async (_name, delivery, check, header) => {
      const event = exampleEvent('call.completed')
      const answer = await deliver(receiver.url, delivery(event))
      expect(answer.status).toBe(401)
      expect(answer.type).toBe('application/problem+json')
      expect(answer.body).toMatchObject({
        type: '/problems/invalid-signature',
        title: 'Invalid webhook signature',
        status: 401,
        code: 'invalid_signature',
        check,
        header,
      })
      expect(answer.body['detail']).toEqual(expect.stringMatching(/\w+/))
      expect(await rowsOf(event.id)).toEqual([])
    })
  })

  it('verifies the raw bytes: the same JSON re-serialised is refused, the bytes as sent pass', async () => {
    const event = exampleEvent('message.received')
    const raw = JSON.stringify(event, null, 2)
    const signed = signBody(raw, event.id)

    const reserialised = await deliver(receiver.url, { ...signed, body: JSON.stringify(JSON.parse(raw)) })
    expect(reserialised).toMatchObject({ status: 401, body: { check: 'no_matching_signature' } })
    expect(await rowsOf(event.id)).toEqual([])

    expect((await deliver(receiver.url, signed)).status).toBe(200)
    expect(await rowsOf(event.id)).toHaveLength(1)
  })

  it('acknowledges an unknown event type and stores it as ignored', async () => {
    const event = { ...exampleEvent('test.ping'), type: 'call.teleported', event: 'call.teleported' }
    const answer = await deliver(receiver.url, signEvent(event))
    expect(answer).toMatchObject({
      status: 200,
      body: { received: true, status: 'ignored', reason: 'unknown_type' },
    })
    expect(await rowsOf(event.id)).toEqual([{ id: event.id, type: 'call.teleported', status: 'ignored' }])
    expect((await deliver(receiver.url, signEvent(event))).status).toBe(200)
    expect(await rowsOf(event.id)).toHaveLength(1)
    expect(handled.some((e) => e.id === event.id)).toBe(false)
  })

  it('refuses a contract violation with 400 naming the field, and stores nothing', async () => {
    const event = exampleEvent('billing.low_balance')
    const invalid = { ...event, data: { ...event.data, currency: 'dollars' } }
    const answer = await deliver(receiver.url, signEvent(invalid))
    expect(answer).toMatchObject({
      status: 400,
      type: 'application/problem+json',
      body: { code: 'contract_violation' },
    })
    expect(answer.body['errors']).toEqual([expect.objectContaining({ path: '/data/currency' })])
    expect(await rowsOf(event.id)).toEqual([])
  })

  it('refuses an oversized body with 413 and stores nothing', async () => {
    const event = { ...exampleEvent('test.ping'), padding: 'x'.repeat(100 * 1024) }
    const answer = await deliver(receiver.url, signEvent(event))
    expect(answer).toMatchObject({
      status: 413,
      body: { code: 'body_too_large', type: '/problems/body-too-large' },
    })
    expect(await rowsOf(event.id)).toEqual([])
  })

  it('marks an event failed when processing throws, and processes it when it is delivered again', async () => {
    const event = exampleEvent('call.failed')
    failOnce.add(event.id)
    expect((await deliver(receiver.url, signEvent(event))).status).toBe(200)
    await waitFor(async () => (await statusOf(event.id)) === 'failed', 'the event to be marked failed')
    const failed = await getJson<Serialized<StoredEvent>>(`${receiver.url}/events/${event.id}`)
    expect(failed.error).toBe('downstream CRM is down')

    expect((await deliver(receiver.url, signEvent(event))).body).toMatchObject({ status: 'accepted' })
    await waitFor(async () => (await statusOf(event.id)) === 'processed', 'the redelivery to be processed')
    expect(await rowsOf(event.id)).toHaveLength(1)
  })

  it('lists what arrived, newest first, by type and limit', async () => {
    const first = exampleEvent('agent.created')
    const second = exampleEvent('agent.created')
    await deliver(receiver.url, signEvent(first))
    await deliver(receiver.url, signEvent(second))

    const all = await getJson<List>(`${receiver.url}/events?limit=100`)
    expect(all.data.length).toBeGreaterThanOrEqual(2)
    const times = all.data.map((row) => Date.parse(row.received_at))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    const agents = await getJson<List>(`${receiver.url}/events?type=agent.created&limit=2`)
    expect(agents.data.map((row) => row.id)).toEqual([second.id, first.id])
    expect(agents.data[0]).toMatchObject({ type: 'agent.created', status: expect.any(String) })
    expect(agents.data[0]).not.toHaveProperty('body')
  })

  it('answers problem+json to a bad listing query and an unknown event id', async () => {
    const bad = await fetch(`${receiver.url}/events?limit=1000`)
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await bad.json()).toMatchObject({ status: 400, errors: [{ path: 'limit' }] })

    const missing = await fetch(`${receiver.url}/events/${freshId()}`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toMatchObject({ status: 404, title: 'Not found' })

    const nowhere = await fetch(`${receiver.url}/nowhere`)
    expect(nowhere.status).toBe(404)
    expect(nowhere.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  })

  it('reports health with the engine it runs on', async () => {
    const health = await fetch(`${receiver.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok', database: engine })
  })
})

describe.each(engines)('graceful shutdown on %s', (engine) => {
  it('stops accepting, finishes the in-flight slow handler, then closes the database', async () => {
    const database = await testDatabase(engine, true)
    try {
      let release!: () => void
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      let started = false
      const receiver = await startReceiver({
        env: {},
        port: 0,
        secret: SECRET,
        ...database.options,
        logger: silent,
        onEvent: async () => {
          started = true
          await gate
        },
      })
      const event = exampleEvent('call.completed')
      expect((await deliver(receiver.url, signEvent(event))).status).toBe(200)
      await waitFor(async () => started, 'the handler to start')

      let stopped = false
      const stopping = receiver.stop().then(() => {
        stopped = true
      })
      await waitFor(
        () =>
          fetch(`${receiver.url}/healthz`).then(
            () => false,
            () => true,
          ),
        'the server to refuse new connections',
      )
      expect(stopped).toBe(false) // still processing the event
      release()
      await stopping

      const db = await database.open()
      try {
        const { rows } = await db.query<{ status: string }>(
          'SELECT status FROM received_events WHERE id = $1',
          [event.id],
        )
        expect(rows).toEqual([{ status: 'processed' }])
      } finally {
        await db.close()
      }
    } finally {
      await database.drop()
    }
  })
})
