import type { Database } from '@voicehooks/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMetrics } from '../../src/metrics/index.js'
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

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*'
const LABEL = `[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\.)*"`
const SAMPLE = new RegExp(
  `^(${NAME})(\\{${LABEL}(?:,${LABEL})*\\})? (NaN|[+-]Inf|-?\\d+(?:\\.\\d+)?(?:e[+-]?\\d+)?)$`,
)
const COMMENT = new RegExp(`^# (HELP|TYPE) (${NAME}) (.*)$`)

/** Checks the exposition format line by line and returns the samples by series. */
function parseExposition(text: string): Map<string, number> {
  expect(text.endsWith('\n')).toBe(true)
  const samples = new Map<string, number>()
  const typed = new Map<string, string>()
  const helped = new Set<string>()
  for (const line of text.slice(0, -1).split('\n')) {
    const comment = COMMENT.exec(line)
    if (comment) {
      const [, kind, name, rest] = comment
      if (kind === 'TYPE') {
        expect(typed.has(name!), `TYPE ${name} twice`).toBe(false)
        expect(['counter', 'gauge', 'histogram']).toContain(rest)
        typed.set(name!, rest!)
      } else {
        expect(helped.has(name!), `HELP ${name} twice`).toBe(false)
        helped.add(name!)
      }
      continue
    }
    const sample = SAMPLE.exec(line)
    expect(sample, `not a sample line: ${line}`).not.toBeNull()
    const [, name, labels = '', value] = sample!
    const family = name!.replace(/_(bucket|sum|count)$/, '')
    expect(typed.has(name!) || typed.get(family) === 'histogram', `${name} has no TYPE before it`).toBe(true)
    samples.set(`${name}${labels}`, value === '+Inf' ? Number.POSITIVE_INFINITY : Number(value))
  }
  for (const name of typed.keys()) expect(helped.has(name), `${name} has no HELP`).toBe(true)
  return samples
}

describe.each(engines)('metrics on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let receiver: TestReceiver

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    receiver = await startReceiver((_r, n) => (n === 1 ? { status: 500 } : { status: 200 }))
  })
  afterAll(async () => {
    await receiver?.close()
    await store?.close()
  })

  it('renders valid Prometheus text: outcomes, attempt durations and the queue read from the database', async () => {
    const metrics = createMetrics()
    const empty = parseExposition(await metrics.render(db))
    expect(empty.get('voicehooks_queue_depth{status="pending"}')).toBe(0)
    expect(empty.get('voicehooks_oldest_pending_age_seconds')).toBe(0)
    expect(empty.get('voicehooks_deliveries_total{outcome="delivered"}')).toBe(0)

    const ok = await insertWebhook(db, accountId, receiver.url)
    const flaky = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 1 })
    const first = await publish(db, accountId, [ok.id])
    const workers = await startWorkers(db, testConfig(), { metrics })
    try {
      await untilStatus(db, first.deliveryIds[0]!, 'delivered')
      const second = await publish(db, accountId, [flaky.id])
      await untilStatus(db, second.deliveryIds[0]!, 'failed')
    } finally {
      await workers.stop()
    }
    // Left in the queue with nobody working: one overdue, one not yet due.
    const overdue = await publish(db, accountId, [ok.id])
    await db.query(`UPDATE deliveries SET next_attempt_at = now() - interval '90 seconds' WHERE id = $1`, [
      overdue.deliveryIds[0],
    ])
    await publish(db, accountId, [ok.id], 'call.completed', 3_600_000)
    await db.query(
      `UPDATE deliveries SET status = 'processing', lease_owner = 'w', next_attempt_at = now() + interval '1 minute'
        WHERE id = (SELECT id FROM deliveries WHERE status = 'pending' ORDER BY next_attempt_at DESC LIMIT 1)`,
    )
    await publish(db, accountId, [ok.id], 'call.completed', 3_600_000)

    const samples = parseExposition(await metrics.render(db))
    expect(samples.get('voicehooks_deliveries_total{outcome="delivered"}')).toBe(1)
    expect(samples.get('voicehooks_deliveries_total{outcome="failed"}')).toBe(1)
    expect(samples.get('voicehooks_deliveries_total{outcome="retry"}')).toBe(0)
    expect(samples.get('voicehooks_attempt_duration_seconds_count')).toBe(2)
    expect(samples.get('voicehooks_attempt_duration_seconds_bucket{le="+Inf"}')).toBe(2)
    expect(samples.get('voicehooks_attempt_duration_seconds_bucket{le="10"}')).toBe(2)
    expect(samples.has('voicehooks_attempt_duration_seconds_bucket{le="0.005"}')).toBe(true)
    expect(samples.get('voicehooks_attempt_duration_seconds_sum')).toBeGreaterThan(0)
    expect(samples.get('voicehooks_queue_depth{status="pending"}')).toBe(2)
    expect(samples.get('voicehooks_queue_depth{status="processing"}')).toBe(1)
    const age = samples.get('voicehooks_oldest_pending_age_seconds')!
    expect(age).toBeGreaterThanOrEqual(89)
    expect(age).toBeLessThan(120)
  })
})
