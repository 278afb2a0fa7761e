/**
 * End-to-end delivery throughput of the real sender workers (`startDeliveryWorkers`: claim, sign,
 * POST, record) against a local node:http receiver that reads each body and answers 200, on
 * PostgreSQL (a database of its own, dropped at the end) and on PGlite (in memory). Rows are queued
 * as the publisher queues them (one event, one pending delivery per endpoint), then the workers are
 * started and timed until every delivery is `delivered`.
 *
 * Two ceilings measured in the same run say where the time goes:
 * - HTTP: bare undici POSTs of the same signed body to the same receiver, as many in flight as the
 *   workers' concurrency, no database;
 * - queue: bare `FOR UPDATE SKIP LOCKED` claim + complete of the same number of rows on the same
 *   database, as many loops as the workers' concurrency, no HTTP: one row per transaction, and
 *   (the fair bar for a sender that claims and records in batches) 10 rows claimed in one
 *   transaction and completed together in one more.
 * Everything runs in one process (client, server and database driver share the CPU; PGlite runs its
 * queries on this thread too), so the ratios are what to read.
 *
 *   pnpm bench:delivery   (node --conditions=@voicehooks/source --import tsx bench/delivery.bench.ts)
 */
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { examples } from '@voicehooks/contracts'
import { openSenderStore } from '@voicehooks/sender'
import { generateSecret } from '@voicehooks/signing'
import type { Database } from '@voicehooks/store'
import { openPostgres } from '@voicehooks/store'
import { Agent, request } from 'undici'
import { loadConfig, type SenderConfig } from '../apps/sender/src/config.js'
import { buildWebhookRequest } from '../apps/sender/src/delivery/build-request.js'
import { startDeliveryWorkers } from '../apps/sender/src/delivery/index.js'
import { newId } from '../apps/sender/src/ids.js'
import { createMetrics } from '../apps/sender/src/metrics/index.js'
import { SecretBox } from '../apps/sender/src/security/secret-box.js'

