import type {
  AnyContract,
  ContractEvent,
  ContractEvents,
  ContractEventType,
  VoicehooksContract,
} from '@voicehooks/contracts'
import type { HeadersLike } from '@voicehooks/signing/web'
import { DeliveryReceiver } from './delivery-receiver.js'
import { registerEndpoint } from './endpoint-registry.js'
import type { EventHandler } from './event-handlers.js'
import { resolveOptions, type WebhooksOptions } from './options.js'
import type { ReceiverPlatform } from './platform.js'
import type { ErrorHandler, ReceiveResult } from './receive-result.js'

/**
 * The one receiver class, platform-free: everything `Webhooks` does. Each entry point
 * (`@voicehooks/receiver` on `node:crypto`, `@voicehooks/receiver/web` on WebCrypto) exports it as
 * `Webhooks` with its platform's HMAC bound, and nothing else. `C` is the contract's type (the
 * `contract` option), Voicehooks' own by default: it types `on()`, `onAny()` and `receive()`.
 */
export class BaseWebhooks<C extends AnyContract = VoicehooksContract> {
  readonly #receiver: DeliveryReceiver

  /** @throws {WebhookConfigurationError} when the secret, scheme, prefix or a limit could never work. */
  protected constructor(options: WebhooksOptions<C>, platform: ReceiverPlatform) {
    this.#receiver = new DeliveryReceiver(resolveOptions(options), platform)
    registerEndpoint(this, this.#receiver.endpoint())
  }

  /**
   * Calls `handler` with each new event of `type`, typed from the contract. Handlers of one event
   * run concurrently; any failure fails the event as a whole. Returns a function that removes it.
   *
   * @example
   * ```ts
   * webhooks.on('call.completed', async (event) => {
   *   await crm.saveTranscript(event.data.call_id, event.data.transcript)
   * })
   * ```
   */
  on<T extends ContractEventType<C>>(type: T, handler: (event: ContractEvent<C, T>) => unknown): () => void {
    // The pipeline runs on any contract's events; the types of this contract are checked here.
    return this.#receiver.on(type as never, handler as unknown as EventHandler)
  }

  /** Calls `handler` with each new event of every known type (not unknown types, which are ignored). */
  onAny(handler: (event: ContractEvents<C>) => unknown): () => void {
    return this.#receiver.onAny(handler as unknown as EventHandler)
  }

  /**
   * Calls `handler` with every error: refused deliveries (also thrown by `receive()`), accepted
   * contract violations, and failures after the acknowledgement that no sender will see. Its own
   * failures are ignored. Without any error handler, failures after an acknowledgement are logged.
   *
   * @example
   * ```ts
   * webhooks.onError((error, { id, acknowledged }) => log.warn({ code: error.code, id, acknowledged }, error.message))
   * ```
   */
  onError(handler: ErrorHandler): () => void {
    return this.#receiver.onError(handler)
  }

  /**
   * Receives one delivery from any framework: verify, parse, validate, deduplicate, dispatch.
   * Resolves to what to acknowledge (2xx); rejects with a `ReceiverError` whose `status` is the
   * answer to send. `createNodeMiddleware` and `createWebHandler` call it for you.
   *
   * @param rawBody the body exactly as received (a re-serialised object never verifies).
   * @param headers the request headers: a Fetch `Headers` or Node's `req.headers`.
   * @throws {ReceiverError} `body_too_large`, `invalid_signature`, `invalid_json`, `contract_violation`,
   *   `handler_failed` (with `ackFirst: false`) or `idempotency_failed`.
   * @example
   * ```ts
   * const result = await webhooks.receive(rawBody, headers).catch((error: ReceiverError) => error)
   * ```
   */
  receive(rawBody: string | Uint8Array, headers: HeadersLike): Promise<ReceiveResult<ContractEvents<C>>> {
    return this.#receiver.receive(rawBody, headers) as Promise<ReceiveResult<ContractEvents<C>>>
  }

  /** Resolves once every handler run started so far (and any started meanwhile) has finished. */
  drain(): Promise<void> {
    return this.#receiver.drain()
  }
}

/**
 * A \`Webhooks\` of any contract, as the HTTP adapters (\`createNodeMiddleware\`, \`createWebHandler\`)
 * take it: they only hand it deliveries.
 */
export type AnyWebhooks = Pick<BaseWebhooks<AnyContract>, 'receive' | 'drain'>
