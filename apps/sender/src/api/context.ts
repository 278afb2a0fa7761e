import type { Database } from '@voicehooks/store'
import type { Response } from 'express'
import type { Logger } from 'pino'
import type { Principal } from '../accounts/authenticate.js'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type { SecretBox } from '../security/secret-box.js'

/** What the management API needs from the running sender. */
export interface ApiDeps {
  db: Database
  config: SenderConfig
  logger: Logger
  secretBox: SecretBox
  metrics: Metrics
  /** Called after a commit that queued deliveries, so in-process workers start at once. */
  wake?: () => void
}

/** The account and key of an authenticated request (set by the API-key middleware). */
export function principalOf(res: Response): Principal {
  const principal = res.locals['principal'] as Principal | undefined
  if (!principal) throw new Error('route mounted without the API-key middleware')
  return principal
}
