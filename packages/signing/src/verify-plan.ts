import { WebhookVerificationError } from './errors.js'
import type { HeadersLike } from './headers.js'
import type { SchemeDefinition, SignedPart } from './schemes/definition.js'
import { prefixedHeaderNames, type SignatureScheme, schemeDefinition } from './schemes.js'
import { describeBadSecret, type HmacKey, hmacKey } from './secret.js'

/** Options of `verify()`. */
export interface VerifyOptions {
  /** Scheme the endpoint was configured with; default `standard`. */
  scheme?: SignatureScheme
  /** `{Prefix}` of the `X-{Prefix}-*` headers; default `Voicehooks`. */
  prefix?: string
  /** Accepted clock difference in either direction; default 300 (5 minutes). */
  toleranceSeconds?: number
  /** Current time in milliseconds; default `Date.now`. */
  now?: () => number
}

/** What a successful verification proves. */
export interface VerifiedWebhook {
  /** `webhook-id` (the event id); for compatibility schemes it is not covered by the signature. */
  id: string | undefined
  /** Unix seconds. For `body-hex` it is unsigned (taken from a header when present, else `NaN`). */
  timestamp: number
  scheme: SignatureScheme
}

/** Everything needed to finish a verification with some HMAC implementation. */
export interface VerificationPlan {
  readonly keys: readonly HmacKey[]
  readonly content: readonly SignedPart[]
  readonly candidates: readonly Uint8Array[]
  readonly header: string
  readonly result: VerifiedWebhook
}

const DEFAULT_TOLERANCE_SECONDS = 300

/**
 * Every check that needs no HMAC, in the order a receiver should fail: configuration (secrets),
 * headers present and well formed, timestamp within tolerance.
 */
export function planVerification(
  rawBody: string | Uint8Array,
  headers: HeadersLike,
  secret: string | readonly string[],
  options: VerifyOptions = {},
): VerificationPlan {
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new TypeError(
      'verify(rawBody): pass the raw request body as a string or Uint8Array/Buffer, exactly as received ' +
        '(a parsed and re-serialised JSON body never verifies)',
    )
  }
  if (typeof headers !== 'object' || headers === null) {
    throw new TypeError('verify(headers): pass the request headers (a Headers object or a plain object)')
  }
  const scheme = schemeDefinition(options.scheme)
  const names = prefixedHeaderNames(options.prefix)
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS
  if (!Number.isFinite(tolerance) || tolerance < 0) {
    throw new TypeError(`verify(): toleranceSeconds must be a finite number >= 0, got ${String(tolerance)}`)
  }
  const keys = verificationKeys(secret, scheme)
  const claim = scheme.readClaim(headers, names)

  if (claim.signedTimestamp) {
    const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000)
    if (nowSeconds - claim.timestamp > tolerance) {
      throw new WebhookVerificationError(
        'timestamp_too_old',
        `Timestamp ${claim.timestamp} is ${nowSeconds - claim.timestamp}s in the past (tolerance ${tolerance}s): ` +
          'stale or replayed delivery',
        claim.timestampHeader,
      )
    }
    if (claim.timestamp - nowSeconds > tolerance) {
      throw new WebhookVerificationError(
        'timestamp_too_new',
        `Timestamp ${claim.timestamp} is ${claim.timestamp - nowSeconds}s in the future (tolerance ${tolerance}s): ` +
          "check the sender's and this server's clocks",
        claim.timestampHeader,
      )
    }
  }

  return {
    keys,
    content: scheme.signedContent(claim.id ?? '', claim.timestamp, rawBody),
    candidates: claim.candidates,
    header: claim.header,
    result: { id: claim.id, timestamp: claim.timestamp, scheme: scheme.name },
  }
}

/** The error once every key has been tried against every candidate. */
export function noMatchingSignature(plan: VerificationPlan): WebhookVerificationError {
  const secrets = plan.keys.length === 1 ? 'the secret' : `any of the ${plan.keys.length} secrets`
  return new WebhookVerificationError(
    'no_matching_signature',
    `No signature in "${plan.header}" matches ${secrets} (wrong secret, or the body was changed or re-serialised)`,
    plan.header,
  )
}

function verificationKeys(secret: string | readonly string[], scheme: SchemeDefinition): HmacKey[] {
  const secrets: readonly unknown[] =
    typeof secret === 'string' ? [secret] : Array.isArray(secret) ? secret : []
  if (secrets.length === 0) {
    throw new WebhookVerificationError('invalid_secret', 'No secret given: pass a secret or a non-empty list')
  }
  return secrets.map((candidate, index) => {
    const key = typeof candidate === 'string' ? hmacKey(candidate, scheme.keyEncoding) : undefined
    if (key === undefined) {
      const which = secrets.length === 1 ? 'The secret' : `Secret #${index + 1}`
      throw new WebhookVerificationError(
        'invalid_secret',
        `${which} ${describeBadSecret(candidate, scheme.keyEncoding)} (scheme ${scheme.name})`,
      )
    }
    return key
  })
}
