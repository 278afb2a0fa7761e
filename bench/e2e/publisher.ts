/**
 * The e2e bench's publisher, in a process of its own so that its CPU is not the sender's: either
 * the baseline (bare undici POSTs of one signed delivery body to the receiver, as many in flight as
 * asked) or the product's own path (events published over `POST /v1/events`, one per request, or
 * `POST /v1/events/batch`), as fast as it can or at a fixed rate. Driven over IPC by
 * bench/e2e.bench.ts.
 */
import { Agent, request } from 'undici'

/** The baseline: POST `body` with `headers` to `url` for `seconds`, `inFlight` at a time. */
export interface BaselineJob {
  type: 'baseline'
  url: string
  body: string
  headers: Record<string, string>
  seconds: number
  inFlight: number
}

/**
 * Publishing: events of `event` for `seconds`, over `connections` keep-alive connections; or, with
 * `eventsPerKey`, exactly that many events for each of `apiKeys` (their accounts taken in turn).
 */
export interface PublishJob {
  type: 'publish'
  senderUrl: string
  apiKey: string
  /** More accounts to publish for, in turn with `apiKey`'s. */
  apiKeys?: string[]
  /** Publish this many events per account, then stop (`seconds` is then a deadline only). */
  eventsPerKey?: number
  event: { type: string; data: unknown }
  seconds: number
  connections: number
  /** Events per request: 1 uses `POST /v1/events`, more `POST /v1/events/batch`. */
  batch: number
  /** Events per second to aim at; omitted: as fast as the sender answers. */
  rate?: number
  /** Keep each event's publish time (epoch ms) for latency. */
  recordTimes: boolean
}

export interface BaselineResult {
  requests: number
  seconds: number
  errors: number
}

export interface PublishResult {
  events: number
  requests: number
  seconds: number
  errors: number
  firstError?: string
  /** [event id, epoch ms just before its request was sent]. */
  times: [string, number][]
}

const now = () => performance.timeOrigin + performance.now()

async function baseline(job: BaselineJob): Promise<BaselineResult> {
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: job.inFlight })
  const started = now()
  const deadline = started + job.seconds * 1000
  let requests = 0
  let errors = 0
  await Promise.all(
    Array.from({ length: job.inFlight }, async () => {
      while (now() < deadline) {
        try {
          const response = await request(job.url, {
            method: 'POST',
            headers: job.headers,
            body: job.body,
            dispatcher: agent,
          })
          await response.body.text()
          if (response.statusCode === 200) requests += 1
          else errors += 1
        } catch {
          errors += 1
        }
      }
    }),
  )
  const seconds = (now() - started) / 1000
  await agent.close()
  return { requests, seconds, errors }
}

async function publish(job: PublishJob): Promise<PublishResult> {
  const agent = new Agent({ keepAliveTimeout: 60_000, connections: job.connections })
  const path = job.batch > 1 ? '/v1/events/batch' : '/v1/events'
  const keys = [job.apiKey, ...(job.apiKeys ?? [])]
  const headersOf = keys.map((key) => ({
    authorization: `Bearer ${key}`,
    'content-type': 'application/json',
  }))
  const bodyOf = (n: number) =>
    job.batch > 1
      ? JSON.stringify({ events: Array.from({ length: n }, () => job.event) })
      : JSON.stringify(job.event)
  const body = bodyOf(job.batch)
  // A fixed number per account: the requests to make, accounts taken in turn.
  const planned: { key: number; body: string }[] = []
  if (job.eventsPerKey !== undefined) {
    for (let done = 0; done < job.eventsPerKey; done += job.batch) {
      const n = Math.min(job.batch, job.eventsPerKey - done)
      const chunk = n === job.batch ? body : bodyOf(n)
      for (let key = 0; key < keys.length; key++) planned.push({ key, body: chunk })
    }
    planned.reverse()
  }
  let turn = 0
  const result: PublishResult = { events: 0, requests: 0, seconds: 0, errors: 0, times: [] }
  const started = now()
  const deadline = started + job.seconds * 1000
  // At a fixed rate each worker waits for its next slot; a slow answer does not make up lost time.
  const interval = job.rate ? (1000 * job.batch * job.connections) / job.rate : 0
  await Promise.all(
    Array.from({ length: job.connections }, async (_, worker) => {
      let next = started + (interval * worker) / job.connections
      while (now() < deadline) {
        const item = job.eventsPerKey === undefined ? { key: turn++ % keys.length, body } : planned.pop()
        if (!item) break
        if (interval > 0) {
          const wait = next - now()
          if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
          next += interval
          if (now() >= deadline) break
        }
        const sentAt = now()
        try {
          const response = await request(`${job.senderUrl}${path}`, {
            method: 'POST',
            headers: headersOf[item.key]!,
            body: item.body,
            dispatcher: agent,
          })
          const text = await response.body.text()
          if (response.statusCode !== 202) {
            result.errors += 1
            result.firstError ??= `${response.statusCode} ${text.slice(0, 300)}`
            continue
          }
          result.requests += 1
          const parsed = JSON.parse(text) as { id?: string; data?: { id: string }[] }
          const ids = parsed.data ? parsed.data.map((e) => e.id) : [parsed.id!]
          result.events += ids.length
          if (job.recordTimes) for (const id of ids) result.times.push([id, sentAt])
        } catch (error) {
          result.errors += 1
          result.firstError ??= (error as Error).message
        }
      }
    }),
  )
  result.seconds = (now() - started) / 1000
  await agent.close()
  return result
}

process.on('message', (job: BaselineJob | PublishJob) => {
  const run = job.type === 'baseline' ? baseline(job) : publish(job)
  run.then(
    (outcome) => process.send?.({ type: 'done', result: outcome }),
    (error: unknown) => process.send?.({ type: 'failed', message: String(error) }),
  )
})
process.on('disconnect', () => process.exit(0))
process.send?.({ type: 'ready' })
