import type { LanePolicy } from './queue/lanes.js'
import type { TargetPolicy } from './security/target-guard.js'

/** A request rate: `perSecond` tokens are added each second, up to `burst`. */
export interface RateLimitOptions {
  perSecond: number
  burst: number
}

/** Bounds on a receiver's `Retry-After`, in ms. */
export interface RetryAfterBounds {
  minMs: number
  maxMs: number
}

/** Everything the sender reads from its environment, parsed and checked once at start. */
export interface SenderConfig {
  /** `production` fails closed (https only, public targets, an encryption key required). */
  environment: 'development' | 'production'
  host: string
  port: number
  /** pino level of the sender's logs. */
  logLevel: string
  /** PostgreSQL URL; when unset the store is PGlite in `dataDir`. */
  databaseUrl: string | undefined
  /** PGlite data folder; `undefined` with no `databaseUrl` means in memory (tests). */
  dataDir: string | undefined
  /**
   * AES-256-GCM key sealing webhook secrets at rest (32 bytes). `undefined` only in development,
   * where a public development key is used with a loud warning.
   */
  encryptionKey: Buffer | undefined
  /** Bearer token for `POST /v1/accounts`; unset disables the operator routes. */
  operatorToken: string | undefined
  /** `{Prefix}` of the `X-{Prefix}-*` headers. */
  headerPrefix: string
  /**
   * The webhook contract to publish and catalogue: a package name or a module path exporting
   * `contract`; unset: Voicehooks' own. Loaded at start (src/contract/sender-contract.ts).
   */
  contract: string | undefined
  /** Delays before retries 1…n, in ms; attempts = schedule.length + 1. */
  retrySchedule: readonly number[]
  /** Fraction of each delay added or removed at random, 0–1. */
  retryJitter: number
  /** Clamp for a receiver's `Retry-After` on 429 and 503. */
  retryAfterBounds: RetryAfterBounds
  /** Connect + whole-response budget per attempt. */
  deliveryTimeoutMs: number
  /** How long a claimed delivery stays claimed before another worker may take it. */
  leaseMs: number
  /** Deliveries in flight at once per process. */
  concurrency: number
  /** Per-endpoint in-flight cap (adaptive, across processes) and circuit breaker. */
  lanes: LanePolicy
  /** How often idle workers look for due work when no NOTIFY arrives. */
  pollIntervalMs: number
  /** Consecutive failed deliveries that disable an endpoint. */
  disableAfterFailures: number
  /** Where to deliver: http allowed (development) and private targets allowed by name. */
  targetPolicy: TargetPolicy
  /** SMTP server for disable alerts, e.g. `smtp://127.0.0.1:2525`; unset: alerts are only logged. */
  smtpUrl: string | undefined
  alertFrom: string
  /** Largest accepted request body, in bytes. */
  bodyLimitBytes: number
  /** Requests a second (and burst) per API key and for the operator token; `null`: no limit. */
  apiRateLimit: RateLimitOptions | null
}

/** The header prefix when VOICEHOOKS_HEADER_PREFIX is unset and the contract declares none. */
export const DEFAULT_HEADER_PREFIX = 'Voicehooks'

/** A configuration value that cannot be used, named by its variable. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  readonly code = 'invalid_config'
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`)
  }
}

/** One environment variable of the sender, as docs/configuration.md lists it. */
export interface ConfigVariable {
  name: string
  /** What applies when it is unset, in words. */
  default: string
  description: string
}

