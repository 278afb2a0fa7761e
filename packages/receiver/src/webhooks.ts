import type { EventType, WebhookEvent } from '@voicehooks/contracts'
import { type HeadersLike, verify } from '@voicehooks/signing'
import { DeliveryReceiver } from './delivery-receiver.js'
import { createNodeMiddleware, type NodeMiddleware } from './node/middleware.js'
import { probeVerification } from './node/verify-config.js'
import { resolveOptions, type WebhooksOptions } from './options.js'
import type { ErrorHandler, ReceiveResult } from './receive-result.js'
import { createWebHandler, type WebHandler, type WebHandlerOptions } from './web/handler.js'

export type { ErrorContext, ErrorHandler, ReceiveResult, ReceiveStatus } from './receive-result.js'

/**
 * Receives Voicehooks webhooks: checks the body size, verifies the signature on the raw bytes,
 * parses and validates the event against the contract, skips events already handled, and calls the
 * handlers registered for its type.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { Webhooks } from '@voicehooks/receiver'
 *
 * const hooks = new Webhooks({ secret: process.env.WEBHOOK_SECRET! })
 * hooks.on('call.completed', async (event) => {
 *   await saveTranscript(event.data.call_id, event.data.transcript) // typed from the contract
 * })
 * hooks.onError((error, { id }) => console.warn(error.code, id, error.message))
 *
 * const app = express()
 * app.post('/webhooks', hooks.express()) // before any express.json()
 * ```
 */
export class Webhooks {
  readonly #receiver: DeliveryReceiver

  /** @throws {TypeError} when the secret, scheme, prefix or a limit could never work. */
  constructor(options: WebhooksOptions) {
    this.#receiver = new DeliveryReceiver(resolveOptions(options, 'Webhooks', probeVerification), {
      verify,
      yieldToAnswer: () => new Promise((resolve) => setImmediate(resolve)),
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
   * contract violations, and failures after the acknowledgement that no sender will see. Its own
   * failures are ignored. Without any error handler, failures after an acknowledgement are logged.
   */
  onError(handler: ErrorHandler): () => void {
    return this.#receiver.onError(handler)
  }

  /**
   * Receives one delivery: verify, parse, validate, deduplicate, dispatch. Resolves to what to
   * acknowledge; rejects with a {@link ReceiverError} whose `status` is the answer to send.
   *
   * @param rawBody the body exactly as received (a re-serialised object never verifies).
   * @param headers the request headers: a Fetch `Headers` or Node's `req.headers`.
   * @throws {ReceiverError} `body_too_large`, `invalid_signature`, `invalid_json`, `contract_violation`,
   *   `handler_failed` (with `ackFirst: false`) or `idempotency_failed`.
   */
  receive(rawBody: string | Uint8Array, headers: HeadersLike): Promise<ReceiveResult> {
    return this.#receiver.receive(rawBody, headers)
  }

  /** Resolves once every handler run started so far (and any started meanwhile) has finished. */
  drain(): Promise<void> {
    return this.#receiver.drain()
  }

  /**
   * Node/Express middleware: reads the raw body itself (so mount it before `express.json()`),
   * answers 2xx `{received: true, status}` or an `application/problem+json` error.
   *
   * @example
   * ```ts
   * app.post('/webhooks', hooks.express())
   * http.createServer(hooks.express()) // also plain node:http
   * ```
   */
  express(): NodeMiddleware {
    return createNodeMiddleware(this.#receiver.endpoint())
  }

  /**
   * A Fetch API handler (`Request` → `Response`) for Hono, Next.js route handlers, Bun or Deno on
   * Node's crypto. For edge runtimes without `node:crypto` use `WebWebhooks` from
   * `@voicehooks/receiver/web`. Pass `waitUntil` where the runtime stops work once the response is sent.
   *
   * @example
   * ```ts
   * export const POST = hooks.toWebHandler()
   * ```
   */
  toWebHandler(options: WebHandlerOptions = {}): WebHandler {
    return createWebHandler(this.#receiver.endpoint(), options)
  }
}
