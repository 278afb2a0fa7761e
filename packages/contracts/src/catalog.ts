import { type CatalogEntrySpec, catalogSpec } from './generated/catalog.js'
import { allExamples } from './generated/examples.js'
import type { EventType, WebhookEvent } from './generated/types.js'

/** One event of the catalog with its examples. */
export interface CatalogEntry<T extends EventType = EventType> extends CatalogEntrySpec {
  readonly name: T
  /** The first spec example: a complete, valid envelope. */
  readonly example: WebhookEvent<T>
  readonly examples: readonly WebhookEvent<T>[]
}

/** Every event type with summary, reserved flag, data schema and examples, sorted by name. */
export const catalog: readonly CatalogEntry[] = catalogSpec.map((entry) => {
  const examples = allExamples[entry.name] as readonly WebhookEvent[]
  return { ...entry, example: examples[0]!, examples }
})
