/**
 * @voicehooks/signing — sign and verify Voicehooks webhooks (Standard Webhooks plus the
 * compatibility schemes of DESIGN §3) with `node:crypto`, synchronously. No runtime dependencies.
 * `@voicehooks/signing/web` exports the same names on WebCrypto, with `sign`/`verify` async.
 *
 * @example Receiver
 * ```ts
 * import { verify, WebhookVerificationError } from '@voicehooks/signing'
 *
 * try {
 *   const { id, timestamp } = verify(rawBody, req.headers, process.env.WEBHOOK_SECRET!)
 * } catch (error) {
 *   if (error instanceof WebhookVerificationError) console.warn(error.code, error.header, error.message) // → 401
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
  SigningError,
  type SigningErrorCode,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from './errors.js'
export { generateSecret } from './generate-secret.js'
export type { HeadersLike } from './headers.js'
export { DEFAULT_PREFIX, isSignatureScheme, SIGNATURE_SCHEMES, type SignatureScheme } from './schemes.js'
export { MAX_SECRET_BYTES, MIN_SECRET_BYTES, SECRET_PREFIX } from './secret.js'
export { sign } from './sign.js'
export type { SignOptions } from './sign-plan.js'
export { verify } from './verify.js'
export type { VerifiedWebhook, VerifyOptions } from './verify-plan.js'
