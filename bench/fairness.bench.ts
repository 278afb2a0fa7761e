/**
 * Fairness under hanging endpoints: the sender from its real entry point on PostgreSQL (a database
 * of its own per run), `--endpoints` endpoints each in an account of its own, of which 10% (at least
 * 4) hang: the receiver never answers them, so every attempt lasts the delivery timeout. The rest
 * answer 200 at once. Every account gets `--events` events (published in batches by the publisher
 * process while the sender delivers).
 *
 * Reported, for a run with the hangers and the same run without them (the healthy endpoints and
 * their events only):
 * - the healthy endpoints' throughput once publishing is over (the delivery of what is queued, the
 *   hangers holding their slots), and the ratio of the two runs (target ≥ 0.90); also overall,
 *   from the first publish until their last delivery arrived (the run with hangers publishes 10%
 *   more events, which that figure includes);
 * - the first-delivery latency of a healthy endpoint of an account of its own, published to while
 *   the hangers hold their slots (every hanger has a request open), publish call to arrival
 *   (target ≤ 1 s).
 *
 *   pnpm bench:fairness [--endpoints 40] [--events 300] [--timeout 1s] [--probes 5] [--rounds 2]
 *                       [--breaker-threshold 1000] [--sender-env NAME=value,…]
 *
 * The two runs alternate for `--rounds` rounds (without, with; then with, without; …) so that a
 * machine getting busier or warmer favours neither; each figure is over all its runs.
 *
 * By default the hangers' circuit breakers never open during a run (threshold 1000), so they keep
 * their slots the whole time: the worst case. `--breaker-threshold 5` measures the product default.
 */
import { parseArgs } from 'node:util'
import {
  type BenchReceiver,
  benchDatabase,
  type Child,
  cleanUp,
  createAccount,
  createWebhook,
  EVENT,
  parseEnv,
  percentile,
  startBenchSender,
  startPublisher,
  startReceiver,
} from './e2e/harness.js'
import type { PublishJob, PublishResult } from './e2e/publisher.js'

const { values: args } = parseArgs({
  options: {
    endpoints: { type: 'string', default: '40' },
    events: { type: 'string', default: '300' },
    timeout: { type: 'string', default: '1s' },
    probes: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    'breaker-threshold': { type: 'string', default: '1000' },
    'sender-env': { type: 'string', default: '' },
  },
})
const ENDPOINTS = Number(args.endpoints)
const HANGERS = Math.max(4, Math.ceil(ENDPOINTS * 0.1))
const HEALTHY = ENDPOINTS - HANGERS
const EVENTS = Number(args.events)
const PROBES = Number(args.probes)
const ROUNDS = Number(args.rounds)
if (!(HEALTHY >= 1) || !(EVENTS >= 1) || !(PROBES >= 1) || !(ROUNDS >= 1)) {
  console.error(`fairness bench: need --endpoints > ${HANGERS}, --events, --probes and --rounds ≥ 1`)
  process.exit(2)
}
const SENDER_ENV = {
  VOICEHOOKS_DELIVERY_TIMEOUT: args.timeout,
  VOICEHOOKS_BREAKER_THRESHOLD: args['breaker-threshold'],
  // A hanger must keep hanging, not be disabled after a few failed deliveries.
  VOICEHOOKS_DISABLE_AFTER_FAILURES: '1000000',
  ...parseEnv(args['sender-env']),
}

interface Run {
  hangers: number
  healthyDeliveries: number
  seconds: number
  throughput: number
  /** After the last publish: the healthy deliveries still to come, and how long they took. */
  drainDeliveries: number
  drainSeconds: number
  publishSeconds: number
  /** Publish → arrival of each probe, ms. */
  probes: number[]
  /** The hangers' requests open at each probe. */
  hangingAtProbe: number[]
  peakHanging: number
}

