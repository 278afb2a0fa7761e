import { isSignatureScheme, type SignatureScheme } from '@voicehooks/signing'

/** Everything the receiver reads from its environment. */
export interface ReceiverConfig {
  port: number
  host: string
  /** One secret, or several during a rotation (`WEBHOOK_SECRET=whsec_new,whsec_old`). */
  secrets: string[]
  scheme: SignatureScheme
  prefix: string | undefined
  /** PostgreSQL URL; when unset the events go to PGlite in `dataDir`. */
  databaseUrl: string | undefined
  /** PGlite folder, or `memory`. */
  dataDir: string
}

/** A variable that is missing or unusable; the message names it and fits on one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly code = 'invalid_config'

  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`)
  }
}

/** Reads and checks the configuration from `env`. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ReceiverConfig {
  const secrets = (env['WEBHOOK_SECRET'] ?? '')
    .split(',')
    .map((secret) => secret.trim())
    .filter((secret) => secret !== '')
  if (secrets.length === 0) {
    throw new ConfigError(
      'WEBHOOK_SECRET',
      'is required: the endpoint secret (whsec_…) shown when the webhook was created; comma-separate two during a rotation',
    )
  }
  const scheme = env['WEBHOOK_SCHEME'] || 'standard'
  if (!isSignatureScheme(scheme)) {
    throw new ConfigError(
      'WEBHOOK_SCHEME',
      `"${scheme}" is not a signature scheme: use standard, hmac-sha256-hex, t-v1 or body-hex`,
    )
  }
  const rawPort = env['PORT'] || '3000'
  const port = Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError('PORT', `"${rawPort}" must be a whole number from 0 to 65535`)
  }
  return {
    port,
    host: env['HOST'] || '127.0.0.1',
    secrets,
    scheme,
    prefix: env['WEBHOOK_PREFIX'] || undefined,
    databaseUrl: env['DATABASE_URL'] || undefined,
    dataDir: env['RECEIVER_DATA_DIR'] || '.data/receiver',
  }
}
