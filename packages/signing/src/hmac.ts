import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto'
import type { SignedPart } from './schemes/definition.js'
import type { HmacKey } from './secret.js'

// createHmac() turns raw key bytes into a KeyObject on every call; reusing one saves ~1 µs a verify.
// Keyed by the (cached, long-lived) HmacKey, so a key dropped from that cache is dropped here too.
const keyObjects = new WeakMap<HmacKey, KeyObject>()

function keyObject(key: HmacKey): KeyObject {
  let object = keyObjects.get(key)
  if (object === undefined) {
    object = createSecretKey(key.bytes)
    keyObjects.set(key, object)
  }
  return object
}

/** HMAC-SHA256 of the concatenated parts, fed piecewise so the body is never copied. */
export function hmacSha256(key: HmacKey, parts: readonly SignedPart[]): Uint8Array {
  const hmac = createHmac('sha256', keyObject(key))
  for (const part of parts) hmac.update(part)
  return hmac.digest()
}

/** Whether `digest` equals any candidate, comparing in constant time. */
export function matchesAny(digest: Uint8Array, candidates: readonly Uint8Array[]): boolean {
  let matched = false
  // Lengths are public (a digest is always 32 bytes), so only equal-length buffers are compared.
  for (const candidate of candidates) {
    if (candidate.length === digest.length && timingSafeEqual(candidate, digest)) matched = true
  }
  return matched
}
