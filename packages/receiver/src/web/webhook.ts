import type { WebhookEvent } from '@voicehooks/contracts'
import { createVerifier, type HeadersLike, WebhookVerificationError } from '@voicehooks/signing/web'
import { invalidSignature } from '../errors.js'
import { verifiedEvent } from '../verified-event.js'
import { fromWebhook, type WebhookOptions, webhookArguments } from '../webhook-options.js'

/**
 * `Webhook` on WebCrypto: `await new Webhook(secret).verify(body, headers)` returns the typed,
 * validated event. The constructor checks the secret synchronously, as on Node.
 *
 * @example
 * ```ts
 * const wh = new Webhook(env.WEBHOOK_SECRET)
 * const event = await wh.verify(await request.text(), request.headers)
 * ```
 */
export class Webhook {
  readonly #verify: ReturnType<typeof createVerifier>

  /** @throws {WebhookConfigurationError} when the secret or an option could never verify. */
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
   * @throws {ReceiverError} (as a rejection) `invalid_signature`, `invalid_json`,
   *   `contract_violation` or `unknown_event_type`, as on Node.
   */
  async verify(rawBody: string | Uint8Array, headers: HeadersLike): Promise<WebhookEvent> {
    try {
      await this.#verify(rawBody, headers)
    } catch (error) {
      throw error instanceof WebhookVerificationError ? invalidSignature(error) : error
    }
    return verifiedEvent(rawBody)
  }
}

/** `constructEvent` on WebCrypto: resolves to the typed, validated event. */
export async function constructEvent(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options?: WebhookOptions,
): Promise<WebhookEvent> {
  return new Webhook(secret, options).verify(rawBody, headers)
}
