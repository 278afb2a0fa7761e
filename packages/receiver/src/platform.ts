import type { HeadersLike, VerifyOptions } from '@voicehooks/signing/web'

/** A prepared signature check: throws (or rejects with) the signing package's errors. */
export type DeliveryVerifier = (rawBody: string | Uint8Array, headers: HeadersLike) => unknown

/**
 * What differs between runtimes; everything else in this package uses only web-platform APIs.
 * Node verifies with `node:crypto` (synchronously, ~7× faster than WebCrypto on Node); edge
 * runtimes with WebCrypto.
 */
export interface ReceiverPlatform {
  /** `createVerifier` of `@voicehooks/signing` or `@voicehooks/signing/web`. */
  createVerifier(secret: string | readonly string[], options: VerifyOptions): DeliveryVerifier
  /** Resolves once an answer already returned can go out, before handlers run after it. */
  yieldToAnswer(): Promise<void>
}
