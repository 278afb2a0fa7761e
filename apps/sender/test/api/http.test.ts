import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, openapi, RECEIVER_URL, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()
const LIMIT = 2048

interface Problem {
  type: string
  title: string
  status: number
  detail: string
  errors?: { path: string; message: string }[]
}

describe.each(engines)('HTTP behaviour (%s)', (engine) => {
  let t: TestSender
  let alice: Awaited<ReturnType<TestSender['account']>>
  const logLines: Record<string, unknown>[] = []

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line))
        done()
      },
    })
    t = await startTestSender(engine, 'http', { bodyLimitBytes: LIMIT }, pino({ level: 'info' }, sink))
    alice = await t.account()
  }, 180_000)
  afterAll(() => t?.stop())

  const raw = async (
    method: string,
    path: string,
    init: { body?: string; headers?: Record<string, string> } = {},
  ) => {
    const response = await fetch(`${t.sender.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${alice.token}`, ...init.headers },
      body: init.body,
    })
    const text = await response.text()
    return { response, body: text ? (JSON.parse(text) as Problem) : undefined }
  }

  it('answers 413 for a body over the limit', async () => {
    const reply = await alice.post<Problem>('/v1/webhooks', undefined, {
      raw: JSON.stringify({ url: RECEIVER_URL, description: 'x'.repeat(LIMIT) }),
    })
    expect(reply.status).toBe(413)
    expect(reply.body.type).toBe('/problems/payload-too-large')
    expect(reply.body.detail).toContain(String(LIMIT))
  })

  it('answers 400 for malformed JSON and for a body that is not JSON', async () => {
    const malformed = await alice.post<Problem>('/v1/webhooks', undefined, { raw: '{"url": ' })
    expect(malformed.status).toBe(400)
    expect(malformed.body.detail).toMatch(/not valid JSON/)
    const array = await alice.post<Problem>('/v1/webhooks', undefined, { raw: '[1, 2]' })
    expect(array.status).toBe(400)
    expect(array.body.errors).toEqual([{ path: '', message: 'must be a JSON object' }])
    const form = await alice.post<Problem>('/v1/webhooks', undefined, {
      raw: 'url=http://x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(form.status).toBe(400)
    expect(form.body.errors?.map((e) => e.path)).toEqual(['Content-Type'])
  })

  it('answers 404 problem for unknown routes and 405 with Allow for wrong methods', async () => {
    const unknown = await raw('GET', '/v1/nothing-here')
    expect(unknown.response.status).toBe(404)
    openapi.assertProblem(unknown.response.headers.get('content-type'), unknown.body)
    const anonymousUnknown = await fetch(`${t.sender.url}/nope`)
    expect(anonymousUnknown.status).toBe(404)

    const wrong = await raw('PUT', '/v1/webhooks')
    expect(wrong.response.status).toBe(405)
    expect(wrong.response.headers.get('allow')).toBe('POST, GET, HEAD')
    openapi.assertProblem(wrong.response.headers.get('content-type'), wrong.body)
    const wrongItem = await raw('POST', '/v1/deliveries/dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB')
    expect(wrongItem.response.status).toBe(405)
    expect(wrongItem.response.headers.get('allow')).toBe('GET, HEAD')
  })

  it('reports health and metrics without authentication', async () => {
    const health = await t.anonymous.get('/healthz')
    expect(health.status).toBe(200)
    expect(health.body).toEqual({ status: 'ok', database: 'ok' })
    const metrics = await t.anonymous.get<string>('/metrics')
    expect(metrics.status).toBe(200)
    expect(metrics.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(metrics.body).toMatch(/^# HELP voicehooks_/m)
  })

  it('logs one structured line per request, without keys or secrets', async () => {
    const created = await alice.post<{ secret: string }>(
      '/v1/webhooks',
      { url: RECEIVER_URL },
      {
        headers: { 'x-request-id': 'req-abc-123' },
      },
    )
    expect(created.headers.get('x-request-id')).toBe('req-abc-123')
    const line = logLines.find((l) => l['req_id'] === 'req-abc-123')
    expect(line).toMatchObject({ method: 'POST', path: '/v1/webhooks', status: 201, ms: expect.any(Number) })
    const everything = JSON.stringify(logLines)
    expect(everything).not.toContain(alice.token!)
    expect(everything).not.toContain(created.body.secret)
    const generated = await alice.get('/v1/webhooks')
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })
})
