import type { Database } from '@voicehooks/store'
import type { Response } from 'express'
import type { Logger } from 'pino'
import type { Principal } from '../accounts/authenticate.js'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type { SecretBox } from '../security/secret-box.js'
import type { RateLimitOptions } from './rate-limit.js'

/** What the management API needs from the running sender. */
export interface ApiDeps {
  db: Database
  config: SenderConfig
  logger: Logger
  secretBox: SecretBox
  metrics: Metrics
  /** Called after a commit that queued deliveries, so in-process workers start at once. */
  wake?: () => void
  /**
   * Requests a second (and burst) allowed per API key, and for the operator token; `null` turns limiting
   * off. Default: `VOICEHOOKS_API_RATE_LIMIT` from `env`, else 100/s with bursts of 200.
   */
  rateLimit?: RateLimitOptions | null
  /** Where `VOICEHOOKS_API_RATE_LIMIT` is read when `rateLimit` is not given; default `process.env`. */
  env?: NodeJS.ProcessEnv
}

/** The account and key of an authenticated request (set by the API-key middleware). */
export function principalOf(res: Response): Principal {
  const principal = res.locals['principal'] as Principal | undefined
  if (!principal) throw new Error('route mounted without the API-key middleware')
  return principal
}
