import { performance } from 'node:perf_hooks'
import { VERSION } from './version.js'

/** One HTTP request as the sender would make it. */
export interface Delivery {
  body: string
  headers: Record<string, string>
}

/** What the receiver did with a delivery. */
export interface Answer {
  /** HTTP status, absent when no response arrived. */
  status?: number
  /** `timeout`, or a network error code such as `ECONNREFUSED`, when no response arrived. */
  error?: string
  /** Human-readable form of `error`. */
  errorMessage?: string
  /** Request sent → response body read, in milliseconds. */
  durationMs: number
  /** The start of the response body, for failure reports. */
  excerpt: string
}

const EXCERPT_CHARS = 200

/**
 * POSTs one delivery and measures it. Like the sender: redirects are not followed, and the
 * request is abandoned at the deadline. Never throws: network failures become an {@link Answer}.
 */
export async function deliver(url: string, delivery: Delivery, deadlineMs: number): Promise<Answer> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: delivery.body,
      headers: {
        'content-type': 'application/json',
        'user-agent': `voicehooks-conformance/${VERSION}`,
        ...delivery.headers,
      },
      redirect: 'manual',
      signal: AbortSignal.timeout(deadlineMs),
    })
    const text = await response.text()
    return { status: response.status, durationMs: elapsed(), excerpt: text.slice(0, EXCERPT_CHARS) }
  } catch (error) {
    const durationMs = elapsed()
    if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') {
      return {
        error: 'timeout',
        errorMessage: `no complete response within the ${deadlineMs} ms deadline`,
        durationMs,
        excerpt: '',
      }
    }
    const { code, message } = networkError(error)
    return { error: code, errorMessage: message, durationMs, excerpt: '' }
  }
}

/** fetch() wraps socket errors as `TypeError('fetch failed', { cause })`: report the cause. */
function networkError(error: unknown): { code: string; message: string } {
  let cause: unknown = error
  while (cause instanceof Error && cause.cause !== undefined && !(cause as { code?: unknown }).code) {
    cause = cause.cause
  }
  if (cause instanceof AggregateError && cause.errors.length > 0) cause = cause.errors[0]
  const code = (cause as { code?: unknown }).code
  const message = cause instanceof Error ? cause.message : String(cause)
  return { code: typeof code === 'string' ? code : 'network_error', message }
}
