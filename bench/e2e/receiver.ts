/**
 * The e2e bench's receiver, in a process of its own: a bare node:http server that reads each body
 * and answers 200, counting deliveries per second and, when asked, the arrival time of each event
 * (`webhook-id`) for latency. Paths under `/hang/` are never answered (an endpoint that hangs until
 * the sender's timeout): they are counted apart, not as deliveries. Driven over IPC by the benches
 * through bench/e2e/harness.ts.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Messages from the orchestrator. */
export type ReceiverCommand = { type: 'stats' } | { type: 'arrivals'; since: number } | { type: 'reset' }

/** What the receiver reports. */
export interface ReceiverStats {
  total: number
  /** Deliveries counted per second since the last reset, oldest first. */
  perSecond: number[]
  /** Unique `webhook-id` + path pairs, so a delivery sent twice is seen once here. */
  unique: number
  /** `unique`, by the first segment of the path (`/ok/3` → `ok`). */
  uniqueByPrefix: Record<string, number>
  /** Requests to `/hang/…` paths open now, and received in all since the last reset. */
  hanging: number
  hung: number
}

const now = () => performance.timeOrigin + performance.now()
let total = 0
let startedAt = now()
let perSecond: number[] = []
let hanging = 0
let hung = 0
const seen = new Set<string>()
let uniqueByPrefix: Record<string, number> = {}
// `event id path` → first arrival (epoch ms, sub-ms precision): each delivery of each event.
const arrivals = new Map<string, number>()

const server = createServer((req, res) => {
  if (req.url?.startsWith('/hang/')) {
    hanging += 1
    hung += 1
    req.resume()
    res.once('close', () => {
      hanging -= 1
    })
    return
  }
  req.on('data', () => undefined)
  req.on('end', () => {
    const at = now()
    total += 1
    const second = Math.floor((at - startedAt) / 1000)
    perSecond[second] = (perSecond[second] ?? 0) + 1
    const key = `${String(req.headers['webhook-id'])} ${req.url}`
    if (!seen.has(key)) {
      seen.add(key)
      const prefix = req.url?.split('/')[1] ?? ''
      uniqueByPrefix[prefix] = (uniqueByPrefix[prefix] ?? 0) + 1
    }
    if (!arrivals.has(key)) arrivals.set(key, at)
    res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
  })
})
server.keepAliveTimeout = 60_000

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}` })
})

process.on('message', (command: ReceiverCommand) => {
  if (command.type === 'reset') {
    total = 0
    hung = 0
    perSecond = []
    seen.clear()
    uniqueByPrefix = {}
    arrivals.clear()
    startedAt = now()
    process.send?.({ type: 'reset' })
  } else if (command.type === 'stats') {
    const stats: ReceiverStats = {
      total,
      perSecond: Array.from(perSecond, (n) => n ?? 0),
      unique: seen.size,
      uniqueByPrefix,
      hanging,
      hung,
    }
    process.send?.({ type: 'stats', stats })
  } else if (command.type === 'arrivals') {
    process.send?.({ type: 'arrivals', arrivals: [...arrivals].filter(([, at]) => at >= command.since) })
  }
})
process.on('disconnect', () => process.exit(0))
