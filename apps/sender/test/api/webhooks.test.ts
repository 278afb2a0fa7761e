import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, RECEIVER_URL, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Problem {
  type: string
  status: number
  detail: string
  errors?: { path: string; message: string }[]
}

interface Webhook {
  id: string
  url: string
  events: string[] | null
  agent_id: string | null
  active: boolean
  disabled_reason: string | null
  signature_scheme: string
  headers: Record<string, string>
  max_attempts: number
  secret?: string
}

const paths = (problem: Problem) => (problem.errors ?? []).map((e) => e.path).sort()

describe.each(engines)('webhooks (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>

  beforeAll(async () => {
    t = await startTestSender(engine, 'webhooks')
    alice = await t.account('Alice')
    bob = await t.account('Bob')
  }, 180_000)
  afterAll(() => t?.stop())

  it('creates a webhook with every field and shows the secret only then', async () => {
    const created = await alice.post<Webhook>('/v1/webhooks', {
      url: RECEIVER_URL,
      description: 'bookings',
      events: ['call.completed', 'appointment.created'],
      agent_id: 'agent-1',
      signature_scheme: 't-v1',
      headers: { 'X-Gateway-Token': 'gw_1' },
      alert_email: 'oncall@example.com',
      max_attempts: 3,
      rate_limit_per_second: 50,
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      url: RECEIVER_URL,
      events: ['call.completed', 'appointment.created'],
      signature_scheme: 't-v1',
      max_attempts: 3,
      active: true,
    })
    expect(created.body.secret).toMatch(/^whsec_/)
    const got = await alice.get<Webhook>(`/v1/webhooks/${created.body.id}`)
    expect(got.body).not.toHaveProperty('secret')
    expect(got.body).toEqual(Object.fromEntries(Object.entries(created.body).filter(([k]) => k !== 'secret')))
    const stored = await t.sender.db.query<{ secret_enc: string }>(
      'SELECT secret_enc FROM webhooks WHERE id = $1',
      [created.body.id],
    )
    expect(stored.rows[0]!.secret_enc).toMatch(/^v1\./)
    expect(stored.rows[0]!.secret_enc).not.toContain(created.body.secret!.slice(6))
  })

  it('defaults to every event, standard signatures and 6 attempts', async () => {
    const created = await alice.post<Webhook>('/v1/webhooks', { url: RECEIVER_URL })
    expect(created.body).toMatchObject({
      events: null,
      signature_scheme: 'standard',
      max_attempts: 6,
      headers: {},
    })
  })

  it('names each invalid field, 400 for shape and 422 for refused values', async () => {
    const shape = await alice.post<Problem>('/v1/webhooks', {
      url: 'not a url',
      signature_scheme: 'md5',
      max_attempts: 0,
      events: [],
      colour: 'red',
    })
    expect(shape.status).toBe(400)
    expect(paths(shape.body)).toEqual(['/colour', '/events', '/max_attempts', '/signature_scheme', '/url'])
    expect(shape.body.errors?.find((e) => e.path === '/signature_scheme')?.message).toContain(
      'hmac-sha256-hex',
    )

    const refused = await alice.post<Problem>('/v1/webhooks', {
      url: 'http://10.1.2.3/hooks',
      events: ['call.completed', 'call.exploded'],
      headers: { 'webhook-signature': 'forged' },
    })
    expect(refused.status).toBe(422)
    expect(paths(refused.body)).toEqual(['/events/1', '/headers/webhook-signature', '/url'])

    const scheme = await alice.post<Problem>('/v1/webhooks', { url: 'ftp://hooks.example.com/x' })
    expect(scheme.status).toBe(422)
    expect(scheme.body.errors).toEqual([{ path: '/url', message: expect.stringMatching(/http/) }])
    const missing = await alice.post<Problem>('/v1/webhooks', {})
    expect(missing.body.errors).toEqual([{ path: '/url', message: 'is required' }])
  })

  it('lists newest first with filters and bounded pages', async () => {
    const carol = await t.account('Carol')
    const ids: string[] = []
    for (let i = 0; i < 5; i++) {
      const created = await carol.post<Webhook>('/v1/webhooks', {
        url: `${RECEIVER_URL}/${i}`,
        agent_id: i % 2 === 0 ? 'agent-even' : null,
        active: i !== 4,
      })
      ids.push(created.body.id)
    }
    const all = await carol.get<{ data: Webhook[]; total: number; has_more: boolean }>('/v1/webhooks')
    expect(all.body.total).toBe(4)
    expect(all.body.data.map((w) => w.id)).toEqual([ids[3], ids[2], ids[1], ids[0]])
    const inactive = await carol.get<{ total: number }>('/v1/webhooks?include_inactive=true')
    expect(inactive.body.total).toBe(5)
    const even = await carol.get<{ data: Webhook[] }>(
      '/v1/webhooks?agent_id=agent-even&include_inactive=true',
    )
    expect(even.body.data.map((w) => w.id)).toEqual([ids[4], ids[2], ids[0]])
    const page = await carol.get<{ data: Webhook[]; total: number; has_more: boolean; offset: number }>(
      '/v1/webhooks?limit=2&offset=1',
    )
    expect(page.body).toMatchObject({ total: 4, offset: 1, limit: 2, has_more: true })
    expect(page.body.data.map((w) => w.id)).toEqual([ids[2], ids[1]])
    const last = await carol.get<{ has_more: boolean; data: Webhook[] }>('/v1/webhooks?limit=100&offset=3')
    expect(last.body).toMatchObject({ has_more: false })
    expect(last.body.data).toHaveLength(1)
    const beyond = await carol.get<{ data: Webhook[]; total: number }>('/v1/webhooks?offset=50')
    expect(beyond.body).toMatchObject({ data: [], total: 4 })

    for (const [query, path] of [
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=1.5', 'limit'],
      ['offset=-1', 'offset'],
      ['include_inactive=yes', 'include_inactive'],
    ]) {
      const bad = await carol.get<Problem>(`/v1/webhooks?${query}`)
      expect(bad.status, query).toBe(400)
      expect(paths(bad.body), query).toEqual([path])
    }
  })

  it('PATCH edits given fields, and re-activation clears the disabled state', async () => {
    const created = await alice.post<Webhook>('/v1/webhooks', { url: RECEIVER_URL, events: ['call.failed'] })
    await t.sender.db.query(
      `UPDATE webhooks SET active = false, disabled_reason = 'HTTP 410 Gone', disabled_at = now(),
         consecutive_failures = 10 WHERE id = $1`,
      [created.body.id],
    )
    const off = await alice.get<Webhook>(`/v1/webhooks/${created.body.id}`)
    expect(off.body).toMatchObject({ active: false, disabled_reason: 'HTTP 410 Gone' })

    const patched = await alice.patch<Webhook>(`/v1/webhooks/${created.body.id}`, {
      active: true,
      events: null,
      description: 'again',
    })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({
      active: true,
      disabled_reason: null,
      events: null,
      url: RECEIVER_URL,
    })
    const row = await t.sender.db.query<{ consecutive_failures: number; disabled_at: Date | null }>(
      'SELECT consecutive_failures, disabled_at FROM webhooks WHERE id = $1',
      [created.body.id],
    )
    expect(row.rows[0]).toEqual({ consecutive_failures: 0, disabled_at: null })

    const deactivated = await alice.patch<Webhook>(`/v1/webhooks/${created.body.id}`, { active: false })
    expect(deactivated.body).toMatchObject({ active: false, disabled_reason: null })
    const empty = await alice.patch<Problem>(`/v1/webhooks/${created.body.id}`, {})
    expect(empty.status).toBe(400)
    const badUrl = await alice.patch<Problem>(`/v1/webhooks/${created.body.id}`, {
      url: 'http://192.168.1.1/',
    })
    expect(badUrl.status).toBe(422)
    expect(paths(badUrl.body)).toEqual(['/url'])
  })

  it('DELETE removes the webhook and turns its waiting deliveries dead', async () => {
    const created = await alice.post<Webhook>('/v1/webhooks', { url: RECEIVER_URL, events: ['test.ping'] })
    const id = created.body.id
    const published = await alice.post<{ id: string }>('/v1/events', {
      type: 'test.ping',
      data: { message: 'x', webhook_id: id },
    })
    expect(published.status).toBe(202)
    await t.sender.db.query(
      `UPDATE deliveries SET status = 'delivered', delivered_at = now()
       WHERE id = (SELECT id FROM deliveries WHERE webhook_id = $1 LIMIT 1)`,
      [id],
    )
    await alice.post('/v1/events', { type: 'test.ping', data: { message: 'y', webhook_id: id } })
    await alice.post('/v1/events', { type: 'test.ping', data: { message: 'z', webhook_id: id } })
    await t.sender.db.query(
      `UPDATE deliveries SET status = 'processing', lease_owner = 'w1'
       WHERE id = (SELECT id FROM deliveries WHERE webhook_id = $1 AND status = 'pending' LIMIT 1)`,
      [id],
    )

    expect((await alice.delete(`/v1/webhooks/${id}`)).status).toBe(204)
    const statuses = await t.sender.db.query<{
      status: string
      last_error: string | null
      lease_owner: string | null
    }>('SELECT status, last_error, lease_owner FROM deliveries WHERE webhook_id = $1 ORDER BY status', [id])
    expect(statuses.rows).toEqual([
      { status: 'dead', last_error: 'endpoint deleted', lease_owner: null },
      { status: 'dead', last_error: 'endpoint deleted', lease_owner: null },
      { status: 'delivered', last_error: null, lease_owner: null },
    ])
    expect((await alice.get<Problem>(`/v1/webhooks/${id}`)).status).toBe(404)
    expect((await alice.delete<Problem>(`/v1/webhooks/${id}`)).status).toBe(404)
    const list = await alice.get<{ data: Webhook[] }>('/v1/webhooks?include_inactive=true&limit=100')
    expect(list.body.data.map((w) => w.id)).not.toContain(id)
  })

  it('rotates the secret, keeping the old one for the grace period', async () => {
    const created = await alice.post<Webhook>('/v1/webhooks', { url: RECEIVER_URL })
    const before = await t.sender.db.query<{ secret_enc: string }>(
      'SELECT secret_enc FROM webhooks WHERE id = $1',
      [created.body.id],
    )
    const rotated = await alice.post<Webhook & { previous_secret_expires_at: string }>(
      `/v1/webhooks/${created.body.id}/rotate-secret`,
      { grace_period_seconds: 3600 },
    )
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
    expect(rotated.body.secret).not.toBe(created.body.secret)
    const expires = new Date(rotated.body.previous_secret_expires_at).getTime()
    expect(Math.abs(expires - (Date.now() + 3_600_000))).toBeLessThan(60_000)
    const after = await t.sender.db.query<{ secret_enc: string; previous_secret_enc: string }>(
      'SELECT secret_enc, previous_secret_enc FROM webhooks WHERE id = $1',
      [created.body.id],
    )
    expect(after.rows[0]!.previous_secret_enc).toBe(before.rows[0]!.secret_enc)
    expect(after.rows[0]!.secret_enc).not.toBe(before.rows[0]!.secret_enc)

    // One rotation at a time: a second one during the grace period is refused until the first is promoted.
    const overlapping = await alice.post<Problem>(`/v1/webhooks/${created.body.id}/rotate-secret`, {
      grace_period_seconds: 0,
    })
    expect(overlapping.status).toBe(409)
    expect(overlapping.body.detail).toMatch(/promote-secret/)
    const promoted = await alice.post<Webhook>(`/v1/webhooks/${created.body.id}/promote-secret`, {})
    expect(promoted.status).toBe(200)
    const retired = await t.sender.db.query<{ previous_secret_enc: string | null }>(
      'SELECT previous_secret_enc FROM webhooks WHERE id = $1',
      [created.body.id],
    )
    expect(retired.rows[0]!.previous_secret_enc).toBeNull()
    expect((await alice.post<Problem>(`/v1/webhooks/${created.body.id}/promote-secret`, {})).status).toBe(409)

    const immediate = await alice.post<{ previous_secret_expires_at: string }>(
      `/v1/webhooks/${created.body.id}/rotate-secret`,
      { grace_period_seconds: 0 },
    )
    expect(Math.abs(new Date(immediate.body.previous_secret_expires_at).getTime() - Date.now())).toBeLessThan(
      60_000,
    )
    const defaulted = await alice.post<{ previous_secret_expires_at: string }>(
      `/v1/webhooks/${created.body.id}/rotate-secret`,
      {},
    )
    const day = new Date(defaulted.body.previous_secret_expires_at).getTime() - Date.now()
    expect(Math.abs(day - 86_400_000)).toBeLessThan(60_000)
    const tooLong = await alice.post<Problem>(`/v1/webhooks/${created.body.id}/rotate-secret`, {
      grace_period_seconds: 604_801,
    })
    expect(tooLong.status).toBe(400)
    expect(paths(tooLong.body)).toEqual(['/grace_period_seconds'])
  })

  it("answers 404 for another account's webhook on every route", async () => {
    const theirs = await bob.post<Webhook>('/v1/webhooks', { url: RECEIVER_URL })
    const id = theirs.body.id
    const replies = [
      await alice.get<Problem>(`/v1/webhooks/${id}`),
      await alice.patch<Problem>(`/v1/webhooks/${id}`, { active: false }),
      await alice.delete<Problem>(`/v1/webhooks/${id}`),
      await alice.post<Problem>(`/v1/webhooks/${id}/rotate-secret`, {}),
      await alice.post<Problem>(`/v1/webhooks/${id}/test`, {}),
      await alice.get<Problem>(`/v1/webhooks/${id}/deliveries`),
      await alice.get<Problem>(`/v1/webhooks/${id}/deliveries/summary`),
      await alice.post<Problem>(`/v1/webhooks/${id}/replay`, { since: '2026-01-01T00:00:00Z' }),
    ]
    for (const reply of replies) {
      expect(reply.status).toBe(404)
      expect(reply.body.type).toBe('/problems/not-found')
    }
    const still = await bob.get<Webhook>(`/v1/webhooks/${id}`)
    expect(still.body).toMatchObject({ active: true })
    const mine = await alice.get<{ data: Webhook[] }>('/v1/webhooks?include_inactive=true&limit=100')
    expect(mine.body.data.map((w) => w.id)).not.toContain(id)
    expect((await alice.get<Problem>('/v1/webhooks/not-an-id')).status).toBe(404)
  })
})
