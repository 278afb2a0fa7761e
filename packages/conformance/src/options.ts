import {
  DEFAULT_PREFIX,
  isSignatureScheme,
  SIGNATURE_SCHEMES,
  type SignatureScheme,
  sign,
} from '@voicehooks/signing'
import { ConformanceConfigError } from './errors.js'
import { newId } from './ids.js'
import type { ConformanceCheck } from './report.js'

/** Input of {@link runConformance}. */
export interface ConformanceOptions {
  /** The receiver endpoint, `http:` or `https:`. */
  url: string
  /** The endpoint's signing secret (`whsec_…`), as configured in the receiver. */
  secret: string
  /** The endpoint's `signature_scheme`; default `standard`. */
  scheme?: SignatureScheme
  /** `{Prefix}` of the `X-{Prefix}-*` headers; default `Voicehooks`. */
  prefix?: string
  /** Each answer must arrive within this many milliseconds (the sender's timeout); default 3000. */
  deadlineMs?: number
  /** Run only these checks: names (`call.completed`, `stale-timestamp`) or groups (`examples`). */
  only?: readonly string[]
  /** `webhook_id` of every envelope; default a fresh `wh_…` per run. */
  webhookId?: string
  /** Called after each check, in order (progress output). */
  onCheck?: (check: ConformanceCheck) => void
}

/** Options with defaults applied and every value checked. */
export interface ResolvedOptions {
  url: string
  secret: string
  scheme: SignatureScheme
  prefix: string
  deadlineMs: number
  only: ReadonlySet<string> | undefined
  webhookId: string
  onCheck: ((check: ConformanceCheck) => void) | undefined
}

export const DEFAULT_DEADLINE_MS = 3000

/** Applies defaults; a {@link ConformanceConfigError} naming the bad option otherwise. */
export function resolveOptions(options: ConformanceOptions): ResolvedOptions {
  const url = checkUrl(options.url)
  const scheme = options.scheme ?? 'standard'
  if (!isSignatureScheme(scheme)) {
    throw new ConformanceConfigError(
      'invalid_option',
      `scheme must be one of ${SIGNATURE_SCHEMES.join(', ')}, got ${JSON.stringify(scheme)}`,
    )
  }
  const prefix = options.prefix ?? DEFAULT_PREFIX
  const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS
  if (!Number.isFinite(deadlineMs) || deadlineMs <= 0) {
    throw new ConformanceConfigError(
      'invalid_option',
      `deadline must be a positive number of milliseconds, got ${String(options.deadlineMs)}`,
    )
  }
  const webhookId = options.webhookId ?? newId('wh')
  if (!/^wh_[0-9A-Za-z]{10,64}$/.test(webhookId)) {
    throw new ConformanceConfigError(
      'invalid_option',
      `webhookId must look like wh_<10–64 letters or digits>`,
    )
  }
  checkSecret(options.secret, scheme, prefix)
  const only = options.only === undefined ? undefined : new Set(options.only.map((name) => name.trim()))
  return {
    url,
    secret: options.secret,
    scheme,
    prefix,
    deadlineMs,
    only,
    webhookId,
    onCheck: options.onCheck,
  }
}

function checkUrl(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new ConformanceConfigError(
      'invalid_url',
      'url is required (the receiver endpoint, e.g. http://localhost:3000/webhooks)',
    )
  }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ConformanceConfigError('invalid_url', `url ${JSON.stringify(value)} is not an absolute URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConformanceConfigError('invalid_url', `url must be http: or https:, got ${url.protocol}`)
  }
  return url.href
}

/** Signs once up front, so a malformed secret or prefix is a config error, not 30 failed checks. */
function checkSecret(secret: unknown, scheme: SignatureScheme, prefix: string): void {
  if (typeof secret !== 'string' || secret === '') {
    throw new ConformanceConfigError(
      'invalid_secret',
      "secret is required (the endpoint's whsec_… signing secret)",
    )
  }
  try {
    sign({ id: 'evt_check', timestamp: 0, body: '', secret, scheme, prefix })
  } catch (error) {
    const message = (error as Error).message.replace(/^sign\(\): /, '')
    const code = (error as { code?: string }).code === 'invalid_secret' ? 'invalid_secret' : 'invalid_option'
    throw new ConformanceConfigError(code, message)
  }
}
