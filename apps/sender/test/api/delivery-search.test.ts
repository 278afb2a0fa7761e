import { catalog } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, RECEIVER_URL, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Delivery {
  id: string
  event_id: string
  webhook_id: string
  event_type: string
  status: string
}
interface DeliveryPage {
  data: Delivery[]
  total: number
  has_more: boolean
}
interface Stats {
  since: string
  until: string
  buckets: { start: string; delivered: number; failed: number; pending: number }[]
  delivered: number
  failed: number
  pending: number
  success_rate: number | null
}

const example = (type: string) => catalog.find((e) => e.name === type)!.example.data

describe.each(engines)('deliveries across endpoints, stats and calls (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>
  let first: string
  let second: string
  const events: string[] = []

  const sql = (text: string, params: unknown[] = []) => t.sender.db.query(text, params)

  beforeAll(async () => {
    t = await startTestSender(engine, 'delivery_search')
    alice = await t.account('Alice')
    bob = await t.account('Bob')
    first = (await alice.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL })).body.id
    second = (
      await alice.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL, events: ['call.failed'] })
    ).body.id
    await bob.post('/v1/webhooks', { url: RECEIVER_URL })
    for (const type of ['call.completed', 'call.failed', 'call.completed']) {
      const published = await alice.post<{ id: string }>('/v1/events', { type, data: example(type) })
      events.push(published.body.id)
    }
    await bob.post('/v1/events', { type: 'call.failed', data: example('call.failed') })
    // The call.failed event went to both endpoints: one delivered, one failed; an hour-old one is delivered.
    await sql(`UPDATE deliveries SET status = 'delivered', delivered_at = now() WHERE event_id = $1`, [
      events[0],
    ])
    await sql(`UPDATE deliveries SET status = 'failed' WHERE event_id = $1 AND webhook_id = $2`, [
      events[1],
      second,
    ])
    await sql(
      `UPDATE deliveries SET status = 'delivered', created_at = now() - interval '1 hour' WHERE event_id = $1`,
      [events[2]],
    )
  })

  afterAll(() => t?.stop())

  it('lists the account’s deliveries across endpoints, newest first, with a real total', async () => {
    const all = await alice.get<DeliveryPage>('/v1/deliveries?limit=2')
    expect(all.status).toBe(200)
    expect(all.body.total).toBe(4)
    expect(all.body.has_more).toBe(true)
    expect(all.body.data.map((d) => d.event_id)).toEqual([events[1], events[1]])
    const next = await alice.get<DeliveryPage>('/v1/deliveries?limit=2&offset=2')
    expect(next.body.data.map((d) => d.event_id)).toEqual([events[0], events[2]])
    expect(next.body.has_more).toBe(false)
  })

  it('filters by endpoint, status, event type and time, and finds by id', async () => {
    const q = async (query: string) =>
      (await alice.get<DeliveryPage>(`/v1/deliveries?${query}`)).body.data.map((d) => d.id).length
    expect(await q(`webhook_id=${second}`)).toBe(1)
    expect(await q('status=failed')).toBe(1)
    expect(await q('status=failed&status=pending')).toBe(2)
    expect(await q('event_type=call.completed')).toBe(2)
    expect(await q(`since=${new Date(Date.now() - 30 * 60_000).toISOString()}`)).toBe(3)
    expect(await q(`until=${new Date(Date.now() - 30 * 60_000).toISOString()}`)).toBe(1)
    expect(await q(`search=${events[1]}`)).toBe(2)
    const one = (await alice.get<DeliveryPage>('/v1/deliveries?limit=1')).body.data[0]!
    const found = await alice.get<DeliveryPage>(`/v1/deliveries?search=${one.id}`)
    expect(found.body.data.map((d) => d.id)).toEqual([one.id])
    expect(await q('search=not-an-id')).toBe(0)
  })

  it('never shows another account’s deliveries, and explains bad filters', async () => {
    const bobs = await bob.get<DeliveryPage>('/v1/deliveries')
    expect(bobs.body.total).toBe(1)
    expect((await bob.get<DeliveryPage>(`/v1/deliveries?search=${events[0]}`)).body.total).toBe(0)
    const bad = await alice.get<{ errors: { path: string }[] }>(
      '/v1/deliveries?status=lost&event_type=Nope&since=yesterday&webhook_id=x',
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors.map((e) => e.path).sort()).toEqual(['event_type', 'since', 'status', 'webhook_id'])
    const backwards = await alice.get('/v1/deliveries?since=2026-04-02T00:00:00Z&until=2026-04-01T00:00:00Z')
    expect(backwards.status).toBe(422)
  })

  it('counts a webhook’s deliveries per hour for the chart, with the success rate', async () => {
    const stats = await alice.get<Stats>(`/v1/webhooks/${first}/deliveries/stats`)
    expect(stats.status).toBe(200)
    expect(stats.body.buckets).toHaveLength(24)
    expect(Date.parse(stats.body.until) - Date.parse(stats.body.since)).toBe(24 * 3_600_000)
    const last = stats.body.buckets.at(-1)!
    expect(last).toMatchObject({ delivered: 1, failed: 0, pending: 1 })
    expect(stats.body.buckets.at(-2)).toMatchObject({ delivered: 1, failed: 0, pending: 0 })
    expect(stats.body).toMatchObject({ delivered: 2, failed: 0, pending: 1, success_rate: 1 })
    const other = await alice.get<Stats>(`/v1/webhooks/${second}/deliveries/stats?hours=1`)
    expect(other.body).toMatchObject({ delivered: 0, failed: 1, success_rate: 0 })
    expect(other.body.buckets).toHaveLength(1)
    const empty = await bob.get<Stats>(`/v1/webhooks/${first}/deliveries/stats`)
    expect(empty.status).toBe(404)
    expect((await alice.get(`/v1/webhooks/${first}/deliveries/stats?hours=999`)).status).toBe(400)
  })

  it('shows why and when the sender disabled an endpoint, and the failure streak', async () => {
    await sql(
      `UPDATE webhooks SET active = false, disabled_reason = '10 consecutive failed deliveries', disabled_at = now(),
         consecutive_failures = 10 WHERE id = $1`,
      [second],
    )
    const hook = await alice.get<{
      disabled_reason: string
      disabled_at: string
      consecutive_failures: number
    }>(`/v1/webhooks/${second}`)
    expect(hook.body.disabled_reason).toMatch(/consecutive/)
    expect(Date.now() - Date.parse(hook.body.disabled_at)).toBeLessThan(60_000)
    expect(hook.body.consecutive_failures).toBe(10)
    const enabled = await alice.patch<{ disabled_at: string | null; consecutive_failures: number }>(
      `/v1/webhooks/${second}`,
      { active: true },
    )
    expect(enabled.body).toMatchObject({ disabled_at: null, consecutive_failures: 0 })
  })

  it('returns each attempt’s recorded request headers', async () => {
    const delivery = (await alice.get<DeliveryPage>(`/v1/deliveries?webhook_id=${second}`)).body.data[0]!
    await sql(
      `INSERT INTO attempts (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt,
         worker, request_headers) VALUES ($1, 1, now(), 12, 500, 'HTTP 500', 'no', 'w', $2::jsonb),
         ($1, 2, now(), 9, 500, 'HTTP 500', 'no', 'w', NULL)`,
      [delivery.id, JSON.stringify({ 'webhook-signature': 'v1,abc', 'X-Token': '[redacted]' })],
    )
    const detail = await alice.get<{ attempts: { request_headers: Record<string, string> | null }[] }>(
      `/v1/deliveries/${delivery.id}`,
    )
    expect(detail.body.attempts.map((a) => a.request_headers)).toEqual([
      { 'webhook-signature': 'v1,abc', 'X-Token': '[redacted]' },
      null,
    ])
  })

  it('lists calls, newest first, by agent and status', async () => {
    const register = (agent: string) =>
      alice.post<{ id: string }>('/v1/calls', {
        callback_url: RECEIVER_URL,
        agent_id: agent,
        from_number: '+14155550100',
        to_number: '+14155550101',
      })
    const a = (await register('830f767a-397e-4b39-82ff-235cd344e2f9')).body.id
    const b = (await register('11111111-2222-4333-8444-555555555555')).body.id
    await alice.post(`/v1/calls/${b}/status`, { status: 'ongoing' })
    const list = await alice.get<{ data: { id: string }[]; total: number }>('/v1/calls')
    expect(list.status).toBe(200)
    expect(list.body.data.map((c) => c.id)).toEqual([b, a])
    const byAgent = await alice.get<{ data: { id: string }[] }>(
      '/v1/calls?agent_id=830f767a-397e-4b39-82ff-235cd344e2f9',
    )
    expect(byAgent.body.data.map((c) => c.id)).toEqual([a])
    const ongoing = await alice.get<{ data: { id: string }[] }>('/v1/calls?status=ongoing')
    expect(ongoing.body.data.map((c) => c.id)).toEqual([b])
    expect((await bob.get<{ total: number }>('/v1/calls')).body.total).toBe(0)
    expect((await alice.get('/v1/calls?agent_id=nope')).status).toBe(400)
    expect((await alice.post('/v1/calls', {})).status).toBe(400)
  })
})
