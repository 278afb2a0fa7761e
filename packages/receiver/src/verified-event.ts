import type { WebhookEvent } from '@voicehooks/contracts'
import { ReceiverError } from './errors.js'
import { contractViolation, readEvent } from './read-event.js'

/**
 * The typed event of a verified body, for `Webhook#verify()` and `constructEvent()`.
 *
 * @throws {ReceiverError} `invalid_json` (400), `contract_violation` (400), or `unknown_event_type`
 *   (status 200: a newer sender's event, to acknowledge and ignore; `event` holds it).
 */
export function verifiedEvent(rawBody: string | Uint8Array): WebhookEvent {
  const read = readEvent(rawBody)
  if (read.kind === 'event') return read.event
  if (read.kind === 'invalid') throw contractViolation(read.issues)
  throw new ReceiverError(
    'unknown_event_type',
    `Event type ${JSON.stringify(read.event.type)} is not in this receiver's catalog (a newer sender): acknowledge it and ignore it`,
    { event: read.event },
  )
}
