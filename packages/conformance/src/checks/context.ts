import type { EventType } from '@voicehooks/contracts'
import { catalog, examples } from '@voicehooks/contracts'
import { sign } from '@voicehooks/signing'
import { type Answer, type Delivery, deliver } from '../deliver.js'
import { newId } from '../ids.js'
import type { ResolvedOptions } from '../options.js'
import { serialiseEvent } from '../serialise.js'

/** An envelope the kit is about to send; plain JSON, so checks may change it freely. */
export type Envelope = Record<string, unknown> & { id: string; type: string }

/** What a delivery is signed with, when a check wants it wrong on purpose. */
export interface SigningOverrides {
  /** Unix seconds; default now. */
  timestamp?: number
  /** Default the configured secret. */
  secret?: string
}

/** Helpers every check uses: fresh events, signing with the configured scheme, sending. */
export interface RunContext {
  readonly options: ResolvedOptions
  /** A copy of the catalog example of `type` with a fresh event id and this run's `webhook_id`. */
  event(type?: EventType): Envelope
  /** Serialises and signs `event` as the sender would. */
  signed(event: Envelope, overrides?: SigningOverrides): Delivery
  /** Signs arbitrary bytes for `event.id` (the tampered-body check signs one body and sends another). */
  signBody(id: string, body: string, overrides?: SigningOverrides): Record<string, string>
  send(delivery: Delivery): Promise<Answer>
}

/** The event the attacks use: a rich, emitted one, so only the attack itself can make it fail. */
const ATTACK_EVENT_TYPE = 'call.completed'

export function createContext(options: ResolvedOptions): RunContext {
  const fallbackType = catalog.find((entry) => !entry.reserved)!.name
  const context: RunContext = {
    options,
    event(type) {
      const name = type ?? (ATTACK_EVENT_TYPE in examples ? (ATTACK_EVENT_TYPE as EventType) : fallbackType)
      const example = structuredClone(examples[name]) as unknown as Envelope
      return { ...example, id: newId('evt'), webhook_id: options.webhookId }
    },
    signed(event, overrides) {
      const body = serialiseEvent(event)
      return { body, headers: context.signBody(event.id, body, overrides) }
    },
    signBody(id, body, overrides = {}) {
      return sign({
        id,
        timestamp: overrides.timestamp ?? nowSeconds(),
        body,
        secret: overrides.secret ?? options.secret,
        scheme: options.scheme,
        prefix: options.prefix,
      })
    },
    send: (delivery) => deliver(options.url, delivery, options.deadlineMs),
  }
  return context
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000)
}
