import { decodeBase64, decodeHex } from './encoding.js'
import { WebhookVerificationError } from './errors.js'

/**
 * Request headers as frameworks hand them over: a Fetch `Headers`, Node's `IncomingHttpHeaders`,
 * or any plain object. Lookup is case-insensitive; repeated headers (arrays) are joined with `", "`
 * as the Fetch API does.
 */
export type HeadersLike = Headers | Readonly<Record<string, string | readonly string[] | undefined>>

/** HMAC-SHA256 output length: a signature of any other length can never match. */
const DIGEST_BYTES = 32

/** The header's value, `undefined` when absent or blank; `name` in any case. */
export function getHeader(headers: HeadersLike, name: string): string | undefined {
  let value: string | readonly string[] | null | undefined
  if (isFetchHeaders(headers)) {
    value = headers.get(name)
  } else {
    // Exact name first: Node lowercases incoming names, and sign() output uses these exact names.
    value = headers[name] ?? headers[name.toLowerCase()]
    if (value === undefined) {
      const lower = name.toLowerCase()
      for (const key in headers) {
        if (key.toLowerCase() === lower) {
          value = headers[key]
          break
        }
      }
    }
  }
  if (value === undefined || value === null) return undefined
  const text = (typeof value === 'string' ? value : value.join(', ')).trim()
  return text === '' ? undefined : text
}

function isFetchHeaders(headers: HeadersLike): headers is Headers {
  return typeof (headers as Headers).get === 'function'
}

/**
 * The first present header among `names` (the first is the canonical name, the rest fallbacks),
 * with the name it was found under; a `missing_header` error naming the canonical one otherwise.
 */
export function requireHeader(
  headers: HeadersLike,
  names: readonly string[],
): { name: string; value: string } {
  for (const name of names) {
    const value = getHeader(headers, name)
    if (value !== undefined) return { name, value }
  }
  const name = names[0]!
  throw new WebhookVerificationError('missing_header', `Missing required header "${name}"`, name)
}

/** Parses unix seconds; anything but digits is a `malformed_header` (milliseconds included). */
export function parseTimestamp(value: string, header: string): number {
  if (!/^\d{1,12}$/.test(value)) {
    throw malformed(header, `must be unix seconds (digits only), got ${quote(value)}`)
  }
  return Number(value)
}

/**
 * Standard Webhooks `webhook-signature`: space-separated `v1,<base64>` entries. Entries of other
 * versions (e.g. `v1a`) are skipped; broken entries are ignored when a usable one remains, so a
 * sender's extra entry cannot make a valid delivery fail.
 */
export function parseStandardSignatures(value: string, header: string): Uint8Array[] {
  const candidates: Uint8Array[] = []
  let problem = 'contains no "v1,<base64>" signature'
  // Commas as well as spaces separate entries when a proxy folded repeated headers into one.
  const entries = /\s/.test(value) ? value.split(/,?\s+/) : [value]
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!
    const comma = entry.indexOf(',')
    if (comma < 0) {
      problem = `entry ${index + 1} is not "<version>,<signature>"`
      continue
    }
    if (comma !== 2 || !entry.startsWith('v1')) continue
    const digest = decodeBase64(entry.slice(comma + 1))
    if (digest === undefined) problem = `entry ${index + 1} is not valid base64`
    else if (digest.length !== DIGEST_BYTES)
      problem = `entry ${index + 1} is not a ${DIGEST_BYTES}-byte digest`
    else candidates.push(digest)
  }
  if (candidates.length === 0) throw malformed(header, problem)
  return candidates
}

/** `hmac-sha256-hex` / `body-hex`: hex digests, comma- (or space-) separated. */
export function parseHexSignatures(value: string, header: string): Uint8Array[] {
  const candidates: Uint8Array[] = []
  let problem = 'contains no hex digest'
  for (const [index, entry] of value.split(/\s*,\s*|\s+/).entries()) {
    const digest = parseHexDigest(entry)
    if (digest === undefined) problem = `entry ${index + 1} is not a ${DIGEST_BYTES * 2}-character hex digest`
    else candidates.push(digest)
  }
  if (candidates.length === 0) throw malformed(header, problem)
  return candidates
}

/** `t-v1`: `t={unix seconds},v1={hex},v1={hex}…`; other keys are ignored. */
export function parseTimestampedSignatures(
  value: string,
  header: string,
): { timestamp: number; candidates: Uint8Array[] } {
  let timestamp: number | undefined
  const candidates: Uint8Array[] = []
  let problem = 'contains no "v1=<hex>" signature'
  for (const element of value.split(',')) {
    const equals = element.indexOf('=')
    if (equals < 0) continue
    const key = element.slice(0, equals).trim()
    const item = element.slice(equals + 1).trim()
    if (key === 't') {
      if (timestamp !== undefined) throw malformed(header, 'has more than one "t=" element')
      if (!/^\d{1,12}$/.test(item)) throw malformed(header, `"t=" must be unix seconds, got ${quote(item)}`)
      timestamp = Number(item)
    } else if (key === 'v1') {
      const digest = parseHexDigest(item)
      if (digest === undefined) problem = `a "v1=" value is not a ${DIGEST_BYTES * 2}-character hex digest`
      else candidates.push(digest)
    }
  }
  if (timestamp === undefined) throw malformed(header, 'has no "t=<unix seconds>" element')
  if (candidates.length === 0) throw malformed(header, problem)
  return { timestamp, candidates }
}

function parseHexDigest(text: string): Uint8Array | undefined {
  return text.length === DIGEST_BYTES * 2 ? decodeHex(text) : undefined
}

function malformed(header: string, problem: string): WebhookVerificationError {
  return new WebhookVerificationError('malformed_header', `Malformed header "${header}": ${problem}`, header)
}

/** Header values are attacker-controlled: quote them, cut short. */
function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)
}
