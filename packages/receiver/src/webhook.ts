import type { WebhookEvent } from '@voicehooks/contracts'
import { createVerifier, type HeadersLike, WebhookVerificationError } from '@voicehooks/signing'
import { invalidSignature } from './errors.js'
import { verifiedEvent } from './verified-event.js'
import { fromWebhook, type WebhookOptions, webhookArguments } from './webhook-options.js'

/**
 * Verify one delivery and get its event back, in the shape of the `svix` and `standardwebhooks`
 * libraries: `new Webhook(secret).verify(body, headers)`. The event is parsed and validated against
 * the contract, so it is typed. No idempotency, no handlers: for those use `Webhooks`.
 *
 * @example Express, migrating from svix
 * ```ts
 * import { ReceiverError, Webhook } from '@voicehooks/receiver'
 *
 * const wh = new Webhook(process.env.WEBHOOK_SECRET!) // a malformed secret throws here
 * app.post('/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
 *   try {
 *     const event = wh.verify(req.body, req.headers)
 *     if (event.type === 'call.completed') console.log(event.data.transcript) // typed
 *     res.sendStatus(204)
 *   } catch (error) {
 *     if (!(error instanceof ReceiverError)) throw error
 *     res.status(error.status).json({ code: error.code, detail: error.message }) // 401, 400, or 200 to ignore
 *   }
 * })
 * ```
 */
export class Webhook {
  readonly #verify: ReturnType<typeof createVerifier>

  /**
   * @param secret the endpoint's secret (`whsec_…`), or several during a rotation.
   * @throws {WebhookConfigurationError} when the secret or an option could never verify.
   */
  constructor(secret: string | readonly string[], options?: WebhookOptions) {
    try {
      this.#verify = createVerifier(secret, webhookArguments(secret, options))
    } catch (error) {
      throw fromWebhook(error)
    }
  }

  /**
   * Verifies the signature on the raw body, then parses and validates it.
   *
   * @param rawBody the body exactly as received: a Buffer from `express.raw()`, a string, bytes.
   * @param headers the request headers (Node's `req.headers` or a Fetch `Headers`).
   * @returns the event, typed from the contract.
   * @throws {ReceiverError} `invalid_signature` (401, `check` says which), `invalid_json` or
   *   `contract_violation` (400), `unknown_event_type` (200: acknowledge, ignore; `event` holds it).
   * @throws {WebhookConfigurationError} `invalid_input` for a parsed object instead of the raw body.
   */
  verify(rawBody: string | Uint8Array, headers: HeadersLike): WebhookEvent {
    try {
      this.#verify(rawBody, headers)
    } catch (error) {
      throw error instanceof WebhookVerificationError ? invalidSignature(error) : error
    }
    return verifiedEvent(rawBody)
  }
}

/**
 * The Stripe-style one call: verify the raw body's signature with `secret` and return the typed,
 * validated event. Same checks and errors as {@link Webhook#verify}.
 *
 * @example
 * ```ts
 * const event = constructEvent(req.body, req.headers, process.env.WEBHOOK_SECRET!)
 * ```
 */
export function constructEvent(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options?: WebhookOptions,
): WebhookEvent {
  return new Webhook(secret, options).verify(rawBody, headers)
}
