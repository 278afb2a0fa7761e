import { afterEach, describe, expect, it } from 'vitest'
import { problem, startServer, type TestServer } from '../test/http-server.js'
import { createClient } from './client.js'
import { VoicehooksApiError, VoicehooksNetworkError } from './errors.js'
import type { RetryInfo } from './retry-fetch.js'

let server: TestServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const summary = { total: 1, pending: 0, processing: 0, delivered: 1, failed: 0, dead: 0 }

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

describe('requests', () => {
  it('sends the API key, a user agent and JSON bodies to the right paths', async () => {
    server = await startServer(() => ({ status: 201, body: { id: 'wh_1', secret: 'whsec_x' } }))
    // A base URL ending in /v1 is accepted: the spec's paths already start with /v1.
    const client = createClient({ baseUrl: `${server.url}/v1/`, apiKey: 'vhk_test' })
    const created = await client.webhooks.create({
      url: 'https://example.com/hooks',
      events: ['call.completed'],
    })
    expect(created).toEqual({ id: 'wh_1', secret: 'whsec_x' })
    const [req] = server.requests
    expect(req).toMatchObject({ method: 'POST', url: '/v1/webhooks' })
    expect(req!.headers['authorization']).toBe('Bearer vhk_test')
    expect(req!.headers['user-agent']).toMatch(/^voicehooks-client\//)
    expect(JSON.parse(req!.body)).toEqual({ url: 'https://example.com/hooks', events: ['call.completed'] })
  })

  it('reaches the dashboard routes: search, stats, calls, portal sessions and me', async () => {
    server = await startServer(() => ({
      status: 200,
      body: { data: [], total: 0, offset: 0, limit: 20, has_more: false },
    }))
    const client = createClient({ baseUrl: server.url, apiKey: 'vhp_portal' })
    await client.deliveries.search({ status: ['failed'], event_type: ['call.completed'], search: 'evt_1' })
    await client.deliveries.stats('wh_1', { hours: 6 })
    await client.calls.list({ agent_id: 'a', status: ['ongoing'] })
    await client.portalSessions.create({ account_id: 'acct_1', ttl_minutes: 5 }, { operatorToken: 'op' })
    await client.me()
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /v1/deliveries?status=failed&event_type=call.completed&search=evt_1',
      'GET /v1/webhooks/wh_1/deliveries/stats?hours=6',
      'GET /v1/calls?agent_id=a&status=ongoing',
      'POST /v1/portal-sessions',
      'GET /v1/me',
    ])
    expect(server.requests[3]!.headers['authorization']).toBe('Bearer op')
    expect(server.requests[4]!.headers['authorization']).toBe('Bearer vhp_portal')
  })

  it('serialises list filters as query parameters, repeating array values', async () => {
    server = await startServer(() => ({
      status: 200,
      body: { data: [], total: 0, offset: 5, limit: 10, has_more: false },
    }))
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    await client.deliveries.list('wh_1', { status: ['failed', 'dead'], offset: 5, limit: 10 })
    expect(server.requests[0]!.url).toBe(
      '/v1/webhooks/wh_1/deliveries?status=failed&status=dead&offset=5&limit=10',
    )
  })

  it('resolves 204 answers to undefined', async () => {
    server = await startServer(() => ({ status: 204 }))
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    await expect(client.webhooks.delete('wh_1')).resolves.toBeUndefined()
    expect(server.requests[0]).toMatchObject({ method: 'DELETE', url: '/v1/webhooks/wh_1' })
  })

  it('sends the idempotency key as a header too', async () => {
    server = await startServer(() => ({
      status: 202,
      body: { id: 'evt_1', type: 'test.ping', deliveries: 1, duplicate: false },
    }))
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    await client.events.send({
      type: 'test.ping',
      data: { message: 'hi', webhook_id: 'wh_1' },
      idempotency_key: 'k-1',
    })
    expect(server.requests[0]!.headers['idempotency-key']).toBe('k-1')
  })

  it('authenticates account creation with the operator token, not the API key', async () => {
    server = await startServer(() => ({ status: 201, body: { account: {}, api_key: {} } }))
    const client = createClient({ baseUrl: server.url, apiKey: 'vhk_key' })
    await client.accounts.create({ name: 'A', email: 'a@example.com' }, { operatorToken: 'op' })
    expect(server.requests[0]!.headers['authorization']).toBe('Bearer op')
  })
})

describe('error mapping', () => {
  it('throws a typed VoicehooksApiError from a problem document', async () => {
    server = await startServer(() => problem(404, 'Not found', 'No webhook wh_404 in this account.'))
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retryDelayMs: 1 })
    const error = await caught(client.webhooks.get('wh_404'))
    expect(error).toBeInstanceOf(VoicehooksApiError)
    const e = error as VoicehooksApiError
    expect(e.message).toBe('404 Not found — No webhook wh_404 in this account.')
    expect(e).toMatchObject({
      status: 404,
      type: '/problems/not-found',
      title: 'Not found',
      code: 'not_found',
      errors: [],
    })
    expect(server.requests).toHaveLength(1)
  })

  it('keeps every failing path of a 422', async () => {
    const errors = [
      { path: '/data/call_id', message: 'must match format "uuid"' },
      { path: '/data', message: "must have required property 'duration_seconds'" },
    ]
    server = await startServer(() =>
      problem(422, 'Unprocessable', 'The data of call.completed has 2 problems.', {
        errors,
        instance: '/v1/events',
      }),
    )
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    const e = (await caught(
      client.events.send({ type: 'test.ping', data: { message: 'x', webhook_id: 'wh_1' } }),
    )) as VoicehooksApiError
    expect(e.status).toBe(422)
    expect(e.errors).toEqual(errors)
    expect(e.problem['instance']).toBe('/v1/events')
  })

  it('fills a problem from the status when the body is not one', async () => {
    server = await startServer(() => ({ status: 502, body: 'upstream exploded' }))
    const client = createClient({ baseUrl: server.url, apiKey: 'k' })
    const e = (await caught(client.deliveries.summary('wh_1'))) as VoicehooksApiError
    expect(e).toMatchObject({
      status: 502,
      title: 'Bad Gateway',
      detail: 'upstream exploded',
      type: 'about:blank',
      code: 'http_502',
    })
  })

  it('does not retry a 400', async () => {
    server = await startServer(() => problem(400, 'Invalid request', 'limit must be <= 100'))
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retryDelayMs: 1 })
    const e = (await caught(client.webhooks.list({ limit: 100 }))) as VoicehooksApiError
    expect(e.status).toBe(400)
    expect(server.requests).toHaveLength(1)
  })
})

