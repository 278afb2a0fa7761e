import type { Database } from '@voicehooks/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
  until,
} from './fixtures.js'

const engines = await testEngines()

const RATE = 5
const COUNT = 15

/** Requests received in [at, at + ms) for each request's `at`, the largest. */
function busiestWindow(times: readonly number[], ms: number): number {
  return Math.max(0, ...times.map((start) => times.filter((t) => t >= start && t < start + ms).length))
}

describe.each(engines)('rate_limit_per_second on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let limited: TestReceiver
  let unlimited: TestReceiver

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    limited = await startReceiver()
    unlimited = await startReceiver()
  })
  afterAll(async () => {
    await limited?.close()
    await unlimited?.close()
    await store?.close()
  })

  it('paces a limited endpoint without using attempts or delaying an unlimited one', async () => {
    const slowHook = await insertWebhook(db, accountId, limited.url)
    const fastHook = await insertWebhook(db, accountId, unlimited.url)
    await db.query('UPDATE webhooks SET rate_limit_per_second = $2 WHERE id = $1', [slowHook.id, RATE])
    // The limited endpoint's deliveries are older: a queue served oldest first would meet them first.
    for (let i = 0; i < COUNT; i++) await publish(db, accountId, [slowHook.id])
    for (let i = 0; i < COUNT; i++) await publish(db, accountId, [fastHook.id])

    const count = (webhookId: string) => async () => {
      const { rows } = await db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM deliveries WHERE webhook_id = $1 AND status = 'delivered'`,
        [webhookId],
      )
      return Number(rows[0]!.n) === COUNT
    }
    const workers = await startWorkers(db, testConfig({ concurrency: 8 }))
    const started = Date.now()
    try {
      await until(count(fastHook.id), 'every unlimited delivery')
      const fastElapsed = Date.now() - started
      expect(fastElapsed).toBeLessThan(1000)
      // Still being paced while the unlimited endpoint is done.
      expect(limited.requests.length).toBeLessThan(COUNT)
      await until(count(slowHook.id), 'every limited delivery', 10_000)
    } finally {
      await workers.stop({ graceMs: 1000 })
    }

    expect(unlimited.requests).toHaveLength(COUNT)
    expect(limited.requests).toHaveLength(COUNT)
    const times = limited.requests.map((r) => r.at)
    // A full bucket: `RATE` at once, then one every 1/RATE s, so the last (COUNT - RATE) take ≥ 2 s.
    expect(times.at(-1)! - times[0]!).toBeGreaterThanOrEqual(((COUNT - RATE) / RATE) * 1000 - 100)
    expect(times[RATE]! - times[0]!).toBeGreaterThanOrEqual(1000 / RATE - 50)
    // Once the initial burst is spent, no 1 s window holds more than RATE (+1 for timing at the edges).
    expect(busiestWindow(times.slice(RATE), 1000)).toBeLessThanOrEqual(RATE + 1)
    // Including the burst, a bucket of capacity RATE allows at most 2 × RATE in 1 s.
    expect(busiestWindow(times, 1000)).toBeLessThanOrEqual(2 * RATE + 1)

    const { rows } = await db.query<{ attempt_count: number; attempts: number }>(
      `SELECT d.attempt_count, (SELECT count(*)::int FROM attempts a WHERE a.delivery_id = d.id) AS attempts
         FROM deliveries d WHERE d.webhook_id = ANY($1::text[])`,
      [[slowHook.id, fastHook.id]],
    )
    expect(rows).toHaveLength(2 * COUNT)
    for (const row of rows) expect([Number(row.attempt_count), Number(row.attempts)]).toEqual([1, 1])
    // Every limited delivery carried X-Voicehooks-Attempt: 1.
    expect(new Set(limited.requests.map((r) => r.headers['x-voicehooks-attempt']))).toEqual(new Set(['1']))
  })
})
