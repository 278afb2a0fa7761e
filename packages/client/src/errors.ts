import type { Problem, ProblemFieldError } from './problem.js'

/**
 * A non-2xx answer from the management API, carrying its problem document.
 * `message` reads `404 Not Found — webhook wh_123 not found`.
 *
 * @example
 * ```ts
 * try {
 *   await client.webhooks.get('wh_missing')
 * } catch (error) {
 *   if (error instanceof VoicehooksApiError && error.status === 404) return null
 *   throw error
 * }
 * ```
 */
export class VoicehooksApiError extends Error {
  override readonly name = 'VoicehooksApiError'
  /** A stable, machine-readable reason: the problem's `code`, else the last segment of its `type`, else `http_<status>`. */
  readonly code: string
  readonly status: number
  /** Problem type URI (`about:blank` when the server sent none). */
  readonly type: string
  readonly title: string
  readonly detail: string | undefined
  /** Failing fields, e.g. `[{ path: '/data/call_id', message: 'is required' }]` on a 422. */
  readonly errors: readonly ProblemFieldError[]
  /** The whole problem document, extension members included. */
  readonly problem: Problem
  /** Seconds from `Retry-After`, when the server sent one (429, 503). */
  readonly retryAfterSeconds: number | undefined

  constructor(problem: Problem, options: { retryAfterSeconds?: number | undefined } = {}) {
    super(`${problem.status} ${problem.title}${problem.detail ? ` — ${problem.detail}` : ''}`)
    this.problem = problem
    this.status = problem.status
    this.type = problem.type
    this.title = problem.title
    this.detail = problem.detail
    this.errors = problem.errors ?? []
    this.code = problemCode(problem)
    this.retryAfterSeconds = options.retryAfterSeconds
  }
}

function problemCode(problem: Problem): string {
  if (typeof problem['code'] === 'string' && problem['code']) return problem['code']
  if (problem.type && problem.type !== 'about:blank') {
    const last = problem.type
      .replace(/[#/]+$/, '')
      .split(/[/#:]/)
      .pop()
    if (last) return last.replace(/-/g, '_')
  }
  return `http_${problem.status}`
}

/** The API could not be reached (DNS, refused connection, reset, timeout), after any retries. */
export class VoicehooksNetworkError extends Error {
  override readonly name = 'VoicehooksNetworkError'
  readonly code = 'network_error'
  /** `METHOD url` of the request that failed. */
  readonly request: string

  constructor(method: string, url: string, cause: unknown) {
    super(`${method} ${url} failed: ${describeCause(cause)}`, { cause })
    this.request = `${method} ${url}`
  }
}

// undici's `fetch failed` hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`.
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause)
  const inner = cause.cause
  if (inner instanceof Error) {
    const code = (inner as Error & { code?: unknown }).code
    return typeof code === 'string' ? `${code} (${inner.message})` : inner.message
  }
  return cause.message
}
