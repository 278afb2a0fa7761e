// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Types: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

export type CurrencyCode = string

export interface EventEnvelope {
  /**
   * Event id.
   */
  id: string
  type: string
  event: string
  timestamp: string
  api_version: string
  account_id: string
  webhook_id: string
  data: {}
}
export interface BatchCompletedData {
  batch_id: string
  cost: Money
}
export interface Money {
  amount: number
  currency: CurrencyCode
}
export interface CallCompletedData {
  /**
   * The call.
   */
  call_id: string
  direction: 'inbound' | 'outbound'
  phone_number: string
  cost: Money
  note?: string | null
}
export interface CallStatusCallback {
  status: 'success'
  message: string
  data: CallStatusData
}
export interface CallStatusData {
  call_id: string
  cost?: Money
}

/** Every event type of the catalog, emitted and reserved. */
export type EventType =
  | 'batch.completed'
  | 'call.completed'

/** Event types that are catalogued and typed but refused at publish until enabled. */
export type ReservedEventType = 'batch.completed'

/** Event types a sender emits today. */
export type EmittedEventType = Exclude<EventType, ReservedEventType>

/** Maps each event type to the type of its `data`. */
export interface EventMap {
  'batch.completed': BatchCompletedData
  'call.completed': CallCompletedData
}

/**
 * A delivered envelope. `WebhookEvent` alone is the union of every event, discriminated on
 * `type` (and `event`, which carries the same value); `WebhookEvent<'call.completed'>` is one.
 */
export type WebhookEvent<T extends EventType = EventType> = {
  [K in T]: Omit<EventEnvelope, 'type' | 'event' | 'data'> & { type: K; event: K; data: EventMap[K] }
}[T]

/** The API version these types describe (the AsyncAPI document's info.version). */
export type ApiVersion = '2026-11-01'
