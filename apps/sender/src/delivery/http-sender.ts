import { Agent, buildConnector, request } from 'undici'
import { assertAllowedUrl, type TargetPolicy } from '../security/target-guard.js'
import { guardedLookup } from './guarded-lookup.js'
import { describeSendError } from './send-error.js'

/** One POST to make. `body` is the exact string that was signed. */
export interface OutgoingRequest {
  url: string
  headers: Readonly<Record<string, string>>
  body: string
}

/** What one attempt produced; `ok` only for a 2xx whose (capped) body was read in time. */
export interface HttpResult {
  ok: boolean
  statusCode: number | undefined
  durationMs: number
  /** Why the attempt failed: `timeout after 3000 ms`, `connect ECONNREFUSED 127.0.0.1:9`, `HTTP 500`, … */
  error: string | undefined
  /** The first bytes of the response body (at most `maxResponseBytes`), as text. */
  responseExcerpt: string | undefined
  /** The `Retry-After` header, when the receiver sent one. */
  retryAfter: string | undefined
  /** True when the caller's `signal` (shutdown) ended the attempt, not the receiver. */
  aborted: boolean
}

/** Sends deliveries over per-origin connection pools. */
export interface HttpSender {
  send(outgoing: OutgoingRequest, signal?: AbortSignal): Promise<HttpResult>
  /** Closes idle connections; in-flight requests are ended with `destroy`. */
  close(): Promise<void>
  destroy(): Promise<void>
}

export interface HttpSenderOptions {
  /** Budget for connect, request, response headers and the capped body read together. */
  timeoutMs: number
  targetPolicy: TargetPolicy
  /** Response bytes kept for the attempt record; the rest is never read. Default 4096. */
  maxResponseBytes?: number
}

/**
 * Creates the HTTP side of delivery: an undici `Agent` (one pool per origin, so a slow origin
 * ties up only its own connections), connect-time address checks, no redirects (undici's
 * `request` follows none without the redirect interceptor: a 3xx is a failed attempt), one
 * deadline for the whole exchange and a capped body read.
 */
export function createHttpSender(options: HttpSenderOptions): HttpSender {
  const { timeoutMs, targetPolicy } = options
  const maxResponseBytes = options.maxResponseBytes ?? 4096
  const connector = buildConnector({ timeout: timeoutMs, lookup: guardedLookup(targetPolicy) })
  const agent = new Agent({
    connect: (opts, callback) =>
      connector(opts, (...result) => {
        if (result[1]) closeIfUnused(result[1], Math.min(timeoutMs, UNUSED_CONNECTION_MS))
        callback(...result)
      }),
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  })

  async function send(outgoing: OutgoingRequest, signal?: AbortSignal): Promise<HttpResult> {
    const started = performance.now()
    const deadline = AbortSignal.timeout(timeoutMs)
    const combined = signal ? AbortSignal.any([deadline, signal]) : deadline
    let statusCode: number | undefined
    let retryAfter: string | undefined
    let location: string | undefined
    const chunks: Buffer[] = []
    let kept = 0
    const result = (error: string | undefined, aborted = false): HttpResult => {
      const excerpt =
        chunks.length > 0 ? Buffer.concat(chunks).toString('utf8').replace(/\0/g, '') : undefined
      return {
        ok: error === undefined,
        statusCode,
        durationMs: Math.round(performance.now() - started),
        error,
        responseExcerpt: excerpt,
        retryAfter,
        aborted,
      }
    }
    try {
      // Literal addresses never reach `lookup`, so the registration-time check runs again here.
      assertAllowedUrl(outgoing.url, targetPolicy)
      const response = await request(outgoing.url, {
        method: 'POST',
        headers: outgoing.headers,
        body: outgoing.body,
        dispatcher: agent,
        signal: combined,
      })
      statusCode = response.statusCode
      retryAfter = header(response.headers['retry-after'])
      location = header(response.headers['location'])
      for await (const chunk of response.body as AsyncIterable<Buffer>) {
        const room = maxResponseBytes - kept
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk)
        kept += Math.min(chunk.length, room)
        // Leaving the loop destroys the stream: the rest of a large body is never downloaded.
        if (kept >= maxResponseBytes) break
      }
    } catch (error) {
      if (signal?.aborted && !deadline.aborted) return result('aborted: the worker is shutting down', true)
      const reading = statusCode === undefined ? '' : ` (HTTP ${statusCode}, reading the response body)`
      return result(`${describeSendError(error, timeoutMs)}${reading}`)
    }
    if (statusCode >= 200 && statusCode < 300) return result(undefined)
    if (statusCode >= 300 && statusCode < 400) {
      const to = location ? ` to ${location.slice(0, 500)}` : ''
      return result(`HTTP ${statusCode}: redirect${to} not followed`)
    }
    return result(`HTTP ${statusCode}`)
  }

  return {
    send,
    close: () => agent.close(),
    destroy: () => agent.destroy(),
  }
}

/** How long a new connection may stay without sending a byte before it is closed. */
const UNUSED_CONNECTION_MS = 1000

/**
 * Closes a connection that never sends anything. undici 7 (nodejs/undici#5845) re-queues a request
 * that was aborted mid-flight (our deadline, or a capped body read) and opens a fresh connection for
 * it that it then never uses; left alone it lingers for the keep-alive timeout, even to an endpoint
 * that was deleted, and a hanging endpoint collects one per timed-out attempt. A real request writes
 * as soon as its connection is up, so a socket silent for this long has no request.
 */
function closeIfUnused(socket: import('node:net').Socket, ms: number): void {
  const timer = setTimeout(() => {
    if (socket.bytesWritten === 0 && !socket.destroyed) socket.destroy()
  }, ms)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}
