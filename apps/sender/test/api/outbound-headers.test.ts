import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { availableEngines, RECEIVER_URL, type Reply, startTestSender, type TestSender } from './harness.js'

const engines = await availableEngines()

interface Problem {
  status: number
  errors?: { path: string; message: string }[]
}
const errorsOf = (reply: Reply<unknown>) => (reply.body as Problem).errors ?? []

const HOP_BY_HOP = [
  'Keep-Alive',
  'TE',
  'Upgrade',
  'Trailer',
  'Expect',
  'Proxy-Connection',
  'Connection',
  'Transfer-Encoding',
  'Content-Length',
  'Host',
]

describe.each(engines)('custom headers of outbound requests are checked when registered (%s)', (engine) => {
  let t: TestSender
  let api: Awaited<ReturnType<TestSender['account']>>
  const call = (callback_args: unknown) =>
    api.post('/v1/calls', {
      callback_url: RECEIVER_URL,
      agent_id: '8c1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      from_number: '+14155550100',
      to_number: '+14155550101',
      callback_args,
    })

  beforeAll(async () => {
    t = await startTestSender(engine, 'outbound_headers', { apiRateLimit: null })
    api = await t.account()
  }, 180_000)
  afterAll(() => t?.stop())

  it.each([
    ['a control character', 'a\u0001b'],
    ['a line break', 'a\r\nX-Injected: 1'],
    ['DEL', 'a\u007fb'],
    ['non-ASCII', 'café'],
    ['a leading space', ' token'],
    ['a trailing tab', 'token\t'],
  ])('a value with %s is 400 at the header, for webhooks and callbacks', async (_what, value) => {
    const webhook = await api.post('/v1/webhooks', { url: RECEIVER_URL, headers: { 'X-Ctl': value } })
    expect([webhook.status, errorsOf(webhook).map((e) => e.path)]).toEqual([400, ['/headers/X-Ctl']])
    const callback = await call({ headers: { 'X-Ctl': value } })
    expect([callback.status, errorsOf(callback).map((e) => e.path)]).toEqual([
      400,
      ['/callback_args/headers/X-Ctl'],
    ])
  })

  it('a name that is not an RFC 9110 token, or the same name twice, is 400', async () => {
    const reply = await api.post('/v1/webhooks', {
      url: RECEIVER_URL,
      headers: { 'X Space': 'v', 'X-Ünï': 'v', 'X-Dup': 'a', 'x-dup': 'b' },
    })
    expect(reply.status).toBe(400)
    expect(errorsOf(reply).map((e) => e.path)).toEqual([
      '/headers/X Space',
      '/headers/X-Ünï',
      '/headers/x-dup',
    ])
  })

  it.each(HOP_BY_HOP)(
    'the hop-by-hop or framing header %s is refused with 422, not dropped',
    async (name) => {
      for (const spelling of [name, name.toLowerCase()]) {
        const webhook = await api.post('/v1/webhooks', { url: RECEIVER_URL, headers: { [spelling]: 'x' } })
        expect([webhook.status, errorsOf(webhook).map((e) => e.path)]).toEqual([
          422,
          [`/headers/${spelling}`],
        ])
        const callback = await call({ headers: { [spelling]: 'x' } })
        expect(callback.status).toBe(422)
      }
    },
  )

  it.each([
    'webhook-signature',
    'Webhook-Id',
    'X-Voicehooks-Signature',
    'x-voicehooks-event',
    'Content-Type',
    'User-Agent',
  ])('a callback or webhook header posing as the sender’s own (%s) is refused with 422', async (name) => {
    const callback = await call({ headers: { [name]: 'forged' } })
    expect([callback.status, errorsOf(callback).map((e) => e.path)]).toEqual([
      422,
      [`/callback_args/headers/${name}`],
    ])
    const webhook = await api.post('/v1/webhooks', { url: RECEIVER_URL, headers: { [name]: 'forged' } })
    expect(webhook.status).toBe(422)
  })

  it('checks callback params: strings, named, bounded', async () => {
    const reply = await call({ params: { '': 'x', n: 5, long: 'x'.repeat(1001) } })
    expect(reply.status).toBe(400)
    expect(errorsOf(reply).map((e) => e.path)).toEqual([
      '/callback_args/params/',
      '/callback_args/params/n',
      '/callback_args/params/long',
    ])
    expect((await call({ headers: { 'X-API-Key': 'sk_test 1' }, params: { source: 'api' } })).status).toBe(
      201,
    )
  })

  it('PATCH checks headers the same way', async () => {
    const created = await api.post<{ id: string }>('/v1/webhooks', {
      url: RECEIVER_URL,
      headers: { 'X-Token': 'ok' },
    })
    expect(created.status).toBe(201)
    const patched = await api.patch(`/v1/webhooks/${created.body.id}`, {
      headers: { 'X-Token': 'bad\u0000' },
    })
    expect(patched.status).toBe(400)
    const upgrade = await api.patch(`/v1/webhooks/${created.body.id}`, { headers: { Upgrade: 'h2c' } })
    expect(upgrade.status).toBe(422)
  })
})
