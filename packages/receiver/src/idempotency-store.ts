import type { EventEnvelope, WebhookEvent } from '@voicehooks/contracts'

/** A verified envelope whose `type` is not in this receiver's catalog (a newer sender): acknowledged, not dispatched. */
export type UnknownEvent = Omit<EventEnvelope, 'data'> & { data: unknown }

/** What is known about a delivery when it is claimed: enough for a store to record it. */
export interface ClaimedDelivery {
  /** The event id (`id` of the body, signed in every scheme). */
  id: string
  type: string
  /** `false` for an unknown type, which is completed as `ignored` at once. */
  known: boolean
  /** The verified, parsed body. */
  event: WebhookEvent | UnknownEvent
  /** The request headers, names lowercased. */
  headers: Readonly<Record<string, string>>
}

/** How a claimed event ended. */
export type ClaimOutcome = 'processed' | 'ignored'

/**
 * Remembers which event ids were handled, so a redelivered event runs its handlers once.
 * `claim` must be atomic: of two concurrent claims of one id, exactly one gets `true`.
 *
 * @example A store on a table with a unique id (what the reference receiver does)
 * ```ts
 * const store: IdempotencyStore = {
 *   claim: async (id) => (await sql`INSERT INTO seen (id) VALUES (${id}) ON CONFLICT DO NOTHING`).count === 1,
 *   complete: async (id) => void (await sql`UPDATE seen SET done = true WHERE id = ${id}`),
 *   release: async (id) => void (await sql`DELETE FROM seen WHERE id = ${id}`),
 * }
 * ```
 */
export interface IdempotencyStore {
  /** `true` when this caller now owns `id` (never seen, or released); `false` when it is being or was handled. */
  claim(id: string, delivery: ClaimedDelivery): Promise<boolean>
  /** The handlers finished (`processed`) or there were none to run (`ignored`): later copies are duplicates. */
  complete(id: string, outcome: ClaimOutcome): Promise<void>
  /** Processing failed: forget the claim so a redelivery processes the event again. */
  release(id: string, error: unknown): Promise<void>
}
