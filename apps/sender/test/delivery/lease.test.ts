import type { Database } from '@voicehooks/store'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { claimDue } from '../../src/delivery/claim.js'
import { recordAttempt } from '../../src/delivery/record-attempt.js'
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
} from './fixtures.js'

const engines = await testEngines()

describe.each(engines)('leases, wake-ups and shutdown on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let receiver: TestReceiver

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    receiver = await startReceiver()
  })
  afterEach(() => {
    receiver.requests.length = 0
    receiver.reply = () => ({ status: 200, body: 'ok' })
  })
  afterAll(async () => {
    await receiver?.close()
    await store?.close()
  })

  it('delivers a row whose worker died once its lease expires, and ignores the dead worker’s late result', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    const id = deliveryIds[0]!
    await db.query(
      `UPDATE deliveries SET status = 'processing', lease_owner = 'crashed-worker', attempt_count = 1,
              next_attempt_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    )
    const workers = await startWorkers(db, testConfig(), { workerId: 'live-worker' })
    try {
      const row = await untilStatus(db, id, 'delivered')
      expect(row.attempt_count).toBe(2)
      expect(receiver.requests.map((r) => r.headers['x-voicehooks-attempt'])).toEqual(['2'])
      // The crashed worker comes back and tries to record attempt 1 as a failure: it no longer holds the row.
      const late = await recordAttempt(
        db,
        {
          deliveryId: id,
          webhookId: webhook.id,
          attempt: 1,
          workerId: 'crashed-worker',
          startedAt: new Date(),
          durationMs: 5,
          statusCode: 500,
          error: 'HTTP 500',
          responseExcerpt: undefined,
        },
        { kind: 'failed' },
        { disableAfterFailures: 1 },
      )
      expect(late).toEqual({ applied: false, disabled: undefined })
      expect(await deliveryRow(db, id)).toMatchObject({ status: 'delivered', attempt_count: 2 })
      expect((await attemptsOf(db, id)).map((a) => [a.attempt, a.worker])).toEqual([
        [1, 'crashed-worker'],
        [2, 'live-worker'],
      ])
    } finally {
      await workers.stop()
    }
  })

  it('wakes idle workers by NOTIFY, wake() and its own retry timers, long before the poll interval', async () => {
    receiver.reply = (_r, n) => (n === 0 ? { status: 500 } : { status: 200 })
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const workers = await startWorkers(db, testConfig({ pollIntervalMs: 60_000 }))
    try {
      // Idle: the first claim found nothing and the loop now sleeps for a minute.
      await new Promise((r) => setTimeout(r, 100))
      // NOTIFY at commit (PostgreSQL; PGlite delivers its own notifications in-process too).
      const notified = await publish(db, accountId, [webhook.id])
      const row = await untilStatus(db, notified.deliveryIds[0]!, 'delivered', 3000)
      // The retry after the first 500 came from the worker's own timer (schedule 50 ms), not the poll.
      expect(row.attempt_count).toBe(2)
      // No NOTIFY at all: only wake() can start it.
      const silent = await publish(db, accountId, [webhook.id], 'call.completed', 0, false)
      await new Promise((r) => setTimeout(r, 200))
      expect((await deliveryRow(db, silent.deliveryIds[0]!)).status).toBe('pending')
      workers.wake()
      await untilStatus(db, silent.deliveryIds[0]!, 'delivered', 3000)
    } finally {
      await workers.stop()
    }
  })

  it('does not take a row whose lease is still running', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    await db.query(
      `UPDATE deliveries SET status = 'processing', lease_owner = 'other-worker', attempt_count = 1,
              next_attempt_at = now() + interval '1 hour' WHERE id = $1`,
      [deliveryIds[0]],
    )
    const { deliveries: claimed } = await claimDue(db, {
      workerId: 'me',
      limit: 10,
      leaseMs: 1000,
      perEndpointLimit: 10,
      inFlight: new Map(),
    })
    expect(claimed.map((c) => c.id)).not.toContain(deliveryIds[0])
    await db.query(`UPDATE deliveries SET status = 'dead' WHERE id = $1`, [deliveryIds[0]])
  })

  it('stop() waits for attempts in flight within the grace period', async () => {
    receiver.reply = () => (res) => {
      setTimeout(() => res.writeHead(200).end('slow ok'), 300)
    }
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    const workers = await startWorkers(db, testConfig())
    await until(async () => receiver.requests.length === 1, 'the request to arrive')
    await workers.stop({ graceMs: 5000 })
    expect(await deliveryRow(db, deliveryIds[0]!)).toMatchObject({ status: 'delivered', attempt_count: 1 })
  })

  it('stop() returns claimed rows to pending after the grace period, unrecorded', async () => {
    receiver.reply = () => 'hang'
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { deliveryIds } = await publish(db, accountId, [webhook.id, webhook.id])
    const workers = await startWorkers(db, testConfig({ deliveryTimeoutMs: 10_000 }))
    await until(async () => receiver.requests.length === 2, 'both requests to hang')
    const started = Date.now()
    await workers.stop({ graceMs: 200 })
    expect(Date.now() - started).toBeLessThan(2000)
    for (const id of deliveryIds) {
      const row = await deliveryRow(db, id)
      expect(row).toMatchObject({ status: 'pending', lease_owner: null, attempt_count: 0 })
      expect(new Date(row.next_attempt_at!).getTime()).toBeLessThanOrEqual(Date.now() + 1000)
      expect(await attemptsOf(db, id)).toEqual([])
    }
    // Another worker picks them up at once.
    receiver.reply = () => ({ status: 200 })
    const next = await startWorkers(db, testConfig())
    try {
      for (const id of deliveryIds) expect((await untilStatus(db, id, 'delivered')).attempt_count).toBe(1)
    } finally {
      await next.stop()
    }
  })

  // Concurrent claimers exist only on PostgreSQL (PGlite is one in-process connection), so the
  // test is defined for it alone rather than reported as skipped on PGlite.
  const postgresOnly = engine === 'postgres' ? it : () => undefined
  postgresOnly('two workers claiming at once never share a row (SKIP LOCKED)', async () => {
    const webhooks = await Promise.all([1, 2, 3, 4].map(() => insertWebhook(db, accountId, receiver.url)))
    const ids: string[] = []
    for (let i = 0; i < 25; i++)
      ids.push(
        ...(
          await publish(
            db,
            accountId,
            webhooks.map((w) => w.id),
          )
        ).deliveryIds,
      )
    const claim = async (workerId: string) =>
      (
        await claimDue(db, {
          workerId,
          limit: 40,
          leaseMs: 60_000,
          perEndpointLimit: 100,
          inFlight: new Map(),
        })
      ).deliveries
    const [a, b, c] = await Promise.all([claim('a'), claim('b'), claim('c')])
    const all = [...a, ...b, ...c].map((d) => d.id)
    expect(new Set(all).size).toBe(all.length)
    expect(all.length).toBe(100)
    const { rows } = await db.query<{ lease_owner: string; n: number }>(
      `SELECT lease_owner, count(*)::int AS n FROM deliveries WHERE id = ANY($1::text[]) GROUP BY lease_owner`,
      [ids],
    )
    const counts = Object.fromEntries(rows.map((r) => [r.lease_owner, Number(r.n)]))
    expect(counts).toEqual({ a: a.length, b: b.length, c: c.length })
    await db.query(`UPDATE deliveries SET status = 'dead' WHERE id = ANY($1::text[])`, [ids])
  })

  it('caps one endpoint’s share of a claim, counting what is already in flight', async () => {
    const busy = await insertWebhook(db, accountId, receiver.url)
    const other = await insertWebhook(db, accountId, receiver.url)
    const ids: string[] = []
    for (let i = 0; i < 6; i++) ids.push(...(await publish(db, accountId, [busy.id])).deliveryIds)
    ids.push(...(await publish(db, accountId, [other.id, other.id])).deliveryIds)
    const { deliveries: claimed, capped } = await claimDue(db, {
      workerId: 'capped',
      limit: 10,
      leaseMs: 60_000,
      perEndpointLimit: 3,
      inFlight: new Map([[busy.id, 2]]),
    })
    const per = (id: string) => claimed.filter((c) => c.webhook?.id === id).length
    expect([per(busy.id), per(other.id)]).toEqual([1, 2])
    expect(capped).toBe(true)
    // Saturated endpoints are skipped entirely, so the claim reaches rows queued behind them.
    const again = await claimDue(db, {
      workerId: 'capped',
      limit: 10,
      leaseMs: 60_000,
      perEndpointLimit: 3,
      inFlight: new Map([[busy.id, 3]]),
    })
    expect(again).toEqual({ deliveries: [], capped: false })
    await db.query(`UPDATE deliveries SET status = 'dead' WHERE id = ANY($1::text[])`, [ids])
  })
})
