/**
 * How the sender's throughput holds up as the queue grows: the sender from its real entry point on
 * PostgreSQL (a database of its own per case), a backlog of pending deliveries queued before it
 * starts, and the receiver process answering 200 at once. Three series:
 *
 * - backlog: 10k, 100k (and with `--max 1000000`, 1M) pending deliveries over 100 endpoints;
 * - endpoints: the same backlog (`--endpoint-backlog`, 20k) over 1, 100 and 10,000 endpoints (100
 *   per account);
 * - scale-out: 1, 2 and 3 sender processes on one PostgreSQL, on a 50k backlog over 100 endpoints.
 *
 * The backlog is queued the way the product queues it: the sender's own batch publish
 * (publish/publish.ts, 100 events per transaction, each fanned out by the queue module to every
 * webhook of its account) on a direct connection, with no sender running, then `ANALYZE`d as
 * autovacuum would have done while it built up. Throughput is what the receiver counts over a
 * window that starts after `--warmup` seconds of delivering or the first 10% of the backlog
 * (slow start ramps endpoints up first) and ends after `--seconds` or at 80% of the backlog,
 * whichever comes first, so it is measured while the backlog is still there. The senders' peak RSS
 * covers their whole life, start to stop.
 *
 *   pnpm bench:growth [--max 100000] [--endpoints-max 10000] [--endpoint-backlog 20000]
 *                     [--processes 1,2,3] [--seconds 10] [--warmup 3] [--series backlog,endpoints,scale]
 *                     [--sender-env NAME=value,…]
 */
import { availableParallelism, cpus } from 'node:os'
import { parseArgs } from 'node:util'
import { loadConfig } from '../apps/sender/src/config.js'
import { publishBatch } from '../apps/sender/src/publish/publish.js'
import { DeliveryQueue } from '../apps/sender/src/queue/index.js'
import { openSenderStore } from '../apps/sender/src/store/open.js'
import type { SenderProcess } from '../apps/sender/test/support/spawn-sender.js'
import {
  api,
  type BenchReceiver,
  benchDatabase,
  cleanUp,
  createAccountWithId,
  EVENT,
  parseEnv,
  sampleRss,
  sql,
  startBenchSender,
  startReceiver,
} from './e2e/harness.js'