const DELIVERIES = 3000
const ENDPOINTS = 4
const WARMUP = 200
const CONCURRENCY = 32
const ADMIN_URL =
  process.env['VOICEHOOKS_BENCH_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres'

// pino is the sender's dependency, not the workspace root's: load it from there.
type Logger = Parameters<typeof startDeliveryWorkers>[0]['logger']
const { pino } = createRequire(new URL('../apps/sender/package.json', import.meta.url))('pino') as {
  pino: (options: { level: string }) => Logger
}
const logger = pino({ level: 'silent' })
const secretBox = new SecretBox(randomBytes(32))
const config: SenderConfig = loadConfig(
  {},
  {
    concurrency: CONCURRENCY,
    pollIntervalMs: 100,
    leaseMs: 30_000,
    deliveryTimeoutMs: 10_000,
    targetPolicy: { allowHttp: true, allowList: ['127.0.0.1'] },
  },
)
const eventType = 'call.completed'
const eventData = examples[eventType].data

/** The receiver: reads the body, answers 200, and resolves `reached(n)` once n requests came. */
async function startReceiver(): Promise<{
  url: string
  count(): number
  reached(n: number): Promise<void>
  close(): Promise<void>
}> {
  let received = 0
  let waiter: { n: number; resolve: () => void } | undefined
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 2 }).end('ok')
      received += 1
      if (waiter && received >= waiter.n) waiter.resolve()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    count: () => received,
    reached: (n) =>
      received >= n ? Promise.resolve() : new Promise<void>((resolve) => (waiter = { n, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

interface Setup {
  accountId: string
  webhookIds: string[]
}

async function setUp(db: Database, receiverUrl: string): Promise<Setup> {
  const accountId = newId('acct')
  await db.query('INSERT INTO accounts (id, name, email) VALUES ($1, $2, $3)', [
    accountId,
    'Bench',
    `bench-${accountId}@example.com`,
  ])
  const webhookIds: string[] = []
  for (let i = 0; i < ENDPOINTS; i++) {
    const id = newId('wh')
    webhookIds.push(id)
    await db.query(
      `INSERT INTO webhooks (id, account_id, url, signature_scheme, max_attempts, secret_enc)
       VALUES ($1, $2, $3, 'standard', 4, $4)`,
      [id, accountId, `${receiverUrl}/hooks/${i}`, secretBox.seal(generateSecret())],
    )
  }
  return { accountId, webhookIds }
}

/** Queues `count` deliveries: events of `ENDPOINTS` deliveries each, as publishing does. */
async function enqueue(db: Database, { accountId, webhookIds }: Setup, count: number): Promise<void> {
  const eventIds = Array.from({ length: Math.ceil(count / webhookIds.length) }, () => newId('evt'))
  const deliveryIds: string[] = []
  const deliveryEvents: string[] = []
  const deliveryWebhooks: string[] = []
  for (let i = 0; i < count; i++) {
    deliveryIds.push(newId('dlv'))
    deliveryEvents.push(eventIds[Math.floor(i / webhookIds.length)]!)
    deliveryWebhooks.push(webhookIds[i % webhookIds.length]!)
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO events (id, account_id, type, data, occurred_at)
       SELECT e, $2, $3, $4, now() FROM unnest($1::text[]) AS e`,
      [eventIds, accountId, eventType, JSON.stringify(eventData)],
    )
    await tx.query(
      `INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, status, max_attempts, next_attempt_at)
       SELECT d, $2, 'webhook', e, w, 'pending', 4, now() FROM unnest($1::text[], $3::text[], $4::text[]) AS x(d, e, w)`,
      [deliveryIds, accountId, deliveryEvents, deliveryWebhooks],
    )
  })
}

async function delivered(db: Database, accountId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM deliveries WHERE account_id = $1 AND status = 'delivered'`,
    [accountId],
  )
  return Number(rows[0]?.n ?? 0)
}

/** Deliveries per second of the real workers: started on a full queue, stopped once all are delivered. */
async function senderRun(db: Database, count: number): Promise<number> {
  const receiver = await startReceiver()
  try {
    const setup = await setUp(db, receiver.url)
    await enqueue(db, setup, count)
    const started = performance.now()
    const workers = await startDeliveryWorkers({ db, config, logger, metrics: createMetrics(), secretBox })
    try {
      await receiver.reached(count)
      // The last attempts are being recorded: wait for their rows.
      while ((await delivered(db, setup.accountId)) < count) await new Promise((r) => setTimeout(r, 5))
    } finally {
      await workers.stop({ graceMs: 1000 })
    }
    const seconds = (performance.now() - started) / 1000
    if (receiver.count() !== count) throw new Error(`receiver got ${receiver.count()} requests for ${count}`)
    return count / seconds
  } finally {
    await receiver.close()
  }
}

/** The HTTP ceiling: the same signed request, `CONCURRENCY` in flight, no database. */
async function httpCeiling(count: number): Promise<number> {
  const receiver = await startReceiver()
  const agent = new Agent()
  try {
    const outgoing = buildWebhookRequest({
      deliveryId: newId('dlv'),
      attempt: 1,
      event: {
        id: newId('evt'),
        account_id: newId('acct'),
        type: eventType,
        data: eventData,
        occurred_at: new Date(),
      },
      webhook: { id: newId('wh'), url: `${receiver.url}/hooks/0`, signature_scheme: 'standard', headers: {} },
      secret: generateSecret(),
      prefix: config.headerPrefix,
      timestamp: Math.floor(Date.now() / 1000),
    })
    let next = 0
    const worker = async () => {
      while (next < count) {
        const i = next++
        const response = await request(`${receiver.url}/hooks/${i % ENDPOINTS}`, {
          dispatcher: agent,
          method: 'POST',
          headers: outgoing.headers,
          body: outgoing.body,
        })
        await response.body.text()
        if (response.statusCode !== 200) throw new Error(`receiver answered ${response.statusCode}`)
      }
    }
    const started = performance.now()
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    return count / ((performance.now() - started) / 1000)
  } finally {
    await agent.close()
    await receiver.close()
  }
}

/** The queue ceiling: SKIP LOCKED claim of one row then its completion, `CONCURRENCY` loops, no HTTP. */
async function queueCeiling(db: Database, count: number): Promise<number> {
  const setup = await setUp(db, 'http://127.0.0.1:9')
  await enqueue(db, setup, count)
  const worker = async (n: number) => {
    for (;;) {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE deliveries SET status = 'processing', lease_owner = $2, attempt_count = attempt_count + 1,
                next_attempt_at = now() + interval '30 seconds', updated_at = now()
          WHERE id = (SELECT id FROM deliveries
                       WHERE account_id = $1 AND status IN ('pending', 'processing') AND next_attempt_at <= now()
                       ORDER BY next_attempt_at LIMIT 1 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
        [setup.accountId, `bench-${n}`],
      )
      const id = rows[0]?.id
      if (id === undefined) return
      await db.query(
        `UPDATE deliveries SET status = 'delivered', delivered_at = now(), next_attempt_at = NULL, lease_owner = NULL,
                last_status_code = 200, updated_at = now()
          WHERE id = $1 AND lease_owner = $2`,
        [id, `bench-${n}`],
      )
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => worker(n)))
  const seconds = (performance.now() - started) / 1000
  const done = await delivered(db, setup.accountId)
  if (done !== count) throw new Error(`queue ceiling delivered ${done} of ${count}`)
  return count / seconds
}

/** Rows per claim and per completion in the batched queue ceiling (10 rows per transaction). */
const QUEUE_BATCH = 10

/**
 * The batched queue ceiling: SKIP LOCKED claim of `QUEUE_BATCH` rows in one statement, then their
 * completion in one statement, `CONCURRENCY` loops, no HTTP. The fair bar for a sender that
 * claims and records in batches.
 */
async function queueCeilingBatched(db: Database, count: number): Promise<number> {
  const setup = await setUp(db, 'http://127.0.0.1:9')
  await enqueue(db, setup, count)
  const worker = async (n: number) => {
    for (;;) {
      const { rows } = await db.query<{ id: string }>(
        `UPDATE deliveries SET status = 'processing', lease_owner = $2, attempt_count = attempt_count + 1,
                next_attempt_at = now() + interval '30 seconds', updated_at = now()
          WHERE id IN (SELECT id FROM deliveries
                        WHERE account_id = $1 AND status IN ('pending', 'processing') AND next_attempt_at <= now()
                        ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id`,
        [setup.accountId, `bench-${n}`, QUEUE_BATCH],
      )
      if (rows.length === 0) return
      await db.query(
        `UPDATE deliveries SET status = 'delivered', delivered_at = now(), next_attempt_at = NULL, lease_owner = NULL,
                last_status_code = 200, updated_at = now()
          WHERE id = ANY($1::text[]) AND lease_owner = $2`,
        [rows.map((r) => r.id), `bench-${n}`],
      )
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, n) => worker(n)))
  const seconds = (performance.now() - started) / 1000
  const done = await delivered(db, setup.accountId)
  if (done !== count) throw new Error(`batched queue ceiling delivered ${done} of ${count}`)
  return count / seconds
}

interface Result {
  engine: string
  sender: number
  queue: number
  queueBatched: number
}

async function benchEngine(engine: string, db: Database): Promise<Result> {
  await senderRun(db, WARMUP)
  const sender = await senderRun(db, DELIVERIES)
  const queue = await queueCeiling(db, DELIVERIES)
  const queueBatched = await queueCeilingBatched(db, DELIVERIES)
  return { engine, sender, queue, queueBatched }
}

async function withPostgres<T>(run: (db: Database) => Promise<T>): Promise<T | undefined> {
  let admin: Database
  try {
    admin = await openPostgres(ADMIN_URL, { max: 1 })
    await admin.query('SELECT 1')
  } catch (error) {
    console.warn(`PostgreSQL at ${ADMIN_URL} is unreachable (${(error as Error).message}): skipped`)
    return undefined
  }
  const name = `vh_bench_${randomBytes(6).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}`)
  try {
    const url = new URL(ADMIN_URL)
    url.pathname = `/${name}`
    const db = await openSenderStore({ databaseUrl: url.toString() })
    try {
      return await run(db)
    } finally {
      await db.close()
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
    await admin.close()
  }
}

const format = (value: number) => Math.round(value).toLocaleString('en-US')

async function main(): Promise<void> {
  const began = performance.now()
  await httpCeiling(WARMUP)
  const http = await httpCeiling(DELIVERIES)
  const results: Result[] = []
  const postgres = await withPostgres((db) => benchEngine('PostgreSQL', db))
  if (postgres) results.push(postgres)
  const pglite = await openSenderStore({})
  try {
    results.push(await benchEngine('PGlite (memory)', pglite))
  } finally {
    await pglite.close()
  }

  console.log(
    `sender delivery throughput, ${DELIVERIES} deliveries over ${ENDPOINTS} endpoints, concurrency ${CONCURRENCY}, ` +
      `Node ${process.version}\n`,
  )
  console.log(`HTTP ceiling (bare undici POSTs, no database): ${format(http)} deliveries/s\n`)
  const width = Math.max(...results.map((r) => r.engine.length), 'engine'.length)
  const columns = [
    'sender/s',
    'queue 1/tx',
    `queue ${QUEUE_BATCH}/tx`,
    'vs HTTP',
    'vs q 1/tx',
    `vs q ${QUEUE_BATCH}/tx`,
  ]
  console.log(`${'engine'.padEnd(width)}  ${columns.map((c) => c.padStart(11)).join('  ')}`)
  const ratio = (value: number) => `${value.toFixed(2)}×`
  for (const r of results) {
    const cells = [
      format(r.sender),
      format(r.queue),
      format(r.queueBatched),
      ratio(r.sender / http),
      ratio(r.sender / r.queue),
      ratio(r.sender / r.queueBatched),
    ]
    console.log(`${r.engine.padEnd(width)}  ${cells.map((c) => c.padStart(11)).join('  ')}`)
  }
  console.log(
    `\nqueue 1/tx: one row claimed per transaction, completed in another; queue ${QUEUE_BATCH}/tx: ${QUEUE_BATCH} rows ` +
      'claimed in one transaction and completed together in one more.',
  )
  console.log(`\n(${((performance.now() - began) / 1000).toFixed(1)} s)`)
}

await main()
