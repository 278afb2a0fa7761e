import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'

const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test'

/**
 * Multi-process tests need a PostgreSQL server that several processes share (PGlite is in-process).
 * Unreachable: skip with a message, except under CI=true where the suite must fail instead.
 */
export async function postgresForMultiProcess(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    return true
  } catch (error) {
    if (process.env['CI'] === 'true')
      throw new Error(`PostgreSQL is required in CI at ${ADMIN_URL}: ${String(error)}`)
    console.warn(`multi-process sender tests skipped: PostgreSQL not reachable at ${ADMIN_URL}`)
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** One request the recording receiver got. */
export interface Hit {
  path: string
  eventId: string
  deliveryId: string
  at: number
}

/** A real HTTP receiver that records every request and answers 200 after `delayMs`. */
export function startRecorder(delayMs = 0): Promise<{ server: Server; url: string; hits: Hit[] }> {
  const hits: Hit[] = []
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      hits.push({
        path: req.url ?? '',
        eventId: String(req.headers['webhook-id']),
        deliveryId: String(req.headers['x-voicehooks-delivery']),
        at: Date.now(),
      })
      setTimeout(() => res.writeHead(200).end('ok'), delayMs)
    })
  })
  server.keepAliveTimeout = 60_000
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, url: `http://127.0.0.1:${port}`, hits })
    })
  })
}

/** Polls `check` until it returns a value, or fails naming `what`. */
export async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined && value !== false) return value
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
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
