import { createHash } from 'node:crypto'
import type { RequestHandler } from 'express'
import type { RateLimitOptions } from '../config.js'
import { ApiProblem } from './problem.js'

interface Bucket {
  tokens: number
  at: number
}

/** How often (ms) buckets that have refilled completely are dropped, so the map holds only busy credentials. */
const SWEEP_EVERY_MS = 60_000

/**
 * In-memory token buckets keyed by credential. Per process: several senders behind a load balancer each
 * allow the full rate.
 */
export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>()
  #sweptAt: number

  constructor(
    readonly options: RateLimitOptions,
    readonly now: () => number = () => performance.now(),
  ) {
    if (!(options.perSecond > 0) || !(options.burst >= 1)) {
      throw new RangeError('rate limit: perSecond must be > 0 and burst ≥ 1')
    }
    this.#sweptAt = now()
  }

  /** How many credentials have a bucket that is not full. */
  get size(): number {
    return this.#buckets.size
  }

  #refill(bucket: Bucket, at: number): void {
    const { perSecond, burst } = this.options
    bucket.tokens = Math.min(burst, bucket.tokens + ((at - bucket.at) / 1000) * perSecond)
    bucket.at = at
  }

  #retryAfter(bucket: Bucket): number {
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.options.perSecond))
  }

  /**
   * Seconds to wait if `key` has no token left, without taking one or remembering a new key (so
   * unknown credentials cost no memory); undefined when a request may go ahead.
   */
  peek(key: string): number | undefined {
    const bucket = this.#buckets.get(key)
    if (!bucket) return undefined
    this.#refill(bucket, this.now())
    return bucket.tokens >= 1 ? undefined : this.#retryAfter(bucket)
  }

  /** Takes a token for `key`: undefined when granted, else the whole seconds until one is available (≥ 1). */
  take(key: string): number | undefined {
    const at = this.now()
    this.#sweep(at)
    let bucket = this.#buckets.get(key)
    if (bucket) this.#refill(bucket, at)
    else {
      bucket = { tokens: this.options.burst, at }
      this.#buckets.set(key, bucket)
    }
    if (bucket.tokens < 1) return this.#retryAfter(bucket)
    bucket.tokens -= 1
    return undefined
  }

  #sweep(at: number): void {
    if (at - this.#sweptAt < SWEEP_EVERY_MS) return
    this.#sweptAt = at
    for (const [key, bucket] of this.#buckets) {
      this.#refill(bucket, at)
      if (bucket.tokens >= this.options.burst) this.#buckets.delete(key)
    }
  }
}

function tooManyRequests(retryAfter: number): ApiProblem {
  return new ApiProblem(
    'rate_limited',
    `Rate limit exceeded; retry in ${retryAfter} second${retryAfter === 1 ? '' : 's'}.`,
    undefined,
    { 'retry-after': String(retryAfter) },
  )
}

/** The bucket key of a bearer token: a digest, so the limiter never holds a key in memory. */
function bearerKey(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')
  return match?.[1] ? createHash('sha256').update(match[1]).digest('base64url') : undefined
}

/**
 * Middleware around authentication: `before` refuses a credential already known to be over its limit
 * without touching the database; `after` (mounted once the credential is authenticated) takes a token.
 * A request without a valid credential takes nothing: it gets its 401 regardless.
 */
export function rateLimitGuards(limiter: RateLimiter | undefined): {
  before: RequestHandler
  after: RequestHandler
} {
  if (!limiter) {
    const pass: RequestHandler = (_req, _res, next) => next()
    return { before: pass, after: pass }
  }
  return {
    before(req, _res, next) {
      const key = bearerKey(req.get('authorization'))
      const wait = key === undefined ? undefined : limiter.peek(key)
      if (wait !== undefined) throw tooManyRequests(wait)
      next()
    },
    after(req, _res, next) {
      const key = bearerKey(req.get('authorization'))
      const wait = key === undefined ? undefined : limiter.take(key)
      if (wait !== undefined) throw tooManyRequests(wait)
      next()
    },
  }
}
