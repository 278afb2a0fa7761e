import type { WebhookEvent } from '@voicehooks/contracts'
import { describe, expect, it } from 'vitest'
import { exampleEvent, now, OTHER_SECRET, SECRET, signBody, signEvent } from '../test/deliveries.js'
import { ReceiverError } from './errors.js'
import { constructEvent as constructEventWeb, Webhook as WebWebhook } from './web/webhook.js'
import { constructEvent, Webhook } from './webhook.js'
import type { WebhookOptions } from './webhook-options.js'

type Verify = (
  secret: string | readonly string[],
  options: WebhookOptions,
  body: string | Uint8Array,
  headers: Record<string, string>,
) => Promise<WebhookEvent>

// Each case runs on node:crypto and WebCrypto, through the class and the one-call function.
const entries: [string, Verify][] = [
  [
    'Webhook (node)',
    async (secret, options, body, headers) => new Webhook(secret, options).verify(body, headers),
  ],
  [
    'constructEvent (node)',
    async (secret, options, body, headers) => constructEvent(body, headers, secret, options),
  ],
  [
    'Webhook (web)',
    async (secret, options, body, headers) => new WebWebhook(secret, options).verify(body, headers),
  ],
  [
    'constructEvent (web)',
    (secret, options, body, headers) => constructEventWeb(body, headers, secret, options),
  ],
]

async function refusal(promise: Promise<unknown>): Promise<ReceiverError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ReceiverError)
  return error as ReceiverError
}

describe.each(entries)('%s', (_name, verifyWith) => {
  it('returns the verified, validated event, typed', async () => {
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)
    const verified = await verifyWith(SECRET, { now }, Buffer.from(body), headers)
    expect(verified).toEqual(event)
    if (verified.type !== 'call.completed') throw new Error('narrowing')
    expect(verified.data.duration_seconds).toBe(event.data.duration_seconds)
  })

  it('verifies with any secret of a rotation, and a compatibility scheme', async () => {
    const event = exampleEvent('test.ping')
    const rotated = signEvent(event, { secret: OTHER_SECRET })
    expect((await verifyWith([SECRET, OTHER_SECRET], { now }, rotated.body, rotated.headers)).id).toBe(
      event.id,
    )
    const acme = signEvent(event, { scheme: 't-v1', prefix: 'Acme' })
    delete acme.headers['webhook-signature']
    expect(
      (await verifyWith(SECRET, { now, scheme: 't-v1', prefix: 'Acme' }, acme.body, acme.headers)).id,
    ).toBe(event.id)
  })

  it('refuses a tampered body with invalid_signature (401), naming the check', async () => {
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const error = await refusal(verifyWith(SECRET, { now }, `${body} `, headers))
    expect(error).toMatchObject({ code: 'invalid_signature', status: 401, check: 'no_matching_signature' })
  })

  it('refuses a stale timestamp with invalid_signature (401) timestamp_too_old', async () => {
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const later = () => now() + 10 * 60 * 1000
    const error = await refusal(verifyWith(SECRET, { now: later }, body, headers))
    expect(error).toMatchObject({ status: 401, check: 'timestamp_too_old' })
  })

  it('refuses a signed body that is not JSON (400) or breaks the contract (400, every path)', async () => {
    const notJson = signBody('{"id": ')
    expect(await refusal(verifyWith(SECRET, { now }, notJson.body, notJson.headers))).toMatchObject({
      code: 'invalid_json',
      status: 400,
    })
    const event = exampleEvent('call.completed')
    const broken = signEvent({ ...event, data: { ...event.data, duration_seconds: 'long' } })
    const error = await refusal(verifyWith(SECRET, { now }, broken.body, broken.headers))
    expect(error).toMatchObject({ code: 'contract_violation', status: 400 })
    expect(error.issues?.map((issue) => issue.path)).toContain('/data/duration_seconds')
  })

  it('hands an unknown event type back as unknown_event_type with status 200 (acknowledge, ignore)', async () => {
    const unknown = { ...exampleEvent('test.ping'), type: 'test.pong', event: 'test.pong' }
    const { body, headers } = signEvent(unknown)
    const error = await refusal(verifyWith(SECRET, { now }, body, headers))
    expect(error).toMatchObject({ code: 'unknown_event_type', status: 200, event: { type: 'test.pong' } })
  })

  it('refuses a parsed object instead of the raw body as a configuration error, not a 401', async () => {
    const event = exampleEvent('test.ping')
    const { headers } = signEvent(event)
    const error = await verifyWith(SECRET, { now }, event as unknown as string, headers).catch(
      (e: unknown) => e,
    )
    expect(error).toMatchObject({ name: 'WebhookConfigurationError', code: 'invalid_input' })
  })

  it('fails at construction on a secret that could never verify', async () => {
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    for (const secret of ['', 'whsec_%%%', []]) {
      const error = await verifyWith(secret, {}, body, headers).catch((e: unknown) => e)
      expect(error).toMatchObject({ name: 'WebhookConfigurationError', code: 'invalid_secret' })
      expect((error as Error).message).toMatch(/^new Webhook\(/)
    }
  })
})

describe('new Webhook()', () => {
  it('throws synchronously, on both entries, so a bad deployment fails when it starts', () => {
    expect(() => new Webhook('whsec_%%%')).toThrow(/new Webhook\(\): The secret is not "whsec_"/)
    expect(() => new WebWebhook('whsec_%%%')).toThrow(/new Webhook\(\): The secret is not "whsec_"/)
    expect(() => new WebWebhook(SECRET, { scheme: 'md5' as never })).toThrow(/Unknown signature scheme/)
  })
})
