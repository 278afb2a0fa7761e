import type { CompiledValidator } from './generated/validator-table.js'

/** An event as any contract delivers it: an `id` (receivers deduplicate on it), a `type` discriminator and `data`. */
export interface ContractEventShape {
  readonly id: string
  readonly type: string
  readonly data: unknown
}

/** One event of a contract's catalog, as its AsyncAPI document declares it. */
export interface ContractCatalogEntry<T extends string = string> {
  readonly name: T
  readonly title: string
  readonly summary: string
  readonly description: string
  /** Catalogued and typed, but a sender refuses to publish it until enabled. */
  readonly reserved: boolean
  /** JSON Schema (draft-07) of the event's `data`. */
  readonly schema: { readonly [key: string]: unknown }
}

/** Delivery conventions the document declares beside its events. */
export interface ContractConventions {
  /**
   * `{Prefix}` of the `X-{Prefix}-*` headers (`Voicehooks`, `Acme`), when the messages declare an
   * `X-{Prefix}-Event` header. A receiver and a sender given the contract use it unless told another.
   */
  readonly headerPrefix?: string
  /** True when the envelope carries `event` beside `type`, with the same value (validation checks they agree). */
  readonly mirrorsType: boolean
}

/**
 * Any platform's contract, its event types erased: what code that handles every contract (the
 * sender, the receiver's pipeline) reads. A generated `Contract<EventMap, WebhookEvent>` is one.
 */
export interface AnyContract {
  /** The AsyncAPI document's info.title. */
  readonly title: string
  /** The AsyncAPI document's info.version: the envelope's `api_version`. */
  readonly apiVersion: string
  /** Every event type, sorted. */
  readonly eventTypes: readonly string[]
  /** The catalog, sorted by name. */
  readonly catalog: readonly ContractCatalogEntry[]
  /** JSON Schema (draft-07) of the envelope every delivery shares. */
  readonly envelopeSchema: { readonly [key: string]: unknown }
  /** Precompiled (ajv standalone) validators: the envelope, and `data` per event type. */
  readonly validators: {
    readonly envelope: CompiledValidator
    readonly data: { readonly [type: string]: CompiledValidator | undefined }
  }
  /** Every spec example (complete envelopes) per event type; the first is the catalog's example. */
  readonly examples: { readonly [type: string]: readonly unknown[] | undefined }
  readonly conventions: ContractConventions
  /** Type-level only, never set: the event map and event union, for `Webhooks<C>` and friends. */
  readonly types?: { readonly eventMap: object; readonly event: ContractEventShape }
}

/**
 * One platform's webhook contract at run time: catalog, validators and examples per event type, and
 * the envelope and header conventions its AsyncAPI document declares. `voicehooks-codegen generate`
 * emits one (`contract.ts`); Voicehooks' own is {@link voicehooksContract}. `M` is the contract's
 * `EventMap` (event type → `data`), `E` its union of delivered events.
 *
 * @example A receiver typed by another platform's contract
 * ```ts
 * import { contract } from '@acme/contracts' // made by voicehooks-codegen init
 * const webhooks = new Webhooks({ secret, contract })
 * webhooks.on('invoice.paid', (event) => event.data.amount_cents) // typed from Acme's document
 * ```
 */
export interface Contract<M extends object, E extends ContractEventShape> extends AnyContract {
  readonly eventTypes: readonly (keyof M & string)[]
  readonly catalog: readonly ContractCatalogEntry<keyof M & string>[]
  readonly validators: {
    readonly envelope: CompiledValidator
    readonly data: { readonly [K in keyof M & string]: CompiledValidator }
  }
  readonly examples: { readonly [K in keyof M & string]: readonly Extract<E, { type: K }>[] }
  readonly types?: { readonly eventMap: M; readonly event: E }
}

/** The union of events a contract delivers. */
export type ContractEvents<C extends AnyContract> = NonNullable<C['types']>['event']

/** The event types of a contract. */
export type ContractEventType<C extends AnyContract> = ContractEvents<C>['type']

/**
 * One event of a contract, by type: `ContractEvent<typeof contract, 'invoice.paid'>`. For a contract
 * whose types are erased (`AnyContract`), the generic event with that `type`.
 */
export type ContractEvent<C extends AnyContract, T extends ContractEventType<C> = ContractEventType<C>> = [
  Extract<ContractEvents<C>, { type: T }>,
] extends [never]
  ? ContractEvents<C> & { readonly type: T }
  : Extract<ContractEvents<C>, { type: T }>

/** A contract's `EventMap`: event type → the type of its `data`. */
export type ContractEventMap<C extends AnyContract> = NonNullable<C['types']>['eventMap']
