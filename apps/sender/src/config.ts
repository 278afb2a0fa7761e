import type { TargetPolicy } from './security/target-guard.js'

/** Everything the sender reads from its environment, parsed and checked once at start. */
export interface SenderConfig {
  host: string
  port: number
  /** PostgreSQL URL; when unset the store is PGlite in `dataDir`. */
  databaseUrl: string | undefined
  /** PGlite data folder; `undefined` with no `databaseUrl` means in memory (tests). */
  dataDir: string | undefined
  /** Bearer token for `POST /v1/accounts`; unset disables the operator routes. */
  operatorToken: string | undefined
  /** `{Prefix}` of the `X-{Prefix}-*` headers. */
  headerPrefix: string
  /** Delays before retries 1…n, in ms; attempts = schedule.length + 1. */
  retrySchedule: readonly number[]
  /** Fraction of each delay added or removed at random, 0–1. */
  retryJitter: number
  /** Connect + whole-response budget per attempt. */
  deliveryTimeoutMs: number
  /** How long a claimed delivery stays claimed before another worker may take it. */
  leaseMs: number
  /** Deliveries in flight at once per process. */
  concurrency: number
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
}

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

const DEFAULT_SCHEDULE = '1s,5s,30s,2m,10m'

/** Parses `500ms`, `1s`, `2m`, `1h` or a bare number of ms. */
export function parseDuration(text: string, variable: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text)
  if (!match) throw new ConfigError(variable, `"${text}" is not a duration like 500ms, 5s, 2m or 1h`)
  const value = Number(match[1])
  const unit = match[2] ?? 'ms'
  const factor = unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : unit === 's' ? 1000 : 1
  return Math.round(value * factor)
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

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/**
 * Reads the configuration. `overrides` win over the environment (tests and embedding use them).
 * Development (`NODE_ENV` unset or `development`) allows http targets and loopback; production
 * requires https and public addresses unless `VOICEHOOKS_ALLOW_TARGETS` names exceptions.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SenderConfig> = {},
): SenderConfig {
  const development = (env['NODE_ENV'] ?? 'development') !== 'production'
  const schedule = list(env['VOICEHOOKS_RETRY_SCHEDULE'] ?? DEFAULT_SCHEDULE).map((d) =>
    parseDuration(d, 'VOICEHOOKS_RETRY_SCHEDULE'),
  )
  const jitter = Number(env['VOICEHOOKS_RETRY_JITTER'] ?? '0.2')
  if (!(jitter >= 0 && jitter <= 1))
    throw new ConfigError('VOICEHOOKS_RETRY_JITTER', 'must be a number from 0 to 1')
  const allowTargets = list(env['VOICEHOOKS_ALLOW_TARGETS'])
  return {
    host: env['HOST'] ?? '127.0.0.1',
    port: integer(env, 'PORT', 8080, 0, 65535),
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['VOICEHOOKS_DATA_DIR'] || undefined,
    operatorToken: env['VOICEHOOKS_OPERATOR_TOKEN'] || undefined,
    headerPrefix: env['VOICEHOOKS_HEADER_PREFIX'] || 'Voicehooks',
    retrySchedule: schedule,
    retryJitter: jitter,
    deliveryTimeoutMs: env['VOICEHOOKS_DELIVERY_TIMEOUT']
      ? parseDuration(env['VOICEHOOKS_DELIVERY_TIMEOUT'], 'VOICEHOOKS_DELIVERY_TIMEOUT')
      : 3000,
    leaseMs: env['VOICEHOOKS_LEASE'] ? parseDuration(env['VOICEHOOKS_LEASE'], 'VOICEHOOKS_LEASE') : 30_000,
    concurrency: integer(env, 'VOICEHOOKS_CONCURRENCY', 32, 1, 1000),
    pollIntervalMs: env['VOICEHOOKS_POLL_INTERVAL']
      ? parseDuration(env['VOICEHOOKS_POLL_INTERVAL'], 'VOICEHOOKS_POLL_INTERVAL')
      : 1000,
    disableAfterFailures: integer(env, 'VOICEHOOKS_DISABLE_AFTER_FAILURES', 10, 1, 1_000_000),
    targetPolicy: {
      allowHttp: development || env['VOICEHOOKS_ALLOW_HTTP'] === 'true',
      allowList: development ? ['localhost', '127.0.0.1', '::1', ...allowTargets] : allowTargets,
    },
    smtpUrl: env['SMTP_URL'] || undefined,
    alertFrom: env['VOICEHOOKS_ALERT_FROM'] || 'Voicehooks <alerts@voicehooks.localhost>',
    bodyLimitBytes: integer(env, 'VOICEHOOKS_BODY_LIMIT', 1024 * 1024, 1024, 64 * 1024 * 1024),
    ...overrides,
  }
}
