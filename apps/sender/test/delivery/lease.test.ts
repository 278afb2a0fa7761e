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
  queueOf,
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
      const late = await queueOf(db).complete({
        deliveryId: id,
        lane: webhook.id,
        webhookId: webhook.id,
        attempt: 1,
        workerId: 'crashed-worker',
        kind: 'failed',
        record: {
          startedAt: new Date(),
          durationMs: 5,
          statusCode: 500,
          error: 'HTTP 500',
          responseExcerpt: undefined,
          requestHeaders: undefined,
        },
        health: 'unhealthy',
      })
      expect(late).toEqual({ applied: false })
      expect(await deliveryRow(db, id)).toMatchObject({ status: 'delivered', attempt_count: 2 })
      expect((await attemptsOf(db, id)).map((a) => [a.attempt, a.worker])).toEqual([
        [1, 'crashed-worker'],
        [2, 'live-worker'],
      ])
    } finally {
      await workers.stop()
    }
  })

  it('wakes idle workers when work is queued, by wake() and its own retry timers, long before the poll interval', async () => {
    receiver.reply = (_r, n) => (n === 0 ? { status: 500 } : { status: 200 })
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const workers = await startWorkers(db, testConfig({ pollIntervalMs: 60_000 }))
    try {
      // Idle: the first claim found nothing and the loop now sleeps for a minute.
      await new Promise((r) => setTimeout(r, 100))
      // Queuing wakes the workers once its transaction commits.
      const queued = await publish(db, accountId, [webhook.id])
      const row = await untilStatus(db, queued.deliveryIds[0]!, 'delivered', 3000)
      // The retry after the first 500 came from the worker's own timer (schedule 50 ms), not the poll.
      expect(row.attempt_count).toBe(2)
      // Made due behind the queue's back (no wake-up at all): only wake() starts it.
      const silent = await publish(db, accountId, [webhook.id], 'call.completed', 3_600_000)
      // Let the claim its queuing woke finish (it finds the delivery not due and goes back to sleep).
      await new Promise((r) => setTimeout(r, 200))
      await db.query(`UPDATE deliveries SET next_attempt_at = now() WHERE id = $1`, [silent.deliveryIds[0]])
      await db.query(`UPDATE lanes SET due_at = now() WHERE lane = $1`, [webhook.id])
      await new Promise((r) => setTimeout(r, 200))
      expect((await deliveryRow(db, silent.deliveryIds[0]!)).status).toBe('pending')
      workers.wake()
      await untilStatus(db, silent.deliveryIds[0]!, 'delivered', 3000)
    } finally {
      await workers.stop()
    }
  })

  it('keeps a lane at its cap busy without waiting for the poll interval between deliveries', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const lanes = { ...testConfig().lanes, initialInFlight: 1, maxInFlight: 1 }
    const workers = await startWorkers(db, testConfig({ pollIntervalMs: 60_000, lanes }))
    try {
      // One at a time on this lane: each claim that follows an answer runs before that answer's
      // outcome is written, finds the lane at its cap and sets its next look later; the written
      // outcome must start the next claim, or each delivery waits for the minute-long poll.
      const ids: string[] = []
      for (let i = 0; i < 8; i++) ids.push(...(await publish(db, accountId, [webhook.id])).deliveryIds)
      for (const id of ids) await untilStatus(db, id, 'delivered', 5000)
    } finally {
      await workers.stop()
    }
  })

  const postgresOnlyNotify = engine === 'postgres' ? it : () => undefined
  postgresOnlyNotify('wakes on a NOTIFY from another process', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const workers = await startWorkers(db, testConfig({ pollIntervalMs: 60_000 }))
    try {
      await new Promise((r) => setTimeout(r, 100))
      const other = await publish(db, accountId, [webhook.id], 'call.completed', 3_600_000)
      await db.query(`UPDATE deliveries SET next_attempt_at = now() WHERE id = $1`, [other.deliveryIds[0]])
      await db.query(`UPDATE lanes SET due_at = now() WHERE lane = $1`, [webhook.id])
      await db.query(`SELECT pg_notify('voicehooks_deliveries', '')`)
      await untilStatus(db, other.deliveryIds[0]!, 'delivered', 3000)
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
    const claimed = await queueOf(db).claim('me', 10)
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
    await db.query('UPDATE lanes SET max_in_flight = 100 WHERE lane = ANY ($1::text[])', [
      webhooks.map((w) => w.id),
    ])
    // Claims running at once each lock the lanes they take (SKIP LOCKED: the others take other
    // lanes, or wait for the next round); round after round, every row is claimed exactly once.
    const claim = (workerId: string) => queueOf(db).claim(workerId, 40)
    const rounds: Awaited<ReturnType<typeof claim>>[] = [[], [], []]
    for (let round = 0; round < 10 && rounds.flat().length < 100; round++) {
      const taken = await Promise.all([claim('a'), claim('b'), claim('c')])
      for (const [i, t] of taken.entries()) rounds[i]!.push(...t)
    }
    const [a, b, c] = rounds as [(typeof rounds)[0], (typeof rounds)[0], (typeof rounds)[0]]
    const all = [...a, ...b, ...c].map((d) => d.id)
    expect(new Set(all).size).toBe(all.length)
    expect(all.length).toBe(100)
    const { rows } = await db.query<{ lease_owner: string; n: number }>(
      `SELECT lease_owner, count(*)::int AS n FROM deliveries WHERE id = ANY($1::text[]) GROUP BY lease_owner`,
      [ids],
    )
    const counts = Object.fromEntries(
      rows.filter((r) => r.lease_owner !== null).map((r) => [r.lease_owner, Number(r.n)]),
    )
    const expected = Object.fromEntries(
      Object.entries({ a: a.length, b: b.length, c: c.length }).filter(([, n]) => n > 0),
    )
    expect(counts).toEqual(expected)
    await db.query(`UPDATE deliveries SET status = 'dead' WHERE id = ANY($1::text[])`, [ids])
  })

  it('caps each lane at its in-flight limit, counting what is in flight anywhere, and reaches lanes behind it', async () => {
    const busy = await insertWebhook(db, accountId, receiver.url)
    const other = await insertWebhook(db, accountId, receiver.url)
    const ids: string[] = []
    for (let i = 0; i < 12; i++) ids.push(...(await publish(db, accountId, [busy.id])).deliveryIds)
    ids.push(...(await publish(db, accountId, [other.id, other.id])).deliveryIds)
    // The busy endpoint has earned 8 in flight; two of them are with another worker.
    await db.query('UPDATE lanes SET max_in_flight = 8 WHERE lane = $1', [busy.id])
    await db.query(
      `UPDATE deliveries SET status = 'processing', lease_owner = 'elsewhere', attempt_count = 1,
              next_attempt_at = now() + interval '1 hour' WHERE id = ANY ($1::text[])`,
      [ids.slice(0, 2)],
    )
    const claimed = await queueOf(db).claim('capped', 20)
    const per = (id: string) => claimed.filter((c) => c.webhook?.id === id).length
    expect([per(busy.id), per(other.id)]).toEqual([6, 2])
    // At its cap the lane yields nothing more; the claim is not stuck behind it.
    expect(await queueOf(db).claim('capped', 20)).toEqual([])
    await db.query(`UPDATE deliveries SET status = 'dead' WHERE id = ANY($1::text[])`, [ids])
  })

  it('makes an idle lane due once new work on it commits, and wakes a lane stranded by a process that died before doing so', async () => {
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const first = (await publish(db, accountId, [webhook.id])).deliveryIds[0]!
    await db.query(`UPDATE deliveries SET status = 'dead' WHERE id = $1`, [first])
    // Claims found the lane empty often enough to stop looking at it.
    await db.query('UPDATE lanes SET due_at = NULL, idle_checks = 6 WHERE lane = $1', [webhook.id])
    const queued = (await publish(db, accountId, [webhook.id])).deliveryIds[0]!
    await until(
      async () => (await queueOf(db).claim('after-commit', 5)).length === 1,
      'the lane to be claimable after commit',
    )
    await db.query(`UPDATE deliveries SET status = 'dead', lease_owner = NULL WHERE id = $1`, [queued])

    // A process that committed work and died before marking its lane due: the lane has none. (Idle
    // first, so that the wait below sees this publish's own marking, not the claim's leftovers.)
    await db.query('UPDATE lanes SET due_at = NULL, idle_checks = 6 WHERE lane = $1', [webhook.id])
    const stranded = (await publish(db, accountId, [webhook.id])).deliveryIds[0]!
    await until(async () => {
      const { rows } = await db.query<{ due_at: Date | null }>('SELECT due_at FROM lanes WHERE lane = $1', [
        webhook.id,
      ])
      return rows[0]?.due_at !== null
    }, 'the lane to be marked due')
    await db.query('UPDATE lanes SET due_at = NULL, idle_checks = 6 WHERE lane = $1', [webhook.id])
    expect(await queueOf(db).claim('no-sweep', 5)).toEqual([])
    const workers = await startWorkers(db, testConfig(), { workerId: 'sweeper' })
    try {
      expect((await untilStatus(db, stranded, 'delivered')).attempt_count).toBe(1)
    } finally {
      await workers.stop()
    }
  })
})