const { values: args } = parseArgs({
  options: {
    max: { type: 'string', default: '100000' },
    'endpoints-max': { type: 'string', default: '10000' },
    'endpoint-backlog': { type: 'string', default: '20000' },
    processes: { type: 'string', default: '1,2,3' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    series: { type: 'string', default: 'backlog,endpoints,scale' },
    'sender-env': { type: 'string', default: '' },
  },
})
const MAX = Number(args.max)
const ENDPOINTS_MAX = Number(args['endpoints-max'])
const ENDPOINT_BACKLOG = Number(args['endpoint-backlog'])
const SECONDS = Number(args.seconds)
const WARMUP = Number(args.warmup)
const PROCESSES = args.processes.split(',').map(Number)
const SERIES = new Set(args.series.split(','))
const SENDER_ENV = parseEnv(args['sender-env'])
for (const [name, value] of Object.entries({ MAX, ENDPOINTS_MAX, ENDPOINT_BACKLOG, SECONDS })) {
  if (!(value > 0)) {
    console.error(`growth bench: --${name.toLowerCase().replace('_', '-')} must be a positive number`)
    process.exit(2)
  }
}
/** Webhooks per account: an event fans out to all of its account's. */
const PER_ACCOUNT = 100

interface Case {
  series: string
  label: string
  backlog: number
  endpoints: number
  processes: number
}

interface Measured extends Case {
  /** Deliveries a second over the window, all processes. */
  rate: number
  /** Per process, from the attempts they recorded in the window. */
  perProcess: number[]
  peakRssMb: number[]
  queueSeconds: number
}

/** Accounts of up to {@link PER_ACCOUNT} webhooks, `endpoints` in all, created over the API. */
async function createEndpoints(sender: SenderProcess, receiver: BenchReceiver, endpoints: number) {
  const accounts: { key: string; id: string; webhooks: number }[] = []
  for (let made = 0; made < endpoints; made += PER_ACCOUNT) {
    const { id, key } = await createAccountWithId(sender.url, `Growth ${accounts.length}`)
    const webhooks = Math.min(PER_ACCOUNT, endpoints - made)
    let next = 0
    await Promise.all(
      Array.from({ length: Math.min(8, webhooks) }, async () => {
        while (next < webhooks) {
          const i = made + next++
          await api(`${sender.url}/v1/webhooks`, key, { url: `${receiver.url}/g/${i}`, events: [EVENT.type] })
        }
      }),
    )
    accounts.push({ key, id, webhooks })
  }
  return accounts
}

/**
 * Queues `backlog` deliveries through the sender's own batch publish, spread evenly over the
 * accounts' webhooks: each event goes to every webhook of its account.
 */
async function queueBacklog(url: string, accounts: { id: string; webhooks: number }[], backlog: number) {
  const config = loadConfig({ ...process.env, ...SENDER_ENV, DATABASE_URL: url })
  const db = await openSenderStore({ databaseUrl: url })
  const queue = new DeliveryQueue({
    db,
    leaseMs: config.leaseMs,
    lanes: config.lanes,
    disableAfterFailures: config.disableAfterFailures,
  })
  const endpoints = accounts.reduce((n, a) => n + a.webhooks, 0)
  const eventsPerAccount = Math.max(1, Math.round(backlog / endpoints))
  const batches: { accountId: string; n: number }[] = []
  for (const account of accounts) {
    for (let done = 0; done < eventsPerAccount; done += 100)
      batches.push({ accountId: account.id, n: Math.min(100, eventsPerAccount - done) })
  }
  let next = 0
  let queued = 0
  try {
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < batches.length) {
          const batch = batches[next++]!
          const events = Array.from({ length: batch.n }, () => ({ type: EVENT.type, data: EVENT.data }))
          const results = await publishBatch(queue, db, batch.accountId, events)
          queued += results.reduce((n, r) => n + r.deliveries, 0)
        }
      }),
    )
    await queue.flush()
  } finally {
    queue.wake.close()
    await db.close()
  }
  await sql(url, 'ANALYZE deliveries')
  await sql(url, 'ANALYZE lanes')
  return queued
}

