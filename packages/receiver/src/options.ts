import {
  type AnyContract,
  type ContractValidation,
  contractValidation,
  type VoicehooksContract,
  voicehooksContract,
} from '@voicehooks/contracts'
import {
  checkVerifyOptions,
  type SignatureScheme,
  type VerifyOptions,
  WebhookConfigurationError,
} from '@voicehooks/signing/web'
import type { IdempotencyStore } from './idempotency-store.js'
import { MemoryIdempotencyStore } from './memory-idempotency-store.js'

/** Options of `new Webhooks()`; `C` is the contract's type, Voicehooks' own by default. */
export interface WebhooksOptions<C extends AnyContract = VoicehooksContract> {
  /** The endpoint's secret (`whsec_…`); several during a rotation (any may match). */
  secret: string | readonly string[]
  /**
   * The platform's webhook contract (a `Contract` made by `voicehooks-codegen generate`): events are
   * validated against it and handlers typed by its `EventMap`. Default: Voicehooks' own. Its header
   * prefix, when it declares one, is the default `prefix`.
   */
  contract?: C
  /** Signature scheme the endpoint was created with; default `standard` (Standard Webhooks). */
  scheme?: SignatureScheme
  /** `{Prefix}` of the `X-{Prefix}-*` headers; default the contract's, else `Voicehooks`. */
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
  /** Validation against the contract the receiver was given (Voicehooks' by default). */
  validation: ContractValidation<AnyContract>
  verify: VerifyOptions
  maxBodyBytes: number
  onInvalid: 'reject' | 'accept'
  idempotency: IdempotencyStore
  ackFirst: boolean
  logger: Pick<Console, 'error'>
}

const MiB = 1024 * 1024

/**
 * Applies defaults and fails at construction, with a `WebhookConfigurationError`, on configuration
 * that could never work: a missing or malformed secret, an unknown scheme, a bad prefix, tolerance or
 * limit. The check needs no crypto, so it is synchronous on every runtime.
 */
export function resolveOptions(options: WebhooksOptions<AnyContract>): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new WebhookConfigurationError(
      'invalid_option',
      'new Webhooks(options): expected an object like { secret: process.env.WEBHOOK_SECRET }',
    )
  }
  const { secret } = options
  if (secret === undefined || secret === '' || (Array.isArray(secret) && secret.length === 0)) {
    throw new WebhookConfigurationError(
      'invalid_secret',
      'new Webhooks(): `secret` is required (the endpoint secret, "whsec_…"); is the environment variable set?',
    )
  }
  const contract = contractOf(options.contract)
  const verify = verifyOptionsOf(options)
  const declared = options.contract?.conventions.headerPrefix
  if (verify.prefix === undefined && declared !== undefined) verify.prefix = declared
  try {
    checkVerifyOptions(secret, verify)
  } catch (error) {
    if (!(error instanceof WebhookConfigurationError)) throw error
    throw new WebhookConfigurationError(error.code, `new Webhooks(): ${error.message}`, error.option)
  }

  const maxBodyBytes = options.maxBodyBytes ?? MiB
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes <= 0) {
    throw new WebhookConfigurationError(
      'invalid_option',
      `new Webhooks(): maxBodyBytes must be a positive integer, got ${String(maxBodyBytes)}`,
      'maxBodyBytes',
    )
  }
  const onInvalid = options.onInvalid ?? 'reject'
  if (onInvalid !== 'reject' && onInvalid !== 'accept') {
    throw new WebhookConfigurationError(
      'invalid_option',
      `new Webhooks(): onInvalid must be "reject" or "accept", got ${JSON.stringify(onInvalid)}`,
      'onInvalid',
    )
  }
  return {
    secret,
    validation: contractValidation(contract),
    verify,
    maxBodyBytes,
    onInvalid,
    idempotency: options.idempotency ?? new MemoryIdempotencyStore(),
    ackFirst: options.ackFirst ?? true,
    logger: options.logger ?? console,
  }
}

/** The signature options among `options`, without the unset ones. */
export function verifyOptionsOf(options: VerifyOptions): VerifyOptions {
  const verify: VerifyOptions = {}
  if (options.scheme !== undefined) verify.scheme = options.scheme
  if (options.prefix !== undefined) verify.prefix = options.prefix
  if (options.toleranceSeconds !== undefined) verify.toleranceSeconds = options.toleranceSeconds
  if (options.now !== undefined) verify.now = options.now
  return verify
}

/** The contract option checked: an object with validators and a catalog, as codegen emits. */
function contractOf(contract: AnyContract | undefined): AnyContract {
  if (contract === undefined) return voicehooksContract
  const shaped =
    typeof contract === 'object' &&
    contract !== null &&
    Array.isArray(contract.eventTypes) &&
    typeof contract.validators?.envelope === 'function' &&
    typeof contract.validators.data === 'object' &&
    typeof contract.conventions === 'object'
  if (!shaped) {
    throw new WebhookConfigurationError(
      'invalid_option',
      'new Webhooks(): `contract` must be a Contract (the `contract` export of a package made by voicehooks-codegen)',
      'contract',
    )
  }
  return contract
}
