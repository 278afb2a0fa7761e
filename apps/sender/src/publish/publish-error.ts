import type { ValidationIssue } from '@voicehooks/contracts'

/** Why an event was not published. */
export type PublishErrorCode = 'unknown_type' | 'reserved_type' | 'invalid_data' | 'idempotency_conflict'

/** An event the sender refuses to publish; `issues` names every failing path (`/type`, `/data/call_id`). */
export class PublishError extends Error {
  override name = 'PublishError'
  constructor(
    readonly code: PublishErrorCode,
    message: string,
    readonly issues: readonly Pick<ValidationIssue, 'path' | 'message'>[] = [],
  ) {
    super(message)
  }
}
