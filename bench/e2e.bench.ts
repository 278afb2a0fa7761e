/**
 * End to end, as a user runs it: the sender started from its real entry point (apps/sender/src/main.ts)
 * in its own process, on PostgreSQL (a database of its own) and on PGlite (a temp folder); events
 * published over the HTTP API by a separate publisher process, one per request or in batches; a
 * separate receiver process answering 200; fan-out 4 (four webhooks subscribed). The baseline in the
 * same run: bare undici POSTs of the same signed body from the publisher process to the same receiver.
 *
 * Reported per store and publish mode: deliveries/s (overall, from the first publish until the
 * queue has drained, and while publishing), the ratio to the baseline, publishes/s, p50/p99
 * publish → receiver latency at 10% of the sustained delivery rate, and the sender's peak RSS.
 *
 *   pnpm bench:e2e [--stores postgres,pglite] [--modes single,batch] [--seconds 20] [--latency-seconds 10]
 *
 * Each sustained run publishes for `--seconds`; run it with `--seconds 60` for the long figure.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { examples } from '@voicehooks/contracts'
import { sign } from '@voicehooks/signing'
import { startPostgresCluster } from '@voicehooks/testkit'
import {
  benchDatabase,
  cleanUp,
  createAccount,
  createWebhook,
  EVENT,
  parseEnv,
  percentile,
  sampleRss,
  sql,
  startBenchSender,
  startPublisher,
  startReceiver,
  waitForReceiver,
} from './e2e/harness.js'
import type { BaselineJob, BaselineResult, PublishJob, PublishResult } from './e2e/publisher.js'

const { values: args } = parseArgs({
  options: {
    stores: { type: 'string', default: 'postgres,pglite' },
    modes: { type: 'string', default: 'single,batch' },
    seconds: { type: 'string', default: '20' },
    'latency-seconds': { type: 'string', default: '10' },
    fanout: { type: 'string', default: '4' },
    connections: { type: 'string', default: '16' },
    'sender-env': { type: 'string', default: '' },
    /** Write a CPU profile of the sender into this folder (`--cpu-prof`). */
    profile: { type: 'string' },
    /** PostgreSQL in a cluster of the bench's own with pg_stat_statements, whose top statements are printed. */
    stats: { type: 'boolean', default: false },
    /** With --stats: more server settings for that cluster, `name=value` separated by spaces (auto_explain, logging). */
    'pg-settings': { type: 'string', default: '' },
  },
})
const SECONDS = Number(args.seconds)
const LATENCY_SECONDS = Number(args['latency-seconds'])
const FANOUT = Number(args.fanout)
const CONNECTIONS = Number(args.connections)

/** The statements that took the database's time, from pg_stat_statements. */
async function printStatements(url: string, deliveries: number): Promise<void> {
  const rows = await sql<{ query: string; calls: string; total: number; mean: number; rows: string }>(
    url,
    `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls, total_exec_time AS total, mean_exec_time AS mean, rows
       FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 12`,
  )
  const [{ commits }] = (await sql<{ commits: string }>(
    url,
    `SELECT xact_commit AS commits FROM pg_stat_database WHERE datname = current_database()`,
  )) as [{ commits: string }]
  console.log(
    `\npg_stat_statements (${deliveries} deliveries; ${commits} commits = ${(Number(commits) / deliveries).toFixed(2)} per delivery):`,
  )
  console.log('| total ms | calls | per delivery | mean ms | rows | statement |')
  console.log('|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| ${r.total.toFixed(0)} | ${r.calls} | ${(Number(r.calls) / deliveries).toFixed(3)} | ${r.mean.toFixed(2)} | ${r.rows} | ${r.query.slice(0, 90).replace(/\|/g, '/')} |`,
    )
  }
}

interface Row {
  store: string
  mode: string
  baseline: number
  publishes: number
  deliveries: number
  whilePublishing: number
  ratio: number
  p50: number
  p99: number
  peakRss: number
  drainSeconds: number
}

let totalDeliveries = 0

