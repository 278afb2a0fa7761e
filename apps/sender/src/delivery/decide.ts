import type { HttpResult } from './http-sender.js'
import { clampRetryAfter, parseRetryAfter, type RetryAfterBounds, retryDelay } from './schedule.js'

/** What to do with a delivery after an attempt. */
export type AttemptDecision =
  | { kind: 'delivered' }
  | { kind: 'retry'; delayMs: number }
  /** Retries exhausted. */
  | { kind: 'failed' }
  /** `410 Gone`: the receiver asked to stop for good; no retry, and a webhook is disabled. */
  | { kind: 'gone' }

export interface DecideOptions {
  attempt: number
  maxAttempts: number
  retrySchedule: readonly number[]
  retryJitter: number
  retryAfterBounds: RetryAfterBounds
  now?: number
  random?: () => number
}

/**
 * Success is a 2xx read in time. A failed attempt is retried on the schedule, or after the
 * receiver's `Retry-After` (clamped) when it answered 429 or 503, until `maxAttempts`.
 */
export function decide(
  result: Pick<HttpResult, 'ok' | 'statusCode' | 'retryAfter'>,
  o: DecideOptions,
): AttemptDecision {
  if (result.ok) return { kind: 'delivered' }
  if (result.statusCode === 410) return { kind: 'gone' }
  if (o.attempt >= o.maxAttempts) return { kind: 'failed' }
  const asked =
    result.statusCode === 429 || result.statusCode === 503
      ? parseRetryAfter(result.retryAfter, o.now)
      : undefined
  const delayMs =
    asked === undefined
      ? retryDelay(o.retrySchedule, o.attempt, o.retryJitter, o.random)
      : clampRetryAfter(asked, o.retryAfterBounds)
  return { kind: 'retry', delayMs }
}
