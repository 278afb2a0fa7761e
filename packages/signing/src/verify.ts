import type { HeadersLike } from './headers.js'
import { hmacSha256, matchesAny } from './hmac.js'
import {
  noMatchingSignature,
  planVerification,
  planWith,
  resolveVerifyConfig,
  type VerificationPlan,
  type VerifiedWebhook,
  type VerifyOptions,
} from './verify-plan.js'

/**
 * Verifies a delivery against the raw body, exactly as received. Any signature matching any of
 * the secrets passes (rotation); the timestamp must be within `toleranceSeconds` both ways.
 *
 * @throws {WebhookVerificationError} whose `code` says which check failed and `header` which header (401).
 * @throws {WebhookConfigurationError} for secrets or options that could never verify (a bug, not a 401).
 * @example
 * ```ts
 * import { verify, WebhookVerificationError } from '@voicehooks/signing'
 *
 * app.post('/webhooks', express.raw({ type: 'application/json' }), (req, res) => {
 *   try {
 *     const { id } = verify(req.body, req.headers, process.env.WEBHOOK_SECRET!)
 *     const event = JSON.parse(req.body.toString('utf8'))
 *     res.sendStatus(204)
 *   } catch (error) {
 *     if (error instanceof WebhookVerificationError) res.status(401).send(error.message)
 *     else throw error
 *   }
 * })
 * ```
 */
export function verify(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options?: VerifyOptions,
): VerifiedWebhook {
  return finish(planVerification(rawBody, headers, secret, options))
}

/**
 * {@link verify} with the secrets and options checked and decoded once, for a receiver that
 * verifies every delivery with the same configuration.
 *
 * @throws {WebhookConfigurationError} at once, for secrets or options that could never verify.
 * @example
 * ```ts
 * const verifyDelivery = createVerifier(process.env.WEBHOOK_SECRET!) // fails here, at start-up
 * const { id } = verifyDelivery(rawBody, req.headers) // throws WebhookVerificationError (401)
 * ```
 */
export function createVerifier(
  secret: string | readonly string[],
  options?: VerifyOptions,
): (rawBody: string | Uint8Array, headers: HeadersLike) => VerifiedWebhook {
  const config = resolveVerifyConfig(secret, options)
  return (rawBody, headers) => finish(planWith(config, rawBody, headers))
}

function finish(plan: VerificationPlan): VerifiedWebhook {
  for (const key of plan.keys) {
    if (matchesAny(hmacSha256(key, plan.content), plan.candidates)) return plan.result
  }
  throw noMatchingSignature(plan)
}
