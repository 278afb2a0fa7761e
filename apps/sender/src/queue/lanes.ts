/**
 * Lanes: the unit the queue is fair between and limits (docs/architecture.md, "The queue"). Every
 * webhook is a lane of its own; an account's call callbacks share one.
 */

/** The lane of a webhook's deliveries. */
export function webhookLane(webhookId: string): string {
  return webhookId
}

/** The lane of an account's call callbacks. */
export function callbackLane(accountId: string): string {
  return `cb:${accountId}`
}

/** How a lane's in-flight cap and circuit breaker react to its endpoint (config: docs/configuration.md). */
export interface LanePolicy {
  /** Attempts in flight a lane starts with, across every sender process. */
  initialInFlight: number
  /** The most a fast, healthy endpoint is allowed in flight. */
  maxInFlight: number
  /** Unhealthy attempts in a row (timeouts, refused connections, 5xx, 429) that open the breaker. */
  breakerThreshold: number
  /** How long the breaker first stays open before one probe; doubles while probes fail. */
  breakerOpenMs: number
  /** The longest the breaker stays open. */
  breakerMaxOpenMs: number
  /** An answer faster than this counts as fast: the lane may use one more slot. */
  fastMs: number
}

/** What one attempt says about its endpoint's health. */
export type Health = 'fast' | 'slow' | 'timeout' | 'unhealthy' | 'refused-request'

/**
 * Classifies an attempt for the lane: a timeout narrows the lane most; refused connections, 5xx and
 * 429 count towards the breaker; a 2xx faster than `fastMs` may widen it; other 4xx answers say the
 * endpoint is up (the request was refused, not the endpoint down).
 */
export function healthOf(
  result: { ok: boolean; statusCode: number | undefined; durationMs: number; timedOut: boolean },
  fastMs: number,
): Health {
  if (result.timedOut) return 'timeout'
  if (result.ok) return result.durationMs < fastMs ? 'fast' : 'slow'
  const status = result.statusCode
  if (status === undefined || status >= 500 || status === 429 || status === 408) return 'unhealthy'
  return 'refused-request'
}

/**
 * How long the breaker stays open after `failuresInRow` unhealthy attempts: `breakerOpenMs` when it
 * first trips (at `breakerThreshold`), doubling with each failed probe after that, at most
 * `breakerMaxOpenMs`.
 */
export function breakerOpenFor(policy: LanePolicy, failuresInRow: number): number {
  const probesFailed = Math.max(0, failuresInRow - policy.breakerThreshold)
  return Math.min(policy.breakerMaxOpenMs, policy.breakerOpenMs * 2 ** Math.min(probesFailed, 20))
}
