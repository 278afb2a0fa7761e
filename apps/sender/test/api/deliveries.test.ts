import { catalog, validateEvent } from '@voicehooks/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, RECEIVER_URL, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Problem {
  type: string
  status: number
  errors?: { path: string; message: string }[]
}
interface Delivery {
  id: string
  event_id: string
  webhook_id: string
  event_type: string
  status: string
  attempt_count: number
  max_attempts: number
  next_attempt_at: string | null
  last_status_code: number | null
  last_error: string | null
}

const failedData = catalog.find((e) => e.name === 'call.failed')!.example.data

describe.each(engines)('deliveries (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>
  let hook: string
  /** Delivery ids, oldest first. */
  const ids: string[] = []

  const sql = <T extends object>(text: string, params: unknown[] = []) =>
    t.sender.db.query<T>(text, params).then((r) => r.rows)

  /** What a worker would leave behind after `attempts` failed attempts. */
  const simulate = async (id: string, status: string, attempts: number, statusCode: number | null = 500) => {
    for (let n = 1; n <= attempts; n++) {
      await sql(
        `INSERT INTO attempts (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt, worker)
         VALUES ($1, $2, now(), $3, $4, $5, $6, 'test-worker')`,
        [id, n, 10 * n, statusCode, statusCode === 200 ? null : `HTTP ${statusCode}`, 'oops'],
      )
    }
    await sql(
      `UPDATE deliveries SET status = $2, attempt_count = $3, last_status_code = $4, lease_owner = NULL,
         delivered_at = CASE WHEN $2 = 'delivered' THEN now() END,
         next_attempt_at = CASE WHEN $2 IN ('pending', 'processing') THEN next_attempt_at END,
         last_error = CASE WHEN $2 = 'delivered' THEN NULL ELSE 'HTTP 500' END
       WHERE id = $1`,
      [id, status, attempts, statusCode],
    )
  }

  beforeAll(async () => {
    t = await startTestSender(engine, 'deliveries')
    alice = await t.account('Alice')
    bob = await t.account('Bob')
    hook = (await alice.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL, max_attempts: 3 })).body.id
    for (let i = 0; i < 5; i++) {
      const published = await alice.post<{ id: string }>('/v1/events', {
        type: 'call.failed',
        data: failedData,
      })
      const [row] = await sql<{ id: string }>('SELECT id FROM deliveries WHERE event_id = $1', [
        published.body.id,
      ])
      ids.push(row!.id)
    }
    await simulate(ids[0]!, 'delivered', 2, 200)
    await simulate(ids[1]!, 'failed', 3)
    await simulate(ids[2]!, 'dead', 1)
    await sql(
      `UPDATE deliveries SET status = 'processing', lease_owner = 'w', attempt_count = 1 WHERE id = $1`,
      [ids[3]],
    )
  }, 180_000)
  afterAll(() => t?.stop())

  it('lists newest first, filtered by status, in bounded pages', async () => {
    const all = await alice.get<{ data: Delivery[]; total: number }>(`/v1/webhooks/${hook}/deliveries`)
    expect(all.body.total).toBe(5)
    expect(all.body.data.map((d) => d.id)).toEqual([...ids].reverse())
    expect(all.body.data[0]).toMatchObject({ status: 'pending', event_type: 'call.failed', attempt_count: 0 })
    expect(all.body.data[0]!.next_attempt_at).not.toBeNull()
    expect(all.body.data.find((d) => d.status === 'processing')!.next_attempt_at).toBeNull()

    const finished = await alice.get<{ data: Delivery[]; total: number }>(
      `/v1/webhooks/${hook}/deliveries?status=failed&status=dead`,
    )
    expect(finished.body.total).toBe(2)
    expect(finished.body.data.map((d) => d.status)).toEqual(['dead', 'failed'])
    const page = await alice.get<{ data: Delivery[]; has_more: boolean }>(
      `/v1/webhooks/${hook}/deliveries?limit=2&offset=2`,
    )
    expect(page.body.data.map((d) => d.id)).toEqual([ids[2], ids[1]])
    expect(page.body.has_more).toBe(true)

    const bad = await alice.get<Problem>(`/v1/webhooks/${hook}/deliveries?status=lost&limit=0`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.map((e) => e.path).sort()).toEqual(['limit', 'status'])
  })

  it('summarises by status', async () => {
    const summary = await alice.get(`/v1/webhooks/${hook}/deliveries/summary`)
    expect(summary.body).toEqual({ total: 5, pending: 1, processing: 1, delivered: 1, failed: 1, dead: 1 })
  })

  it('shows one delivery with its attempts and the envelope it sends', async () => {
    const detail = await alice.get<
      Delivery & { attempts: { attempt: number; status_code: number }[]; payload: unknown }
    >(`/v1/deliveries/${ids[1]}`)
    expect(detail.body).toMatchObject({
      id: ids[1],
      status: 'failed',
      attempt_count: 3,
      last_status_code: 500,
    })
    expect(detail.body.attempts.map((a) => a.attempt)).toEqual([1, 2, 3])
    const envelope = validateEvent(detail.body.payload)
    expect(envelope.ok ? [] : envelope.errors).toEqual([])
    expect(detail.body.payload).toMatchObject({
      id: detail.body.event_id,
      type: 'call.failed',
      event: 'call.failed',
      account_id: alice.accountId,
      webhook_id: hook,
      data: failedData,
    })
  })

  it('retries a finished delivery once more, and refuses one still queued', async () => {
    const busy = await alice.post<Problem>(`/v1/deliveries/${ids[4]}/retry`)
    expect(busy.status).toBe(409)
    const processing = await alice.post<Problem>(`/v1/deliveries/${ids[3]}/retry`)
    expect(processing.status).toBe(409)

    const retried = await alice.post<Delivery>(`/v1/deliveries/${ids[1]}/retry`, {})
    expect(retried.status).toBe(202)
    expect(retried.body).toMatchObject({ id: ids[1], status: 'pending', attempt_count: 3, max_attempts: 4 })
    const [row] = await sql<{ due: boolean; lease_owner: string | null }>(
      'SELECT next_attempt_at <= now() AS due, lease_owner FROM deliveries WHERE id = $1',
      [ids[1]],
    )
    expect(row).toEqual({ due: true, lease_owner: null })
    // Put it back for the tests after this one.
    await simulate(ids[1]!, 'failed', 0)
    await sql('UPDATE deliveries SET attempt_count = 3, max_attempts = 3 WHERE id = $1', [ids[1]])
  })

  it('replays finished deliveries in a time window and status set', async () => {
    const since = new Date(Date.now() - 3_600_000).toISOString()
    const none = await alice.post<{ replayed: number }>(`/v1/webhooks/${hook}/replay`, {
      since,
      until: new Date(Date.now() - 1_800_000).toISOString(),
    })
    expect(none.body).toEqual({ replayed: 0 })

    const replayed = await alice.post<{ replayed: number }>(`/v1/webhooks/${hook}/replay`, { since })
    expect(replayed.status).toBe(202)
    expect(replayed.body).toEqual({ replayed: 2 })
    const rows = await sql<{ id: string; status: string; max_attempts: number; lease_owner: string | null }>(
      'SELECT id, status, max_attempts, lease_owner FROM deliveries WHERE webhook_id = $1',
      [hook],
    )
    const byId = new Map(rows.map((r) => [r.id, r]))
    expect(byId.get(ids[0]!)!.status).toBe('delivered')
    expect(byId.get(ids[1]!)).toMatchObject({ status: 'pending', max_attempts: 4, lease_owner: null })
    expect(byId.get(ids[2]!)).toMatchObject({ status: 'pending', max_attempts: 3 })
    expect(byId.get(ids[3]!)!.status).toBe('processing')

    const delivered = await alice.post<{ replayed: number }>(`/v1/webhooks/${hook}/replay`, {
      since,
      status: ['delivered'],
    })
    expect(delivered.body).toEqual({ replayed: 1 })

    const backwards = await alice.post<Problem>(`/v1/webhooks/${hook}/replay`, { since, until: since })
    expect(backwards.status).toBe(422)
    expect(backwards.body.errors?.map((e) => e.path)).toEqual(['/until'])
    const shape = await alice.post<Problem>(`/v1/webhooks/${hook}/replay`, { status: ['pending'] })
    expect(shape.status).toBe(400)
    expect(shape.body.errors?.map((e) => e.path).sort()).toEqual(['/since', '/status/0'])
  })

  it('refuses retry and replay for an inactive webhook, and retry for a deleted one', async () => {
    const other = (
      await alice.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL, events: ['call.ended'] })
    ).body.id
    const test = await alice.post<{ delivery_id: string }>(`/v1/webhooks/${other}/test`, {})
    await simulate(test.body.delivery_id, 'failed', 1)
    await alice.patch(`/v1/webhooks/${other}`, { active: false })
    expect((await alice.post<Problem>(`/v1/deliveries/${test.body.delivery_id}/retry`)).status).toBe(409)
    const replay = await alice.post<Problem>(`/v1/webhooks/${other}/replay`, {
      since: '2020-01-01T00:00:00Z',
    })
    expect(replay.status).toBe(409)
    await alice.delete(`/v1/webhooks/${other}`)
    expect((await alice.post<Problem>(`/v1/deliveries/${test.body.delivery_id}/retry`)).status).toBe(409)
    // Deliveries of a deleted webhook stay readable.
    const kept = await alice.get<Delivery>(`/v1/deliveries/${test.body.delivery_id}`)
    expect(kept.status).toBe(200)
  })

  it("answers 404 for another account's delivery", async () => {
    for (const reply of [
      await bob.get<Problem>(`/v1/deliveries/${ids[0]}`),
      await bob.post<Problem>(`/v1/deliveries/${ids[1]}/retry`),
      await bob.get<Problem>('/v1/deliveries/dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB'),
      await bob.get<Problem>('/v1/deliveries/garbage'),
    ]) {
      expect(reply.status).toBe(404)
    }
    const [row] = await sql<{ status: string }>('SELECT status FROM deliveries WHERE id = $1', [ids[1]])
    expect(row!.status).toBe('pending')
  })
})