/**
 * Every variable {@link loadConfig} reads. docs/configuration.md has one row for each (a test keeps
 * the two equal), and no other module of the sender reads the environment.
 */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = [
  {
    name: 'NODE_ENV',
    default: 'development',
    description:
      '`production` fails closed: https targets only, no private addresses unless allow-listed, and VOICEHOOKS_ENCRYPTION_KEY required.',
  },
  { name: 'HOST', default: '127.0.0.1', description: 'Address the API listens on.' },
  { name: 'PORT', default: '8080', description: 'Port the API listens on; 0 picks a free one.' },
  {
    name: 'LOG_LEVEL',
    default: 'info',
    description: 'pino log level: trace, debug, info, warn, error, fatal or silent.',
  },
  {
    name: 'DATABASE_URL',
    default: 'unset (PGlite)',
    description:
      'PostgreSQL URL, e.g. postgres://user@host:5432/db. Any number of sender processes may share it.',
  },
  {
    name: 'VOICEHOOKS_DATA_DIR',
    default: '.data/sender (in memory when embedded)',
    description: 'PGlite data folder when DATABASE_URL is unset; created with its parents.',
  },
  {
    name: 'VOICEHOOKS_ENCRYPTION_KEY',
    default: 'development: a public key, with a warning; production: required',
    description:
      'Base64 of 32 random bytes (`openssl rand -base64 32`): seals webhook secrets at rest (AES-256-GCM).',
  },
  {
    name: 'VOICEHOOKS_OPERATOR_TOKEN',
    default: 'unset (operator routes off)',
    description: 'Bearer token for POST /v1/accounts.',
  },
  {
    name: 'VOICEHOOKS_HEADER_PREFIX',
    default: 'Voicehooks',
    description:
      'The {Prefix} of the X-{Prefix}-Event, -Timestamp, -Signature, -Delivery and -Attempt headers.',
  },
  {
    name: 'VOICEHOOKS_CONTRACT',
    default: "unset (Voicehooks' own contract)",
    description:
      "Another platform's webhook contract: a package name (`@acme/contracts`) or a path to a module exporting `contract`, made by `voicehooks-codegen`. The event catalog, publish validation, `api_version` and (unless VOICEHOOKS_HEADER_PREFIX is set) the header prefix come from it.",
  },
  {
    name: 'VOICEHOOKS_RETRY_SCHEDULE',
    default: '1s,5s,30s,2m,10m',
    description:
      'Delays before each retry (500ms, 5s, 2m, 1h …); an endpoint may allow more attempts, which reuse the last delay.',
  },
  {
    name: 'VOICEHOOKS_RETRY_JITTER',
    default: '0.2',
    description: 'Fraction (0–1) of each delay added or removed at random.',
  },
  {
    name: 'VOICEHOOKS_RETRY_AFTER_MIN',
    default: '1s',
    description: "Shortest wait honoured from a receiver's Retry-After on 429 or 503.",
  },
  {
    name: 'VOICEHOOKS_RETRY_AFTER_MAX',
    default: '1h',
    description: "Longest wait honoured from a receiver's Retry-After; longer requests are clamped.",
  },
  {
    name: 'VOICEHOOKS_DELIVERY_TIMEOUT',
    default: '3s',
    description: 'Budget of one attempt: connect, request, response headers and the first 4 KiB of the body.',
  },
  {
    name: 'VOICEHOOKS_LEASE',
    default: '30s',
    description:
      "How long a claimed delivery stays a worker's before another may take it (a crashed worker's work comes back after it).",
  },
  {
    name: 'VOICEHOOKS_CONCURRENCY',
    default: '256 on PostgreSQL, 64 on PGlite',
    description:
      'Attempts in flight at once per sender process (1–1000); a quarter of them at most to one endpoint.',
  },
  {
    name: 'VOICEHOOKS_ENDPOINT_CONCURRENCY',
    default: '2',
    description:
      'Attempts in flight to one endpoint at once, counted across every sender process, to start with (slow start): one more after each batch of fast answers, halved by a timeout.',
  },
  {
    name: 'VOICEHOOKS_ENDPOINT_CONCURRENCY_MAX',
    default: '64',
    description: 'The most attempts a fast, healthy endpoint may have in flight at once.',
  },
  {
    name: 'VOICEHOOKS_BREAKER_THRESHOLD',
    default: '5',
    description:
      "Unhealthy attempts in a row (timeouts, refused connections, 5xx, 429) that open an endpoint's circuit breaker: it is then sent one probe at a time.",
  },
  {
    name: 'VOICEHOOKS_BREAKER_OPEN',
    default: '5s',
    description: 'How long an open breaker waits before its first probe; each failed probe doubles it.',
  },
  {
    name: 'VOICEHOOKS_BREAKER_OPEN_MAX',
    default: '5m',
    description: 'The longest an open breaker waits between probes.',
  },
  {
    name: 'VOICEHOOKS_POLL_INTERVAL',
    default: '1s',
    description: 'How often idle workers look for due work when no wake-up arrives.',
  },
  {
    name: 'VOICEHOOKS_DISABLE_AFTER_FAILURES',
    default: '10',
    description: 'Consecutive failed deliveries that disable an endpoint (and mail its alert_email).',
  },
  {
    name: 'VOICEHOOKS_ALLOW_HTTP',
    default: 'true in development, false in production',
    description: 'Allow http:// webhook and callback URLs.',
  },
  {
    name: 'VOICEHOOKS_ALLOW_TARGETS',
    default: 'development: localhost, 127.0.0.1, ::1; production: none',
    description:
      'Comma-separated host names or IP addresses allowed although they are private, loopback or link-local.',
  },
  {
    name: 'SMTP_URL',
    default: 'unset (alerts only logged)',
    description: 'SMTP server for disable alerts, e.g. smtp://user:pass@mail.example.com:587.',
  },
  {
    name: 'VOICEHOOKS_ALERT_FROM',
    default: 'Voicehooks <alerts@voicehooks.localhost>',
    description: 'From: of alert mails.',
  },
  {
    name: 'VOICEHOOKS_BODY_LIMIT',
    default: '1048576',
    description: 'Largest accepted API request body, in bytes (1024 – 64 MiB).',
  },
  {
    name: 'VOICEHOOKS_API_RATE_LIMIT',
    default: '100/s,200',
    description:
      'Requests per second per API key (and for the operator token), with an optional burst: 100/s, 20/s,50 or off.',
  },
]

