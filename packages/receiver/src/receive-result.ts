import type { ContractEventShape, ValidationIssue, WebhookEvent } from '@voicehooks/contracts'
import type { ReceiverError } from './errors.js'
import type { UnknownEvent } from './idempotency-store.js'

/**
 * What became of a delivery that was acknowledged (answered 2xx):
 * - `processed`: the handlers ran and succeeded (`ackFirst: false`);
 * - `accepted`: claimed and acknowledged; the handlers run next, `processing` settles when they are done;
 * - `duplicate`: this event id was already processed, or is being processed;
 * - `ignored`: an unknown event type (a newer sender), or with `onInvalid: 'accept'` a contract violation.
 *
 * `E` is the contract's event union (Voicehooks' `WebhookEvent` by default).
 */
export type ReceiveResult<E extends ContractEventShape = WebhookEvent> =
  | { status: 'processed' | 'duplicate'; event: E }
  | { status: 'accepted'; event: E; processing: Promise<void> }
  | { status: 'ignored'; reason: 'unknown_type'; event: UnknownEvent }
  | { status: 'ignored'; reason: 'contract_violation'; event: unknown; issues: readonly ValidationIssue[] }

/** `status` of a {@link ReceiveResult}. */
export type ReceiveStatus = ReceiveResult['status']

/** Where an error happened. */
export interface ErrorContext {
  /** The event id, once the verified body was read. */
  id?: string
  /** The event type, once the verified body was read. */
  type?: string
  /** `true` when the delivery was acknowledged with 2xx: the sender will not retry it. */
  acknowledged: boolean
}

/** Called with every error of every delivery: refusals, contract violations, handler failures. */
export type ErrorHandler = (error: ReceiverError, context: ErrorContext) => unknown
