import type { Database } from '@voicehooks/store'
import type { Logger } from 'pino'
import { type AlertMailer, createAlertMailer } from '../alerts/mailer.js'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import { DeliveryQueue } from '../queue/index.js'
import type { SecretBox } from '../security/secret-box.js'
import { createHttpSender } from './http-sender.js'
import type { RetryAfterBounds } from './schedule.js'
import { defaultWorkerId } from './worker-id.js'
import { WorkerPool } from './worker-pool.js'

/** The queue a sender's configuration describes. */
export function createQueue(db: Database, config: SenderConfig): DeliveryQueue {
  return new DeliveryQueue({
    db,
    leaseMs: config.leaseMs,
    lanes: config.lanes,
    disableAfterFailures: config.disableAfterFailures,
  })
}

export { buildCallbackRequest, buildWebhookRequest, USER_AGENT } from './build-request.js'
export { type AttemptDecision, decide } from './decide.js'
export { createHttpSender, type HttpResult, type HttpSender, type OutgoingRequest } from './http-sender.js'
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
  /** The queue to work; default one over `db` built from `config` (the API must share it to wake the workers). */
  queue?: DeliveryQueue
  /** Clamp for `Retry-After`; default `config.retryAfterBounds`. */
  retryAfterBounds?: RetryAfterBounds
}

/** The running delivery workers of one process. */
export interface DeliveryWorkers {
  readonly workerId: string
  readonly queue: DeliveryQueue
  /** Look for due deliveries now. */
  wake(): void
  /**
   * Stops claiming, waits up to `graceMs` (default 10 s) for attempts in flight, aborts the rest
   * unrecorded, and returns every delivery this worker still holds to `pending`, due at once.
   */
  stop(options?: { graceMs?: number }): Promise<void>
}

/**
 * Starts the delivery workers of this process: a claim loop keeping up to `config.concurrency`
 * attempts in flight, woken by the queue (work made due here, or NOTIFY from other processes), its
 * own retry timers and `config.pollIntervalMs`. Any number of processes may run against one
 * PostgreSQL database; every endpoint's limits (in-flight cap, `rate_limit_per_second`, circuit
 * breaker) hold for all of them together (docs/architecture.md).
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
  const queue = deps.queue ?? createQueue(deps.db, config)
  const pool = new WorkerPool({
    queue,
    config,
    logger: log,
    metrics: deps.metrics,
    secretBox: deps.secretBox,
    http: createHttpSender({ timeoutMs: config.deliveryTimeoutMs, targetPolicy: config.targetPolicy }),
    mailer:
      deps.alertMailer ?? createAlertMailer({ smtpUrl: config.smtpUrl, from: config.alertFrom, logger: log }),
    workerId,
    retryAfterBounds: deps.retryAfterBounds ?? config.retryAfterBounds,
  })
  await pool.start()
  log.info({ concurrency: config.concurrency }, 'delivery workers started')
  return {
    workerId,
    queue,
    wake: () => pool.wake(),
    async stop(options = {}) {
      await pool.stop(options.graceMs ?? 10_000)
      log.info('delivery workers stopped')
    },
  }
}