async function measure(c: Case, receiver: BenchReceiver): Promise<Measured> {
  const cleanups: (() => unknown)[] = []
  try {
    const database = await benchDatabase('bench_growth')
    cleanups.push(database.drop)
    const env = { DATABASE_URL: database.url, LOG_LEVEL: 'warn', ...SENDER_ENV }
    // Set up with a sender (migrations, accounts, webhooks), then stop it so nothing is delivered
    // while the backlog is queued.
    const setup = await startBenchSender({ ...env, LOG_LEVEL: 'info' }, 'sender (setup)')
    cleanups.push(() => setup.kill('SIGKILL'))
    const accounts = await createEndpoints(setup, receiver, c.endpoints)
    await setup.kill('SIGTERM')
    const queueStarted = performance.now()
    const queued = await queueBacklog(database.url, accounts, c.backlog)
    const queueSeconds = (performance.now() - queueStarted) / 1000
    await receiver.reset()

    const senders: SenderProcess[] = []
    for (let i = 0; i < c.processes; i++) {
      const sender = await startBenchSender({ ...env, LOG_LEVEL: 'info' }, `sender ${i + 1}`)
      cleanups.push(() => sender.kill('SIGKILL'))
      senders.push(sender)
    }
    const rss = sampleRss(senders.map((s) => s.child.pid!))
    // Warm-up: WARMUP seconds or the first 10% of the backlog, whichever comes first; then the
    // window: SECONDS or until 80% of it is delivered, so that it never runs dry while measured.
    const poll = async (until: (unique: number, ms: number) => boolean) => {
      const started = performance.now()
      for (;;) {
        const { unique } = await receiver.stats()
        if (until(unique, performance.now() - started)) return unique
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
    await poll((unique, ms) => ms >= WARMUP * 1000 || unique >= queued * 0.1)
    const [{ at: from }] = (await sql<{ at: Date }>(database.url, 'SELECT now() AS at')) as [{ at: Date }]
    const before = (await receiver.stats()).unique
    const t0 = performance.now()
    const after = await poll((unique, ms) => ms >= SECONDS * 1000 || unique >= queued * 0.8)
    const t1 = performance.now()
    const [{ at: to }] = (await sql<{ at: Date }>(database.url, 'SELECT now() AS at')) as [{ at: Date }]
    const peakRssMb = rss.stop()
    // Attempts are written in batches a few ms after their answers: give the last ones time.
    await new Promise((resolve) => setTimeout(resolve, 500))
    const rows = await sql<{ worker: string; n: number }>(
      database.url,
      'SELECT worker, count(*)::int AS n FROM attempts WHERE started_at >= $1 AND started_at < $2 GROUP BY worker ORDER BY worker',
      [from, to],
    )
    const windowSeconds = (to.getTime() - from.getTime()) / 1000
    for (const sender of senders) await sender.kill('SIGTERM')
    return {
      ...c,
      rate: (after - before) / ((t1 - t0) / 1000),
      perProcess: rows.map((r) => r.n / windowSeconds),
      peakRssMb,
      queueSeconds,
    }
  } finally {
    await cleanUp(cleanups)
  }
}

const cases: Case[] = []
if (SERIES.has('backlog')) {
  for (const backlog of [10_000, 100_000, 1_000_000].filter((n) => n <= MAX))
    cases.push({ series: 'backlog', label: `backlog ${backlog}`, backlog, endpoints: 100, processes: 1 })
}
if (SERIES.has('endpoints')) {
  for (const endpoints of [1, 100, 10_000].filter((n) => n <= ENDPOINTS_MAX))
    cases.push({
      series: 'endpoints',
      label: `${endpoints} endpoint${endpoints === 1 ? '' : 's'}`,
      backlog: ENDPOINT_BACKLOG,
      endpoints,
      processes: 1,
    })
}
if (SERIES.has('scale')) {
  for (const processes of PROCESSES)
    cases.push({
      series: 'scale',
      label: `${processes} process${processes === 1 ? '' : 'es'}`,
      backlog: 50_000,
      endpoints: 100,
      processes,
    })
}

const machine = `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), shared with other work`
const results: Measured[] = []
const cleanups: (() => unknown)[] = []
try {
  const receiver = await startReceiver()
  cleanups.push(() => receiver.child.kill())
  for (const c of cases) {
    const m = await measure(c, receiver)
    results.push(m)
    console.log(
      `${m.label}: ${m.rate.toFixed(0)} deliveries/s (per process ${m.perProcess.map((n) => n.toFixed(0)).join(', ')}), ` +
        `peak RSS ${m.peakRssMb.map((n) => n.toFixed(0)).join(', ')} MB, backlog of ${m.backlog} over ${m.endpoints} endpoints queued in ${m.queueSeconds.toFixed(1)} s`,
    )
  }
} finally {
  await cleanUp(cleanups)
}

console.log(
  `\ngrowth bench: PostgreSQL at 127.0.0.1, one sender process per case unless said, ${WARMUP} s warm-up then ${SECONDS} s measured; ` +
    `machine: ${machine}. With 2 cores the sender processes, PostgreSQL and the receiver share them: more processes cannot add cores.`,
)
console.log(
  '| series | case | backlog | endpoints | processes | deliveries/s | ratio | per process /s | peak RSS MB |',
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const m of results) {
  const small = results.find((r) => r.series === m.series)!
  console.log(
    `| ${m.series} | ${m.label} | ${m.backlog} | ${m.endpoints} | ${m.processes} | ${m.rate.toFixed(0)} | ${(m.rate / small.rate).toFixed(2)} | ` +
      `${m.perProcess.map((n) => n.toFixed(0)).join(' + ')} | ${m.peakRssMb.map((n) => n.toFixed(0)).join(', ')} |`,
  )
}
console.log('ratio: to the first case of its series (targets: backlog and endpoints within 20%, i.e. ≥ 0.80)')
process.exit(0)
