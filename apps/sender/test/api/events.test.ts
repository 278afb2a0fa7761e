import { catalog } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, openapi, RECEIVER_URL, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Problem {
  type: string
  status: number
  detail: string
  errors?: { path: string; message: string }[]
}
interface Published {
  id: string
  type: string
  deliveries: number
  duplicate: boolean
}

const completed = catalog.find((e) => e.name === 'call.completed')!.example.data as unknown as Record<
  string,
  unknown
>
const failed = catalog.find((e) => e.name === 'call.failed')!.example.data as unknown as Record<
  string,
  unknown
>

describe.each(engines)('publishing events (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>

  beforeAll(async () => {
    t = await startTestSender(engine, 'events')
    alice = await t.account('Alice')
    bob = await t.account('Bob')
  }, 180_000)
  afterAll(() => t?.stop())

  const deliveriesOf = async (eventId: string) =>
    (
      await t.sender.db.query<{
        webhook_id: string
        status: string
        attempt_count: number
        max_attempts: number
        due: boolean
        kind: string
        account_id: string
      }>(
        `SELECT webhook_id, status, attempt_count, max_attempts, next_attempt_at <= now() AS due, kind, account_id
         FROM deliveries WHERE event_id = $1 ORDER BY webhook_id`,
        [eventId],
      )
    ).rows
  const webhook = async (client: typeof alice, body: Record<string, unknown>) =>
    (await client.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL, ...body })).body.id

  it('fans out one pending delivery per matching webhook, by type, agent and state', async () => {
    const carol = await t.account('Carol')
    const all = await webhook(carol, { max_attempts: 4 })
    const onlyCompleted = await webhook(carol, { events: ['call.completed'] })
    const onlyFailed = await webhook(carol, { events: ['call.failed'] })
    const rightAgent = await webhook(carol, { agent_id: completed['agent_id'] })
    const otherAgent = await webhook(carol, { agent_id: 'someone-else' })
    await webhook(carol, { active: false })
    const deleted = await webhook(carol, {})
    await carol.delete(`/v1/webhooks/${deleted}`)
    await webhook(bob, {})

    const published = await carol.post<Published>('/v1/events', { type: 'call.completed', data: completed })
    expect(published.status).toBe(202)
    expect(published.body).toMatchObject({ type: 'call.completed', deliveries: 3, duplicate: false })
    const rows = await deliveriesOf(published.body.id)
    expect(rows.map((r) => r.webhook_id).sort()).toEqual([all, onlyCompleted, rightAgent].sort())
    for (const row of rows) {
      expect(row).toMatchObject({ status: 'pending', attempt_count: 0, due: true, kind: 'webhook' })
      expect(row.account_id).toBe(carol.accountId)
      expect(row.max_attempts).toBe(row.webhook_id === all ? 4 : 6)
    }
    expect(rows.map((r) => r.webhook_id)).not.toContain(onlyFailed)
    expect(rows.map((r) => r.webhook_id)).not.toContain(otherAgent)
    const event = await t.sender.db.query<{ account_id: string; data: unknown }>(
      'SELECT account_id, data FROM events WHERE id = $1',
      [published.body.id],
    )
    expect(event.rows[0]).toEqual({ account_id: carol.accountId, data: completed })
  })

  it('stores the given timestamp', async () => {
    const published = await alice.post<Published>('/v1/events', {
      type: 'call.failed',
      data: failed,
      timestamp: '2026-04-01T12:30:00Z',
    })
    const row = await t.sender.db.query<{ occurred_at: Date }>(
      'SELECT occurred_at FROM events WHERE id = $1',
      [published.body.id],
    )
    expect(new Date(row.rows[0]!.occurred_at).toISOString()).toBe('2026-04-01T12:30:00.000Z')
  })

  it('refuses data that breaks the contract with every failing path', async () => {
    const before = await t.sender.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')
    const reply = await alice.post<Problem>('/v1/events', {
      type: 'call.completed',
      data: { ...completed, call_id: 'not-a-uuid', duration_seconds: -1, agent_id: undefined },
    })
    expect(reply.status).toBe(422)
    const paths = reply.body.errors!.map((e) => e.path)
    expect(paths).toEqual(
      expect.arrayContaining(['/data/call_id', '/data/duration_seconds', '/data/agent_id']),
    )
    expect(paths.every((p) => p.startsWith('/data/'))).toBe(true)
    const after = await t.sender.db.query<{ n: number }>('SELECT count(*)::int AS n FROM events')
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n)
  })

  it('refuses unknown and reserved types and malformed requests (400, unknown and reserved types at /type)', async () => {
    const unknown = await alice.post<Problem>('/v1/events', { type: 'call.exploded', data: {} })
    expect(unknown.status).toBe(400)
    expect(unknown.body.errors?.map((e) => e.path)).toEqual(['/type'])
    const reserved = catalog.find((e) => e.reserved)!
    const refused = await alice.post<Problem>('/v1/events', {
      type: reserved.name,
      data: reserved.example.data,
    })
    expect(refused.status).toBe(400)
    expect(refused.body.errors).toEqual([{ path: '/type', message: expect.stringContaining('reserved') }])

    const malformed = await alice.post<Problem>('/v1/events', { type: 'Not A Type', data: 'text', extra: 1 })
    expect(malformed.status).toBe(400)
    expect(malformed.body.errors?.map((e) => e.path).sort()).toEqual(['/data', '/extra', '/type'])
    const missing = await alice.post<Problem>('/v1/events', {})
    expect(missing.body.errors?.map((e) => e.path).sort()).toEqual(['/data', '/type'])
    const badTime = await alice.post<Problem>('/v1/events', {
      type: 'call.failed',
      data: failed,
      timestamp: 'noon',
    })
    expect(badTime.body.errors?.map((e) => e.path)).toEqual(['/timestamp'])
  })

  it('publishes once per idempotency key, from the body or the header', async () => {
    await webhook(alice, { events: ['call.failed'] })
    const first = await alice.post<Published>('/v1/events', {
      type: 'call.failed',
      data: failed,
      idempotency_key: 'k1',
    })
    expect(first.body).toMatchObject({ duplicate: false, deliveries: 1 })
    const second = await alice.post<Published>(
      '/v1/events',
      { type: 'call.failed', data: failed },
      {
        headers: { 'idempotency-key': 'k1' },
      },
    )
    expect(second.status).toBe(202)
    expect(second.body).toEqual({ id: first.body.id, type: 'call.failed', deliveries: 0, duplicate: true })
    const rows = await t.sender.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM events WHERE account_id = $1 AND idempotency_key = 'k1'`,
      [alice.accountId],
    )
    expect(rows.rows[0]!.n).toBe(1)
    expect(await deliveriesOf(first.body.id)).toHaveLength(1)

    // Keys are per account: Bob's k1 is a different event.
    const bobs = await bob.post<Published>('/v1/events', {
      type: 'call.failed',
      data: failed,
      idempotency_key: 'k1',
    })
    expect(bobs.body.duplicate).toBe(false)
    expect(bobs.body.id).not.toBe(first.body.id)

    const conflict = await alice.post<Problem>('/v1/events', {
      type: 'call.failed',
      data: { ...failed, reason: 'no_answer' },
      idempotency_key: 'k1',
    })
    expect(conflict.status).toBe(409)
    const mismatch = await alice.post<Problem>(
      '/v1/events',
      { type: 'call.failed', data: failed, idempotency_key: 'k2' },
      { headers: { 'idempotency-key': 'k3' } },
    )
    expect(mismatch.status).toBe(400)
    expect(mismatch.body.errors?.map((e) => e.path)).toEqual(['Idempotency-Key'])
  })

  it('concurrent publishes with one key make one event and one fan-out', async () => {
    const dave = await t.account('Dave')
    await webhook(dave, {})
    await webhook(dave, {})
    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        dave.post<Published>(
          '/v1/events',
          { type: 'call.failed', data: failed },
          {
            headers: { 'idempotency-key': 'race' },
          },
        ),
      ),
    )
    expect(new Set(replies.map((r) => r.status))).toEqual(new Set([202]))
    expect(new Set(replies.map((r) => r.body.id)).size).toBe(1)
    expect(replies.filter((r) => !r.body.duplicate)).toHaveLength(1)
    const events = await t.sender.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events WHERE account_id = $1 AND type = $2',
      [dave.accountId, 'call.failed'],
    )
    expect(events.rows[0]!.n).toBe(1)
    expect(await deliveriesOf(replies[0]!.body.id)).toHaveLength(2)
  })

  it('stores no event when its deliveries cannot be stored (one transaction)', async () => {
    const erin = await t.account('Erin')
    await webhook(erin, {})
    // A real failure inside the transaction, after the event row is written.
    await t.sender.db.query(`CREATE FUNCTION refuse_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused by test'; END $$`)
    await t.sender.db.query(`CREATE TRIGGER refuse_delivery BEFORE INSERT ON deliveries FOR EACH ROW
      WHEN (NEW.account_id = '${erin.accountId}') EXECUTE FUNCTION refuse_delivery()`)
    try {
      const response = await fetch(`${t.sender.url}/v1/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${erin.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'call.failed', data: failed }),
      })
      expect(response.status).toBe(500)
      const body = (await response.json()) as Problem
      openapi.assertProblem(response.headers.get('content-type'), body)
      expect(JSON.stringify(body)).not.toMatch(/refused by test|at .*\.ts/)
    } finally {
      await t.sender.db.query('DROP TRIGGER refuse_delivery ON deliveries')
      await t.sender.db.query('DROP FUNCTION refuse_delivery()')
    }
    const events = await t.sender.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM events WHERE account_id = $1 AND type = $2',
      [erin.accountId, 'call.failed'],
    )
    expect(events.rows[0]!.n).toBe(0)
  })

  it('sends a test event to one webhook only, even when it is not subscribed', async () => {
    const frank = await t.account('Frank')
    const target = await webhook(frank, { events: ['call.completed'] })
    const bystander = await webhook(frank, {})
    const ping = await frank.post<{ event_id: string; delivery_id: string }>(
      `/v1/webhooks/${target}/test`,
      {},
    )
    expect(ping.status).toBe(202)
    const rows = await deliveriesOf(ping.body.event_id)
    expect(rows.map((r) => r.webhook_id)).toEqual([target])
    expect(rows.map((r) => r.webhook_id)).not.toContain(bystander)
    const detail = await frank.get<{ event_type: string; payload: { data: Record<string, unknown> } }>(
      `/v1/deliveries/${ping.body.delivery_id}`,
    )
    expect(detail.body.event_type).toBe('test.ping')
    expect(detail.body.payload.data).toEqual({ message: expect.any(String), webhook_id: target })

    const typed = await frank.post<{ event_id: string }>(`/v1/webhooks/${target}/test`, {
      type: 'call.failed',
    })
    const event = await t.sender.db.query<{ type: string; data: unknown }>(
      'SELECT type, data FROM events WHERE id = $1',
      [typed.body.event_id],
    )
    expect(event.rows[0]).toEqual({ type: 'call.failed', data: failed })

    const unknown = await frank.post<Problem>(`/v1/webhooks/${target}/test`, { type: 'call.exploded' })
    expect(unknown.status).toBe(400)
    const reserved = await frank.post<Problem>(`/v1/webhooks/${target}/test`, {
      type: catalog.find((e) => e.reserved)!.name,
    })
    expect(reserved.status).toBe(400)
    await frank.patch(`/v1/webhooks/${target}`, { active: false })
    const inactive = await frank.post<Problem>(`/v1/webhooks/${target}/test`, {})
    expect(inactive.status).toBe(409)
  })

  it('serves the catalog with schemas and examples', async () => {
    const page = await alice.get<{
      data: { name: string; reserved: boolean; schema: object; example: object }[]
      total: number
      has_more: boolean
    }>('/v1/event-types?limit=100')
    expect(page.body.total).toBe(catalog.length)
    expect(page.body.has_more).toBe(false)
    expect(page.body.data.map((e) => e.name)).toEqual(catalog.map((e) => e.name))
    const ping = page.body.data.find((e) => e.name === 'test.ping')!
    expect(ping).toMatchObject({ reserved: false, schema: { type: 'object' } })
    expect(page.body.data.filter((e) => e.reserved).length).toBeGreaterThan(0)
    const first = await alice.get<{ data: unknown[]; has_more: boolean }>('/v1/event-types?limit=5')
    expect(first.body.data).toHaveLength(5)
    expect(first.body.has_more).toBe(true)
    expect((await alice.get<Problem>('/v1/event-types?limit=500')).status).toBe(400)
  })
})
