import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { until } from '@voicehooks/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { post } from '../support/processes.js'
import { type SenderProcess, spawnSender } from '../support/spawn-sender.js'

interface Attempt {
  attempt: number
  started_at: string
  duration_ms: number
  status_code: number | null
  error: string | null
}
interface Delivery {
  id: string
  status: string
  attempt_count: number
  next_attempt_at: string | null
  attempts: Attempt[]
}

const TIMEOUT_MS = 1000
const SCHEDULE_MS = [400, 800]
const EVENTS_EACH = 3

/** Receivers that misbehave in every way a real one has, on one server; `/target` must never be hit. */
async function hostileServer() {
  const hits = new Map<string, number>()
  let hugeBytesWritten = 0
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    const path = req.url ?? ''
    hits.set(path, (hits.get(path) ?? 0) + 1)
    req.resume()
    switch (path) {
      case '/hang':
        return // never answers
      case '/reset':
        req.socket.destroy()
        return
      case '/huge': {
        // 100 MB, as fast as the sender reads it.
        res.writeHead(200, { 'content-type': 'application/octet-stream' })
        const chunk = Buffer.alloc(64 * 1024, 0x61)
        let left = (100 * 1024 * 1024) / chunk.length
        const pump = () => {
          while (left > 0 && res.write(chunk)) {
            left -= 1
            hugeBytesWritten += chunk.length
          }
          if (left === 0) res.end()
        }
        res.on('drain', pump)
        pump()
        return
      }
      case '/drip': {
        res.writeHead(200)
        const timer = setInterval(() => res.write('x'), 1000)
        res.on('close', () => clearInterval(timer))
        return
      }
      case '/redirect':
        res.writeHead(302, { location: `http://127.0.0.1:${port()}/target` }).end()
        return
      case '/busy':
        res.writeHead(429, { 'retry-after': '3600' }).end('slow down')
        return
      case '/gone':
        res.writeHead(410).end('gone')
        return
      default:
        res.writeHead(200).end('ok')
    }
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = () => (server.address() as AddressInfo).port
  return {
    url: (path: string) => `http://127.0.0.1:${port()}${path}`,
    hits,
    hugeBytesWritten: () => hugeBytesWritten,
    close() {
      for (const socket of sockets) socket.destroy()
      server.close()
    },
  }
}

/** Resident memory of a process, from /proc. */
function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024
}

