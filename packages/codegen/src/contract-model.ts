import type { JsonSchema } from './clean-schema.js'

/** One webhook event as the spec defines it. */
export interface EventModel {
  /** The wire name, e.g. `call.completed`. */
  type: string
  /** The AsyncAPI message key, e.g. `CallCompleted`. */
  messageName: string
  /** Where the message is declared (JSON path), for diagnostics. */
  path: string
  title: string
  summary: string
  description: string
  /** Reserved events are typed and catalogued but refused at publish until enabled. */
  reserved: boolean
  /** JSON Schema of `data`, vendor keys stripped. */
  dataSchema: JsonSchema
  /** Complete example envelopes, in spec order. */
  examples: Record<string, unknown>[]
}

/** A message of a non-enveloped channel (the per-call callbacks). */
export interface MessageModel {
  name: string
  messageName: string
  title: string
  summary: string
  schema: JsonSchema
  examples: Record<string, unknown>[]
}

/** What the webhooks document says about delivery beside the events. */
export interface ContractConventions {
  /** `{Prefix}` of the `X-{Prefix}-Event` header the messages declare, e.g. `Voicehooks`; none when not declared. */
  headerPrefix?: string
  /** True when the envelope has an `event` field carrying the same value as `type`. */
  mirrorsType: boolean
}

/** Everything the emitters need, read once from the specs. */
export interface ContractModel {
  apiVersion: string
  /** The webhooks document's info.title. */
  title: string
  conventions: ContractConventions
  /** How the output was made, for the banner of each file; unset: the repository's `pnpm codegen`. */
  origin?: string
  envelopeSchema: JsonSchema
  /** Sorted by type, so output does not depend on spec order. */
  events: EventModel[]
  callbacks: MessageModel[]
}
