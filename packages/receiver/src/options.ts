import { type SignatureScheme, WebhookVerificationError } from '@voicehooks/signing/web'
import type { IdempotencyStore } from './idempotency-store.js'
import { MemoryIdempotencyStore } from './memory-idempotency-store.js'

/** Options of `new Webhooks()` and `new WebWebhooks()`. */
export interface WebhooksOptions {
  /** The endpoint's secret (`whsec_…`); several during a rotation (any may match). */
  secret: string | readonly string[]
  /** Signature scheme the endpoint was created with; default `standard` (Standard Webhooks). */
  scheme?: SignatureScheme
  /** `{Prefix}` of the `X-{Prefix}-*` headers; default `Voicehooks`. */
  prefix?: string
  /** Accepted clock difference either way, in seconds; default 300. */
  toleranceSeconds?: number
  /** Largest accepted body; default 1 MiB. */
  maxBodyBytes?: number
  /**
   * A signed body that breaks the contract: `reject` (default) answers 400 so the sender sees it;
   * `accept` acknowledges it, reports a `contract_violation` to `onError` and runs no handler
   * (handlers only ever see events that match their types).
   */
  onInvalid?: 'reject' | 'accept'
  /** Where handled event ids are remembered; default an in-memory store (24 h TTL, 10 000 ids). */
  idempotency?: IdempotencyStore
  /**
   * `true` (default): acknowledge as soon as the event is verified, valid and claimed, then run the
   * handlers (senders time out after a few seconds). `false`: run the handlers first and answer 500
   * when one fails, so the sender retries.
   */
  ackFirst?: boolean
  /** Where misconfiguration and unobserved background failures are logged; default `console`. */
  logger?: Pick<Console, 'error'>
  /** Current time in milliseconds, for the timestamp check; default `Date.now`. */
  now?: () => number
}

/** {@link WebhooksOptions} with every default applied. */
export interface ResolvedOptions {
  secret: string | readonly string[]
  verify: { scheme?: SignatureScheme; prefix?: string; toleranceSeconds?: number; now?: () => number }
  maxBodyBytes: number
  onInvalid: 'reject' | 'accept'
  idempotency: IdempotencyStore
  ackFirst: boolean
  logger: Pick<Console, 'error'>
}

const MiB = 1024 * 1024

/** Verifies an empty delivery with no headers, with the entry's own `verify` (sync or async). */
export type VerificationProbe = (
  secret: string | readonly string[],
  options: ResolvedOptions['verify'],
) => unknown

/**
 * Applies defaults and fails fast, at construction, on configuration that could never verify.
 *
 * @param className names the class in error messages.
 * @param probe checks secrets, scheme, prefix and tolerance now when it throws synchronously; an async
 *   one is left to the caller ({@link configurationError} turns its rejection into the same TypeError).
 */
export function resolveOptions(
  options: WebhooksOptions,
  className: string,
  probe?: VerificationProbe,
): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `new ${className}(options): expected an object like { secret: process.env.WEBHOOK_SECRET }`,
    )
  }
  const { secret } = options
  if (secret === undefined || secret === '' || (Array.isArray(secret) && secret.length === 0)) {
    throw new TypeError(`new ${className}(): \`secret\` is required (the endpoint secret, "whsec_…")`)
  }
  const verifyOptions: ResolvedOptions['verify'] = {}
  if (options.scheme !== undefined) verifyOptions.scheme = options.scheme
  if (options.prefix !== undefined) verifyOptions.prefix = options.prefix
  if (options.toleranceSeconds !== undefined) verifyOptions.toleranceSeconds = options.toleranceSeconds
  if (options.now !== undefined) verifyOptions.now = options.now
  if (probe !== undefined) {
    let error: TypeError | undefined
    try {
      probe(secret, verifyOptions)
    } catch (thrown) {
      error = configurationError(className, thrown)
    }
    if (error !== undefined) throw error
  }

  const maxBodyBytes = options.maxBodyBytes ?? MiB
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new TypeError(
      `new ${className}(): maxBodyBytes must be a positive integer, got ${String(maxBodyBytes)}`,
    )
  }
  const onInvalid = options.onInvalid ?? 'reject'
  if (onInvalid !== 'reject' && onInvalid !== 'accept') {
    throw new TypeError(
      `new ${className}(): onInvalid must be "reject" or "accept", got ${JSON.stringify(onInvalid)}`,
    )
  }
  return {
    secret,
    verify: verifyOptions,
    maxBodyBytes,
    onInvalid,
    idempotency: options.idempotency ?? new MemoryIdempotencyStore(),
    ackFirst: options.ackFirst ?? true,
    logger: options.logger ?? console,
  }
}

/**
 * What a verification of an empty delivery with no headers failed with, as a configuration error;
 * `undefined` for `missing_header`: signing checks the secrets, scheme, prefix and tolerance before
 * it looks at any header, so that one means the configuration is sound.
 */
export function configurationError(className: string, error: unknown): TypeError | undefined {
  if (error instanceof WebhookVerificationError && error.code === 'missing_header') return undefined
  const message = error instanceof Error ? error.message : String(error)
  return new TypeError(`new ${className}(): ${message}`, { cause: error })
}
