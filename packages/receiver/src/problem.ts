import type { WebhookVerificationErrorCode } from '@voicehooks/signing/web'
import type { ReceiverError, ReceiverErrorCode } from './errors.js'

/** An RFC 9457 `application/problem+json` body, as the middleware answers it. */
export interface Problem {
  /** `/problems/<code>`, e.g. `/problems/invalid-signature`. */
  type: string
  title: string
  status: number
  detail: string
  /** The {@link ReceiverErrorCode}, for programs. */
  code: ReceiverErrorCode | 'internal_error' | 'not_found'
  /** `invalid_signature`: the check that failed, e.g. `timestamp_too_old`. */
  check?: WebhookVerificationErrorCode
  /** `invalid_signature`: the header that check was about. */
  header?: string
  /** `contract_violation`: each failing field as a JSON pointer into the body. */
  errors?: { path: string; message: string }[]
}

const TITLES: Readonly<Record<ReceiverErrorCode, string>> = {
  invalid_signature: 'Invalid webhook signature',
  invalid_json: 'Body is not valid JSON',
  contract_violation: 'Event does not match the contract',
  body_too_large: 'Body too large',
  body_already_parsed: 'Body already parsed',
  handler_failed: 'Webhook handler failed',
  idempotency_failed: 'Idempotency store failed',
  method_not_allowed: 'Method not allowed',
  unsupported_media_type: 'Unsupported media type',
  unknown_event_type: 'Unknown event type',
}

/** The problem body answering `error`. */
export function problemOf(error: ReceiverError): Problem {
  const problem: Problem = {
    type: `/problems/${error.code.replaceAll('_', '-')}`,
    title: TITLES[error.code],
    status: error.status,
    detail: error.message,
    code: error.code,
  }
  if (error.check !== undefined) problem.check = error.check
  if (error.header !== undefined) problem.header = error.header
  if (error.issues !== undefined)
    problem.errors = error.issues.map(({ path, message }) => ({ path, message }))
  return problem
}

/** The body answering an unexpected error: nothing about it leaks to the caller. */
export const internalProblem: Problem = Object.freeze({
  type: '/problems/internal-error',
  title: 'Internal error',
  status: 500,
  detail: 'The receiver failed unexpectedly; the delivery should be retried',
  code: 'internal_error',
})
