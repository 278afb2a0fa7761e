import { createHmac } from 'node:crypto'
import { validateCallStatusCallback, validateEvent } from '@voicehooks/contracts'
import type { Database } from '@voicehooks/store'
import { Webhook } from 'standardwebhooks'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  attemptsOf,
  type Engine,
  insertAccount,
  insertCallback,
  insertWebhook,
  openTestStore,
  publish,
  startReceiver,
  startWorkers,
  type TestReceiver,
  testConfig,
  testEngines,
  untilStatus,
} from './fixtures.js'

const engines = await testEngines()

describe.each(engines)('delivery on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let receiver: TestReceiver
  let workers: Awaited<ReturnType<typeof startWorkers>>

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    receiver = await startReceiver()
    workers = await startWorkers(db, testConfig())
  })
  afterEach(() => {
    receiver.requests.length = 0
    receiver.reply = () => ({ status: 200, body: 'ok' })
  })
  afterAll(async () => {
    await workers?.stop({ graceMs: 1000 })
    await receiver?.close()
    await store?.close()
  })

  it('delivers once, signed and shaped as the contract says', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { eventId, deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    const row = await untilStatus(db, deliveryIds[0]!, 'delivered')
    expect(row).toMatchObject({
      attempt_count: 1,
      last_status_code: 200,
      last_error: null,
      lease_owner: null,
    })
    expect(receiver.requests).toHaveLength(1)
    const request = receiver.requests[0]!
    expect(request.method).toBe('POST')
    expect(request.url).toBe('/hooks')
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': 'Voicehooks/0.1',
      'webhook-id': eventId,
      'x-voicehooks-event': 'call.completed',
      'x-voicehooks-delivery': deliveryIds[0],
      'x-voicehooks-attempt': '1',
    })
    expect(request.headers['x-voicehooks-timestamp']).toBe(request.headers['webhook-timestamp'])
    expect(Math.abs(Number(request.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5)
    expect(request.headers['x-voicehooks-signature']).toBeUndefined()

    const verified = new Webhook(webhook.secret).verify(
      request.body,
      request.headers as Record<string, string>,
    )
    const result = validateEvent(verified)
    expect(result.ok ? [] : result.errors).toEqual([])
    expect(verified).toMatchObject({
      id: eventId,
      type: 'call.completed',
      webhook_id: webhook.id,
      account_id: accountId,
    })
    expect(() =>
      new Webhook(webhook.secret).verify(`${request.body} `, request.headers as Record<string, string>),
    ).toThrow()

    const attempts = await attemptsOf(db, deliveryIds[0]!)
    expect(attempts).toHaveLength(1)
    expect(attempts[0]).toMatchObject({ attempt: 1, status_code: 200, error: null, response_excerpt: 'ok' })
    expect(attempts[0]!.worker).toBe(workers.workerId)
    expect(attempts[0]!.duration_ms).toBeGreaterThanOrEqual(0)
  })

  it.each([
    ['hmac-sha256-hex', (secret: string, ts: string, body: string) => hex(secret, `${ts}.${body}`)],
    ['t-v1', (secret: string, ts: string, body: string) => `t=${ts},v1=${hex(secret, `${ts}.${body}`)}`],
    ['body-hex', (secret: string, _ts: string, body: string) => hex(secret, body)],
  ] as const)('adds the %s compatibility signature over the sent bytes', async (scheme, expected) => {
    const webhook = await insertWebhook(db, accountId, receiver.url, { scheme })
    const { deliveryIds } = await publish(db, accountId, [webhook.id], 'test.ping')
    workers.wake()
    await untilStatus(db, deliveryIds[0]!, 'delivered')
    const request = receiver.requests[0]!
    const ts = request.headers['x-voicehooks-timestamp'] as string
    expect(request.headers['x-voicehooks-signature']).toBe(expected(webhook.secret, ts, request.body))
    // The Standard Webhooks signature is there whatever the scheme.
    expect(() =>
      new Webhook(webhook.secret).verify(request.body, request.headers as Record<string, string>),
    ).not.toThrow()
  })

  it('signs with both secrets during a rotation, and with the current one only after it', async () => {
    const old = await insertWebhook(db, accountId, receiver.url)
    const rotated = await insertWebhook(db, accountId, receiver.url, {
      previousSecret: { secret: old.secret, expiresAt: new Date(Date.now() + 60_000) },
    })
    const expired = await insertWebhook(db, accountId, receiver.url, {
      previousSecret: { secret: old.secret, expiresAt: new Date(Date.now() - 1000) },
    })
    const { deliveryIds } = await publish(db, accountId, [rotated.id, expired.id])
    workers.wake()
    for (const id of deliveryIds) await untilStatus(db, id, 'delivered')
    const byWebhook = (id: string) => receiver.requests.find((r) => JSON.parse(r.body).webhook_id === id)!
    const during = byWebhook(rotated.id)
    expect((during.headers['webhook-signature'] as string).split(' ')).toHaveLength(2)
    for (const secret of [rotated.secret, old.secret]) {
      expect(() =>
        new Webhook(secret).verify(during.body, during.headers as Record<string, string>),
      ).not.toThrow()
    }
    const after = byWebhook(expired.id)
    expect((after.headers['webhook-signature'] as string).split(' ')).toHaveLength(1)
    expect(() =>
      new Webhook(old.secret).verify(after.body, after.headers as Record<string, string>),
    ).toThrow()
  })

  it('sends the endpoint’s custom headers without letting them replace the signature', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url, {
      headers: { 'X-Api-Key': 'k-123', 'Webhook-Signature': 'v1,forged', 'X-Voicehooks-Event': 'forged' },
    })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    await untilStatus(db, deliveryIds[0]!, 'delivered')
    const request = receiver.requests[0]!
    expect(request.headers['x-api-key']).toBe('k-123')
    expect(request.headers['x-voicehooks-event']).toBe('call.completed')
    expect(() =>
      new Webhook(webhook.secret).verify(request.body, request.headers as Record<string, string>),
    ).not.toThrow()
  })

  it('posts a call callback with its params and headers, unsigned', async () => {
    const payload = {
      status: 'success',
      message: 'Call Details',
      data: {
        call_id: '5f0c9a52-2a5d-4c6e-9a57-1c8f4f6f2b11',
        call_direction: 'outbound',
        status: 'ongoing',
        call_duration: 0,
        recording_url: null,
        transcript: null,
        agent_id: 'a8d3c1e2-7b6f-4e3d-9c2b-1a0f9e8d7c6b',
        retry: 0,
        from_number: '+14155550100',
        to_number: '+14155550199',
        custom_args_values: {},
      },
    }
    const { deliveryId } = await insertCallback(
      db,
      accountId,
      `${receiver.url}?existing=1`,
      { headers: { 'X-Api-Key': 'cb-key' }, params: { source: 'api', version: 'v1' } },
      payload,
    )
    workers.wake()
    await untilStatus(db, deliveryId, 'delivered')
    const request = receiver.requests[0]!
    expect(request.url).toBe('/hooks?existing=1&source=api&version=v1')
    expect(JSON.parse(request.body)).toEqual(payload)
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'x-api-key': 'cb-key',
      'x-voicehooks-event': 'call.status',
      'x-voicehooks-delivery': deliveryId,
    })
    expect(request.headers['x-voicehooks-timestamp']).toMatch(/^\d+$/)
    expect(request.headers['webhook-signature']).toBeUndefined()
    // The fixture is shaped like the callback contract, so this also guards the fixture.
    const check = validateCallStatusCallback(payload)
    expect(check.ok ? [] : check.errors).toEqual([])
  })

  it('marks a delivery of a disabled or deleted endpoint dead without sending it', async () => {
    const disabled = await insertWebhook(db, accountId, receiver.url)
    const deleted = await insertWebhook(db, accountId, receiver.url)
    await db.query('UPDATE webhooks SET active = false WHERE id = $1', [disabled.id])
    await db.query('UPDATE webhooks SET deleted_at = now() WHERE id = $1', [deleted.id])
    const { deliveryIds } = await publish(db, accountId, [disabled.id, deleted.id])
    workers.wake()
    const [a, b] = [
      await untilStatus(db, deliveryIds[0]!, 'dead'),
      await untilStatus(db, deliveryIds[1]!, 'dead'),
    ]
    expect(a).toMatchObject({ last_error: 'endpoint disabled', attempt_count: 0 })
    expect(b).toMatchObject({ last_error: 'endpoint deleted', attempt_count: 0 })
    expect(receiver.requests).toHaveLength(0)
    expect(workers.metrics.deliveries.get({ outcome: 'dead' })).toBe(2)
  })
})

function hex(secret: string, content: string): string {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(content).digest('hex')
}