describe('hostile receivers', () => {
  let hostile: Awaited<ReturnType<typeof hostileServer>>
  let sender: SenderProcess
  let key: string
  let dataDir: string

  beforeAll(async () => {
    hostile = await hostileServer()
    dataDir = await mkdtemp(join(tmpdir(), 'vh-hostile-'))
    sender = await spawnSender(
      {
        VOICEHOOKS_DATA_DIR: dataDir,
        VOICEHOOKS_OPERATOR_TOKEN: 'op',
        VOICEHOOKS_DELIVERY_TIMEOUT: `${TIMEOUT_MS}ms`,
        VOICEHOOKS_RETRY_SCHEDULE: SCHEDULE_MS.map((ms) => `${ms}ms`).join(','),
        VOICEHOOKS_RETRY_JITTER: '0',
        VOICEHOOKS_POLL_INTERVAL: '100ms',
        VOICEHOOKS_LEASE: '10s',
        VOICEHOOKS_API_RATE_LIMIT: 'off',
      },
      'sender facing hostile receivers',
    )
    key = (
      await post<{ api_key: { key: string } }>(`${sender.url}/v1/accounts`, 'op', {
        name: 'H',
        email: 'h@example.com',
      })
    ).api_key.key
  }, 60_000)
  afterAll(async () => {
    await sender?.kill('SIGKILL')
    hostile?.close()
    if (dataDir) await rm(dataDir, { recursive: true, force: true })
  })

  const get = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${sender.url}${path}`, { headers: { authorization: `Bearer ${key}` } })
    expect(response.status, path).toBe(200)
    return (await response.json()) as T
  }

  it('stays up with bounded memory, follows the schedule for each, and never follows a redirect', async () => {
    const paths = ['/hang', '/reset', '/huge', '/drip', '/redirect', '/busy', '/gone'] as const
    const webhooks = new Map<string, string>()
    for (const path of paths) {
      const created = await post<{ id: string }>(`${sender.url}/v1/webhooks`, key, {
        url: hostile.url(path),
        max_attempts: SCHEDULE_MS.length + 1,
      })
      webhooks.set(path, created.id)
    }
    const before = rssMb(sender.child.pid!)
    let peak = before
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(sender.child.pid!))
    }, 100)
    try {
      for (let i = 0; i < EVENTS_EACH; i++) {
        await post(`${sender.url}/v1/events`, key, {
          type: 'test.ping',
          data: { message: `hostile ${i}`, webhook_id: 'wh_01M8R7GR2KGT7KYPYAX1JS8GRD' },
        })
      }
      const deliveriesOf = async (path: string) => {
        const page = await get<{ data: { id: string }[] }>(
          `/v1/webhooks/${webhooks.get(path)}/deliveries?limit=100`,
        )
        return Promise.all(page.data.map((d) => get<Delivery>(`/v1/deliveries/${d.id}`)))
      }
      // Everything that retries has used all its attempts; the 429 one waits for Retry-After.
      await until(
        async () => {
          for (const path of ['/hang', '/reset', '/drip', '/redirect']) {
            const list = await deliveriesOf(path)
            if (list.length !== EVENTS_EACH || list.some((d) => d.status !== 'failed')) return false
          }
          const huge = await deliveriesOf('/huge')
          return huge.length === EVENTS_EACH && huge.every((d) => d.status === 'delivered')
        },
        'every retried delivery to end failed',
        60_000,
      )
      expect(sender.child.exitCode).toBeNull()

      const expectations: Record<string, RegExp> = {
        '/hang': /^timeout after 1000 ms$/,
        '/reset': /socket|ECONNRESET|other side closed/i,
        '/drip': /^timeout after 1000 ms/,
        '/redirect': /^HTTP 302: redirect to http:\/\/127\.0\.0\.1:\d+\/target not followed$/,
      }
      for (const path of ['/hang', '/reset', '/drip', '/redirect']) {
        for (const delivery of await deliveriesOf(path)) {
          expect(
            delivery.attempts.map((a) => a.attempt),
            path,
          ).toEqual([1, 2, 3])
          for (const attempt of delivery.attempts)
            expect(attempt.error ?? '', path).toMatch(expectations[path]!)
          // Each retry waited at least its place in the schedule after the previous attempt ended.
          for (let n = 1; n < delivery.attempts.length; n++) {
            const previous = delivery.attempts[n - 1]!
            const gap =
              Date.parse(delivery.attempts[n]!.started_at) -
              (Date.parse(previous.started_at) + previous.duration_ms)
            expect(gap, `${path} retry ${n}`).toBeGreaterThanOrEqual(SCHEDULE_MS[n - 1]! - 50)
          }
        }
      }
      expect(hostile.hits.get('/target') ?? 0).toBe(0)

      // A 2xx with a 100 MB body is read up to the excerpt and the connection dropped: the sender
      // never downloads the rest, and the delivery counts as delivered.
      for (const delivery of await deliveriesOf('/huge')) {
        expect(delivery.attempts).toHaveLength(1)
        expect(delivery.attempts[0]).toMatchObject({ status_code: 200, error: null })
        expect(
          (delivery.attempts[0] as Attempt & { response_excerpt: string }).response_excerpt,
        ).toHaveLength(4096)
      }

      // 429 with Retry-After: 3600 parks the delivery for an hour (the clamp's maximum), not the schedule.
      for (const delivery of await deliveriesOf('/busy')) {
        expect(delivery.attempts).toHaveLength(1)
        expect(delivery.status).toBe('pending')
        const wait = Date.parse(delivery.next_attempt_at!) - Date.parse(delivery.attempts[0]!.started_at)
        expect(wait).toBeGreaterThan(3_500_000)
        expect(wait).toBeLessThan(3_700_000)
      }

      // 410 Gone disables the endpoint at once; its other deliveries are never sent.
      const gone = await get<{ active: boolean; disabled_reason: string | null }>(
        `/v1/webhooks/${webhooks.get('/gone')}`,
      )
      expect(gone).toMatchObject({ active: false, disabled_reason: '410 Gone from endpoint' })
      // Only attempts already in flight when the first 410 came back reached it (each recorded once,
      // answered 410); the endpoint's other deliveries died unsent.
      const goneDeliveries = await deliveriesOf('/gone')
      expect(goneDeliveries.every((d) => d.status === 'failed' || d.status === 'dead')).toBe(true)
      const goneAttempts = goneDeliveries.flatMap((d) => d.attempts)
      expect(goneAttempts.every((a) => a.attempt === 1 && a.status_code === 410)).toBe(true)
      expect(hostile.hits.get('/gone')).toBe(goneAttempts.length)
    } finally {
      clearInterval(sampler)
    }
    console.log(
      `hostile receivers: sender RSS ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak; ${(hostile.hugeBytesWritten() / 1048576).toFixed(1)} MB of the 100 MB bodies left the receiver`,
    )
    // Bounded: the 100 MB bodies and hanging sockets cost the sender next to nothing.
    expect(peak - before, `RSS grew from ${before.toFixed(0)} MB to ${peak.toFixed(0)} MB`).toBeLessThan(100)
    expect(hostile.hugeBytesWritten()).toBeLessThan(EVENTS_EACH * 3 * 16 * 1024 * 1024)
  }, 120_000)
})
