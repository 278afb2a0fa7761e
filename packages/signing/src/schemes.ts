import { WebhookConfigurationError } from './errors.js'
import { bodyHex } from './schemes/body-hex.js'
import type { PrefixedHeaderNames, SchemeDefinition } from './schemes/definition.js'
import { hmacSha256Hex } from './schemes/hmac-sha256-hex.js'
import { standard } from './schemes/standard.js'
import { tV1 } from './schemes/t-v1.js'

/**
 * How a delivery is signed (DESIGN §3). `standard` is Standard Webhooks, always present; the
 * others add an `X-{Prefix}-Signature` header for receivers built for another provider's format.
 */
export type SignatureScheme = 'standard' | 'hmac-sha256-hex' | 't-v1' | 'body-hex'

const definitions: Readonly<Record<SignatureScheme, SchemeDefinition>> = {
  standard,
  'hmac-sha256-hex': hmacSha256Hex,
  't-v1': tV1,
  'body-hex': bodyHex,
}

/** Every scheme, default first. */
export const SIGNATURE_SCHEMES: readonly SignatureScheme[] = Object.freeze(
  Object.keys(definitions) as SignatureScheme[],
)

/** Default `{Prefix}` of the `X-{Prefix}-*` headers. */
export const DEFAULT_PREFIX = 'Voicehooks'

/** Narrows a configuration value (e.g. an endpoint's `signature_scheme` column) to a scheme name. */
export function isSignatureScheme(value: unknown): value is SignatureScheme {
  return typeof value === 'string' && Object.hasOwn(definitions, value)
}

/** The definition of `scheme`; `invalid_option` listing the valid names for anything else. */
export function schemeDefinition(scheme: unknown = 'standard'): SchemeDefinition {
  if (!isSignatureScheme(scheme)) {
    throw new WebhookConfigurationError(
      'invalid_option',
      `Unknown signature scheme ${JSON.stringify(scheme)}: expected one of ${SIGNATURE_SCHEMES.join(', ')}`,
      'scheme',
    )
  }
  return definitions[scheme]
}

const defaultHeaderNames: PrefixedHeaderNames = Object.freeze({
  signature: `X-${DEFAULT_PREFIX}-Signature`,
  timestamp: `X-${DEFAULT_PREFIX}-Timestamp`,
})

/** `X-{prefix}-Signature` and `X-{prefix}-Timestamp`; `invalid_option` for a prefix that is not a header token. */
export function prefixedHeaderNames(prefix: unknown = DEFAULT_PREFIX): PrefixedHeaderNames {
  if (prefix === DEFAULT_PREFIX) return defaultHeaderNames
  if (typeof prefix !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/.test(prefix)) {
    throw new WebhookConfigurationError(
      'invalid_option',
      `Invalid header prefix ${JSON.stringify(prefix)}: use letters, digits and inner hyphens (e.g. "Acme")`,
      'prefix',
    )
  }
  return { signature: `X-${prefix}-Signature`, timestamp: `X-${prefix}-Timestamp` }
}
