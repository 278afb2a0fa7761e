import type { WebhookEvent } from '@voicehooks/contracts'
import { senderContract } from '../contract/sender-contract.js'

/** The columns of an `events` row the envelope is made from. */
export interface EventRow {
  id: string
  account_id: string
  type: string
  data: unknown
  occurred_at: Date | string
}

/** RFC 3339 UTC without milliseconds, as in the contract's examples. */
export function rfc3339(at: Date | string): string {
  return new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The envelope delivered to one endpoint. Every delivery of an event carries the same fields but
 * `webhook_id`; the event id is stable across retries and endpoints. `api_version` is the sender's
 * contract's, and `event` (the same value as `type`) is sent when that contract's envelope has it.
 */
export function buildEnvelope(event: EventRow, webhookId: string): WebhookEvent {
  const contract = senderContract()
  return {
    id: event.id,
    type: event.type,
    ...(contract.conventions.mirrorsType ? { event: event.type } : {}),
    timestamp: rfc3339(event.occurred_at),
    api_version: contract.apiVersion,
    account_id: event.account_id,
    webhook_id: webhookId,
    data: event.data,
  } as WebhookEvent
}
