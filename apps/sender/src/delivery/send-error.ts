import { TargetError } from '../security/target-guard.js'

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

/**
 * One line for the attempt record and the dashboard: `timeout after 3000 ms`,
 * `connect ECONNREFUSED 127.0.0.1:9`, `target refused: …`. Never a stack trace.
 */
export function describeSendError(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; code?: string; message?: string; cause?: unknown; errors?: unknown[] }
  if (error instanceof TargetError) return `target refused: ${error.message}`
  if (e?.name === 'TimeoutError' || (e?.code !== undefined && TIMEOUT_CODES.has(e.code))) {
    return `timeout after ${timeoutMs} ms`
  }
  // Happy-eyeballs failures arrive as an AggregateError with one error per address tried.
  if (e?.name === 'AggregateError' && Array.isArray(e.errors) && e.errors.length > 0) {
    return describeSendError(e.errors[0], timeoutMs)
  }
  if (e?.cause !== undefined && e.cause !== error && (!e.message || e.code === 'UND_ERR_SOCKET')) {
    const inner = describeSendError(e.cause, timeoutMs)
    return e.message ? `${e.message}: ${inner}` : inner
  }
  const message = e?.message?.split('\n')[0]?.trim()
  if (message) return message.length > 500 ? `${message.slice(0, 500)}…` : message
  return e?.code ?? String(error)
}
