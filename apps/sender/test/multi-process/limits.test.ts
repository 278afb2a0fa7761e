import { catalog } from '@voicehooks/contracts'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../api/harness.js'
import {
  mapLimit,
  post,
  postgresForMultiProcess,
  type Recorder,
  startRecorder,
  until,
} from '../support/processes.js'
import { type SenderProcess, spawnSender } from '../support/spawn-sender.js'

const enabled = await postgresForMultiProcess()
const EVENTS = 60
/** In-flight cap of every endpoint, fixed: slow start and growth both end at it. */
const CAP = 3
/** How long the capped endpoint holds each request. */
const HOLD_MS = 150
/** The rate-limited endpoint's `rate_limit_per_second`. */
const RATE = 10
/**
 * Arrival times are not claim times: a request reaches the receiver some time after the claim
 * that spent its token, and that delay varies on a loaded machine, which can squeeze two arrivals
 * closer together than their claims were. This much of a window may be lost that way.
 */
const JITTER_S = 0.3

describe.skipIf(!enabled)('per-endpoint limits hold across two sender processes', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let sql: pg.Client
  let recorder: Recorder
  const senders: SenderProcess[] = []

  beforeAll(async () => {
    database = await createTestDatabase('limits')
    sql = new pg.Client({ connectionString: database.url })
    await sql.connect()
    recorder = await startRecorder((path) => (path === '/capped' ? HOLD_MS : 0))
  })

  afterAll(async () => {
    await Promise.all(senders.map((p) => p.kill('SIGKILL')))
    await sql?.end()
    recorder?.server.close()
    await database?.drop()
  })

  it(`never more than ${CAP} in flight to one endpoint, nor more than ${RATE}/s to a rate-limited one`, async () => {
    const env = {
      DATABASE_URL: database.url,
      VOICEHOOKS_OPERATOR_TOKEN: 'op',
      VOICEHOOKS_POLL_INTERVAL: '100ms',
      VOICEHOOKS_LEASE: '60s', // no lease expires here: every delivery is sent exactly once
      VOICEHOOKS_ENDPOINT_CONCURRENCY: String(CAP),
      VOICEHOOKS_ENDPOINT_CONCURRENCY_MAX: String(CAP),
      // A process keeps at most a quarter of its 8 slots on one lane: 2, less than the cap, so the
      // cap is only reached with both processes sending at once, and a cap enforced per process
      // only would let the endpoint see 4.
      VOICEHOOKS_CONCURRENCY: '8',
    }
    senders.push(await spawnSender(env, 'sender 1'))
    senders.push(await spawnSender(env, 'sender 2'))
    const { api_key } = await post<{ api_key: { key: string } }>(`${senders[0]!.url}/v1/accounts`, 'op', {
      name: 'Limits',
      email: 'limits@example.com',
    })
    const capped = await post<{ id: string }>(`${senders[0]!.url}/v1/webhooks`, api_key.key, {
      url: `${recorder.url}/capped`,
    })
    const limited = await post<{ rate_limit_per_second: number | null }>(
      `${senders[1]!.url}/v1/webhooks`,
      api_key.key,
      {
        url: `${recorder.url}/limited`,
        rate_limit_per_second: RATE,
      },
    )
    expect(limited.rate_limit_per_second).toBe(RATE)
    const ping = catalog.find((e) => e.name === 'test.ping')!
    const published = await mapLimit(
      Array.from({ length: EVENTS }, (_, i) => i),
      8,
      (i) =>
        post<{ id: string; deliveries: number }>(`${senders[i % 2]!.url}/v1/events`, api_key.key, {
          type: 'test.ping',
          data: { ...ping.example.data, message: `event ${i}` },
        }),
    )
    expect(published.every((p) => p.deliveries === 2)).toBe(true)
    await until(
      async () => {
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM deliveries WHERE status = 'delivered'`,
        )
        return rows[0]!.n === EVENTS * 2
      },
      `${EVENTS * 2} deliveries delivered`,
      25_000,
    )

    // Every delivery arrived, once.
    for (const path of ['/capped', '/limited']) {
      const hits = recorder.hits.filter((h) => h.path === path)
      expect(hits, path).toHaveLength(EVENTS)
      expect(new Set(hits.map((h) => h.eventId)), path).toEqual(new Set(published.map((p) => p.id)))
    }

    // The cap, as the receiver saw it: reached (so the test exercised it) and never passed.
    expect(recorder.maxInFlight.get('/capped')).toBe(CAP)

    // Both processes held the capped endpoint's slots at the same moment at least once: the cap was
    // shared between them, not met by one process alone.
    const { rows: spans } = await sql.query<{ worker: string; from: number; to: number }>(
      `SELECT a.worker, extract(epoch FROM a.started_at) * 1000 AS from,
              extract(epoch FROM a.started_at) * 1000 + a.duration_ms AS to
         FROM attempts a JOIN deliveries d ON d.id = a.delivery_id WHERE d.webhook_id = $1`,
      [capped.id],
    )
    const workers = new Set(spans.map((s) => s.worker))
    expect(workers.size, 'both processes sent to the capped endpoint').toBe(2)
    const overlapping = spans.some((a) =>
      spans.some((b) => a.worker !== b.worker && a.from < b.to && b.from < a.to),
    )
    expect(overlapping, 'the two processes had attempts in flight to it at once').toBe(true)

    // The rate: a token bucket of RATE tokens, refilled at RATE a second, shared by both processes.
    // So any stretch of arrivals [i, j] holds at most RATE × (its length + 1 s) of them, give or
    // take the arrival jitter; a bucket per process would allow twice that.
    const times = recorder.hits
      .filter((h) => h.path === '/limited')
      .map((h) => h.at)
      .sort((a, b) => a - b)
    let worst = { count: 0, allowed: Number.POSITIVE_INFINITY }
    for (let i = 0; i < times.length; i++) {
      for (let j = i; j < times.length; j++) {
        const count = j - i + 1
        const allowed = Math.floor(RATE * ((times[j]! - times[i]!) / 1000 + 1 + JITTER_S))
        if (count - allowed > worst.count - worst.allowed) worst = { count, allowed }
      }
    }
    expect(worst.count, `arrivals in a stretch that allowed ${worst.allowed}`).toBeLessThanOrEqual(
      worst.allowed,
    )
    // And over the whole run: the first RATE at once, then RATE a second.
    const seconds = (times.at(-1)! - times[0]!) / 1000
    expect(seconds).toBeGreaterThanOrEqual((EVENTS - RATE) / RATE - JITTER_S)
    const busiest = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length))
    console.info(
      `limits: capped endpoint max ${recorder.maxInFlight.get('/capped')} in flight (cap ${CAP}); ` +
        `rate-limited endpoint ${EVENTS} in ${seconds.toFixed(2)} s, busiest 1-s window ${busiest} (rate ${RATE}/s, bucket ${RATE})`,
    )
  }, 60_000)
})
