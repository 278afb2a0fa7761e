import type { HeadersLike } from '../headers.js'
import {
  noMatchingSignature,
  planVerification,
  planWith,
  resolveVerifyConfig,
  type VerificationPlan,
  type VerifiedWebhook,
  type VerifyOptions,
} from '../verify-plan.js'
import { hmacSha256, matchesAny } from './hmac.js'

/**
 * {@link verify} on WebCrypto (browsers, workers, Deno, Bun, edge runtimes), asynchronously.
 *
 * @throws {WebhookVerificationError} (as a rejected promise) whose `code` says which check failed.
 * @throws {WebhookConfigurationError} (as a rejected promise) for secrets or options that could never verify.
 * @example
 * ```ts
 * import { verify } from '@voicehooks/signing/web'
 *
 * export default {
 *   async fetch(request: Request, env: { WEBHOOK_SECRET: string }) {
 *     const body = new Uint8Array(await request.arrayBuffer())
 *     await verify(body, request.headers, env.WEBHOOK_SECRET)
 *     return new Response(null, { status: 204 })
 *   },
 * }
 * ```
 */
export async function verify(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options?: VerifyOptions,
): Promise<VerifiedWebhook> {
  return finish(planVerification(rawBody, headers, secret, options))
}

/**
 * {@link verify} with the secrets and options checked and decoded once. The check is synchronous:
 * a bad secret throws here, not on the first delivery.
 *
 * @throws {WebhookConfigurationError} at once, for secrets or options that could never verify.
 * @example
 * ```ts
 * const verifyDelivery = createVerifier(env.WEBHOOK_SECRET)
 * await verifyDelivery(body, request.headers) // rejects with WebhookVerificationError (401)
 * ```
 */
export function createVerifier(
  secret: string | readonly string[],
  options?: VerifyOptions,
): (rawBody: string | Uint8Array, headers: HeadersLike) => Promise<VerifiedWebhook> {
  const config = resolveVerifyConfig(secret, options)
  return async (rawBody, headers) => finish(planWith(config, rawBody, headers))
}

async function finish(plan: VerificationPlan): Promise<VerifiedWebhook> {
  for (const key of plan.keys) {
    if (matchesAny(await hmacSha256(key, plan.content), plan.candidates)) return plan.result
  }
  throw noMatchingSignature(plan)
}
