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
const HANGING = 6

interface LaneRow {
  max_in_flight: number
  breaker: string
  failures_in_row: number
}

describe.each(engines)('fair to every tenant on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let hanging: TestReceiver
  let healthy: TestReceiver

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    hanging = await startReceiver(() => 'hang')
    healthy = await startReceiver()
  })
  afterAll(async () => {
    await hanging?.close()
    await healthy?.close()
    await store?.close()
  })

  const laneOf = async (webhookId: string) =>
    (
      await db.query<LaneRow>('SELECT max_in_flight, breaker, failures_in_row FROM lanes WHERE lane = $1', [
        webhookId,
      ])
    ).rows[0]!

  it('a noisy account’s hanging endpoints do not delay another account, and are narrowed, then probed', async () => {
    const noisy = await insertAccount(db)
    const quiet = await insertAccount(db)
    const stuck = await Promise.all(
      Array.from({ length: HANGING }, () => insertWebhook(db, noisy, hanging.url, { maxAttempts: 10 })),
    )
    const fine = await insertWebhook(db, quiet, healthy.url)
    // The noisy account's backlog is older: a queue served oldest first would serve it first.
    for (let i = 0; i < 10; i++)
      await publish(
        db,
        noisy,
        stuck.map((w) => w.id),
      )
    const config = testConfig({
      concurrency: 16,
      deliveryTimeoutMs: 600,
      retrySchedule: [50],
      lanes: { ...testConfig().lanes, breakerThreshold: 3, breakerOpenMs: 400, breakerMaxOpenMs: 800 },
    })
    const workers = await startWorkers(db, config)
    try {
      // Let the hanging endpoints take what they can: they start at 2 in flight each (slow start).
      await until(() => hanging.requests.length >= HANGING * 2, 'the hanging endpoints to hold their slots')
      const published = Date.now()
      const { deliveryIds } = await publish(db, quiet, Array(20).fill(fine.id))
      await until(() => healthy.requests.length >= 1, 'the first healthy delivery', 2000)
      const first = healthy.requests[0]!.at - published
      await until(
        async () => {
          const { rows } = await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM deliveries WHERE id = ANY ($1::text[]) AND status = 'delivered'`,
            [deliveryIds],
          )
          return Number(rows[0]!.n) === deliveryIds.length
        },
        'every healthy delivery',
        3000,
      )
      const all = Date.now() - published
      expect(first, 'first healthy delivery after publishing (ms)').toBeLessThan(1000)
      expect(all, 'all 20 healthy deliveries (ms)').toBeLessThan(2000)

      // Timeouts narrowed the hanging lanes and opened their breakers: one probe at a time each.
      await until(
        async () =>
          (await Promise.all(stuck.map((w) => laneOf(w.id)))).every((lane) => lane.breaker === 'open'),
        'every hanging endpoint’s breaker to open',
        10_000,
      )
      for (const webhook of stuck) {
        const lane = await laneOf(webhook.id)
        expect(lane.max_in_flight).toBe(1)
        expect(lane.failures_in_row).toBeGreaterThanOrEqual(3)
      }
      // Probed, not retried on the schedule: each endpoint gets about one request per open period.
      const before = hanging.requests.length
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(hanging.requests.length - before).toBeLessThanOrEqual(HANGING * 3)
      // The healthy lane grew with its fast answers.
      expect((await laneOf(fine.id)).max_in_flight).toBeGreaterThan(2)
    } finally {
      await workers.stop({ graceMs: 0 })
    }
  }, 30_000)

  it('a healthy probe closes the breaker and the lane starts over', async () => {
    const account = await insertAccount(db)
    let down = true
    const flaky = await startReceiver(() => (down ? { status: 503 } : { status: 200 }))
    const webhook = await insertWebhook(db, account, flaky.url, { maxAttempts: 20 })
    const config = testConfig({
      retrySchedule: [20],
      lanes: { ...testConfig().lanes, breakerThreshold: 3, breakerOpenMs: 300, breakerMaxOpenMs: 300 },
    })
    const workers = await startWorkers(db, config)
    try {
      const { deliveryIds } = await publish(db, account, [webhook.id, webhook.id, webhook.id])
      await until(async () => (await laneOf(webhook.id)).breaker === 'open', 'the breaker to open')
      down = false
      await until(
        async () => {
          const { rows } = await db.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM deliveries WHERE id = ANY ($1::text[]) AND status = 'delivered'`,
            [deliveryIds],
          )
          return Number(rows[0]!.n) === 3
        },
        'every delivery after the endpoint recovered',
        5000,
      )
      expect(await laneOf(webhook.id)).toMatchObject({ breaker: 'closed', failures_in_row: 0 })
    } finally {
      await workers.stop()
      await flaky.close()
    }
  })
})
