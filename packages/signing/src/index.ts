/**
 * @voicehooks/signing — sign and verify Voicehooks webhooks (Standard Webhooks plus the
 * compatibility schemes of DESIGN §3) with `node:crypto`, synchronously. No runtime dependencies.
 * `@voicehooks/signing/web` exports the same names on WebCrypto, with `sign`/`verify` async.
 *
 * Two error types: `WebhookVerificationError` is a delivery to refuse (401);
 * `WebhookConfigurationError` is a bug or bad configuration (a secret that is not `whsec_…`, an
 * unknown scheme, a parsed body instead of the raw one), never to be answered as a 401.
 * `checkVerifyOptions(secret, options)` finds the latter at start-up.
 *
 * @example Receiver
 * ```ts
 * import { checkVerifyOptions, verify, WebhookVerificationError } from '@voicehooks/signing'
 *
 * checkVerifyOptions(process.env.WEBHOOK_SECRET!) // throws WebhookConfigurationError at start-up
 * try {
 *   const { id, timestamp } = verify(rawBody, req.headers, process.env.WEBHOOK_SECRET!)
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) console.warn(error.code, error.header, error.message) // → 401
 *   else throw error
 * }
 * ```
 *
 * @example Sender, during a secret rotation (both secrets sign; receivers may hold either)
 * ```ts
 * import { sign } from '@voicehooks/signing'
 *
 * const headers = sign({ id: event.id, timestamp: Math.floor(Date.now() / 1000), body, secrets: [next, previous] })
 * // { 'webhook-id', 'webhook-timestamp', 'webhook-signature': 'v1,… v1,…', 'X-Voicehooks-Timestamp' }
 * ```
 *
 * @example Compatibility scheme with a custom prefix
 * ```ts
 * sign({ id, timestamp, body, secret, scheme: 't-v1', prefix: 'Acme' })['X-Acme-Signature'] // 't=…,v1=…'
 * verify(rawBody, headers, secret, { scheme: 't-v1', prefix: 'Acme' })
 * ```
 */
export {
  WebhookConfigurationError,
  type WebhookConfigurationErrorCode,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from './errors.js'
export { generateSecret } from './generate-secret.js'
export type { HeadersLike } from './headers.js'
export { DEFAULT_PREFIX, isSignatureScheme, SIGNATURE_SCHEMES, type SignatureScheme } from './schemes.js'
export { MAX_SECRET_BYTES, MIN_SECRET_BYTES, SECRET_PREFIX } from './secret.js'
export { sign } from './sign.js'
export type { SignOptions } from './sign-plan.js'
export { createVerifier, verify } from './verify.js'
export { checkVerifyOptions, type VerifiedWebhook, type VerifyOptions } from './verify-plan.js'
