/**
 * What the end-to-end benches share (bench/e2e.bench.ts, bench/fairness.bench.ts,
 * bench/growth.bench.ts): the receiver and publisher child processes driven over IPC, a sender
 * started from its real entry point on a PostgreSQL database of its own, the management calls that
 * set up accounts and webhooks, RSS sampling and percentiles.
 */
import { type ChildProcess, fork } from 'node:child_process'
import { once } from 'node:events'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { examples } from '@voicehooks/contracts'
import { createTestDatabase } from '@voicehooks/testkit'
import pg from 'pg'
import { type SenderProcess, spawnSender } from '../../apps/sender/test/support/spawn-sender.js'
import type { ReceiverCommand, ReceiverStats } from './receiver.js'

/** The operator token every bench sender is started with. */
export const OPERATOR = 'bench-operator-token'
/** The event every bench publishes. */
export const EVENT = { type: 'call.completed', data: examples['call.completed'].data }

const flags = ['--conditions=@voicehooks/source', '--import', 'tsx']

/** A child process of a bench (a file of bench/e2e) that answers IPC requests one at a time. */
export class Child {
  readonly #child: ChildProcess
  constructor(file: string) {
    this.#child = fork(join(import.meta.dirname, file), [], {
      execArgv: flags,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
  }
  get pid(): number {
    return this.#child.pid!
  }
  async next<T>(type: string): Promise<T> {
    for (;;) {
      const [message] = (await once(this.#child, 'message')) as [{ type: string; [key: string]: unknown }]
      if (message.type === 'failed') throw new Error(String(message['message']))
      if (message.type === type) return message as T
    }
  }
  send(message: unknown): void {
    this.#child.send(message as never)
  }
  kill(): void {
    this.#child.kill('SIGKILL')
  }
}

/** The receiver process (bench/e2e/receiver.ts): its URL and its commands. */
export interface BenchReceiver {
  url: string
  child: Child
  stats(): Promise<ReceiverStats>
  reset(): Promise<void>
  /** `[event id + ' ' + path, epoch ms]` of every first arrival at or after `since`. */
  arrivals(since?: number): Promise<[string, number][]>
}

/** Starts the receiver process and waits until it listens. */
export async function startReceiver(): Promise<BenchReceiver> {
  const child = new Child('receiver.ts')
  const { url } = await child.next<{ url: string }>('ready')
  const call = async <T>(command: ReceiverCommand, reply: string) => {
    child.send(command)
    return child.next<T>(reply)
  }
  return {
    url,
    child,
    stats: async () => (await call<{ stats: ReceiverStats }>({ type: 'stats' }, 'stats')).stats,
    reset: async () => {
      await call({ type: 'reset' }, 'reset')
    },
    arrivals: async (since = 0) =>
      (await call<{ arrivals: [string, number][] }>({ type: 'arrivals', since }, 'arrivals')).arrivals,
  }
}

/** Starts the publisher process (bench/e2e/publisher.ts) and waits until it is ready. */
export async function startPublisher(): Promise<Child> {
  const child = new Child('publisher.ts')
  await child.next('ready')
  return child
}

/** Runs one statement on its own connection. */
export async function sql<T extends object = Record<string, unknown>>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** A process's resident set size now, in MB (0 once it has gone). */
export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024
}

/** Samples the RSS of `pids` every 200 ms; `stop()` answers the peak of each. */
export function sampleRss(pids: readonly number[]): { stop(): number[] } {
  const peaks = pids.map(() => 0)
  const sample = () =>
    pids.forEach((pid, i) => {
      void rssMb(pid).then((mb) => {
        peaks[i] = Math.max(peaks[i]!, mb)
      })
    })
  sample()
  const timer = setInterval(sample, 200)
  return {
    stop() {
      clearInterval(timer)
      return peaks
    },
  }
}

/** A JSON POST with a bearer token; throws with the body on a non-2xx answer. */
export async function api<T>(url: string, token: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${url} → ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

/** A new account on `senderUrl`; answers its first API key. */
export async function createAccount(senderUrl: string, name: string): Promise<string> {
  return (await createAccountWithId(senderUrl, name)).key
}

/** A new account on `senderUrl`; answers its id and first API key. */
export async function createAccountWithId(
  senderUrl: string,
  name: string,
): Promise<{ id: string; key: string }> {
  const { account, api_key } = await api<{ account: { id: string }; api_key: { key: string } }>(
    `${senderUrl}/v1/accounts`,
    OPERATOR,
    { name, email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}@example.com` },
  )
  return { id: account.id, key: api_key.key }
}

/** A webhook subscribed to {@link EVENT} at `url`; answers its id and secret. */
export function createWebhook(
  senderUrl: string,
  apiKey: string,
  url: string,
): Promise<{ id: string; secret: string }> {
  return api(`${senderUrl}/v1/webhooks`, apiKey, { url, events: [EVENT.type] })
}

/** `a=1,b=2` as an environment. */
export function parseEnv(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=')
        if (at <= 0) throw new Error(`--sender-env: "${pair}" is not NAME=value`)
        return [pair.slice(0, at), pair.slice(at + 1)]
      }),
  )
}

/** A PostgreSQL database of the bench's own, dropped by `drop()`. */
export function benchDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  return createTestDatabase(prefix)
}

/** A sender from its real entry point with the bench defaults (operator token, no API rate limit) and `env`. */
export function startBenchSender(
  env: Record<string, string>,
  name: string,
  nodeArgs: readonly string[] = [],
): Promise<SenderProcess> {
  return spawnSender(
    { VOICEHOOKS_OPERATOR_TOKEN: OPERATOR, VOICEHOOKS_API_RATE_LIMIT: 'off', LOG_LEVEL: 'info', ...env },
    name,
    nodeArgs,
  )
}

/** Polls the receiver every 100 ms until `done(stats)`; throws after `timeoutMs`. Answers when (ms). */
export async function waitForReceiver(
  receiver: BenchReceiver,
  done: (stats: ReceiverStats) => boolean,
  what: string,
  timeoutMs = 300_000,
): Promise<number> {
  const started = performance.now()
  for (;;) {
    const stats = await receiver.stats()
    if (done(stats)) return performance.now()
    if (performance.now() - started > timeoutMs)
      throw new Error(`${what}: not done after ${timeoutMs / 1000} s (${stats.unique} delivered)`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The `p`th percentile of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** Runs `cleanups` in reverse order, each once, however the others end. */
export async function cleanUp(cleanups: (() => unknown)[]): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup()
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`)
    }
  }
  cleanups.length = 0
}
