import { encodeBase64 } from '../encoding.js'
import { parseStandardSignatures, parseTimestamp, requireHeader } from '../headers.js'
import type { SchemeDefinition } from './definition.js'

/**
 * Standard Webhooks: `webhook-signature: v1,<base64 HMAC(base64-decoded secret, "{id}.{ts}.{body}")>`.
 * Svix sends the same thing under `svix-*` names, accepted as fallbacks.
 */
// Canonical name first: it is the one a missing-header error reports.
const ID = ['webhook-id', 'svix-id'] as const
const TIMESTAMP = ['webhook-timestamp', 'svix-timestamp'] as const
const SIGNATURE = ['webhook-signature', 'svix-signature'] as const

export const standard: SchemeDefinition = {
  name: 'standard',
  keyEncoding: 'base64',
  signedContent: (id, timestamp, body) => [`${id}.${timestamp}.`, body],
  formatSignature: (_timestamp, digests) => digests.map((digest) => `v1,${encodeBase64(digest)}`).join(' '),
  readClaim(headers) {
    const id = requireHeader(headers, ID)
    const timestamp = requireHeader(headers, TIMESTAMP)
    const signature = requireHeader(headers, SIGNATURE)
    return {
      id: id.value,
      timestamp: parseTimestamp(timestamp.value, timestamp.name),
      timestampHeader: timestamp.name,
      signedTimestamp: true,
      candidates: parseStandardSignatures(signature.value, signature.name),
      header: signature.name,
    }
  },
}
