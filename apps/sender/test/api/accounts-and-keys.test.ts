import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type ApiClient,
  availableEngines,
  OPERATOR_TOKEN,
  startTestSender,
  type TestSender,
} from './harness.js'

const engines = await availableEngines()

interface Problem {
  type: string
  status: number
  detail: string
  errors?: { path: string; message: string }[]
}

describe.each(engines)('accounts and API keys (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  let bob: Awaited<ReturnType<TestSender['account']>>

  beforeAll(async () => {
    t = await startTestSender(engine, 'api_keys')
    alice = await t.account('Alice Dental')
    bob = await t.account('Bob Plumbing')
  }, 180_000)
  afterAll(() => t?.stop())

  const events = async (accountId: string, type: string) =>
    (
      await t.sender.db.query<{ data: Record<string, unknown> }>(
        'SELECT data FROM events WHERE account_id = $1 AND type = $2 ORDER BY created_at',
        [accountId, type],
      )
    ).rows.map((r) => r.data)

  it('creates an account with its first key and emits auth.welcome', async () => {
    const created = await t.anonymous.post<{
      account: { id: string; email: string }
      api_key: { key: string }
    }>('/v1/accounts', { name: 'Carol Clinic', email: 'carol@clinic.example.com' }, { token: OPERATOR_TOKEN })
    expect(created.status).toBe(201)
    expect(created.body.api_key.key).toMatch(/^vhk_/)
    const welcome = await events(created.body.account.id, 'auth.welcome')
    expect(welcome).toEqual([
      expect.objectContaining({ account_id: created.body.account.id, email: 'carol@clinic.example.com' }),
    ])
    const keyCreated = await events(created.body.account.id, 'system.api_key_created')
    expect(keyCreated[0]).toMatchObject({ name: 'default', actor: { type: 'operator', id: null } })
    expect(JSON.stringify(keyCreated)).not.toContain(created.body.api_key.key)

    const again = await t.anonymous.post<Problem>(
      '/v1/accounts',
      { name: 'Carol again', email: 'CAROL@clinic.example.com' },
      { token: OPERATOR_TOKEN },
    )
    expect(again.status).toBe(409)
  })

  it('refuses account creation without the operator token, even with an API key', async () => {
    for (const token of [null, 'wrong-token', alice.token]) {
      const reply = await t.anonymous.post<Problem>(
        '/v1/accounts',
        { name: 'X', email: 'x@example.com' },
        { token },
      )
      expect(reply.status).toBe(401)
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/)
    }
  })

  it('names every invalid account field', async () => {
    const reply = await t.anonymous.post<Problem>(
      '/v1/accounts',
      { name: '', email: 'not-an-email', plan: 'gold' },
      { token: OPERATOR_TOKEN },
    )
    expect(reply.status).toBe(400)
    expect(reply.body.errors?.map((e) => e.path).sort()).toEqual(['/email', '/name', '/plan'])
  })

  it('answers 401 with WWW-Authenticate for a missing, malformed or unknown key', async () => {
    const cases: [string | null, Record<string, string>][] = [
      [null, {}],
      ['vhk_unknownkeyunknownkeyunknownkey', {}],
      [null, { authorization: 'Basic dXNlcjpwYXNz' }],
      [null, { authorization: 'Bearer' }],
    ]
    for (const [token, headers] of cases) {
      const reply = await t.anonymous.get<Problem>('/v1/webhooks', { token, headers })
      expect(reply.status).toBe(401)
      expect(reply.body.type).toBe('/problems/unauthorized')
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer/)
    }
  })

  it('creates, lists and revokes keys; a revoked key stops working at once', async () => {
    const created = await alice.post<{ id: string; key: string; prefix: string; name: string }>(
      '/v1/api-keys',
      {
        name: 'CI deploy',
      },
    )
    expect(created.status).toBe(201)
    expect(created.body.key.startsWith(created.body.prefix)).toBe(true)
    const ci = alice.withToken(created.body.key)
    expect((await ci.get('/v1/webhooks')).status).toBe(200)

    const list = await alice.get<{ data: Record<string, unknown>[]; total: number }>('/v1/api-keys')
    expect(list.body.total).toBe(2)
    expect(list.body.data[0]).toMatchObject({ id: created.body.id, name: 'CI deploy', revoked_at: null })
    expect(list.body.data.every((k) => !('key' in k) && !('key_hash' in k))).toBe(true)
    const stored = await t.sender.db.query<{ key_hash: string }>(
      'SELECT key_hash FROM api_keys WHERE id = $1',
      [created.body.id],
    )
    expect(stored.rows[0]!.key_hash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.rows[0]!.key_hash).not.toContain(created.body.key)

    expect((await alice.delete(`/v1/api-keys/${created.body.id}`)).status).toBe(204)
    expect((await ci.get<Problem>('/v1/webhooks')).status).toBe(401)
    expect((await alice.delete(`/v1/api-keys/${created.body.id}`)).status).toBe(204)
    const revoked = await events(alice.accountId, 'system.api_key_revoked')
    expect(revoked).toEqual([
      expect.objectContaining({
        api_key_id: created.body.id,
        prefix: created.body.prefix,
        actor: expect.objectContaining({ type: 'api_key', id: alice.keyId }),
      }),
    ])
    const all = await events(alice.accountId, 'system.api_key_created')
    expect(JSON.stringify(all)).not.toContain(created.body.key)
  })

  it('records when a key was last used', async () => {
    const before = await t.sender.db.query<{ last_used_at: Date | null }>(
      'SELECT last_used_at FROM api_keys WHERE id = $1',
      [bob.keyId],
    )
    await bob.get('/v1/api-keys')
    const after = await t.sender.db.query<{ last_used_at: Date | null }>(
      'SELECT last_used_at FROM api_keys WHERE id = $1',
      [bob.keyId],
    )
    expect(after.rows[0]!.last_used_at).not.toBeNull()
    if (before.rows[0]!.last_used_at) {
      expect(new Date(after.rows[0]!.last_used_at!).getTime()).toBeGreaterThanOrEqual(
        new Date(before.rows[0]!.last_used_at).getTime(),
      )
    }
  })

  it("cannot see or revoke another account's keys", async () => {
    const bobKeys = await bob.get<{ data: { id: string }[] }>('/v1/api-keys')
    const victim = bobKeys.body.data[0]!.id
    const reply = await alice.delete<Problem>(`/v1/api-keys/${victim}`)
    expect(reply.status).toBe(404)
    expect(reply.body.detail).toContain(victim)
    const aliceKeys = await alice.get<{ data: { id: string }[] }>('/v1/api-keys')
    expect(aliceKeys.body.data.map((k) => k.id)).not.toContain(victim)
    expect((await bob.get('/v1/api-keys')).status).toBe(200)
  })

  it('a key may revoke itself', async () => {
    const created = await bob.post<{ id: string; key: string }>('/v1/api-keys', { name: 'short-lived' })
    const self: ApiClient = bob.withToken(created.body.key)
    expect((await self.delete(`/v1/api-keys/${created.body.id}`)).status).toBe(204)
    expect((await self.get('/v1/api-keys')).status).toBe(401)
  })

  it('validates key names and list bounds', async () => {
    const empty = await alice.post<Problem>('/v1/api-keys', { name: '' })
    expect(empty.status).toBe(400)
    expect(empty.body.errors).toEqual([{ path: '/name', message: 'must not be empty' }])
    const missing = await alice.post<Problem>('/v1/api-keys', {})
    expect(missing.body.errors).toEqual([{ path: '/name', message: 'is required' }])
    for (const query of ['limit=0', 'limit=101', 'limit=abc', 'offset=-1']) {
      const reply = await alice.get<Problem>(`/v1/api-keys?${query}`)
      expect(reply.status, query).toBe(400)
      expect(reply.body.errors?.[0]?.path).toBe(query.split('=')[0])
    }
  })
})
