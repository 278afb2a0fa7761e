import { examples } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, RECEIVER_URL, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Published {
  id: string
  type: string
  deliveries: number
  duplicate: boolean
}
interface Problem {
  status: number
  errors?: { path: string; message: string }[]
}

const completed = (callId: string) => ({
  type: 'call.completed',
  data: { ...examples['call.completed'].data, call_id: callId },
})
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`

describe.each(engines)('POST /v1/events/batch (%s)', (engine) => {
  let t: TestSender
  let api: Awaited<ReturnType<TestSender['account']>>

  beforeAll(async () => {
    t = await startTestSender(engine, 'events_batch', { apiRateLimit: null })
    api = await t.account()
    for (let i = 0; i < 2; i++)
      await api.post('/v1/webhooks', { url: RECEIVER_URL, events: ['call.completed'] })
  }, 180_000)
  afterAll(() => t?.stop())

  const count = async (sql: string, params: unknown[]) =>
    Number((await t.sender.db.query<{ n: number }>(sql, params)).rows[0]!.n)

  it('publishes every event with its fan-out, answering one result per event in order', async () => {
    const events = [
      completed(uuid(1)),
      { type: 'test.ping', data: { message: 'x', webhook_id: 'wh_01KERKS8Z07QRDTVMD9F99CQBK' } },
      completed(uuid(2)),
    ]
    const reply = await api.post<{ data: Published[] }>('/v1/events/batch', { events })
    expect(reply.status).toBe(202)
    expect(reply.body.data.map((r) => [r.type, r.deliveries, r.duplicate])).toEqual([
      ['call.completed', 2, false],
      ['test.ping', 0, false],
      ['call.completed', 2, false],
    ])
    const ids = reply.body.data.map((r) => r.id)
    expect(await count('SELECT count(*)::int AS n FROM events WHERE id = ANY ($1::text[])', [ids])).toBe(3)
    expect(
      await count('SELECT count(*)::int AS n FROM deliveries WHERE event_id = ANY ($1::text[])', [ids]),
    ).toBe(4)
  })

  it('refuses the whole batch when one event breaks its contract, naming /events/{index}/data/…', async () => {
    const before = await count('SELECT count(*)::int AS n FROM events', [])
    const bad = completed(uuid(3))
    const reply = await api.post<Problem>('/v1/events/batch', {
      events: [
        completed(uuid(4)),
        { ...bad, data: { ...bad.data, call_id: 'not-a-uuid' } },
        completed(uuid(5)),
      ],
    })
    expect(reply.status).toBe(422)
    expect(reply.body.errors?.map((e) => e.path)).toEqual(['/events/1/data/call_id'])
    expect(await count('SELECT count(*)::int AS n FROM events', [])).toBe(before)
  })

  it('answers 400 for an unknown type at its index, and for a malformed batch', async () => {
    const unknown = await api.post<Problem>('/v1/events/batch', {
      events: [completed(uuid(6)), { type: 'call.vanished', data: {} }],
    })
    expect([unknown.status, unknown.body.errors?.map((e) => e.path)]).toEqual([400, ['/events/1/type']])
    const shapes: [unknown, string[]][] = [
      [{}, ['/events']],
      [{ events: [] }, ['/events']],
      [{ events: 'all' }, ['/events']],
      [{ events: Array.from({ length: 101 }, (_, i) => completed(uuid(100 + i))) }, ['/events']],
      [{ events: [42, { type: 'test.ping' }] }, ['/events/0', '/events/1/data']],
      [{ events: [{ ...completed(uuid(7)), extra: 1 }] }, ['/events/0/extra']],
    ]
    for (const [body, paths] of shapes) {
      const reply = await api.post<Problem>('/v1/events/batch', body)
      expect(
        [reply.status, reply.body.errors?.map((e) => e.path)],
        JSON.stringify(body).slice(0, 80),
      ).toEqual([400, paths])
    }
  })

  it('keeps idempotency per event: repeats are duplicates, within the batch too; a key reused for other data is 409', async () => {
    const first = await api.post<{ data: Published[] }>('/v1/events/batch', {
      events: [{ ...completed(uuid(8)), idempotency_key: 'k-8' }],
    })
    const again = await api.post<{ data: Published[] }>('/v1/events/batch', {
      events: [
        { ...completed(uuid(8)), idempotency_key: 'k-8' },
        { ...completed(uuid(9)), idempotency_key: 'k-9' },
        { ...completed(uuid(9)), idempotency_key: 'k-9' },
      ],
    })
    expect(again.status).toBe(202)
    expect(again.body.data.map((r) => [r.duplicate, r.deliveries])).toEqual([
      [true, 0],
      [false, 2],
      [true, 0],
    ])
    expect(again.body.data[0]!.id).toBe(first.body.data[0]!.id)
    expect(again.body.data[2]!.id).toBe(again.body.data[1]!.id)

    const before = await count('SELECT count(*)::int AS n FROM events', [])
    const conflict = await api.post<Problem>('/v1/events/batch', {
      events: [completed(uuid(10)), { ...completed(uuid(11)), idempotency_key: 'k-8' }],
    })
    expect([conflict.status, conflict.body.errors?.map((e) => e.path)]).toEqual([
      409,
      ['/events/1/idempotency_key'],
    ])
    expect(await count('SELECT count(*)::int AS n FROM events', [])).toBe(before)
  })
})
