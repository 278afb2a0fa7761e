import type { Database } from '@voicehooks/store'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  attemptsOf,
  deliveryRow,
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
  until,
  untilStatus,
  webhookRow,
} from './fixtures.js'

const engines = await testEngines()
const SCHEDULE = [50, 100, 150]

/** Gaps between consecutive requests, in ms. */
function gaps(receiver: TestReceiver): number[] {
  return receiver.requests.slice(1).map((r, i) => r.at - receiver.requests[i]!.at)
}

describe.each(engines)('retries on %s', (engine: Engine) => {
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
    workers = await startWorkers(db, testConfig({ retrySchedule: SCHEDULE, disableAfterFailures: 100 }), {
      retryAfterBounds: { minMs: 200, maxMs: 3_600_000 },
    })
  })
  afterEach(() => {
    receiver.requests.length = 0
  })
  afterAll(async () => {
    await workers?.stop({ graceMs: 1000 })
    await receiver?.close()
    await store?.close()
  })

  it('retries on the schedule and delivers after N failures with N+1 attempts', async () => {
    receiver.reply = (_r, n) =>
      n < 2 ? { status: 500, body: `failure ${n + 1}` } : { status: 200, body: 'ok' }
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 4 })
    await db.query('UPDATE webhooks SET consecutive_failures = 2 WHERE id = $1', [webhook.id])
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    const row = await untilStatus(db, deliveryIds[0]!, 'delivered')
    expect(row.attempt_count).toBe(3)
    const attempts = await attemptsOf(db, deliveryIds[0]!)
    expect(attempts.map((a) => [a.attempt, a.status_code, a.error, a.response_excerpt])).toEqual([
      [1, 500, 'HTTP 500', 'failure 1'],
      [2, 500, 'HTTP 500', 'failure 2'],
      [3, 200, null, 'ok'],
    ])
    expect(receiver.requests.map((r) => r.headers['x-voicehooks-attempt'])).toEqual(['1', '2', '3'])
    // Same event id on every try: receivers deduplicate on it.
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(1)
    const [first, second] = gaps(receiver)
    expect(first).toBeGreaterThanOrEqual(SCHEDULE[0]!)
    expect(second).toBeGreaterThanOrEqual(SCHEDULE[1]!)
    expect((await webhookRow(db, webhook.id)).consecutive_failures).toBe(0)
  })

  it('ends failed after max_attempts, spacing tries at least as the schedule says', async () => {
    receiver.reply = () => ({ status: 503, body: 'down' })
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 4 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(row).toMatchObject({
      attempt_count: 4,
      last_status_code: 503,
      last_error: 'HTTP 503',
      lease_owner: null,
    })
    expect(row.next_attempt_at).toBeNull()
    expect(await attemptsOf(db, deliveryIds[0]!)).toHaveLength(4)
    expect(receiver.requests).toHaveLength(4)
    gaps(receiver).forEach((gap, i) => {
      expect(gap).toBeGreaterThanOrEqual(SCHEDULE[i]!)
    })
    expect((await webhookRow(db, webhook.id)).consecutive_failures).toBe(1)
    expect(workers.metrics.deliveries.get({ outcome: 'failed' })).toBeGreaterThanOrEqual(1)
  })

  it('waits for Retry-After on 429 instead of the schedule', async () => {
    receiver.reply = (_r, n) => (n === 0 ? { status: 429, headers: { 'retry-after': '1' } } : { status: 200 })
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers.wake()
    await untilStatus(db, deliveryIds[0]!, 'delivered')
    expect(receiver.requests).toHaveLength(2)
    expect(gaps(receiver)[0]).toBeGreaterThanOrEqual(1000)
  })

  it('clamps Retry-After: 0 up to the minimum and a day down to an hour', async () => {
    receiver.reply = (_r, n) => (n === 0 ? { status: 503, headers: { 'retry-after': '0' } } : { status: 200 })
    const quick = await insertWebhook(db, accountId, receiver.url)
    const first = await publish(db, accountId, [quick.id])
    workers.wake()
    await untilStatus(db, first.deliveryIds[0]!, 'delivered')
    expect(gaps(receiver)[0]).toBeGreaterThanOrEqual(200)

    receiver.requests.length = 0
    receiver.reply = () => ({ status: 429, headers: { 'retry-after': '86400' } })
    const slow = await insertWebhook(db, accountId, receiver.url)
    const second = await publish(db, accountId, [slow.id])
    workers.wake()
    const row = await until(async () => {
      const r = await deliveryRow(db, second.deliveryIds[0]!)
      return r.status === 'pending' && r.attempt_count === 1 ? r : undefined
    }, 'the first attempt to be recorded')
    const wait = new Date(row.next_attempt_at!).getTime() - Date.now()
    expect(wait).toBeGreaterThan(3_500_000)
    expect(wait).toBeLessThanOrEqual(3_600_000)
  })
})