const DEFAULT_SCHEDULE = '1s,5s,30s,2m,10m'
const DEVELOPMENT_KEY = Buffer.from('voicehooks-development-only-key!', 'utf8')

/** Parses `500ms`, `1s`, `2m`, `1h` or a bare number of ms. */
export function parseDuration(text: string, variable: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text)
  if (!match) throw new ConfigError(variable, `"${text}" is not a duration like 500ms, 5s, 2m or 1h`)
  const value = Number(match[1])
  const unit = match[2] ?? 'ms'
  const factor = unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : unit === 's' ? 1000 : 1
  return Math.round(value * factor)
}

/**
 * Reads an API rate: `100/s` (burst twice the rate), `100/s,250` (burst 250) or `off` (`null`).
 * @throws {ConfigError} for anything else, naming `variable`.
 */
export function parseRateLimit(raw: string, variable: string): RateLimitOptions | null {
  const text = raw.trim()
  if (text.toLowerCase() === 'off') return null
  const match = /^(\d+(?:\.\d+)?)\s*\/\s*s(?:\s*,\s*(\d+))?$/i.exec(text)
  const perSecond = Number(match?.[1])
  const burst = match?.[2] === undefined ? Math.max(1, Math.ceil(perSecond * 2)) : Number(match[2])
  if (!match || !(perSecond > 0) || !(burst >= 1)) {
    throw new ConfigError(
      variable,
      `"${text}" is not a rate like 100/s or 100/s,200 (requests a second, optional burst ≥ 1), or off`,
    )
  }
  return { perSecond, burst }
}

function integer(
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[variable]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(variable, `"${raw}" must be a whole number from ${min} to ${max}`)
  }
  return value
}

function duration(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = env[variable]
  return raw ? parseDuration(raw, variable) : fallback
}

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