describe('retries', () => {
  it('waits Retry-After on a 429, then succeeds', async () => {
    server = await startServer((_req, i) =>
      i === 0
        ? { ...problem(429, 'Too many requests', 'retry in 1 second'), headers: { 'retry-after': '1' } }
        : { status: 200, body: summary },
    )
    const retries: RetryInfo[] = []
    const client = createClient({
      baseUrl: server.url,
      apiKey: 'k',
      retryDelayMs: 1,
      onRetry: (r) => retries.push(r),
    })
    const started = performance.now()
    await expect(client.deliveries.summary('wh_1')).resolves.toEqual(summary)
    // retryDelayMs is 1 ms: only honouring Retry-After explains a wait of about a second.
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
    expect(retries).toEqual([expect.objectContaining({ attempt: 1, delayMs: 1000, status: 429 })])
    expect(server.requests).toHaveLength(2)
  })

  it('retries a 503 twice then succeeds, resending the same POST body', async () => {
    server = await startServer((_req, i) =>
      i < 2
        ? problem(503, 'Service unavailable', 'database is down')
        : { status: 202, body: { replayed: 3 } },
    )
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retryDelayMs: 5 })
    await expect(client.webhooks.replay('wh_1', { since: '2026-04-01T00:00:00Z' })).resolves.toEqual({
      replayed: 3,
    })
    expect(server.requests).toHaveLength(3)
    expect(server.requests.map((r) => r.body)).toEqual(Array(3).fill('{"since":"2026-04-01T00:00:00Z"}'))
  })

  it('gives up after `retries` and throws the last answer', async () => {
    server = await startServer(() => problem(503, 'Service unavailable', 'still down'))
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retries: 1, retryDelayMs: 1 })
    const e = (await caught(client.webhooks.get('wh_1'))) as VoicehooksApiError
    expect(e.status).toBe(503)
    expect(server.requests).toHaveLength(2)
  })

  it('does not wait a Retry-After longer than maxRetryDelayMs', async () => {
    server = await startServer(() => ({
      ...problem(429, 'Too many requests', 'slow down'),
      headers: { 'retry-after': '3600' },
    }))
    const client = createClient({ baseUrl: server.url, apiKey: 'k', maxRetryDelayMs: 5000 })
    const e = (await caught(client.webhooks.get('wh_1'))) as VoicehooksApiError
    expect(e).toMatchObject({ status: 429, retryAfterSeconds: 3600 })
    expect(server.requests).toHaveLength(1)
  })

  it('retries network errors for GET', async () => {
    server = await startServer((_req, i) =>
      i === 0 ? { status: 0, destroy: true } : { status: 200, body: summary },
    )
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retryDelayMs: 1 })
    await expect(client.deliveries.summary('wh_1')).resolves.toEqual(summary)
    expect(server.requests).toHaveLength(2)
  })

  it('does not retry network errors for a POST without an idempotency key', async () => {
    server = await startServer(() => ({ status: 0, destroy: true }))
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retryDelayMs: 1 })
    const e = await caught(
      client.events.send({ type: 'test.ping', data: { message: 'x', webhook_id: 'wh_1' } }),
    )
    expect(e).toBeInstanceOf(VoicehooksNetworkError)
    expect((e as VoicehooksNetworkError).code).toBe('network_error')
    expect(server.requests).toHaveLength(1)
  })

  it('retries network errors for a POST that carries an idempotency key', async () => {
    server = await startServer((_req, i) =>
      i === 0
        ? { status: 0, destroy: true }
        : { status: 202, body: { id: 'evt_1', type: 'test.ping', deliveries: 0, duplicate: false } },
    )
    const client = createClient({ baseUrl: server.url, apiKey: 'k', retryDelayMs: 1 })
    const sent = await client.events.send({
      type: 'test.ping',
      data: { message: 'x', webhook_id: 'wh_1' },
      idempotency_key: 'once',
    })
    expect(sent.id).toBe('evt_1')
    expect(server.requests).toHaveLength(2)
  })

  it('reports an unreachable API as a VoicehooksNetworkError naming the request', async () => {
    server = await startServer(() => ({ status: 200 }))
    const url = server.url
    await server.close()
    server = undefined
    const client = createClient({ baseUrl: url, apiKey: 'k', retries: 1, retryDelayMs: 1 })
    const e = (await caught(client.webhooks.list())) as VoicehooksNetworkError
    expect(e).toBeInstanceOf(VoicehooksNetworkError)
    expect(e.message).toContain(`GET ${url}/v1/webhooks failed: ECONNREFUSED`)
  })
})
