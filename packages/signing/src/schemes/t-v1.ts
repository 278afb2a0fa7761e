import { encodeHex } from '../encoding.js'
import { getHeader, parseTimestampedSignatures, requireHeader } from '../headers.js'
import type { SchemeDefinition } from './definition.js'

/**
 * Stripe-style `X-{Prefix}-Signature: t={ts},v1={hex},v1={hex}` over `"{ts}.{body}"` keyed with the
 * secret as UTF-8. The timestamp travels inside the signature header, so no other header is needed.
 */
export const tV1: SchemeDefinition = {
  name: 't-v1',
  keyEncoding: 'utf8',
  signedContent: (_id, timestamp, body) => [`${timestamp}.`, body],
  formatSignature: (timestamp, digests) =>
    [`t=${timestamp}`, ...digests.map((digest) => `v1=${encodeHex(digest)}`)].join(','),
  readClaim(headers, names) {
    const signature = requireHeader(headers, [names.signature])
    const { timestamp, candidates } = parseTimestampedSignatures(signature.value, signature.name)
    return {
      id: getHeader(headers, 'webhook-id'),
      timestamp,
      timestampHeader: signature.name,
      signedTimestamp: true,
      candidates,
      header: signature.name,
    }
  },
}
