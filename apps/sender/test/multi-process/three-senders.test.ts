import { catalog } from '@voicehooks/contracts'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../api/harness.js'
import { mapLimit, post, postgresForMultiProcess, startRecorder, until } from '../support/processes.js'
import { type SenderProcess, spawnSender } from '../support/spawn-sender.js'

const enabled = await postgresForMultiProcess()
const EVENTS = 1000
const ENDPOINTS = ['a', 'b', 'c']

describe.skipIf(!enabled)('three sender processes share one PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>
  let sql: pg.Client
  let recorder: Awaited<ReturnType<typeof startRecorder>>
  const senders: SenderProcess[] = []

  beforeAll(async () => {
    database = await createTestDatabase('three')
    sql = new pg.Client({ connectionString: database.url })
    await sql.connect()
    recorder = await startRecorder()
  })

  afterAll(async () => {
    await Promise.all(senders.map((p) => p.kill('SIGKILL')))
    await sql?.end()
    recorder?.server.close()
    await database?.drop()
  })

  it(`delivers ${EVENTS} events to ${ENDPOINTS.length} endpoints with none lost and none sent twice`, async () => {
    const env = {
      DATABASE_URL: database.url,
      VOICEHOOKS_OPERATOR_TOKEN: 'op',
      VOICEHOOKS_POLL_INTERVAL: '200ms',
      VOICEHOOKS_LEASE: '60s', // no lease expires in this test, so no delivery may be sent twice
      LOG_LEVEL: 'warn',
    }
    // The first process migrates; the others find the schema ready (the migration lock is tested elsewhere).
    senders.push(await spawnSender({ ...env, LOG_LEVEL: 'info' }, 'sender 1'))
    senders.push(
      ...(await Promise.all([2, 3].map((n) => spawnSender({ ...env, LOG_LEVEL: 'info' }, `sender ${n}`)))),
    )
    const { api_key } = await post<{ api_key: { key: string } }>(`${senders[0]!.url}/v1/accounts`, 'op', {
      name: 'Three senders',
      email: 'three@example.com',
    })
    for (const path of ENDPOINTS) {
      await post(`${senders[0]!.url}/v1/webhooks`, api_key.key, { url: `${recorder.url}/${path}` })
    }
    const ping = catalog.find((e) => e.name === 'test.ping')!
    const started = Date.now()
    const published = await mapLimit(
      Array.from({ length: EVENTS }, (_, i) => i),
      12,
      (i) =>
        post<{ id: string; deliveries: number }>(
          `${senders[i % senders.length]!.url}/v1/events`,
          api_key.key,
          {
            type: 'test.ping',
            data: { ...ping.example.data, message: `event ${i}` },
          },
        ),
    )
    expect(published.every((p) => p.deliveries === ENDPOINTS.length)).toBe(true)
    const total = EVENTS * ENDPOINTS.length
    await until(
      async () => {
        const { rows } = await sql.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM deliveries WHERE status = 'delivered'`,
        )
        return rows[0]!.n === total
      },
      `${total} deliveries delivered`,
      90_000,
    )
    const seconds = (Date.now() - started) / 1000
    console.info(
      `three senders: ${total} deliveries in ${seconds.toFixed(1)} s (${Math.round(total / seconds)}/s)`,
    )

    expect(recorder.hits).toHaveLength(total)
    const pairs = new Set(recorder.hits.map((h) => `${h.path} ${h.eventId}`))
    expect(pairs.size).toBe(total)
    for (const event of published) {
      for (const path of ENDPOINTS) expect(pairs.has(`/${path} ${event.id}`)).toBe(true)
    }
    const { rows } = await sql.query<{ worker: string; n: number }>(
      'SELECT worker, count(*)::int AS n FROM attempts GROUP BY worker',
    )
    expect(rows, 'every process took a share of the work').toHaveLength(3)
    const attempts = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM attempts')
    expect(attempts.rows[0]!.n).toBe(total)
  }, 150_000)
})