async function run(hangers: number, receiver: BenchReceiver, publisher: Child): Promise<Run> {
  const cleanups: (() => unknown)[] = []
  try {
    const database = await benchDatabase('bench_fairness')
    cleanups.push(database.drop)
    const sender = await startBenchSender(
      { DATABASE_URL: database.url, ...SENDER_ENV },
      `sender (${hangers} hanging)`,
    )
    cleanups.push(() => sender.kill('SIGTERM'))
    const keys: string[] = []
    for (let i = 0; i < HEALTHY; i++) {
      const key = await createAccount(sender.url, `Healthy ${i}`)
      await createWebhook(sender.url, key, `${receiver.url}/ok/${i}`)
      keys.push(key)
    }
    for (let i = 0; i < hangers; i++) {
      const key = await createAccount(sender.url, `Hanging ${i}`)
      await createWebhook(sender.url, key, `${receiver.url}/hang/${i}`)
      keys.push(key)
    }
    const probeKeys: string[] = []
    for (let i = 0; i < PROBES; i++) {
      const key = await createAccount(sender.url, `Probe ${i}`)
      await createWebhook(sender.url, key, `${receiver.url}/probe/${i}`)
      probeKeys.push(key)
    }
    await receiver.reset()

    const started = performance.now()
    publisher.send({
      type: 'publish',
      senderUrl: sender.url,
      apiKey: keys[0]!,
      apiKeys: keys.slice(1),
      eventsPerKey: EVENTS,
      event: EVENT,
      seconds: 600,
      connections: 4,
      batch: 100,
      recordTimes: false,
    } satisfies PublishJob)
    let publishSeconds = Number.NaN
    let published = false
    const publishing = publisher.next<{ result: PublishResult }>('done').then(({ result }) => {
      publishSeconds = (performance.now() - started) / 1000
      published = true
      if (result.errors > 0) console.error(`  ${result.errors} publish errors, first: ${result.firstError}`)
      return result
    })

    // One loop watches the receiver: the healthy backlog's progress, and when to send each probe.
    const expected = HEALTHY * EVENTS
    const probeSentAt: number[] = []
    const probeIds: string[] = []
    const hangingAtProbe: number[] = []
    let drainedAt = 0
    let peakHanging = 0
    let lastProbe = 0
    let drainFrom: { at: number; healthy: number } | undefined
    for (;;) {
      const stats = await receiver.stats()
      peakHanging = Math.max(peakHanging, stats.hanging)
      const healthy = stats.uniqueByPrefix['ok'] ?? 0
      if (published && !drainFrom) drainFrom = { at: performance.now(), healthy }
      if (healthy >= expected && drainedAt === 0) drainedAt = performance.now()
      // Probe while the hangers hold their slots (each has a request open), once publishing is
      // under way, one every 500 ms.
      const saturated = stats.hanging >= hangers && healthy > 0
      if (probeIds.length < PROBES && saturated && performance.now() - lastProbe >= 500) {
        lastProbe = performance.now()
        const i = probeIds.length
        hangingAtProbe.push(stats.hanging)
        const sentAt = performance.timeOrigin + performance.now()
        const response = await fetch(`${sender.url}/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${probeKeys[i]}`, 'content-type': 'application/json' },
          body: JSON.stringify(EVENT),
        })
        if (response.status !== 202) throw new Error(`probe publish → ${response.status}`)
        probeIds.push(((await response.json()) as { id: string }).id)
        probeSentAt.push(sentAt)
      }
      if (drainedAt > 0 && probeIds.length === PROBES && (stats.uniqueByPrefix['probe'] ?? 0) >= PROBES) break
      if (performance.now() - started > 600_000)
        throw new Error(`healthy ${healthy}/${expected}, probes ${probeIds.length} after 10 min`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await publishing
    const arrivals = new Map(await receiver.arrivals())
    const probes = probeIds.map((id, i) => arrivals.get(`${id} /probe/${i}`)! - probeSentAt[i]!)
    const seconds = (drainedAt - started) / 1000
    const drainSeconds = (drainedAt - drainFrom!.at) / 1000
    return {
      hangers,
      healthyDeliveries: expected,
      seconds,
      throughput: expected / seconds,
      drainDeliveries: expected - drainFrom!.healthy,
      drainSeconds,
      publishSeconds,
      probes,
      hangingAtProbe,
      peakHanging,
    }
  } finally {
    await cleanUp(cleanups)
  }
}

