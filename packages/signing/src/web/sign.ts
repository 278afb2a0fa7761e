import { planSigning, type SignOptions, signatureHeaders } from '../sign-plan.js'
import { hmacSha256 } from './hmac.js'

/**
 * {@link sign} on WebCrypto: the same headers as the Node entry, asynchronously.
 *
 * @throws {WebhookConfigurationError} (as a rejected promise) `invalid_secret` or `invalid_input`.
 * @example
 * ```ts
 * import { sign } from '@voicehooks/signing/web'
 * const headers = await sign({ id: 'evt_1', timestamp: Math.floor(Date.now() / 1000), body, secret })
 * ```
 */
export async function sign(options: SignOptions): Promise<Record<string, string>> {
  const plan = planSigning(options)
  const digests = await Promise.all(
    plan.jobs.map((job) => Promise.all(job.keys.map((key) => hmacSha256(key, job.content)))),
  )
  return signatureHeaders(plan, digests)
}
