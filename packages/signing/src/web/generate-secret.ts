import { checkSecretLength, formatSecret } from '../secret.js'

/**
 * {@link generateSecret} on WebCrypto: `whsec_<base64 of bytes random bytes>` from
 * `crypto.getRandomValues` (synchronous, as on Node).
 *
 * @throws {WebhookConfigurationError} `invalid_secret` unless 24 ≤ bytes ≤ 64.
 */
export function generateSecret(bytes = 32): string {
  checkSecretLength(bytes)
  return formatSecret(globalThis.crypto.getRandomValues(new Uint8Array(bytes)))
}
