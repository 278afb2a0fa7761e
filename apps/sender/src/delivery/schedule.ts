import type { RetryAfterBounds } from '../config.js'

export type { RetryAfterBounds } from '../config.js'

/**
 * The delay before the next try after attempt `attempt` (1-based) failed: `schedule[attempt - 1]`,
 * or the last entry when an endpoint allows more attempts than the schedule lists, with ±`jitter`
 * (a fraction) so endpoints failing together do not retry in lockstep.
 */
export function retryDelay(
  schedule: readonly number[],
  attempt: number,
  jitter: number,
  random: () => number = Math.random,
): number {
  if (schedule.length === 0) return 0
  const base = schedule[Math.min(Math.max(attempt, 1), schedule.length) - 1]!
  const spread = base * jitter * (random() * 2 - 1)
  return Math.max(0, Math.round(base + spread))
}

/**
 * Reads `Retry-After` (delay-seconds or an HTTP date) as milliseconds from `now`; `undefined`
 * when absent or unparseable, so the schedule applies.
 */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!/[a-z]/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : at - now
}

/** Clamps a receiver-requested delay into `bounds`. */
export function clampRetryAfter(ms: number, bounds: RetryAfterBounds): number {
  return Math.min(bounds.maxMs, Math.max(bounds.minMs, ms))
}
