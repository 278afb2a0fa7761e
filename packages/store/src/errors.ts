/** Why the store refused to work. */
export type StoreErrorCode = 'store_unavailable' | 'store_locked'

/**
 * The store cannot be used right now: PostgreSQL is down, restarting or unreachable
 * (`store_unavailable`), or a PGlite data folder is held by another process (`store_locked`).
 * Callers answer `503` rather than `500`: nothing the client sent is wrong.
 */
export class StoreError extends Error {
  override name = 'StoreError'
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

// Errors that mean "the server is not there", not "the statement is wrong": node socket errors,
// and PostgreSQL's connection-exception (08), operator-intervention (57P01–57P03) classes.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
])
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300'])
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
  /PGlite is closed/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
]

/** True when `error` says the database cannot be reached, as opposed to a failing statement. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreError) return error.code === 'store_unavailable'
  const e = error as { code?: unknown; message?: unknown; errors?: unknown } | null
  if (!e || typeof e !== 'object') return false
  if (
    typeof e.code === 'string' &&
    (SOCKET_CODES.has(e.code) || SERVER_CODES.has(e.code) || e.code.startsWith('08'))
  )
    return true
  // Happy-eyeballs connects to localhost fail with one error per address tried.
  if (Array.isArray(e.errors) && e.errors.length > 0 && e.errors.every(isUnavailable)) return true
  return typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))
}

/** Rethrows `error` as a {@link StoreError} when the database is unreachable, otherwise as it is. */
export function asStoreError(error: unknown): unknown {
  if (error instanceof StoreError || !isUnavailable(error)) return error
  const reason = error instanceof Error ? error.message : String(error)
  return new StoreError('store_unavailable', `the database is unavailable: ${reason}`, { cause: error })
}
