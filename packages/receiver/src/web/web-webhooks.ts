import type { EventType, WebhookEvent } from '@voicehooks/contracts'
import { type HeadersLike, isSignatureScheme, verify } from '@voicehooks/signing/web'
import { DeliveryReceiver } from '../delivery-receiver.js'
import { configurationError, resolveOptions, type WebhooksOptions } from '../options.js'
import type { ErrorHandler, ReceiveResult } from '../receive-result.js'
import { createWebHandler, type WebHandler, type WebHandlerOptions } from './handler.js'

/**
 * {@link Webhooks} for edge runtimes (Cloudflare Workers, Vercel Edge, Deno, Bun, browsers): the same
 * pipeline, verifying with WebCrypto (`@voicehooks/signing/web`), so nothing it loads needs
 * `node:` modules or `Buffer`.
 *
 * Secrets, scheme and prefix are checked as far as possible at construction; what only the async
 * verifier can tell (a malformed secret) rejects every `receive()` with a `TypeError`, answered 500.
 *
 * @example Cloudflare Workers
 * ```ts
 * import { WebWebhooks } from '@voicehooks/receiver/web'
 *
 * let hooks: WebWebhooks | undefined // one per isolate: its idempotency store outlives a request
 *
 * export default {
 *   async fetch(request: Request, env: { WEBHOOK_SECRET: string }, ctx: ExecutionContext) {
 *     if (hooks === undefined) {
 *       hooks = new WebWebhooks({ secret: env.WEBHOOK_SECRET })
 *       hooks.on('call.completed', async (event) => console.log(event.data.call_id)) // typed
 *     }
 *     return hooks.handler({ waitUntil: (promise) => ctx.waitUntil(promise) })(request)
 *   },
 * }
 * ```
 */
export class WebWebhooks {
  readonly #receiver: DeliveryReceiver
  /** The configuration check: WebCrypto's verify is async, so it settles after construction. */
  readonly #configured: Promise<TypeError | undefined>

  /** @throws {TypeError} when the options, a limit or the scheme could never work. */
  constructor(options: WebhooksOptions) {
    const resolved = resolveOptions(options, 'WebWebhooks', checkScheme)
    this.#configured = probe(resolved.secret, resolved.verify)
    this.#receiver = new DeliveryReceiver(resolved, {
      verify,
      // setTimeout, not setImmediate: the only macrotask every edge runtime has.
      yieldToAnswer: () => new Promise((resolve) => setTimeout(resolve, 0)),
    })
  }

  /**
   * Calls `handler` with each new event of `type`, typed from the contract. Handlers of one event
   * run concurrently; any failure fails the event as a whole. Returns a function that removes it.
   */
  on<T extends EventType>(type: T, handler: (event: WebhookEvent<T>) => unknown): () => void {
    return this.#receiver.on(type, handler)
  }

  /** Calls `handler` with each new event of every known type (not unknown types, which are ignored). */
  onAny(handler: (event: WebhookEvent) => unknown): () => void {
    return this.#receiver.onAny(handler)
  }

  /**
   * Calls `handler` with every error: refused deliveries (also thrown by `receive()`), accepted
   * contract violations, and failures after the acknowledgement that no sender will see.
   */
  onError(handler: ErrorHandler): () => void {
    return this.#receiver.onError(handler)
  }

  /**
   * Receives one delivery: verify (WebCrypto), parse, validate, deduplicate, dispatch. Resolves to
   * what to acknowledge; rejects with a `ReceiverError` whose `status` is the answer to send.
   *
   * @param rawBody the body exactly as received (a re-serialised object never verifies).
   * @param headers the request headers, a Fetch `Headers` or a plain record.
   * @throws {ReceiverError} `body_too_large`, `invalid_signature`, `invalid_json`, `contract_violation`,
   *   `handler_failed` (with `ackFirst: false`) or `idempotency_failed`.
   * @throws {TypeError} when the secret could never verify.
   */
  async receive(rawBody: string | Uint8Array, headers: HeadersLike): Promise<ReceiveResult> {
    const misconfigured = await this.#configured
    if (misconfigured !== undefined) throw misconfigured
    return this.#receiver.receive(rawBody, headers)
  }

  /** Resolves once every handler run started so far (and any started meanwhile) has finished. */
  drain(): Promise<void> {
    return this.#receiver.drain()
  }

  /**
   * The Fetch handler (`Request` → `Response`): 200 `{received: true, status}` or an
   * `application/problem+json` refusal. Pass `waitUntil` (Cloudflare `ctx.waitUntil`, Vercel
   * `waitUntil`) so handlers running after the answer are not cut off.
   *
   * @example Deno
   * ```ts
   * Deno.serve(new WebWebhooks({ secret: Deno.env.get('WEBHOOK_SECRET')! }).handler())
   * ```
   */
  handler(options: WebHandlerOptions = {}): WebHandler {
    const endpoint = this.#receiver.endpoint()
    return createWebHandler({ ...endpoint, receive: (body, headers) => this.receive(body, headers) }, options)
  }
}

async function probe(
  secret: string | readonly string[],
  options: Parameters<typeof verify>[3],
): Promise<TypeError | undefined> {
  try {
    await verify('', {}, secret, options)
    return undefined
  } catch (error) {
    return configurationError('WebWebhooks', error)
  }
}

/** The part of the configuration check that can run synchronously. */
function checkScheme(_secret: unknown, { scheme }: { scheme?: unknown }): void {
  if (scheme !== undefined && !isSignatureScheme(scheme)) {
    throw new TypeError(`Unknown signature scheme ${JSON.stringify(scheme)}`)
  }
}
