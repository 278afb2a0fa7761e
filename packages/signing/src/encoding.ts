// Pure byte/text codecs shared by the node:crypto and WebCrypto entries (no Buffer, no node: imports).

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_VALUES = new Uint8Array(128).fill(64)
for (let i = 0; i < BASE64_ALPHABET.length; i++) BASE64_VALUES[BASE64_ALPHABET.charCodeAt(i)] = i

const HEX_VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < 16; i++) {
  HEX_VALUES['0123456789abcdef'.charCodeAt(i)] = i
  HEX_VALUES['0123456789ABCDEF'.charCodeAt(i)] = i
}

const utf8Encoder = new TextEncoder()

/** UTF-8 bytes of a string. */
export function utf8(text: string): Uint8Array {
  return utf8Encoder.encode(text)
}

/** Standard (RFC 4648 §4) padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  let out = ''
  let i = 0
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!
    out +=
      BASE64_ALPHABET[n >> 18]! +
      BASE64_ALPHABET[(n >> 12) & 63]! +
      BASE64_ALPHABET[(n >> 6) & 63]! +
      BASE64_ALPHABET[n & 63]!
  }
  const rest = bytes.length - i
  if (rest === 1) {
    const n = bytes[i]! << 16
    out += BASE64_ALPHABET[n >> 18]! + BASE64_ALPHABET[(n >> 12) & 63]! + '=='
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8)
    out +=
      BASE64_ALPHABET[n >> 18]! + BASE64_ALPHABET[(n >> 12) & 63]! + BASE64_ALPHABET[(n >> 6) & 63]! + '='
  }
  return out
}

/**
 * Decodes standard padded base64; `undefined` when the text is not exactly that (wrong length,
 * characters outside the alphabet, misplaced padding). Strict so a mangled header is reported as
 * malformed rather than silently decoded to other bytes.
 */
export function decodeBase64(text: string): Uint8Array | undefined {
  const length = text.length
  if (length === 0 || length % 4 !== 0) return undefined
  const padding = text.charCodeAt(length - 1) === 61 ? (text.charCodeAt(length - 2) === 61 ? 2 : 1) : 0
  const out = new Uint8Array((length / 4) * 3 - padding)
  const unpadded = padding === 0 ? length : length - 4
  // Invalid characters map to 64; OR-ing every sextet into `invalid` checks them all at once.
  let invalid = 0
  let o = 0
  for (let i = 0; i < unpadded; i += 4) {
    const a = sextet(text, i)
    const b = sextet(text, i + 1)
    const c = sextet(text, i + 2)
    const d = sextet(text, i + 3)
    invalid |= a | b | c | d
    out[o++] = (a << 2) | (b >> 4)
    out[o++] = ((b & 15) << 4) | (c >> 2)
    out[o++] = ((c & 3) << 6) | d
  }
  if (padding > 0) {
    const a = sextet(text, unpadded)
    const b = sextet(text, unpadded + 1)
    invalid |= a | b
    out[o++] = (a << 2) | (b >> 4)
    if (padding === 1) {
      const c = sextet(text, unpadded + 2)
      invalid |= c
      out[o++] = ((b & 15) << 4) | (c >> 2)
    }
  }
  return invalid & 64 ? undefined : out
}

function sextet(text: string, index: number): number {
  const code = text.charCodeAt(index)
  return code < 128 ? BASE64_VALUES[code]! : 64
}

/** Lowercase hex. */
export function encodeHex(bytes: Uint8Array): string {
  let out = ''
  for (const byte of bytes) out += (byte < 16 ? '0' : '') + byte.toString(16)
  return out
}

/** Decodes hex in either case; `undefined` for odd length or a non-hex character. */
export function decodeHex(text: string): Uint8Array | undefined {
  if (text.length === 0 || text.length % 2 !== 0) return undefined
  const out = new Uint8Array(text.length / 2)
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(text.charCodeAt(2 * i))
    const lo = hexValue(text.charCodeAt(2 * i + 1))
    if ((hi | lo) < 0) return undefined
    out[i] = (hi << 4) | lo
  }
  return out
}

function hexValue(code: number): number {
  return code < 128 ? HEX_VALUES[code]! : -1
}
