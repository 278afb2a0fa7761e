import type { ValidationIssue } from '@voicehooks/contracts'
import type { WebhookVerificationError, WebhookVerificationErrorCode } from '@voicehooks/signing/web'
import type { UnknownEvent } from './idempotency-store.js'

/** Why a delivery was refused or failed; each code maps to one HTTP status ({@link statusOf}). */
export type ReceiverErrorCode =
  /** 401: a signature check failed; `check` says which (`no_matching_signature`, `timestamp_too_old`, …). */
  | 'invalid_signature'
  /** 400: the verified body is not JSON (or not UTF-8). */
  | 'invalid_json'
  /** 400: the body breaks the event contract; `issues` names each failing field. */
  | 'contract_violation'
  /** 413: the body is over `maxBodyBytes`. */
  | 'body_too_large'
  /** 500: something parsed the body before the middleware; mount it before `express.json()`. */
  | 'body_already_parsed'
  /** 500: a handler threw or rejected; the idempotency claim is released so a retry runs it again. */
  | 'handler_failed'
  /** 500: the idempotency store failed; the sender should retry. */
  | 'idempotency_failed'
  /** 405: anything but POST reached the middleware. */
  | 'method_not_allowed'
  /** 415: a `Content-Type` that is not JSON. */
  | 'unsupported_media_type'
  /**
   * 200: only from `Webhook#verify()`/`constructEvent()`: a verified event of a type this receiver's
   * catalog does not know (a newer sender). Acknowledge it and ignore it; `event` holds it.
   */
  | 'unknown_event_type'

const STATUS: Readonly<Record<ReceiverErrorCode, number>> = {
  invalid_signature: 401,
  invalid_json: 400,
  contract_violation: 400,
  body_too_large: 413,
  body_already_parsed: 500,
  handler_failed: 500,
  idempotency_failed: 500,
  method_not_allowed: 405,
  unsupported_media_type: 415,
  unknown_event_type: 200,
}

/** The HTTP status a receiver answers for `code`: 4xx for the sender's mistakes, 500 so it retries. Internal. */
export function statusOf(code: ReceiverErrorCode): number {
  return STATUS[code]
}

/** Details some codes carry. */
export interface ReceiverErrorDetails {
  /** `invalid_signature`: the signature check that failed. */
  check?: WebhookVerificationErrorCode
  /** `invalid_signature`: the header the failed check was about. */
  header?: string
  /** `contract_violation`: every failing field. */
  issues?: readonly ValidationIssue[]
  /** `unknown_event_type`: the verified envelope. */
  event?: UnknownEvent
  cause?: unknown
}

/**
 * A delivery the receiver refused (4xx) or could not process (5xx). `code` says what went wrong
 * and `status` the HTTP answer; messages never contain a secret or a handler's error text.
 */
export class ReceiverError extends Error {
  override readonly name = 'ReceiverError'
  readonly code: ReceiverErrorCode
  readonly status: number
  readonly check?: WebhookVerificationErrorCode
  readonly header?: string
  readonly issues?: readonly ValidationIssue[]
  readonly event?: UnknownEvent

  constructor(code: ReceiverErrorCode, message: string, details: ReceiverErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.code = code
    this.status = statusOf(code)
    if (details.check !== undefined) this.check = details.check
    if (details.header !== undefined) this.header = details.header
    if (details.issues !== undefined) this.issues = details.issues
    if (details.event !== undefined) this.event = details.event
  }
}

/** `body_too_large`, naming the limit. */
export function bodyTooLarge(limit: number, size?: number): ReceiverError {
  const got = size === undefined ? 'more than that' : `${size} bytes`
  return new ReceiverError('body_too_large', `Body is over the ${limit}-byte limit (got ${got})`)
}

/** `invalid_signature` for a failed signature check, naming the check and its header. */
export function invalidSignature(error: WebhookVerificationError): ReceiverError {
  return new ReceiverError('invalid_signature', error.message, {
    check: error.code,
    ...(error.header === undefined ? {} : { header: error.header }),
    cause: error,
  })
}
