/**
 * @voicehooks/signing/web — the same API as `@voicehooks/signing` on WebCrypto only
 * (`globalThis.crypto.subtle`): browsers, service workers, Deno, Bun, Cloudflare Workers and other
 * edge runtimes. `sign` and `verify` return promises; `generateSecret` stays synchronous.
 *
 * @example Fetch-API receiver
 * ```ts
 * import { verify, WebhookVerificationError } from '@voicehooks/signing/web'
 *
 * async function handle(request: Request, secret: string): Promise<Response> {
 *   const body = new Uint8Array(await request.arrayBuffer())
 *   try {
 *     await verify(body, request.headers, secret)
 *   } catch (error) {
 *     if (error instanceof WebhookVerificationError) return new Response(error.message, { status: 401 })
 *     throw error
 *   }
 *   const event = JSON.parse(new TextDecoder().decode(body))
 *   return new Response(null, { status: 204 })
 * }
 * ```
 */
export {
  WebhookConfigurationError,
  type WebhookConfigurationErrorCode,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from '../errors.js'
export type { HeadersLike } from '../headers.js'
export { DEFAULT_PREFIX, isSignatureScheme, SIGNATURE_SCHEMES, type SignatureScheme } from '../schemes.js'
export { MAX_SECRET_BYTES, MIN_SECRET_BYTES, SECRET_PREFIX } from '../secret.js'
export type { SignOptions } from '../sign-plan.js'
export { checkVerifyOptions, type VerifiedWebhook, type VerifyOptions } from '../verify-plan.js'
export { generateSecret } from './generate-secret.js'
export { sign } from './sign.js'
export { createVerifier, verify } from './verify.js'
