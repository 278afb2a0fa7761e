import { type VerifyOptions, WebhookConfigurationError } from '@voicehooks/signing/web'
import { verifyOptionsOf } from './options.js'

/** Options of `new Webhook(secret, options)` and `constructEvent()`: how the endpoint signs. */
export type WebhookOptions = VerifyOptions

/** Checks `new Webhook()`'s arguments the way `new Webhooks()` does: a missing secret fails at once. */
export function webhookArguments(
  secret: string | readonly string[],
  options: WebhookOptions | undefined,
): VerifyOptions {
  if (secret === undefined || secret === '' || (Array.isArray(secret) && secret.length === 0)) {
    throw new WebhookConfigurationError(
      'invalid_secret',
      'new Webhook(secret): the endpoint secret ("whsec_…") is required; is the environment variable set?',
    )
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new WebhookConfigurationError(
      'invalid_option',
      'new Webhook(secret, options): options must be an object',
    )
  }
  return verifyOptionsOf(options ?? {})
}

/** A configuration error of the signing package, said to come from `new Webhook()`. */
export function fromWebhook(error: unknown): unknown {
  if (!(error instanceof WebhookConfigurationError)) return error
  return new WebhookConfigurationError(error.code, `new Webhook(): ${error.message}`, error.option)
}
