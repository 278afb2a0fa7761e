import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { requirePostgres } from '@voicehooks/testkit'

export { until } from '@voicehooks/testkit'

/**
 * Multi-process tests need a PostgreSQL server that several processes share (PGlite is in-process).
 * Unreachable: skip with a message, except under CI=true where the suite must fail instead.
 */
export function postgresForMultiProcess(): Promise<boolean> {
  return requirePostgres('multi-process sender tests')
}

/** One request the recording receiver got. */
export interface Hit {
  path: string
  eventId: string
  deliveryId: string
  at: number
}

/** What {@link startRecorder} records. */
export interface Recorder {
  server: Server
  url: string
  hits: Hit[]
  /** The most requests each path had open at once (arrived, not yet answered). */
  maxInFlight: Map<string, number>
}

/**
 * A real HTTP receiver that records every request and answers 200 after `delayMs` (one delay for
 * every path, or one per path). It also counts the requests each path has open at once, from their
 * arrival until their answer is written: a sender cannot start the next attempt of a delivery slot
 * before it has read that answer, so this count never exceeds what the sender had in flight.
 */
export function startRecorder(delayMs: number | ((path: string) => number) = 0): Promise<Recorder> {
  const hits: Hit[] = []
  const open = new Map<string, number>()
  const maxInFlight = new Map<string, number>()
  const delayOf = typeof delayMs === 'number' ? () => delayMs : delayMs
  const server = createServer((req, res) => {
    const path = req.url ?? ''
    const now = (open.get(path) ?? 0) + 1
    open.set(path, now)
    if (now > (maxInFlight.get(path) ?? 0)) maxInFlight.set(path, now)
    res.once('close', () => open.set(path, open.get(path)! - 1))
    req.resume()
    req.on('end', () => {
      hits.push({
        path,
        eventId: String(req.headers['webhook-id']),
        deliveryId: String(req.headers['x-voicehooks-delivery']),
        at: Date.now(),
      })
      setTimeout(() => res.writeHead(200).end('ok'), delayOf(path))
    })
  })
  server.keepAliveTimeout = 60_000
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, url: `http://127.0.0.1:${port}`, hits, maxInFlight })
    })
  })
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await fn(items[i]!)
      }
    }),
  )
  return out
}

/** A JSON POST with a bearer token; throws with the body on a non-2xx answer. */
export async function post<T>(url: string, token: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`POST ${url} → ${response.status}: ${text}`)
  return JSON.parse(text) as T
}
