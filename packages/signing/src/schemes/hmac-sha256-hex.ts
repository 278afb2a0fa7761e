import { encodeHex } from '../encoding.js'
import { getHeader, parseHexSignatures, parseTimestamp, requireHeader } from '../headers.js'
import type { SchemeDefinition } from './definition.js'

/** `X-{Prefix}-Signature: <hex HMAC(secret as UTF-8, "{ts}.{body}")>`, several comma-separated. */
export const hmacSha256Hex: SchemeDefinition = {
  name: 'hmac-sha256-hex',
  keyEncoding: 'utf8',
  signedContent: (_id, timestamp, body) => [`${timestamp}.`, body],
  formatSignature: (_timestamp, digests) => digests.map(encodeHex).join(','),
  readClaim(headers, names) {
    const signature = requireHeader(headers, [names.signature])
    const timestamp = requireHeader(headers, [names.timestamp, 'webhook-timestamp'])
    return {
      id: getHeader(headers, 'webhook-id'),
      timestamp: parseTimestamp(timestamp.value, timestamp.name),
      timestampHeader: timestamp.name,
      signedTimestamp: true,
      candidates: parseHexSignatures(signature.value, signature.name),
      header: signature.name,
    }
  },
}
