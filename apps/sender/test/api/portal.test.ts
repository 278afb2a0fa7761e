import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  availableEngines,
  OPERATOR_TOKEN,
  RECEIVER_URL,
  startTestSender,
  type TestSender,
} from './harness.js'

const engines = await availableEngines()

const AGENT = '830f767a-397e-4b39-82ff-235cd344e2f9'
const OTHER_AGENT = '11111111-2222-4333-8444-555555555555'

interface Problem {
  type: string
  status: number
  detail: string
  errors?: { path: string; message: string }[]
}
interface PortalSession {
  id: string
  url: string
  token: string
  account_id: string
  agent_id: string | null
  expires_at: string
  theme: Record<string, string>
}

describe.each(engines)('portal sessions (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>
  let agentHook: string
  let otherHook: string
  let bobHook: string
  let portal: PortalSession

  beforeAll(async () => {
    t = await startTestSender(engine, 'portal')
    alice = await t.account('Alice')
    bob = await t.account('Bob')
    agentHook = (await alice.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL, agent_id: AGENT }))
      .body.id
    otherHook = (
      await alice.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL, agent_id: OTHER_AGENT })
    ).body.id
    bobHook = (await bob.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL })).body.id
    const created = await t.anonymous.post<PortalSession>(
      '/v1/portal-sessions',
      {
        account_id: alice.accountId,
        agent_id: AGENT,
        ttl_minutes: 15,
        theme: { title: 'Acme Voice', accent_color: '#0f766e', logo_url: 'https://cdn.example.com/logo.svg' },
      },
      { token: OPERATOR_TOKEN },
    )
    expect(created.status).toBe(201)
    portal = created.body
  })

  afterAll(() => t?.stop())

  it('gives the operator a link to the dashboard with the token in the fragment, stored hashed', async () => {
    expect(portal.url).toBe(`${t.sender.url}/dashboard/portal#token=${portal.token}`)
    expect(portal.token).toMatch(/^vhp_[0-9A-Za-z_-]{43}$/)
    expect(portal).toMatchObject({ account_id: alice.accountId, agent_id: AGENT })
    const minutes = (Date.parse(portal.expires_at) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15)
    const stored = await t.sender.db.query<{ token_hash: string }>(
      'SELECT token_hash FROM portal_sessions WHERE id = $1',
      [portal.id],
    )
    expect(stored.rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored.rows)).not.toContain(portal.token.slice(4))
  })

  it('tells the portal its account, scope and theme', async () => {
    const me = await alice.get('/v1/me', { token: portal.token })
    expect(me.status).toBe(200)
    expect(me.body).toEqual({
      account: { id: alice.accountId, name: 'Alice' },
      credential: { type: 'portal_session', id: portal.id, name: null },
      portal: { agent_id: AGENT, expires_at: portal.expires_at, theme: portal.theme },
    })
    const key = await alice.get('/v1/me')
    expect(key.body).toMatchObject({ credential: { type: 'api_key', id: alice.keyId }, portal: null })
  })

  it('shows and changes only the webhooks of its agent', async () => {
    const list = await alice.get<{ data: { id: string }[]; total: number }>('/v1/webhooks', {
      token: portal.token,
    })
    expect(list.body.data.map((w) => w.id)).toEqual([agentHook])
    const other = await alice.get<Problem>(`/v1/webhooks/${otherHook}`, { token: portal.token })
    expect(other.status).toBe(404)
    const bobs = await alice.get<Problem>(`/v1/webhooks/${bobHook}`, { token: portal.token })
    expect(bobs.status).toBe(404)
    const asked = await alice.get<Problem>(`/v1/webhooks?agent_id=${OTHER_AGENT}`, { token: portal.token })
    expect(asked.status).toBe(403)
    const created = await alice.post<{ agent_id: string; secret: string }>(
      '/v1/webhooks',
      { url: RECEIVER_URL },
      { token: portal.token },
    )
    expect(created.status).toBe(201)
    expect(created.body.agent_id).toBe(AGENT)
    const elsewhere = await alice.post<Problem>(
      '/v1/webhooks',
      { url: RECEIVER_URL, agent_id: OTHER_AGENT },
      { token: portal.token },
    )
    expect(elsewhere.status).toBe(403)
    expect(elsewhere.body.errors).toEqual([{ path: '/agent_id', message: `must be ${AGENT}` }])
    const moved = await alice.patch<Problem>(
      `/v1/webhooks/${agentHook}`,
      { agent_id: null },
      { token: portal.token },
    )
    expect(moved.status).toBe(403)
    const paused = await alice.patch<{ active: boolean }>(
      `/v1/webhooks/${agentHook}`,
      { active: false },
      { token: portal.token },
    )
    expect(paused.body.active).toBe(false)
    await alice.patch(`/v1/webhooks/${agentHook}`, { active: true }, { token: portal.token })
  })

  it('reads deliveries of its agent’s webhooks only', async () => {
    await alice.post('/v1/webhooks/' + agentHook + '/test', {})
    const theirs = await alice.post<{ delivery_id: string }>(`/v1/webhooks/${otherHook}/test`, {})
    const mine = await alice.get<{ data: { webhook_id: string }[] }>('/v1/deliveries', {
      token: portal.token,
    })
    expect(mine.body.data.length).toBeGreaterThan(0)
    expect(new Set(mine.body.data.map((d) => d.webhook_id))).toEqual(new Set([agentHook]))
    const hidden = await alice.get<Problem>(`/v1/deliveries/${theirs.body.delivery_id}`, {
      token: portal.token,
    })
    expect(hidden.status).toBe(404)
    const byKey = await alice.get(`/v1/deliveries/${theirs.body.delivery_id}`)
    expect(byKey.status).toBe(200)
  })

  it('refuses every route outside the portal with 403 problem+json', async () => {
    const refused: [string, string, unknown?][] = [
      ['GET', '/v1/api-keys'],
      ['POST', '/v1/api-keys', { name: 'sneaky' }],
      ['POST', '/v1/events', { type: 'test.ping', data: { message: 'x', webhook_id: agentHook } }],
      ['GET', '/v1/calls'],
      ['POST', '/v1/portal-sessions', {}],
    ]
    for (const [method, path, body] of refused) {
      const reply = await alice.request<Problem>(method, path, body, { token: portal.token })
      expect(reply.status, `${method} ${path}`).toBe(403)
      expect(reply.headers.get('content-type')).toContain('application/problem+json')
      expect(reply.body.type).toBe('/problems/forbidden')
    }
    const accounts = await alice.post<Problem>(
      '/v1/accounts',
      { name: 'x', email: 'x@example.com' },
      {
        token: portal.token,
      },
    )
    expect(accounts.status).toBe(401)
  })

  it('stops working when it expires', async () => {
    const short = await alice.post<PortalSession>('/v1/portal-sessions', { ttl_minutes: 1 })
    expect(short.status).toBe(201)
    expect(await alice.get('/v1/webhooks', { token: short.body.token }).then((r) => r.status)).toBe(200)
    await t.sender.db.query(
      `UPDATE portal_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [short.body.id],
    )
    const expired = await alice.get<Problem>('/v1/webhooks', { token: short.body.token })
    expect(expired.status).toBe(401)
    expect(expired.body.detail).toMatch(/expired/)
    const unknown = await alice.get<Problem>('/v1/webhooks', { token: `vhp_${'x'.repeat(43)}` })
    expect(unknown.status).toBe(401)
  })

  it('lets an API key open a portal for its own account only, and checks the body', async () => {
    const own = await alice.post<PortalSession>('/v1/portal-sessions', {})
    expect(own.status).toBe(201)
    expect(own.body).toMatchObject({ account_id: alice.accountId, agent_id: null, theme: {} })
    const unscoped = await alice.get<{ data: unknown[] }>('/v1/webhooks', { token: own.body.token })
    expect(unscoped.body.data.length).toBeGreaterThanOrEqual(3)
    const crossing = await alice.post<Problem>('/v1/portal-sessions', { account_id: bob.accountId })
    expect(crossing.status).toBe(403)
    const noAccount = await t.anonymous.post<Problem>('/v1/portal-sessions', {}, { token: OPERATOR_TOKEN })
    expect(noAccount.status).toBe(400)
    expect(noAccount.body.errors?.[0]?.path).toBe('/account_id')
    const missing = await t.anonymous.post<Problem>(
      '/v1/portal-sessions',
      { account_id: 'acct_01KERKG400GYA8F79VD773KAHE' },
      { token: OPERATOR_TOKEN },
    )
    expect(missing.status).toBe(404)
    const bad = await alice.post<Problem>('/v1/portal-sessions', {
      ttl_minutes: 0,
      theme: { accent_color: 'red', logo_url: 'http://insecure.example.com/x.png', font: 'Comic Sans' },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.map((e) => e.path).sort()).toEqual(
      ['/theme/accent_color', '/theme/font', '/theme/logo_url', '/ttl_minutes'].sort(),
    )
    const anonymous = await t.anonymous.post<Problem>('/v1/portal-sessions', {})
    expect(anonymous.status).toBe(401)
  })
})
