import { WebhookConfigurationError, WebhookVerificationError } from './errors.js'
import type { HeadersLike } from './headers.js'
import type { PrefixedHeaderNames, SchemeDefinition, SignedPart } from './schemes/definition.js'
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

/** Secrets, scheme, header names and tolerance, checked once: what every verification needs. */
export interface VerifyConfig {
  readonly keys: readonly HmacKey[]
  readonly scheme: SchemeDefinition
  readonly names: PrefixedHeaderNames
  readonly tolerance: number
  readonly now: () => number
}

/**
 * Checks the secrets and options a receiver verifies with, without a delivery: each secret must be
 * usable as a key for the scheme, the scheme known, the prefix a header token, the tolerance a
 * number >= 0. Pure and synchronous on every runtime, so a receiver calls it when it starts.
 *
 * @throws {WebhookConfigurationError} `invalid_secret` or `invalid_option`, naming what to fix.
 * @example
 * ```ts
 * checkVerifyOptions(process.env.WEBHOOK_SECRET!, { scheme: 't-v1' }) // at start-up, not on the first delivery
 * ```
 */
export function checkVerifyOptions(secret: string | readonly string[], options: VerifyOptions = {}): void {
  resolveVerifyConfig(secret, options)
}

/** {@link checkVerifyOptions}, returning what it checked. */
export function resolveVerifyConfig(
  secret: string | readonly string[],
  options: VerifyOptions = {},
): VerifyConfig {
  if (typeof options !== 'object' || options === null) {
    throw new WebhookConfigurationError('invalid_option', 'verify(options): expected an object or nothing')
  }
  const scheme = schemeDefinition(options.scheme)
  const names = prefixedHeaderNames(options.prefix)
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS
  if (typeof tolerance !== 'number' || !Number.isFinite(tolerance) || tolerance < 0) {
    throw new WebhookConfigurationError(
      'invalid_option',
      `toleranceSeconds must be a finite number >= 0, got ${String(tolerance)}`,
      'toleranceSeconds',
    )
  }
  const now = options.now ?? Date.now
  if (typeof now !== 'function') {
    throw new WebhookConfigurationError(
      'invalid_option',
      'now must be a function returning milliseconds',
      'now',
    )
  }
  return { keys: verificationKeys(secret, scheme), scheme, names, tolerance, now }
}

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
  return planWith(resolveVerifyConfig(secret, options), rawBody, headers)
}

/** {@link planVerification} with the configuration already checked. */
export function planWith(
  config: VerifyConfig,
  rawBody: string | Uint8Array,
  headers: HeadersLike,
): VerificationPlan {
  if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
    throw new WebhookConfigurationError(
      'invalid_input',
      'verify(rawBody): pass the raw request body as a string or Uint8Array/Buffer, exactly as received ' +
        '(a parsed and re-serialised JSON body never verifies)',
    )
  }
  if (typeof headers !== 'object' || headers === null) {
    throw new WebhookConfigurationError(
      'invalid_input',
      'verify(headers): pass the request headers (a Headers object or a plain object)',
    )
  }
  const { scheme, tolerance } = config
  const claim = scheme.readClaim(headers, config.names)
  if (claim.signedTimestamp) {
    const nowSeconds = Math.floor(config.now() / 1000)
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
    keys: config.keys,
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
    throw new WebhookConfigurationError(
      'invalid_secret',
      'No secret given: pass a secret or a non-empty list',
    )
  }
  return secrets.map((candidate, index) => {
    const key = typeof candidate === 'string' ? hmacKey(candidate, scheme.keyEncoding) : undefined
    if (key === undefined) {
      const which = secrets.length === 1 ? 'The secret' : `Secret #${index + 1}`
      throw new WebhookConfigurationError(
        'invalid_secret',
        `${which} ${describeBadSecret(candidate, scheme.keyEncoding)} (scheme ${scheme.name})`,
      )
    }
    return key
  })
}
