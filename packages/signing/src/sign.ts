import { hmacSha256 } from './hmac.js'
import { planSigning, type SignOptions, signatureHeaders } from './sign-plan.js'

/**
 * Signs a delivery: the Standard Webhooks headers (`webhook-id`, `webhook-timestamp`,
 * `webhook-signature`), `X-{Prefix}-Timestamp`, and `X-{Prefix}-Signature` for a compatibility
 * scheme. With several secrets (a rotation) every secret signs, so the receiver may hold either.
 *
 * @throws {WebhookConfigurationError} `invalid_secret`, `invalid_option` or `invalid_input`, naming what is wrong.
 * @example
 * ```ts
 * const body = JSON.stringify(event)
 * const headers = sign({ id: event.id, timestamp: Math.floor(Date.now() / 1000), body, secret })
 * await fetch(url, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/json' } })
 * ```
 */
export function sign(options: SignOptions): Record<string, string> {
  const plan = planSigning(options)
  const digests = plan.jobs.map((job) => job.keys.map((key) => hmacSha256(key, job.content)))
  return signatureHeaders(plan, digests)
}
