import type { SignedPart } from '../schemes/definition.js'
import type { HmacKey } from '../secret.js'

// Derived from the global rather than named, so the types hold under both DOM and @types/node.
type Subtle = typeof globalThis.crypto.subtle
type HmacCryptoKey = Awaited<ReturnType<Subtle['importKey']>>

const encoder = new TextEncoder()
// importKey is the slow part of a WebCrypto HMAC: import each key once. Keyed by the cached HmacKey,
// so a key dropped from that cache is dropped here too.
const importedKeys = new WeakMap<HmacKey, Promise<HmacCryptoKey>>()

function subtle(): Subtle {
  const subtle = globalThis.crypto?.subtle
  if (subtle === undefined) {
    throw new Error(
      '@voicehooks/signing/web needs WebCrypto (globalThis.crypto.subtle): use a secure context',
    )
  }
  return subtle
}

function importKey(key: HmacKey): Promise<HmacCryptoKey> {
  let imported = importedKeys.get(key)
  if (imported === undefined) {
    imported = subtle().importKey('raw', key.bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
    importedKeys.set(key, imported)
    imported.catch(() => importedKeys.delete(key))
  }
  return imported
}

/** HMAC-SHA256 of the concatenated parts with WebCrypto. */
export async function hmacSha256(key: HmacKey, parts: readonly SignedPart[]): Promise<Uint8Array> {
  const cryptoKey = await importKey(key)
  return new Uint8Array(await subtle().sign('HMAC', cryptoKey, concat(parts)))
}

function concat(parts: readonly SignedPart[]): Uint8Array {
  const chunks = parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : part))
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

/** Whether `digest` equals any candidate; the byte loop does not stop at the first difference. */
export function matchesAny(digest: Uint8Array, candidates: readonly Uint8Array[]): boolean {
  let matched = false
  for (const candidate of candidates) {
    if (candidate.length !== digest.length) continue
    let difference = 0
    for (let i = 0; i < digest.length; i++) difference |= digest[i]! ^ candidate[i]!
    if (difference === 0) matched = true
  }
  return matched
}
