import { catalog } from '@voicehooks/contracts'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../api/harness.js'
import { mapLimit, post, postgresForMultiProcess, startRecorder, until } from '../support/processes.js'
import { type SenderProcess, spawnSender } from '../support/spawn-sender.js'

const enabled = await postgresForMultiProcess()
const EVENTS = 40

describe.skipIf(!enabled)('a sender killed with SIGKILL mid-delivery loses nothing', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let sql: pg.Client
  let recorder: Awaited<ReturnType<typeof startRecorder>>
  const processes: SenderProcess[] = []

  beforeAll(async () => {
    database = await createTestDatabase('crash')
    sql = new pg.Client({ connectionString: database.url })
    recorder = await startRecorder(150) // slow enough that work is in flight when the process dies
  })

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.kill('SIGKILL')))
    await sql?.end()
    recorder?.server.close()
    await database?.drop()
  })

  it('delivers every event after another process takes over the expired leases', async () => {
    const env = {
      DATABASE_URL: database.url,
      VOICEHOOKS_OPERATOR_TOKEN: 'op',
      VOICEHOOKS_LEASE: '2s',
      VOICEHOOKS_POLL_INTERVAL: '100ms',
      VOICEHOOKS_CONCURRENCY: '4',
      VOICEHOOKS_RETRY_SCHEDULE: '100ms,200ms,500ms',
    }
    const first = await spawnSender(env, 'sender A')
    processes.push(first)
    await sql.connect()
    const { api_key } = await post<{ api_key: { key: string } }>(`${first.url}/v1/accounts`, 'op', {
      name: 'Crash test',
      email: 'crash@example.com',
    })
    await post(`${first.url}/v1/webhooks`, api_key.key, { url: `${recorder.url}/hooks` })
    const ping = catalog.find((e) => e.name === 'test.ping')!
    const published = await mapLimit(
      Array.from({ length: EVENTS }, (_, i) => i),
      8,
      (i) =>
        post<{ id: string }>(`${first.url}/v1/events`, api_key.key, {
          type: 'test.ping',
          data: { ...ping.example.data, message: `event ${i}` },
        }),
    )

    // Kill while some deliveries are done and others are claimed (processing) by this process.
    await until(
      async () => {
        const { rows } = await sql.query<{ processing: number; delivered: number }>(
          `SELECT count(*) FILTER (WHERE status = 'processing')::int AS processing,
                  count(*) FILTER (WHERE status = 'delivered')::int AS delivered FROM deliveries`,
        )
        return rows[0]!.processing > 0 && rows[0]!.delivered > 0
      },
      'deliveries both delivered and in flight',
      20_000,
    )
    const inFlight = await sql.query<{ id: string }>(`SELECT id FROM deliveries WHERE status = 'processing'`)
    expect(await first.kill('SIGKILL')).toBe('SIGKILL')

    const second = await spawnSender(env, 'sender B')
    processes.push(second)
    await until(
      async () => {
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM deliveries WHERE status = 'delivered'`,
        )
        return rows[0]!.n === EVENTS
      },
      `all ${EVENTS} deliveries delivered after the crash`,
      30_000,
    )

    const received = new Set(recorder.hits.map((h) => h.eventId))
    for (const event of published) expect(received.has(event.id), `event ${event.id} received`).toBe(true)
    // At-least-once: only work that was in flight at the kill may have been sent twice.
    const counts = new Map<string, number>()
    for (const hit of recorder.hits) counts.set(hit.deliveryId, (counts.get(hit.deliveryId) ?? 0) + 1)
    const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id)
    const leased = new Set(inFlight.rows.map((r) => r.id))
    for (const id of twice)
      expect(leased.has(id), `${id} sent twice but was not in flight at the kill`).toBe(true)

    expect(await second.kill('SIGTERM')).toBe(0)
  }, 90_000)
})
