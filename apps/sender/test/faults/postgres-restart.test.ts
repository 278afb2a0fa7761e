import { type PostgresCluster, startPostgresCluster, until } from '@voicehooks/testkit'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mapLimit, post, startRecorder } from '../support/processes.js'
import { type SenderProcess, spawnSender } from '../support/spawn-sender.js'

const EVENTS = 1250
const ENDPOINTS = 4

// PostgreSQL goes away in the middle of a 5,000-delivery run and comes back: the sender must stay
// up, answer 503 meanwhile, reconnect by itself, resume LISTEN, and deliver every acknowledged event.
describe('a PostgreSQL restart in the middle of a run', () => {
  let cluster: PostgresCluster
  let recorder: Awaited<ReturnType<typeof startRecorder>>
  let sender: SenderProcess | undefined

  beforeAll(async () => {
    cluster = await startPostgresCluster()
    const admin = new pg.Client({ connectionString: cluster.url })
    await admin.connect()
    await admin.query('CREATE DATABASE voicehooks')
    await admin.end()
    recorder = await startRecorder(50)
  }, 120_000)
  afterAll(async () => {
    await sender?.kill('SIGKILL')
    recorder?.server.close()
    await cluster?.destroy()
  })

  it('answers 503 while it is gone, reconnects, and loses nothing', async () => {
    sender = await spawnSender(
      {
        DATABASE_URL: cluster.urlOf('voicehooks'),
        VOICEHOOKS_OPERATOR_TOKEN: 'op',
        VOICEHOOKS_API_RATE_LIMIT: 'off',
        VOICEHOOKS_POLL_INTERVAL: '300ms',
        VOICEHOOKS_LEASE: '5s',
        VOICEHOOKS_RETRY_SCHEDULE: '200ms,500ms,1s,2s,2s,2s,2s',
        // At most 6 in flight per endpoint (about 500 deliveries/s against the 50-ms receiver), so
        // most deliveries are still queued when the database goes away.
        VOICEHOOKS_ENDPOINT_CONCURRENCY_MAX: '6',
      },
      'sender on its own PostgreSQL',
    )
    const { api_key } = await post<{ api_key: { key: string } }>(`${sender.url}/v1/accounts`, 'op', {
      name: 'Restart',
      email: 'restart@example.com',
    })
    for (let i = 0; i < ENDPOINTS; i++) {
      await post(`${sender.url}/v1/webhooks`, api_key.key, {
        url: `${recorder.url}/hooks/${i}`,
        max_attempts: 8,
      })
    }
    const acknowledged = await mapLimit(
      Array.from({ length: EVENTS }, (_, i) => i),
      8,
      (i) =>
        post<{ id: string; deliveries: number }>(`${sender!.url}/v1/events`, api_key.key, {
          type: 'test.ping',
          data: { message: `event ${i}`, webhook_id: 'wh_01M8R7GR2KGT7KYPYAX1JS8GRD' },
        }),
    )
    expect(acknowledged.reduce((n, e) => n + e.deliveries, 0)).toBe(EVENTS * ENDPOINTS)

    // Mid-run: some deliveries are out, most are still queued.
    await until(() => recorder.hits.length >= 200, 'the first 200 deliveries', 60_000)
    await cluster.stop()
    const outage = Date.now()

    const whileGone = await fetch(`${sender.url}/v1/webhooks`, {
      headers: { authorization: `Bearer ${api_key.key}` },
    })
    expect(whileGone.status).toBe(503)
    expect(whileGone.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(whileGone.headers.get('retry-after')).toBe('2')
    expect(await whileGone.json()).toMatchObject({ status: 503, type: '/problems/unavailable' })
    const publishGone = await fetch(`${sender.url}/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${api_key.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'test.ping',
        data: { message: 'during', webhook_id: 'wh_01M8R7GR2KGT7KYPYAX1JS8GRD' },
      }),
    })
    expect(publishGone.status).toBe(503)
    expect((await fetch(`${sender.url}/healthz`)).status).toBe(503)
    const deliveredAtOutage = new Set(recorder.hits.map((h) => h.deliveryId)).size

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 2000 - (Date.now() - outage))))
    await cluster.start()
    await until(
      async () => (await fetch(`${sender!.url}/healthz`)).status === 200,
      'healthz back to 200',
      30_000,
    )

    // Every acknowledged delivery arrives (some twice: at least once is the promise).
    await until(
      () => new Set(recorder.hits.map((h) => h.deliveryId)).size === EVENTS * ENDPOINTS,
      `all ${EVENTS * ENDPOINTS} deliveries after the restart`,
      90_000,
    )
    expect(deliveredAtOutage).toBeLessThan(EVENTS * ENDPOINTS)
    const received = new Set(recorder.hits.map((h) => h.eventId))
    for (const event of acknowledged) expect(received.has(event.id), event.id).toBe(true)

    const sql = new pg.Client({ connectionString: cluster.urlOf('voicehooks') })
    await sql.connect()
    try {
      // Attempts that were sent while their outcome could not be written are sent again when
      // their lease expires, and then recorded: every row ends delivered.
      const statuses = async () =>
        (
          await sql.query<{ status: string; n: number }>(
            `SELECT status, count(*)::int AS n FROM deliveries GROUP BY status`,
          )
        ).rows
      await until(
        async () =>
          JSON.stringify(await statuses()) ===
          JSON.stringify([{ status: 'delivered', n: EVENTS * ENDPOINTS }]),
        'every delivery recorded as delivered',
        30_000,
      ).catch(async (error: unknown) => {
        throw new Error(`${(error as Error).message}: ${JSON.stringify(await statuses())}`)
      })
      // LISTEN resumed on a new connection.
      await until(
        async () =>
          (
            await sql.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = 'voicehooks' AND query LIKE 'LISTEN%'`,
            )
          ).rowCount === 1,
        'the LISTEN connection back',
        15_000,
      )
    } finally {
      await sql.end()
    }
    expect(await sender.kill('SIGTERM')).toBe(0)
  }, 240_000)
})
