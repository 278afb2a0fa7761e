import { encodeHex } from '../encoding.js'
import { getHeader, parseHexSignatures, requireHeader } from '../headers.js'
import type { SchemeDefinition } from './definition.js'

/**
 * `X-{Prefix}-Signature: <hex HMAC(secret as UTF-8, body)>`. The timestamp is not signed, so a
 * captured delivery can be replayed at any time: weaker than the other schemes, kept for receivers
 * that only support this form.
 */
export const bodyHex: SchemeDefinition = {
  name: 'body-hex',
  keyEncoding: 'utf8',
  signedContent: (_id, _timestamp, body) => [body],
  formatSignature: (_timestamp, digests) => digests.map(encodeHex).join(','),
  readClaim(headers, names) {
    const signature = requireHeader(headers, [names.signature])
    // Reported for logging only: nothing binds it to the body, so it is never checked.
    const timestamp = getHeader(headers, names.timestamp) ?? getHeader(headers, 'webhook-timestamp')
    return {
      id: getHeader(headers, 'webhook-id'),
      timestamp: timestamp !== undefined && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : Number.NaN,
      timestampHeader: names.timestamp,
      signedTimestamp: false,
      candidates: parseHexSignatures(signature.value, signature.name),
      header: signature.name,
    }
  },
}
