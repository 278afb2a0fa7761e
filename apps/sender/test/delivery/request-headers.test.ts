import type { Database } from '@voicehooks/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REDACTED } from '../../src/delivery/recorded-headers.js'
import {
  type Engine,
  insertAccount,
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

describe.each(engines)('recorded request headers on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let receiver: TestReceiver
  let workers: Awaited<ReturnType<typeof startWorkers>>

  const recorded = async (deliveryId: string) =>
    (
      await db.query<{ attempt: number; request_headers: Record<string, string> | null }>(
        'SELECT attempt, request_headers FROM attempts WHERE delivery_id = $1 ORDER BY attempt',
        [deliveryId],
      )
    ).rows

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    receiver = await startReceiver()
    workers = await startWorkers(db, testConfig())
  })
  afterAll(async () => {
    await workers?.stop({ graceMs: 1000 })
    await receiver?.close()
    await store?.close()
  })

  it('stores what each attempt sent, signatures included and configured values redacted', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url, {
      scheme: 'hmac-sha256-hex',
      headers: { 'X-Gateway-Token': 'gw_very_secret' },
      maxAttempts: 2,
    })
    let calls = 0
    receiver.reply = () => (++calls === 1 ? { status: 500, body: 'no' } : { status: 200, body: 'ok' })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    await untilStatus(db, deliveryIds[0]!, 'delivered')
    const rows = await recorded(deliveryIds[0]!)
    expect(rows.map((r) => r.attempt)).toEqual([1, 2])
    for (const [index, row] of rows.entries()) {
      const sent = receiver.requests[index]!.headers
      const headers = Object.fromEntries(
        Object.entries(row.request_headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
      )
      expect(headers['x-gateway-token']).toBe(REDACTED)
      expect(sent['x-gateway-token']).toBe('gw_very_secret')
      for (const name of [
        'webhook-id',
        'webhook-signature',
        'x-voicehooks-signature',
        'x-voicehooks-attempt',
      ]) {
        expect(headers[name], name).toBe(sent[name])
      }
      expect(JSON.stringify(row)).not.toContain(webhook.secret)
      expect(JSON.stringify(row)).not.toContain('gw_very_secret')
    }
  })

  it('stores them on the failure path too (written one by one, not batched)', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 1 })
    receiver.reply = () => ({ status: 500, body: 'down' })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    await untilStatus(db, deliveryIds[0]!, 'failed')
    const [row] = await recorded(deliveryIds[0]!)
    expect(row?.request_headers?.['X-Voicehooks-Delivery']).toBe(deliveryIds[0])
  })
})
