/**
 * What a custom header on an outbound request (a webhook's `headers`, a call's
 * `callback_args.headers`) may be. Registration refuses anything else, and delivery drops it again,
 * so a row stored before these rules cannot break every delivery.
 */

// RFC 9110 §5.1: a field name is a token.
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/
// RFC 9110 §5.5 field-value, limited to what undici sends: visible ASCII, with spaces and tabs only
// inside (a control character, DEL or non-ASCII byte makes undici refuse the whole request).
const FIELD_VALUE = /^(?:[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?)?$/

/**
 * Hop-by-hop and framing headers (RFC 9110 §7.6.1 and §6.4, and `Proxy-Connection`): the HTTP layer
 * sets or forbids them, so a configured value would break or smuggle the request.
 */
export const TRANSPORT_HEADERS: ReadonlySet<string> = new Set([
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
])

/** Headers the sender sets itself: a custom one of the same name would replace or pose as it. */
export function isSenderHeader(name: string, headerPrefix: string): boolean {
  const lower = name.toLowerCase()
  return (
    lower === 'content-type' ||
    lower === 'user-agent' ||
    lower.startsWith('webhook-') ||
    lower.startsWith(`x-${headerPrefix.toLowerCase()}-`)
  )
}

/** Why a header cannot be configured: malformed (`invalid`) or well formed but not allowed (`refused`). */
export type HeaderProblem = { kind: 'invalid' | 'refused'; message: string }

/** The problem with sending `name: value` as a custom header, or undefined when it can be sent. */
export function headerProblem(name: string, value: unknown, headerPrefix: string): HeaderProblem | undefined {
  if (!TOKEN.test(name)) {
    return { kind: 'invalid', message: 'is not a valid HTTP header name (RFC 9110 token, 1–100 characters)' }
  }
  if (typeof value !== 'string') return { kind: 'invalid', message: 'must be a string' }
  if (value.length > 1000) return { kind: 'invalid', message: 'must be at most 1000 characters' }
  if (!FIELD_VALUE.test(value)) {
    return {
      kind: 'invalid',
      message:
        'must be printable ASCII without control characters, DEL or leading/trailing spaces (RFC 9110 field value)',
    }
  }
  const lower = name.toLowerCase()
  if (TRANSPORT_HEADERS.has(lower)) {
    return {
      kind: 'refused',
      message: `${name} is a hop-by-hop or framing header the HTTP layer sets; it cannot be configured`,
    }
  }
  if (isSenderHeader(name, headerPrefix)) {
    return {
      kind: 'refused',
      message: `${name} is set by the sender (Content-Type, User-Agent, webhook-* signatures, X-${headerPrefix}-*) and cannot be overridden`,
    }
  }
  return undefined
}
