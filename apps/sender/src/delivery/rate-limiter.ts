const EPSILON = 1e-9

interface Bucket {
  /** Tokens at `at`; may be fractional. */
  tokens: number
  rate: number
  at: number
  /** Until then (clock ms) no token is left; the claim loop skips the endpoint. */
  emptyUntil: number
}

/**
 * Token buckets enforcing each endpoint's `rate_limit_per_second`: capacity = rate, refilled at
 * rate tokens per second, a full bucket for an endpoint not seen before (or idle long enough).
 *
 * The buckets live in one sender process: the limit holds **per process**, so N sender processes
 * against one database may together send up to N× the rate to an endpoint. Within a process, as with
 * any token bucket of capacity = rate, a window of t seconds holds at most rate × (1 + t) sends:
 * a burst of `rate` after an idle spell, then `rate` per second.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>()
  readonly #now: () => number

  /** @param now a monotonic clock in ms (tests pass their own). */
  constructor(now: () => number = () => performance.now()) {
    this.#now = now
  }

  /**
   * Takes one token for `key` at `ratePerSecond` (the endpoint's current limit; a change takes
   * effect at once). Returns 0 when a token was taken, otherwise the ms until the next token, and
   * the key is reported by {@link throttled} until then.
   */
  take(key: string, ratePerSecond: number): number {
    const now = this.#now()
    const rate = Math.max(ratePerSecond, Number.MIN_VALUE)
    let bucket = this.#buckets.get(key)
    if (bucket === undefined) {
      bucket = { tokens: rate, rate, at: now, emptyUntil: 0 }
      this.#buckets.set(key, bucket)
    } else {
      bucket.tokens = Math.min(rate, bucket.tokens + ((now - bucket.at) * bucket.rate) / 1000)
      bucket.rate = rate
      bucket.at = now
    }
    // The epsilon absorbs float error in the refill sum, so a token due at t is there at t.
    if (bucket.tokens >= 1 - EPSILON) {
      bucket.tokens = Math.max(0, bucket.tokens - 1)
      return 0
    }
    const waitMs = Math.max(1, Math.ceil(((1 - bucket.tokens) * 1000) / rate - EPSILON))
    bucket.emptyUntil = now + waitMs
    return waitMs
  }

  /** The keys with no token now (skip them when claiming); forgets buckets that are full again. */
  throttled(): string[] {
    const now = this.#now()
    const keys: string[] = []
    for (const [key, bucket] of this.#buckets) {
      if (bucket.emptyUntil > now) keys.push(key)
      // Full again: the same as a bucket never seen, so it need not be kept.
      else if (bucket.tokens + ((now - bucket.at) * bucket.rate) / 1000 >= bucket.rate)
        this.#buckets.delete(key)
    }
    return keys
  }

  /** Buckets held (endpoints with a limit used recently). */
  get size(): number {
    return this.#buckets.size
  }
}