const cleanups: (() => unknown)[] = []
try {
  const receiver = await startReceiver()
  cleanups.push(() => receiver.child.kill())
  const publisher = await startPublisher()
  cleanups.push(() => publisher.kill())
  const runs: Run[] = []
  for (let round = 0; round < ROUNDS; round++) {
    for (const hangers of round % 2 === 0 ? [0, HANGERS] : [HANGERS, 0]) {
      const result = await run(hangers, receiver, publisher)
      runs.push(result)
      const sorted = [...result.probes].sort((a, b) => a - b)
      console.log(
        `${hangers} hanging: ${result.healthyDeliveries} healthy deliveries in ${result.seconds.toFixed(1)} s ` +
          `(${result.throughput.toFixed(0)}/s; publishing took ${result.publishSeconds.toFixed(1)} s, ` +
          `then ${result.drainDeliveries} in ${result.drainSeconds.toFixed(1)} s: ${(result.drainDeliveries / result.drainSeconds).toFixed(0)}/s), ` +
          `probe first delivery p50 ${percentile(sorted, 50).toFixed(0)} ms max ${sorted.at(-1)!.toFixed(0)} ms, ` +
          `hanging requests at the probes ${result.hangingAtProbe.join(',') || '-'} (peak ${result.peakHanging})`,
      )
    }
  }
  const summary = [0, HANGERS].map((hangers) => {
    const mine = runs.filter((r) => r.hangers === hangers)
    const deliveries = mine.reduce((n, r) => n + r.healthyDeliveries, 0)
    const seconds = mine.reduce((n, r) => n + r.seconds, 0)
    const drained = mine.reduce((n, r) => n + r.drainDeliveries, 0)
    const drainSeconds = mine.reduce((n, r) => n + r.drainSeconds, 0)
    return {
      hangers,
      runs: mine.length,
      deliveries,
      seconds,
      throughput: deliveries / seconds,
      drainRate: drained / drainSeconds,
      probes: mine.flatMap((r) => r.probes).sort((a, b) => a - b),
    }
  })
  const [calm, hung] = summary as [(typeof summary)[0], (typeof summary)[0]]
  const ratio = hung.drainRate / calm.drainRate
  const overallRatio = hung.throughput / calm.throughput
  const worstProbe = hung.probes.at(-1)!
  console.log(
    `\nfairness bench: ${ENDPOINTS} endpoints (${HANGERS} hanging until the ${args.timeout} timeout, breaker threshold ` +
      `${args['breaker-threshold']}), one account each, ${EVENTS} events per account, ${ROUNDS} round(s); ` +
      'machine: 2 cores, shared with other work (figures are noisy)',
  )
  console.log(
    '| run | runs | healthy deliveries | seconds | deliveries/s overall | deliveries/s after publishing | probe p50 ms | probe max ms |',
  )
  console.log('|---|---|---|---|---|---|---|---|')
  for (const r of summary) {
    console.log(
      `| ${r.hangers} hanging | ${r.runs} | ${r.deliveries} | ${r.seconds.toFixed(1)} | ${r.throughput.toFixed(0)} | ${r.drainRate.toFixed(0)} | ${percentile(r.probes, 50).toFixed(0)} | ${r.probes.at(-1)!.toFixed(0)} |`,
    )
  }
  console.log(
    `healthy throughput ratio (with / without hangers) once publishing is over: ${ratio.toFixed(3)} ` +
      `(target ≥ 0.90: ${ratio >= 0.9 ? 'met' : 'NOT met'}); overall, publishing included: ${overallRatio.toFixed(3)} ` +
      `(the run with hangers also publishes their ${HANGERS * EVENTS} events)`,
  )
  console.log(
    `first delivery to a new account's endpoint while the hangers are saturated: max ${worstProbe.toFixed(0)} ms ` +
      `(target ≤ 1000 ms: ${worstProbe <= 1000 ? 'met' : 'NOT met'})`,
  )
} finally {
  await cleanUp(cleanups)
}
process.exit(0)
