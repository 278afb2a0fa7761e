import type { Database, Sql } from '@voicehooks/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  attemptsOf,
  deliveryRow,
  type Engine,
  insertAccount,
  insertWebhook,
  openTestStore,
  publish,
  testEngines,
  webhookRow,
} from '../../test/delivery/fixtures.js'
import { claimDue } from './claim.js'
import type { AttemptDecision } from './decide.js'
import { OutcomeBatcher } from './outcome-batcher.js'
import type { AttemptRecord } from './record-attempt.js'

const engines = await testEngines()

/** The same database, counting the transactions begun through it. */
function counting(db: Database): { db: Database; transactions(): number } {
  let transactions = 0
  const wrapped: Database = {
    kind: db.kind,
    query: (text, params) => db.query(text, params),
    transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
      transactions += 1
      return db.transaction(fn)
    },
    listen: (channel, onNotify) => db.listen(channel, onNotify),
    close: () => db.close(),
  }
  return { db: wrapped, transactions: () => transactions }
}

describe.each(engines)('outcome batcher on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
  })
  afterAll(async () => {
    await store?.close()
  })

  /** `count` deliveries to a fresh endpoint, claimed by `workerId`. */
  async function claimed(count: number, workerId: string) {
    const webhook = await insertWebhook(db, accountId, 'http://127.0.0.1:9/hook')
    await publish(
      db,
      accountId,
      Array.from({ length: count }, () => webhook.id),
      'call.completed',
      0,
      false,
    )
    const { deliveries } = await claimDue(db, {
      workerId,
      limit: count,
      leaseMs: 60_000,
      perEndpointLimit: count,
      inFlight: new Map(),
      skip: [],
    })
    // Other tests' rows are claimed elsewhere: take only this endpoint's.
    return { webhook, deliveries: deliveries.filter((d) => d.webhook?.id === webhook.id) }
  }

  function attempt(
    deliveryId: string,
    webhookId: string,
    workerId: string,
    statusCode: number,
  ): AttemptRecord {
    return {
      deliveryId,
      webhookId,
      attempt: 1,
      workerId,
      startedAt: new Date(),
      durationMs: 7,
      statusCode,
      error: statusCode < 300 ? undefined : `HTTP ${statusCode}`,
      responseExcerpt: 'ok',
    }
  }

  it('writes many outcomes in one transaction, each row under its own lease guard', async () => {
    const { webhook, deliveries } = await claimed(5, 'batch-worker')
    expect(deliveries).toHaveLength(5)
    await db.query('UPDATE webhooks SET consecutive_failures = 2 WHERE id = $1', [webhook.id])
    // Another worker took the last row meanwhile: its outcome must not be applied.
    const lost = deliveries[4]!.id
    await db.query(`UPDATE deliveries SET lease_owner = 'thief', attempt_count = 2 WHERE id = $1`, [lost])
    const counted = counting(db)
    const batcher = new OutcomeBatcher({ db: counted.db, disableAfterFailures: 10, lingerMs: 60_000 })
    const decisions: AttemptDecision[] = [
      { kind: 'delivered' },
      { kind: 'delivered' },
      { kind: 'retry', delayMs: 30_000 },
      { kind: 'retry', delayMs: 30_000 },
      { kind: 'delivered' },
    ]
    const results = deliveries.map((d, i) =>
      batcher.record(attempt(d.id, webhook.id, 'batch-worker', i < 2 || i === 4 ? 200 : 500), decisions[i]!),
    )
    expect(batcher.queued).toBe(5)
    await batcher.flush()
    expect((await Promise.all(results)).map((r) => r.applied)).toEqual([true, true, true, true, false])
    expect(counted.transactions()).toBe(1)

    const rows = await Promise.all(deliveries.map((d) => deliveryRow(db, d.id)))
    expect(rows[0]).toMatchObject({
      status: 'delivered',
      lease_owner: null,
      last_status_code: 200,
      last_error: null,
    })
    expect(rows[0]!.delivered_at).not.toBeNull()
    expect(rows[0]!.next_attempt_at).toBeNull()
    expect(rows[2]).toMatchObject({
      status: 'pending',
      lease_owner: null,
      last_status_code: 500,
      last_error: 'HTTP 500',
    })
    const due = new Date(rows[2]!.next_attempt_at!).getTime() - Date.now()
    expect(due).toBeGreaterThan(20_000)
    expect(due).toBeLessThan(40_000)
    expect(rows[4]).toMatchObject({ status: 'processing', lease_owner: 'thief', attempt_count: 2 })
    // Every attempt row is written, the lost one included: the request was made.
    for (const d of deliveries) {
      expect((await attemptsOf(db, d.id)).map((a) => [a.attempt, a.worker, a.duration_ms])).toEqual([
        [1, 'batch-worker', 7],
      ])
    }
    // A delivered outcome ends the endpoint's failure streak.
    expect((await webhookRow(db, webhook.id)).consecutive_failures).toBe(0)
  })

  it('flushes a full batch at once and the rest after the linger', async () => {
    const { webhook, deliveries } = await claimed(7, 'size-worker')
    const counted = counting(db)
    const batcher = new OutcomeBatcher({
      db: counted.db,
      disableAfterFailures: 10,
      maxBatch: 3,
      lingerMs: 20,
    })
    const results = deliveries.map((d) =>
      batcher.record(attempt(d.id, webhook.id, 'size-worker', 200), { kind: 'delivered' }),
    )
    // Two full batches went at once; the seventh waits for the linger.
    expect(batcher.queued).toBe(1)
    expect((await Promise.all(results)).every((r) => r.applied)).toBe(true)
    expect(counted.transactions()).toBe(3)
  })

  it('does not linger when every pending attempt is waiting in the batch', async () => {
    const { webhook, deliveries } = await claimed(2, 'idle-worker')
    const batcher = new OutcomeBatcher({ db, disableAfterFailures: 10, lingerMs: 60_000, pending: () => 2 })
    const first = batcher.record(attempt(deliveries[0]!.id, webhook.id, 'idle-worker', 200), {
      kind: 'delivered',
    })
    expect(batcher.queued).toBe(1)
    const second = batcher.record(attempt(deliveries[1]!.id, webhook.id, 'idle-worker', 200), {
      kind: 'delivered',
    })
    expect(batcher.queued).toBe(0)
    expect((await Promise.all([first, second])).map((r) => r.applied)).toEqual([true, true])
  })

  it('writes failed outcomes one by one: a retry leaves the streak, a failure counts and may disable', async () => {
    const { webhook, deliveries } = await claimed(2, 'fail-worker')
    await db.query('UPDATE webhooks SET consecutive_failures = 1 WHERE id = $1', [webhook.id])
    const batcher = new OutcomeBatcher({ db, disableAfterFailures: 2, lingerMs: 60_000 })
    const retry = batcher.record(attempt(deliveries[0]!.id, webhook.id, 'fail-worker', 500), {
      kind: 'retry',
      delayMs: 1000,
    })
    // The failure waits for the retry queued before it, then goes in a transaction of its own.
    const failed = await batcher.record(attempt(deliveries[1]!.id, webhook.id, 'fail-worker', 500), {
      kind: 'failed',
    })
    expect((await retry).applied).toBe(true)
    expect(failed.applied).toBe(true)
    expect(failed.disabled).toMatchObject({ id: webhook.id })
    expect(await deliveryRow(db, deliveries[1]!.id)).toMatchObject({ status: 'failed' })
    expect(await webhookRow(db, webhook.id)).toMatchObject({ active: false, consecutive_failures: 2 })
    // Disabling turned the retried sibling dead.
    expect(await deliveryRow(db, deliveries[0]!.id)).toMatchObject({ status: 'dead' })
  })

  it('rejects every queued outcome when the batch cannot be written', async () => {
    const failing: Database = {
      ...db,
      kind: db.kind,
      query: (text, params) => db.query(text, params),
      transaction: () => Promise.reject(new Error('database gone')),
      listen: (channel, onNotify) => db.listen(channel, onNotify),
      close: () => db.close(),
    }
    const batcher = new OutcomeBatcher({ db: failing, disableAfterFailures: 10, lingerMs: 1 })
    const outcome = batcher.record(attempt('dlv_missing', 'wh_missing', 'w', 200), { kind: 'delivered' })
    await expect(outcome).rejects.toThrow('database gone')
  })
})
