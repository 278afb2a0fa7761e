import type { Database } from '@voicehooks/store'
import type { Logger } from 'pino'
import { type AlertMailer, createAlertMailer } from '../alerts/mailer.js'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type { SecretBox } from '../security/secret-box.js'
import { createHttpSender } from './http-sender.js'
import type { RetryAfterBounds } from './schedule.js'
import { defaultWorkerId } from './worker-id.js'
import { WorkerPool } from './worker-pool.js'

export { DELIVERIES_CHANNEL } from '../store/channels.js'
export { buildCallbackRequest, buildWebhookRequest, USER_AGENT } from './build-request.js'
export { type ClaimedDelivery, claimDue } from './claim.js'
export { type AttemptDecision, decide } from './decide.js'
export { type DisabledWebhook, disableWebhook } from './disable.js'
export { createHttpSender, type HttpResult, type HttpSender, type OutgoingRequest } from './http-sender.js'
export { RateLimiter } from './rate-limiter.js'
export { deferClaim, GONE_REASON, markDead, recordAttempt, releaseClaims } from './record-attempt.js'
export {
  clampRetryAfter,
  parseRetryAfter,
  type RetryAfterBounds,
  retryDelay,
} from './schedule.js'

/** What {@link startDeliveryWorkers} needs. */
export interface DeliveryWorkerDeps {
  db: Database
  config: SenderConfig
  logger: Logger
  metrics: Metrics
  secretBox: SecretBox
  /** Written to `lease_owner` and `attempts.worker`; default `host/pid/random`. */
  workerId?: string
  /** Default: nodemailer over `config.smtpUrl` (logged only when unset). */
  alertMailer?: AlertMailer
  /**
   * Attempts in flight to one endpoint at once, so a slow endpoint holds at most this many of
   * `config.concurrency` slots. Default: a quarter of `concurrency` (at least 1).
   */
  maxInFlightPerEndpoint?: number
  /** Clamp for `Retry-After`; default `config.retryAfterBounds`. */
  retryAfterBounds?: RetryAfterBounds
}

/** The running delivery workers of one process. */
export interface DeliveryWorkers {
  readonly workerId: string
  /** Look for due deliveries now (publishing in this process calls it; PGlite has no other signal). */
  wake(): void
  /**
   * Stops claiming, waits up to `graceMs` (default 10 s) for attempts in flight, aborts the rest
   * unrecorded, and returns every delivery this worker still holds to `pending`, due at once.
   */
  stop(options?: { graceMs?: number }): Promise<void>
}

/**
 * Starts the delivery workers of this process: a claim loop keeping up to `config.concurrency`
 * attempts in flight, woken by `LISTEN voicehooks_deliveries`, `wake()`, its own retry timers
 * and `config.pollIntervalMs`. Any number of processes may run against one PostgreSQL database.
 *
 * An endpoint's `rate_limit_per_second` is enforced **per sender process** (a token bucket of
 * capacity = rate, refilled at rate per second, kept in memory): N processes may together send up to
 * N× the rate. A claimed delivery with no token goes back to the queue without using an attempt, due
 * when the next token is, and the endpoint is not claimed again until then.
 *
 * @example
 * ```ts
 * const workers = await startDeliveryWorkers({ db, config, logger, metrics: createMetrics(), secretBox })
 * process.on('SIGTERM', () => void workers.stop({ graceMs: 5000 }))
 * ```
 */
export async function startDeliveryWorkers(deps: DeliveryWorkerDeps): Promise<DeliveryWorkers> {
  const { config, logger } = deps
  const workerId = deps.workerId ?? defaultWorkerId()
  const log = logger.child({ worker: workerId })
  if (config.leaseMs <= config.deliveryTimeoutMs) {
    log.warn(
      { lease_ms: config.leaseMs, delivery_timeout_ms: config.deliveryTimeoutMs },
      'the lease is not longer than the delivery timeout: a slow attempt may be sent twice',
    )
  }
  const pool = new WorkerPool({
    db: deps.db,
    config,
    logger: log,
    metrics: deps.metrics,
    secretBox: deps.secretBox,
    http: createHttpSender({ timeoutMs: config.deliveryTimeoutMs, targetPolicy: config.targetPolicy }),
    mailer:
      deps.alertMailer ?? createAlertMailer({ smtpUrl: config.smtpUrl, from: config.alertFrom, logger: log }),
    workerId,
    maxInFlightPerEndpoint: deps.maxInFlightPerEndpoint ?? Math.max(1, Math.ceil(config.concurrency / 4)),
    retryAfterBounds: deps.retryAfterBounds ?? config.retryAfterBounds,
  })
  await pool.start()
  log.info({ concurrency: config.concurrency }, 'delivery workers started')
  return {
    workerId,
    wake: () => pool.wake(),
    async stop(options = {}) {
      await pool.stop(options.graceMs ?? 10_000)
      log.info('delivery workers stopped')
    },
  }
}