async function runStore(store: 'postgres' | 'pglite'): Promise<Row[]> {
  const cleanups: (() => unknown)[] = []
  const rows: Row[] = []
  try {
    const receiver = await startReceiver()
    cleanups.push(() => receiver.child.kill())
    const receiverUrl = receiver.url
    const publisher = await startPublisher()
    cleanups.push(() => publisher.kill())

    let storeEnv: Record<string, string>
    let statsUrl: string | undefined
    if (store === 'postgres' && args.stats) {
      const cluster = await startPostgresCluster({
        settings: [
          'fsync=on',
          'shared_preload_libraries=pg_stat_statements,auto_explain',
          'pg_stat_statements.track=top',
          ...args['pg-settings'].split(' ').filter(Boolean),
        ],
      })
      cleanups.push(cluster.destroy)
      await sql(cluster.url, 'CREATE DATABASE bench')
      statsUrl = cluster.urlOf('bench')
      await sql(statsUrl, 'CREATE EXTENSION pg_stat_statements')
      storeEnv = { DATABASE_URL: statsUrl }
    } else if (store === 'postgres') {
      const database = await benchDatabase('bench_e2e')
      cleanups.push(database.drop)
      storeEnv = { DATABASE_URL: database.url }
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'vh-bench-e2e-'))
      cleanups.push(() => rm(dir, { recursive: true, force: true }))
      storeEnv = { VOICEHOOKS_DATA_DIR: dir }
    }
    const sender = await startBenchSender(
      { ...storeEnv, ...parseEnv(args['sender-env']) },
      `sender on ${store}`,
      args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [],
    )
    cleanups.push(() => sender.kill('SIGTERM'))
    const apiKey = await createAccount(sender.url, `Bench ${store}`)
    const secrets: string[] = []
    for (let i = 0; i < FANOUT; i++) {
      secrets.push((await createWebhook(sender.url, apiKey, `${receiverUrl}/hooks/${i}`)).secret)
    }

    // Baseline: the same signed delivery, bare undici, as many in flight as the sender's default concurrency.
    const body = JSON.stringify({ ...examples['call.completed'], webhook_id: 'wh_bench' })
    const headers = {
      ...sign({ id: 'evt_bench', timestamp: Math.floor(Date.now() / 1000), body, secret: secrets[0]! }),
      'content-type': 'application/json',
    }
    publisher.send({
      type: 'baseline',
      url: `${receiverUrl}/baseline`,
      body,
      headers,
      seconds: 5,
      inFlight: 32,
    } satisfies BaselineJob)
    const base = (await publisher.next<{ result: BaselineResult }>('done')).result
    const baselineRps = base.requests / base.seconds

    for (const mode of args.modes.split(',')) {
      const batch = mode === 'batch' ? 100 : 1
      await receiver.reset()
      const sampler = sampleRss([sender.child.pid!])
      const started = performance.now()
      publisher.send({
        type: 'publish',
        senderUrl: sender.url,
        apiKey,
        event: EVENT,
        seconds: SECONDS,
        connections: batch > 1 ? 4 : CONNECTIONS,
        batch,
        recordTimes: false,
      } satisfies PublishJob)
      const published = (await publisher.next<{ result: PublishResult }>('done')).result
      if (published.errors > 0)
        console.error(`  ${published.errors} publish errors, first: ${published.firstError}`)
      const publishedAt = performance.now()
      const during = (await receiver.stats()).unique
      const expected = published.events * FANOUT
      totalDeliveries += expected
      // A batch publisher queues far faster than the sender delivers: allow the backlog 20 ms each.
      const drained = await waitForReceiver(
        receiver,
        (stats) => stats.unique >= expected,
        `${expected} deliveries`,
        Math.max(300_000, expected * 20),
      )
      const [peak = 0] = sampler.stop()
      const overall = expected / ((drained - started) / 1000)

      // Latency at 10% of the delivery rate just sustained (in events, FANOUT deliveries each; the
      // publish rate of a batch publisher is no measure of load, it only fills the queue): each
      // delivery's arrival minus its publish time.
      await receiver.reset()
      const rate = Math.max(1, (overall / FANOUT) * 0.1)
      publisher.send({
        type: 'publish',
        senderUrl: sender.url,
        apiKey,
        event: EVENT,
        seconds: LATENCY_SECONDS,
        connections: 2,
        batch: 1,
        rate,
        recordTimes: true,
      } satisfies PublishJob)
      const paced = (await publisher.next<{ result: PublishResult }>('done')).result
      const sentAt = new Map(paced.times)
      const deadline = performance.now() + 30_000
      let latencies: number[] = []
      for (;;) {
        const arrivals = await receiver.arrivals()
        latencies = arrivals
          .map(([key, at]) => at - (sentAt.get(key.split(' ')[0]!) ?? Number.NaN))
          .filter((ms) => !Number.isNaN(ms))
        if (latencies.length >= paced.events * FANOUT || performance.now() > deadline) break
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      latencies.sort((a, b) => a - b)

      rows.push({
        store,
        mode,
        baseline: baselineRps,
        publishes: published.events / published.seconds,
        deliveries: overall,
        whilePublishing: during / ((publishedAt - started) / 1000),
        ratio: overall / baselineRps,
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        peakRss: peak,
        drainSeconds: (drained - publishedAt) / 1000,
      })
      console.log(
        `${store} ${mode}: ${overall.toFixed(0)} deliveries/s (ratio ${(overall / baselineRps).toFixed(3)}), ` +
          `${(published.events / published.seconds).toFixed(0)} events/s published, latency p50 ${percentile(latencies, 50).toFixed(1)} ms ` +
          `p99 ${percentile(latencies, 99).toFixed(1)} ms at ${rate.toFixed(0)} events/s, peak RSS ${peak.toFixed(0)} MB`,
      )
    }
    if (statsUrl) await printStatements(statsUrl, totalDeliveries)
  } finally {
    await cleanUp(cleanups)
  }
  return rows
}

const results: Row[] = []
for (const store of args.stores.split(',') as ('postgres' | 'pglite')[])
  results.push(...(await runStore(store)))

console.log(
  `\ne2e bench: ${SECONDS} s sustained, fan-out ${FANOUT}, ${CONNECTIONS} publishing connections (batch: 4 × 100 events)`,
)
console.log(
  '| store | publish | baseline req/s | events/s | deliveries/s | while publishing | ratio | drain s | p50 ms | p99 ms | peak RSS MB |',
)
console.log('|---|---|---|---|---|---|---|---|---|---|---|')
for (const r of results) {
  console.log(
    `| ${r.store} | ${r.mode} | ${r.baseline.toFixed(0)} | ${r.publishes.toFixed(0)} | ${r.deliveries.toFixed(0)} | ${r.whilePublishing.toFixed(0)} | ${r.ratio.toFixed(3)} | ${r.drainSeconds.toFixed(1)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.peakRss.toFixed(0)} |`,
  )
}
process.exit(0)
