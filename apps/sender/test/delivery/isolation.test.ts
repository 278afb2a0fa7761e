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

describe.each(engines)('a slow endpoint on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let slow: TestReceiver
  let healthy: TestReceiver

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    slow = await startReceiver(() => 'hang')
    healthy = await startReceiver()
  })
  afterAll(async () => {
    await slow?.close()
    await healthy?.close()
    await store?.close()
  })

  it('does not delay deliveries to healthy endpoints queued behind it', async () => {
    const slowHook = await insertWebhook(db, accountId, slow.url, { maxAttempts: 1 })
    const healthyHooks = await Promise.all([1, 2, 3].map(() => insertWebhook(db, accountId, healthy.url)))
    // The slow endpoint's backlog is older, so a plain oldest-first queue would serve it first.
    for (let i = 0; i < 20; i++) await publish(db, accountId, [slowHook.id])
    const healthyDeliveries: string[] = []
    for (let i = 0; i < 5; i++) {
      const { deliveryIds } = await publish(
        db,
        accountId,
        healthyHooks.map((h) => h.id),
      )
      healthyDeliveries.push(...deliveryIds)
    }
    const workers = await startWorkers(db, testConfig({ concurrency: 8, deliveryTimeoutMs: 5000 }))
    const started = Date.now()
    try {
      await until(async () => {
        const { rows } = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM deliveries WHERE id = ANY($1::text[]) AND status = 'delivered'`,
          [healthyDeliveries],
        )
        return Number(rows[0]!.n) === healthyDeliveries.length
      }, 'every healthy delivery')
      const elapsed = Date.now() - started
      // All 15 healthy deliveries are done while the slow endpoint's requests still hang (5 s timeout).
      expect(elapsed).toBeLessThan(2500)
      expect(slow.requests.length).toBeGreaterThan(0)
      expect(slow.requests.length).toBeLessThanOrEqual(2)
      const { rows } = await db.query<{ status: string; n: number }>(
        `SELECT status, count(*)::int AS n FROM deliveries WHERE webhook_id = $1 GROUP BY status ORDER BY status`,
        [slowHook.id],
      )
      expect(rows.map((r) => [r.status, Number(r.n)])).toEqual([
        ['pending', 20 - slow.requests.length],
        ['processing', slow.requests.length],
      ])
    } finally {
      await workers.stop({ graceMs: 0 })
    }
    // Returned to the queue on stop, attempt numbers given back.
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM deliveries WHERE webhook_id = $1 AND status = 'pending' AND attempt_count = 0`,
      [slowHook.id],
    )
    expect(Number(rows[0]!.n)).toBe(20)
  })
})
