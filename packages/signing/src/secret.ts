import { decodeBase64, encodeBase64, utf8 } from './encoding.js'
import { WebhookConfigurationError } from './errors.js'

/** Prefix of every Voicehooks / Standard Webhooks secret. */
export const SECRET_PREFIX = 'whsec_'
export const MIN_SECRET_BYTES = 24
export const MAX_SECRET_BYTES = 64

/** How a scheme turns the secret string into an HMAC key (DESIGN §3). */
export type KeyEncoding = 'base64' | 'utf8'

/** Checks the requested length before any random bytes are drawn. */
export function checkSecretLength(bytes: number): void {
  if (!Number.isInteger(bytes) || bytes < MIN_SECRET_BYTES || bytes > MAX_SECRET_BYTES) {
    throw new WebhookConfigurationError(
      'invalid_secret',
      `generateSecret(bytes): bytes must be an integer from ${MIN_SECRET_BYTES} to ${MAX_SECRET_BYTES}, got ${String(bytes)}`,
    )
  }
}

/** `whsec_<base64>` for freshly drawn random bytes. */
export function formatSecret(random: Uint8Array): string {
  return SECRET_PREFIX + encodeBase64(random)
}

/**
 * The HMAC key for a secret, or `undefined` when the secret cannot be one.
 * `base64`: the part after `whsec_` decoded (a secret without the prefix is decoded whole, as
 * standardwebhooks does); `utf8`: the whole secret string, prefix included.
 */
export function secretKey(secret: string, encoding: KeyEncoding): Uint8Array | undefined {
  if (typeof secret !== 'string' || secret === '') return undefined
  if (encoding === 'utf8') return utf8(secret)
  const key = decodeBase64(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret)
  return key !== undefined && key.length > 0 ? key : undefined
}

/**
 * A decoded HMAC key. The same object comes back for the same secret (while cached), so each
 * entry can hang its prepared form (a node KeyObject, a WebCrypto CryptoKey) on it in a WeakMap.
 */
export interface HmacKey {
  readonly bytes: Uint8Array
}

// A receiver verifies every delivery with the same few secrets: decode each once. Bounded, oldest
// evicted, so a sender cycling through many endpoints' secrets keeps at most this many in memory.
const keyCache = new Map<string, HmacKey>()
const KEY_CACHE_SIZE = 256

/** {@link secretKey}, cached; `undefined` when the secret cannot be a key. */
export function hmacKey(secret: string, encoding: KeyEncoding): HmacKey | undefined {
  if (typeof secret !== 'string') return undefined
  const cacheKey = `${encoding}:${secret}`
  const cached = keyCache.get(cacheKey)
  if (cached !== undefined) return cached
  const bytes = secretKey(secret, encoding)
  if (bytes === undefined) return undefined
  const key: HmacKey = Object.freeze({ bytes })
  if (keyCache.size >= KEY_CACHE_SIZE) keyCache.delete(keyCache.keys().next().value!)
  keyCache.set(cacheKey, key)
  return key
}

/** Why {@link secretKey} refused a secret, for error messages (never echoes the secret). */
export function describeBadSecret(secret: unknown, encoding: KeyEncoding): string {
  if (typeof secret !== 'string') return `is a ${secret === null ? 'null' : typeof secret}, not a string`
  if (secret === '') return 'is empty'
  return encoding === 'base64'
    ? `is not "${SECRET_PREFIX}" followed by standard base64`
    : 'cannot be used as a key'
}
