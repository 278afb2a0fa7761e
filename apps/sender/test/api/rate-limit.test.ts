import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Database } from '@voicehooks/store'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiApp } from '../../src/api/app.js'
import { loadConfig } from '../../src/config.js'
import { createMetrics } from '../../src/metrics/index.js'
import { SecretBox } from '../../src/security/secret-box.js'
import { openSenderStore } from '../../src/store/open.js'
import { ApiClient, availableEngines, createTestDatabase, OPERATOR_TOKEN, type Reply } from './harness.js'

const engines = await availableEngines()

interface Problem {
  type: string
  status: number
  detail: string
}

/** A tiny limit: 3 requests at once, then one a second, so a test can cross it in a few requests. */
const LIMIT = { perSecond: 1, burst: 3 }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function retryAfterOf(reply: Reply): number {
  const header = reply.headers.get('retry-after')
  expect(header).toMatch(/^[1-9]\d*$/)
  return Number(header)
}

describe.each(engines)('request rate limiting (%s)', (engine) => {
  let db: Database
  let server: Server
  let drop: (() => Promise<void>) | undefined
  let anonymous: ApiClient
  const accounts: (ApiClient & { keyId: string })[] = []

  beforeAll(async () => {
    const database = engine === 'postgres' ? await createTestDatabase('ratelimit') : undefined
    drop = database?.drop
    db = await openSenderStore({ databaseUrl: database?.url })
    const app = createApiApp({
      db,
      config: loadConfig({}, { port: 0, operatorToken: OPERATOR_TOKEN, apiRateLimit: LIMIT }),
      logger: pino({ level: 'silent' }),
      secretBox: new SecretBox(randomBytes(32)),
      metrics: createMetrics(),
    })
    server = createServer(app)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    anonymous = new ApiClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, null)
    // Three accounts take the operator token's whole burst.
    for (const name of ['Alice', 'Bob', 'Carol']) {
      const created = await anonymous.post<{ api_key: { id: string; key: string } }>(
        '/v1/accounts',
        { name, email: `${name.toLowerCase()}-${randomBytes(3).toString('hex')}@example.com` },
        { token: OPERATOR_TOKEN },
      )
      expect(created.status).toBe(201)
      accounts.push(
        Object.assign(anonymous.withToken(created.body.api_key.key), { keyId: created.body.api_key.id }),
      )
    }
  }, 180_000)

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    // The last test closes the store itself.
    await db?.close().catch(() => undefined)
    await drop?.()
  })

  it('answers 429 with Retry-After past the burst, per key, and lets the key through once it has waited', async () => {
    const alice = accounts[0]!
    const bob = accounts[1]!
    for (let i = 0; i < LIMIT.burst; i++) expect((await alice.get('/v1/webhooks')).status).toBe(200)
    // The harness checks the 429 against the document: problem+json, documented for this operation.
    const limited = await alice.get<Problem>('/v1/webhooks')
    expect(limited.status).toBe(429)
    expect(limited.body).toMatchObject({ type: '/problems/rate-limited', status: 429 })
    const wait = retryAfterOf(limited)
    expect(wait).toBe(1)
    // Every /v1 operation is limited, not just the one that crossed the line.
    expect((await alice.post('/v1/calls', {})).status).toBe(429)

    // Another key has a bucket of its own; requests without a valid key count against nothing.
    expect((await bob.get('/v1/webhooks')).status).toBe(200)
    for (let i = 0; i < LIMIT.burst + 2; i++) {
      expect((await anonymous.get('/v1/webhooks')).status).toBe(401)
      expect((await anonymous.get('/v1/webhooks', { token: 'vhk_not-a-key' })).status).toBe(401)
    }

    await sleep(wait * 1000)
    expect((await alice.get('/v1/webhooks')).status).toBe(200)
  })

  it('refuses a key over its limit before looking it up', async () => {
    const carol = accounts[2]!
    let reply: Reply<Problem> | undefined
    for (let i = 0; i <= LIMIT.burst; i++) reply = await carol.get<Problem>('/v1/api-keys')
    expect(reply?.status).toBe(429)
    // Revoked behind the API's back: a limited key still answers 429, proving no database lookup.
    await db.query('UPDATE api_keys SET revoked_at = now() WHERE id = $1', [carol.keyId])
    const limited = await carol.get<Problem>('/v1/api-keys')
    expect(limited.status).toBe(429)
    await sleep(retryAfterOf(limited) * 1000)
    expect((await carol.get('/v1/api-keys')).status).toBe(401)
  })

  it('limits the operator token on POST /v1/accounts', async () => {
    const statuses: number[] = []
    let limited: Reply<Problem> | undefined
    // The bucket has refilled partly since the accounts were made: spend it until the first 429.
    for (let i = 0; i < LIMIT.burst + 2 && !limited; i++) {
      const reply = await anonymous.post<Problem>(
        '/v1/accounts',
        { name: 'More', email: `more-${randomBytes(3).toString('hex')}@example.com` },
        { token: OPERATOR_TOKEN },
      )
      statuses.push(reply.status)
      if (reply.status === 429) limited = reply
    }
    expect(limited?.body.type).toBe('/problems/rate-limited')
    retryAfterOf(limited!)
    expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(LIMIT.burst)
    // A wrong operator token is refused as unauthorized, not counted.
    expect(
      (await anonymous.post('/v1/accounts', { name: 'x', email: 'x@example.com' }, { token: 'nope' })).status,
    ).toBe(401)
  })

  it('answers 503 as a documented problem when the database is gone', async () => {
    const bob = accounts[1]!
    await db.close()
    const failed = await bob.get<Problem>('/v1/webhooks')
    expect(failed.status).toBe(503)
    expect(failed.headers.get('retry-after')).toBe('2')
    expect(failed.body).toMatchObject({ type: '/problems/unavailable', status: 503 })
  })
})
