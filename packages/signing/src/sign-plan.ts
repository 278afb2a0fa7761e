import { WebhookConfigurationError } from './errors.js'
import type { PrefixedHeaderNames, SchemeDefinition, SignedPart } from './schemes/definition.js'
import { standard } from './schemes/standard.js'
import { prefixedHeaderNames, type SignatureScheme, schemeDefinition } from './schemes.js'
import { describeBadSecret, type HmacKey, hmacKey } from './secret.js'

/** Input of `sign()`. */
export interface SignOptions {
  /** Message id, sent as `webhook-id` (the event id: stable across retries). */
  id: string
  /** Unix seconds (not milliseconds). */
  timestamp: number
  /** The exact bytes that will be sent. */
  body: string | Uint8Array
  /** The endpoint's secret (`whsec_…`). */
  secret?: string
  /** Several secrets during a rotation: each adds a signature, so either verifies. */
  secrets?: readonly string[]
  /** Extra compatibility signature; default `standard` (Standard Webhooks headers only). */
  scheme?: SignatureScheme
  /** `{Prefix}` of the `X-{Prefix}-*` headers; default `Voicehooks`. */
  prefix?: string
}

/** One signature header to produce: HMAC every key over `content`, then `scheme.formatSignature`. */
export interface SigningJob {
  readonly scheme: SchemeDefinition
  readonly keys: readonly HmacKey[]
  readonly content: readonly SignedPart[]
}

/** Validated input of a signature, ready for some HMAC implementation. */
export interface SigningPlan {
  readonly id: string
  readonly timestamp: number
  readonly names: PrefixedHeaderNames
  /** The Standard Webhooks signature first, then the compatibility one when the scheme asks for it. */
  readonly jobs: readonly SigningJob[]
}

/** Upper bound that catches a millisecond timestamp passed by mistake (year 33658 in seconds). */
const MAX_TIMESTAMP = 999_999_999_999

/** Validates `sign()` input; every refusal is a `WebhookConfigurationError` naming what is wrong. */
export function planSigning(options: SignOptions): SigningPlan {
  if (typeof options !== 'object' || options === null) {
    throw new WebhookConfigurationError(
      'invalid_input',
      'sign(options): expected an object { id, timestamp, body, secret }',
    )
  }
  const { id, timestamp, body } = options
  if (typeof id !== 'string' || !/^[\x21-\x7e]{1,256}$/.test(id)) {
    throw new WebhookConfigurationError(
      'invalid_input',
      'sign(): id must be 1–256 visible ASCII characters (no spaces)',
    )
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) {
    throw new WebhookConfigurationError(
      'invalid_input',
      `sign(): timestamp must be whole unix seconds, got ${String(timestamp)}`,
    )
  }
  if (timestamp > MAX_TIMESTAMP) {
    throw new WebhookConfigurationError(
      'invalid_input',
      `sign(): timestamp ${timestamp} looks like milliseconds; pass unix seconds (Math.floor(Date.now() / 1000))`,
    )
  }
  if (typeof body !== 'string' && !(body instanceof Uint8Array)) {
    throw new WebhookConfigurationError(
      'invalid_input',
      'sign(): body must be the string or bytes that will be sent',
    )
  }
  const scheme = schemeDefinition(options.scheme)
  const names = prefixedHeaderNames(options.prefix)
  const secrets = collectSecrets(options)

  const jobs = [job(standard, secrets, id, timestamp, body)]
  if (scheme !== standard) jobs.push(job(scheme, secrets, id, timestamp, body))
  return { id, timestamp, names, jobs }
}

/** The finished headers, given one digest per key for each job (in plan order). */
export function signatureHeaders(
  plan: SigningPlan,
  digests: readonly (readonly Uint8Array[])[],
): Record<string, string> {
  const [standardJob, compatJob] = plan.jobs
  const timestamp = String(plan.timestamp)
  const headers: Record<string, string> = {
    'webhook-id': plan.id,
    'webhook-timestamp': timestamp,
    'webhook-signature': standardJob!.scheme.formatSignature(plan.timestamp, digests[0]!),
    [plan.names.timestamp]: timestamp,
  }
  if (compatJob !== undefined) {
    headers[plan.names.signature] = compatJob.scheme.formatSignature(plan.timestamp, digests[1]!)
  }
  return headers
}

function job(
  scheme: SchemeDefinition,
  secrets: readonly string[],
  id: string,
  timestamp: number,
  body: string | Uint8Array,
): SigningJob {
  const keys = secrets.map((secret, index) => {
    const key = hmacKey(secret, scheme.keyEncoding)
    if (key === undefined) {
      const which = secrets.length === 1 ? 'secret' : `secrets[${index}]`
      throw new WebhookConfigurationError(
        'invalid_secret',
        `sign(): ${which} ${describeBadSecret(secret, scheme.keyEncoding)}`,
      )
    }
    return key
  })
  return { scheme, keys, content: scheme.signedContent(id, timestamp, body) }
}

function collectSecrets(options: SignOptions): string[] {
  const secrets: unknown[] = []
  if (options.secret !== undefined) secrets.push(options.secret)
  if (options.secrets !== undefined) {
    if (!Array.isArray(options.secrets)) {
      throw new WebhookConfigurationError('invalid_secret', 'sign(): secrets must be an array of strings')
    }
    secrets.push(...options.secrets)
  }
  if (secrets.length === 0) {
    throw new WebhookConfigurationError(
      'invalid_secret',
      'sign(): pass `secret` or a non-empty `secrets` list',
    )
  }
  return secrets as string[]
}
