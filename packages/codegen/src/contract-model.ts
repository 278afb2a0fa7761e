import type { JsonSchema } from './clean-schema.js'

/** One webhook event as the spec defines it. */
export interface EventModel {
  /** The wire name, e.g. `call.completed`. */
  type: string
  /** The AsyncAPI message key, e.g. `CallCompleted`. */
  messageName: string
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

/** Everything the emitters need, read once from the specs. */
export interface ContractModel {
  apiVersion: string
  envelopeSchema: JsonSchema
  /** Sorted by type, so output does not depend on spec order. */
  events: EventModel[]
  callbacks: MessageModel[]
}
