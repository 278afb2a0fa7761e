import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, RECEIVER_URL, type Reply, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Problem {
  status: number
  detail: string
  errors?: { path: string; message: string }[]
}

/** The paths a problem names. */
const paths = (reply: Reply<unknown>) => ((reply.body as Problem).errors ?? []).map((e) => e.path)

// Each case is a client's mistake that once reached the database or a decoder and answered 500.
describe.each(engines)('a client mistake is a 4xx naming the input, never a 500 (%s)', (engine) => {
  let t: TestSender
  let api: Awaited<ReturnType<TestSender['account']>>
  let webhookId: string
  let callId: string

  beforeAll(async () => {
    t = await startTestSender(engine, 'bad_input', { apiRateLimit: null })
    api = await t.account()
    webhookId = (await api.post<{ id: string }>('/v1/webhooks', { url: RECEIVER_URL })).body.id
    callId = (
      await api.post<{ id: string }>('/v1/calls', {
        callback_url: RECEIVER_URL,
        agent_id: '8c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
        from_number: '+14155550100',
        to_number: '+14155550101',
      })
    ).body.id
  }, 180_000)
  afterAll(() => t?.stop())

  it.each(['%ZZ', '%C0%AE', '%ED%A0%80', '%', 'wh_%E0%A4%A'])(
    'a path id with malformed percent-encoding (%s) is 404',
    async (id) => {
      for (const path of [`/v1/webhooks/${id}`, `/v1/deliveries/${id}`, `/v1/calls/${id}`]) {
        expect((await api.get(path)).status, path).toBe(404)
      }
    },
  )

  it.each([
    ['POST', '/v1/api-keys', { name: 'a\u0000b' }, '/name'],
    ['POST', '/v1/webhooks', { url: RECEIVER_URL, description: 'x\u0000' }, '/description'],
    [
      'POST',
      '/v1/events',
      { type: 'test.ping', data: { message: '\u0000', webhook_id: 'wh_x' } },
      '/data/message',
    ],
    [
      'POST',
      '/v1/events',
      { type: 'test.ping', data: { message: 'm', webhook_id: 'wh_x' }, idempotency_key: 'k\u0000' },
      '/idempotency_key',
    ],
    ['POST', '/v1/accounts', { name: 'N\u0000', email: 'nul@example.com' }, '/name'],
  ] as const)('a NUL character: %s %s is 400 at %s', async (method, path, body, at) => {
    const reply = await api.request(
      method,
      path,
      body,
      path === '/v1/accounts' ? { token: 'operator-token-for-tests' } : {},
    )
    expect(reply.status).toBe(400)
    expect(paths(reply)).toContain(at)
  })

  it('a NUL character in webhook headers, custom_args_values and a query is 400 at its path', async () => {
    const headers = await api.post('/v1/webhooks', { url: RECEIVER_URL, headers: { 'X-Token': 'a\u0000' } })
    expect([headers.status, paths(headers)]).toEqual([400, ['/headers/X-Token']])
    const call = await api.post('/v1/calls', {
      callback_url: RECEIVER_URL,
      agent_id: '8c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      from_number: '+14155550100',
      to_number: '+14155550101',
      custom_args_values: { note: { deep: ['\u0000'] } },
    })
    expect([call.status, paths(call)]).toEqual([400, ['/custom_args_values/note/deep/0']])
    const query = await api.get('/v1/webhooks?agent_id=%00')
    expect([query.status, paths(query)]).toEqual([400, ['agent_id']])
  })

  it.each([
    ['/v1/events', '{"type":"test.ping","data":{"message":"\\ud800","webhook_id":"wh_x"}}', '/data/message'],
    ['/v1/webhooks', `{"url":"${RECEIVER_URL}","headers":{"X-A":"\\udfff"}}`, '/headers/X-A'],
    ['/v1/api-keys', '{"name":"ok \\ud83d"}', '/name'],
    [
      '/v1/calls',
      `{"callback_url":"${RECEIVER_URL}","agent_id":"8c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b","from_number":"+14155550100","to_number":"+14155550101","custom_args_values":{"\\ud800":1}}`,
      '/custom_args_values/\ud800',
    ],
  ])('a lone surrogate in %s is 400 at its path', async (path, raw, at) => {
    const reply = await api.post(path, undefined, { raw })
    expect(reply.status).toBe(400)
    expect(paths(reply)).toContain(at)
  })

  it('a body that does not match its Content-Encoding is 400 naming the header', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const reply = await api.post('/v1/api-keys', undefined, {
        raw: '{"name":"plain"}',
        headers: { 'content-encoding': encoding },
      })
      expect([reply.status, paths(reply)], encoding).toEqual([400, ['Content-Encoding']])
    }
    const unknown = await api.post('/v1/api-keys', undefined, {
      raw: '{"name":"plain"}',
      headers: { 'content-encoding': 'zstd-ish' },
    })
    expect([unknown.status, paths(unknown)]).toEqual([400, ['Content-Encoding']])
    // A body that is what its header says is read.
    const fetchBody = gzipSync('{"name":"gzipped"}')
    const response = await fetch(`${api.baseUrl}/v1/api-keys`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${api.token}`,
        'content-type': 'application/json',
        'content-encoding': 'gzip',
      },
      body: fetchBody,
    })
    expect(response.status).toBe(201)
  })

  it('integers past the documented maximum are 400 naming the field and its limit', async () => {
    const duration = await api.post(`/v1/calls/${callId}/status`, {
      status: 'ongoing',
      call_duration: 2147483648,
    })
    expect(duration.status).toBe(400)
    expect((duration.body as Problem).errors).toEqual([
      { path: '/call_duration', message: 'must be from 0 to 2147483647' },
    ])
    const retry = await api.post(`/v1/calls/${callId}/status`, { status: 'ongoing', retry: 9007199254740991 })
    expect((retry.body as Problem).errors).toEqual([
      { path: '/retry', message: 'must be from 0 to 2147483647' },
    ])
    const attempts = await api.patch(`/v1/webhooks/${webhookId}`, { max_attempts: 1e300 })
    expect([attempts.status, paths(attempts)]).toEqual([400, ['/max_attempts']])
    const offset = await api.get('/v1/webhooks?offset=99999999999999999999')
    expect([offset.status, paths(offset)]).toEqual([400, ['offset']])
  })

  it.each(['2026-02-30T00:00:00Z', '2025-02-29T10:00:00Z', '2026-04-31T00:00:00Z', '2026-01-01T24:00:00Z'])(
    'an impossible date-time (%s) is refused, not rolled over',
    async (when) => {
      const published = await api.post('/v1/events', {
        type: 'test.ping',
        data: { message: 'when', webhook_id: webhookId },
        timestamp: when,
      })
      expect([published.status, paths(published)]).toEqual([400, ['/timestamp']])
      const replay = await api.post(`/v1/webhooks/${webhookId}/replay`, { since: when })
      expect([replay.status, paths(replay)]).toEqual([400, ['/since']])
      const data = await api.post('/v1/events', {
        type: 'call.failed',
        data: {
          call_id: '2f1f1c3e-8a4b-4d5e-9f60-7a8b9c0d1e2f',
          agent_id: '8c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
          reason: 'busy',
          failed_at: when,
        },
      })
      expect(data.status).toBe(422)
      expect(paths(data)).toContain('/data/failed_at')
    },
  )
})