function encryptionKey(env: NodeJS.ProcessEnv, production: boolean): Buffer | undefined {
  const raw = env['VOICEHOOKS_ENCRYPTION_KEY']
  if (!raw) {
    if (production) {
      throw new ConfigError(
        'VOICEHOOKS_ENCRYPTION_KEY',
        'is required when NODE_ENV=production: set it to base64 of 32 random bytes (openssl rand -base64 32)',
      )
    }
    return undefined
  }
  const key = Buffer.from(raw, 'base64')
  if (key.length !== 32 || !/^[A-Za-z0-9+/]+={0,2}$/.test(raw.trim())) {
    throw new ConfigError(
      'VOICEHOOKS_ENCRYPTION_KEY',
      'must be base64 of exactly 32 bytes (openssl rand -base64 32)',
    )
  }
  return key
}

function bool(env: NodeJS.ProcessEnv, variable: string): boolean | undefined {
  const raw = env[variable]
  if (raw === undefined || raw === '') return undefined
  if (raw === 'true' || raw === '1') return true
  if (raw === 'false' || raw === '0') return false
  throw new ConfigError(variable, `"${raw}" must be true or false`)
}

function lanePolicy(env: NodeJS.ProcessEnv, timeoutMs: number): LanePolicy {
  const initialInFlight = integer(env, 'VOICEHOOKS_ENDPOINT_CONCURRENCY', 2, 1, 1000)
  const maxInFlight = integer(env, 'VOICEHOOKS_ENDPOINT_CONCURRENCY_MAX', 64, 1, 1000)
  if (maxInFlight < initialInFlight) {
    throw new ConfigError(
      'VOICEHOOKS_ENDPOINT_CONCURRENCY_MAX',
      'must not be less than VOICEHOOKS_ENDPOINT_CONCURRENCY',
    )
  }
  return {
    initialInFlight,
    maxInFlight,
    breakerThreshold: integer(env, 'VOICEHOOKS_BREAKER_THRESHOLD', 5, 1, 1000),
    breakerOpenMs: duration(env, 'VOICEHOOKS_BREAKER_OPEN', 5000),
    breakerMaxOpenMs: duration(env, 'VOICEHOOKS_BREAKER_OPEN_MAX', 300_000),
    // A quarter of the timeout, at most a second: an answer this fast may use one more slot.
    fastMs: Math.min(1000, Math.floor(timeoutMs / 4)),
  }
}

/** Options of {@link loadConfig} beyond the environment. */
export interface LoadConfigOptions {
  /** PGlite folder when neither `DATABASE_URL` nor `VOICEHOOKS_DATA_DIR` is set (main.ts: `./.data/sender`). */
  defaultDataDir?: string
}

