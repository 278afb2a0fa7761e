import type { HeadersLike } from '../headers.js'
import type { SignatureScheme } from '../schemes.js'
import type { KeyEncoding } from '../secret.js'

/** A piece of the HMAC input; strings are hashed as UTF-8. */
export type SignedPart = string | Uint8Array

/** The per-deployment compatibility header names, `X-{Prefix}-Signature` / `X-{Prefix}-Timestamp`. */
export interface PrefixedHeaderNames {
  readonly signature: string
  readonly timestamp: string
}

/** What a delivery's headers claim, before any HMAC is computed. */
export interface ClaimedSignature {
  readonly id: string | undefined
  /** Unix seconds; `NaN` when the scheme carries none. */
  readonly timestamp: number
  /** The header the timestamp came from, for error reports. */
  readonly timestampHeader: string
  /** `false` when the timestamp is not covered by the signature (`body-hex`). */
  readonly signedTimestamp: boolean
  /** Decoded digests offered by the sender; any may match. */
  readonly candidates: readonly Uint8Array[]
  /** The header the candidates came from, for error reports. */
  readonly header: string
}

/** Everything scheme-specific, apart from the HMAC itself (which differs between node and web). */
export interface SchemeDefinition {
  readonly name: SignatureScheme
  readonly keyEncoding: KeyEncoding
  /** The bytes the HMAC covers, in order. */
  signedContent(id: string, timestamp: number, body: string | Uint8Array): SignedPart[]
  /** The signature header value carrying `digests` (one per secret). */
  formatSignature(timestamp: number, digests: readonly Uint8Array[]): string
  /** Reads and parses this scheme's headers; throws `missing_header` / `malformed_header`. */
  readClaim(headers: HeadersLike, names: PrefixedHeaderNames): ClaimedSignature
}
