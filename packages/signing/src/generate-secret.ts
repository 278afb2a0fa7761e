import { randomBytes } from 'node:crypto'
import { checkSecretLength, formatSecret } from './secret.js'

/**
 * A new endpoint secret, `whsec_<base64 of bytes random bytes>`.
 *
 * @param bytes - key length, 24–64 (default 32).
 * @throws {WebhookConfigurationError} `invalid_secret` for any other length.
 * @example
 * ```ts
 * const secret = generateSecret() // 'whsec_Qk3…='
 * ```
 */
export function generateSecret(bytes = 32): string {
  checkSecretLength(bytes)
  return formatSecret(randomBytes(bytes))
}