/**
 * Reads the whole configuration from `env`, the only place the sender reads it. `overrides` win over
 * the environment (tests and embedding use them). Development (`NODE_ENV` unset or `development`)
 * allows http targets and loopback; production requires https, public addresses unless
 * `VOICEHOOKS_ALLOW_TARGETS` names exceptions, and an encryption key.
 *
 * @throws {ConfigError} naming the first variable that cannot be used.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SenderConfig> = {},
  options: LoadConfigOptions = {},
): SenderConfig {
  const nodeEnv = env['NODE_ENV'] || 'development'
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError('NODE_ENV', `"${nodeEnv}" must be development, test or production`)
  }
  const production = nodeEnv === 'production'
  const schedule = list(env['VOICEHOOKS_RETRY_SCHEDULE'] || DEFAULT_SCHEDULE).map((d) =>
    parseDuration(d, 'VOICEHOOKS_RETRY_SCHEDULE'),
  )
  const jitter = Number(env['VOICEHOOKS_RETRY_JITTER'] || '0.2')
  if (!(jitter >= 0 && jitter <= 1))
    throw new ConfigError('VOICEHOOKS_RETRY_JITTER', 'must be a number from 0 to 1')
  const retryAfterBounds = {
    minMs: duration(env, 'VOICEHOOKS_RETRY_AFTER_MIN', 1000),
    maxMs: duration(env, 'VOICEHOOKS_RETRY_AFTER_MAX', 3_600_000),
  }
  if (retryAfterBounds.maxMs < retryAfterBounds.minMs) {
    throw new ConfigError('VOICEHOOKS_RETRY_AFTER_MAX', 'must not be shorter than VOICEHOOKS_RETRY_AFTER_MIN')
  }
  const allowTargets = list(env['VOICEHOOKS_ALLOW_TARGETS'])
  const databaseUrl = env['DATABASE_URL'] || undefined
  const rateLimit = env['VOICEHOOKS_API_RATE_LIMIT']?.trim()
  return {
    environment: production ? 'production' : 'development',
    host: env['HOST'] || '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65535),
    logLevel: env['LOG_LEVEL'] || 'info',
    databaseUrl,
    dataDir: env['VOICEHOOKS_DATA_DIR'] || (databaseUrl ? undefined : options.defaultDataDir),
    encryptionKey: encryptionKey(env, production),
    operatorToken: env['VOICEHOOKS_OPERATOR_TOKEN'] || undefined,
    headerPrefix: env['VOICEHOOKS_HEADER_PREFIX'] || DEFAULT_HEADER_PREFIX,
    contract: env['VOICEHOOKS_CONTRACT']?.trim() || undefined,
    retrySchedule: schedule,
    retryJitter: jitter,
    retryAfterBounds,
    deliveryTimeoutMs: duration(env, 'VOICEHOOKS_DELIVERY_TIMEOUT', 3000),
    leaseMs: duration(env, 'VOICEHOOKS_LEASE', 30_000),
    // PGlite runs every query on the sender's own thread: more attempts in flight only queue there
    // (measured: 64 delivered about 1.7× what 256 did), while PostgreSQL gains from them.
    concurrency: integer(env, 'VOICEHOOKS_CONCURRENCY', databaseUrl ? 256 : 64, 1, 1000),
    lanes: lanePolicy(env, duration(env, 'VOICEHOOKS_DELIVERY_TIMEOUT', 3000)),
    pollIntervalMs: duration(env, 'VOICEHOOKS_POLL_INTERVAL', 1000),
    disableAfterFailures: integer(env, 'VOICEHOOKS_DISABLE_AFTER_FAILURES', 10, 1, 1_000_000),
    targetPolicy: {
      allowHttp: bool(env, 'VOICEHOOKS_ALLOW_HTTP') ?? !production,
      allowList: production ? allowTargets : ['localhost', '127.0.0.1', '::1', ...allowTargets],
    },
    smtpUrl: env['SMTP_URL'] || undefined,
    alertFrom: env['VOICEHOOKS_ALERT_FROM'] || 'Voicehooks <alerts@voicehooks.localhost>',
    bodyLimitBytes: integer(env, 'VOICEHOOKS_BODY_LIMIT', 1024 * 1024, 1024, 64 * 1024 * 1024),
    apiRateLimit: rateLimit
      ? parseRateLimit(rateLimit, 'VOICEHOOKS_API_RATE_LIMIT')
      : { perSecond: 100, burst: 200 },
    ...overrides,
  }
}

/**
 * The key that seals webhook secrets: the configured one, or (development only) the public
 * development key with the warning to log. Anyone with this source code can read what the
 * development key sealed.
 */
export function sealingKey(config: Pick<SenderConfig, 'encryptionKey'>): { key: Buffer; warning?: string } {
  if (config.encryptionKey) return { key: config.encryptionKey }
  return {
    key: DEVELOPMENT_KEY,
    warning:
      'VOICEHOOKS_ENCRYPTION_KEY is not set: webhook secrets are encrypted with a PUBLIC development key. ' +
      'Set it (openssl rand -base64 32) before storing real secrets; NODE_ENV=production refuses to start without it.',
  }
}
