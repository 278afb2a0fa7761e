import { VoicehooksNetworkError } from './errors.js'
import { parseRetryAfter } from './retry-after.js'

/** How {@link retryingFetch} retries. */
export interface RetryOptions {
  /** Retries after the first try (0 disables retrying). */
  retries: number
  /** First backoff delay; doubles each retry, ±20 % jitter. */
  retryDelayMs: number
  /** A `Retry-After` longer than this is not waited for: the 429/503 is returned as it is. */
  maxRetryDelayMs: number
  /** Called before each wait (tests and verbose CLIs observe retries with it). */
  onRetry?: ((info: RetryInfo) => void) | undefined
}

/** One scheduled retry. */
export interface RetryInfo {
  attempt: number
  delayMs: number
  method: string
  url: string
  /** The status that caused it, or `undefined` for a network error. */
  status: number | undefined
}

/** Methods that may be repeated after a network error, where the request may already have taken effect. */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/** A request with an `Idempotency-Key` is safe to repeat whatever its method: the server applies it once. */
const isIdempotent = (request: Request) =>
  IDEMPOTENT.has(request.method) || request.headers.has('idempotency-key')

/** Statuses that say the request was not processed and may be sent again, whatever the method. */
const RETRYABLE_STATUS = new Set([429, 503])

export function backoffDelay(attempt: number, baseMs: number, random: () => number = Math.random): number {
  const exact = baseMs * 2 ** attempt
  return Math.round(exact * (0.8 + 0.4 * random()))
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Wraps a fetch so that 429 and 503 answers are retried (waiting `Retry-After` when given, else
 * exponential backoff with jitter) and network errors are retried for idempotent methods only;
 * a network error that is not retried becomes a {@link VoicehooksNetworkError}.
 */
export function retryingFetch(
  baseFetch: (input: Request) => Promise<Response>,
  options: RetryOptions,
): (input: Request) => Promise<Response> {
  return async (request) => {
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= options.retries
      // A Request body can be read once: every try but the last sends a copy.
      const current = last ? request : request.clone()
      let response: Response
      try {
        response = await baseFetch(current)
      } catch (error) {
        if (last || !isIdempotent(request) || request.signal.aborted) {
          throw new VoicehooksNetworkError(request.method, request.url, error)
        }
        const delayMs = backoffDelay(attempt, options.retryDelayMs)
        options.onRetry?.({
          attempt: attempt + 1,
          delayMs,
          method: request.method,
          url: request.url,
          status: undefined,
        })
        await sleep(delayMs)
        continue
      }
      if (last || !RETRYABLE_STATUS.has(response.status)) return response
      const delayMs =
        parseRetryAfter(response.headers.get('retry-after')) ?? backoffDelay(attempt, options.retryDelayMs)
      if (delayMs > options.maxRetryDelayMs) return response
      await response.body?.cancel()
      options.onRetry?.({
        attempt: attempt + 1,
        delayMs,
        method: request.method,
        url: request.url,
        status: response.status,
      })
      await sleep(delayMs)
    }
  }
}
