import { createHash, randomBytes } from 'node:crypto'

/** How many characters of a key are kept in clear to tell keys apart (`vhk_` and 8 more). */
const PREFIX_LENGTH = 12

/** A new management API key: shown to its owner once; the store keeps only `hash` and `prefix`. */
export interface NewApiKey {
  key: string
  prefix: string
  hash: string
}

/** `vhk_` and 43 base64url characters (256 random bits). */
export function generateApiKey(): NewApiKey {
  const key = `vhk_${randomBytes(32).toString('base64url')}`
  return { key, prefix: key.slice(0, PREFIX_LENGTH), hash: hashApiKey(key) }
}

/**
 * SHA-256 of the whole key, hex. A fast hash is enough here: keys are 256 random bits, so there is
 * nothing to brute-force, and authentication needs one indexed lookup per request.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex')
}
