import { type Database, isUnavailable } from '@voicehooks/store'
import type { Logger } from 'pino'
import { disableAlertMail } from '../alerts/disable-alert.js'
import type { AlertMailer } from '../alerts/mailer.js'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type { SecretBox } from '../security/secret-box.js'
import { DELIVERIES_CHANNEL } from '../store/channels.js'
import { claimDue } from './claim.js'
import type { DisabledWebhook } from './disable.js'
import type { HttpSender } from './http-sender.js'
import { OutcomeBatcher } from './outcome-batcher.js'
import { RateLimiter } from './rate-limiter.js'
import { releaseClaims } from './record-attempt.js'
import { type AttemptContext, runAttempt } from './run-attempt.js'
import type { RetryAfterBounds } from './schedule.js'
import { WakeSignal } from './signal.js'

export interface WorkerPoolOptions {
  db: Database
  config: SenderConfig
  logger: Logger
  metrics: Metrics
  secretBox: SecretBox
  http: HttpSender
  mailer: AlertMailer
  workerId: string
  maxInFlightPerEndpoint: number
  retryAfterBounds: RetryAfterBounds
  /** Rows claimed by one query at most. */
  maxBatch?: number
}

/**
 * The claim loop of one process: keeps up to `config.concurrency` attempts in flight, claims
 * again as soon as one finishes, and otherwise sleeps until a NOTIFY, a `wake()`, a retry it
 * scheduled itself, or `pollIntervalMs`.
 */
export class WorkerPool {
  readonly #o: WorkerPoolOptions
  readonly #signal = new WakeSignal()
  readonly #inFlight = new Map<string, { webhookId: string | null; done: Promise<void> }>()
  readonly #perEndpoint = new Map<string, number>()
  readonly #timers = new Set<NodeJS.Timeout>()
  readonly #alerts = new Set<Promise<void>>()
  readonly #shutdown = new AbortController()
  readonly #ctx: AttemptContext
  #stopping = false
  #loop: Promise<void> | undefined
  #unlisten: (() => Promise<void>) | undefined
  #stopped: Promise<void> | undefined

  constructor(options: WorkerPoolOptions) {
    this.#o = options
    this.#ctx = {
      db: options.db,
      config: options.config,
      logger: options.logger,
      metrics: options.metrics,
      secretBox: options.secretBox,
      http: options.http,
      workerId: options.workerId,
      retryAfterBounds: options.retryAfterBounds,
      rateLimiter: new RateLimiter(),
      outcomes: new OutcomeBatcher({
        db: options.db,
        disableAfterFailures: options.config.disableAfterFailures,
        pending: () => this.#inFlight.size,
      }),
      wakeAfter: (ms) => this.#wakeAfter(ms),
      onDisabled: (webhook) => this.#alert(webhook),
    }
  }

  /** Attempts running now. */
  get inFlight(): number {
    return this.#inFlight.size
  }

  async start(): Promise<void> {
    try {
      this.#unlisten = await this.#o.db.listen(DELIVERIES_CHANNEL, () => this.wake())
    } catch (error) {
      this.#o.logger.warn({ err: error }, `LISTEN ${DELIVERIES_CHANNEL} failed; relying on polling`)
    }
    this.#loop = this.#run()
  }

  wake(): void {
    this.#signal.notify()
  }

  async #run(): Promise<void> {
    const { config, logger } = this.#o
    const maxBatch = this.#o.maxBatch ?? 100
    while (!this.#stopping) {
      const free = config.concurrency - this.#inFlight.size
      let more = false
      if (free > 0) {
        const limit = Math.min(free, maxBatch)
        try {
          const { deliveries, capped } = await claimDue(this.#o.db, {
            workerId: this.#o.workerId,
            limit,
            leaseMs: config.leaseMs,
            perEndpointLimit: this.#o.maxInFlightPerEndpoint,
            inFlight: this.#perEndpoint,
            skip: this.#ctx.rateLimiter.throttled(),
          })
          // Claimed while stopping: not started, stop() hands them back.
          if (this.#stopping) break
          for (const delivery of deliveries) this.#start(delivery.id, delivery.webhook?.id ?? null, delivery)
          // A full batch, or rows left behind by endpoint caps: more may be due right now.
          more = deliveries.length === limit || capped
        } catch (error) {
          // The database is down or restarting: expected now and then, and it heals by itself.
          if (isUnavailable(error))
            logger.warn({ err: error }, 'database unavailable; claiming again after the poll interval')
          else
            logger.error({ err: error }, 'claiming deliveries failed; trying again after the poll interval')
        }
      }
      if (more && this.#inFlight.size < config.concurrency) continue
      await this.#signal.wait(config.pollIntervalMs)
    }
  }

  #start(id: string, webhookId: string | null, delivery: Parameters<typeof runAttempt>[0]): void {
    if (webhookId !== null) this.#perEndpoint.set(webhookId, (this.#perEndpoint.get(webhookId) ?? 0) + 1)
    const done = runAttempt(delivery, this.#ctx, this.#shutdown.signal).finally(() => {
      this.#inFlight.delete(id)
      if (webhookId !== null) {
        const left = (this.#perEndpoint.get(webhookId) ?? 1) - 1
        if (left > 0) this.#perEndpoint.set(webhookId, left)
        else this.#perEndpoint.delete(webhookId)
      }
      // A slot is free: claim again now rather than at the next poll.
      this.#signal.notify()
    })
    this.#inFlight.set(id, { webhookId, done })
  }

  #wakeAfter(ms: number): void {
    if (this.#stopping) return
    // A few ms late, so the row is due by the database clock when the claim runs.
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      this.wake()
    }, ms + 5)
    timer.unref()
    this.#timers.add(timer)
  }

  #alert(webhook: DisabledWebhook): void {
    if (webhook.alertTo === undefined) return
    const mail = disableAlertMail(webhook.alertTo, webhook, this.#o.config.headerPrefix)
    const sending = this.#o.mailer
      .send(mail)
      .catch((error: unknown) => {
        this.#o.logger.error({ err: error, webhook_id: webhook.id }, 'could not mail the disable alert')
      })
      .finally(() => this.#alerts.delete(sending))
    this.#alerts.add(sending)
  }

  /**
   * Stops claiming, lets attempts in flight finish for up to `graceMs`, aborts the rest, then
   * returns every delivery still held by this worker to `pending` so another worker takes it.
   */
  stop(graceMs: number): Promise<void> {
    this.#stopped ??= this.#stop(graceMs)
    return this.#stopped
  }

  async #stop(graceMs: number): Promise<void> {
    this.#stopping = true
    this.wake()
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    await this.#loop
    await this.#unlisten?.().catch(() => undefined)
    const running = () => Promise.allSettled([...this.#inFlight.values()].map((a) => a.done))
    if (this.#inFlight.size > 0 && !(await settlesWithin(running(), graceMs))) {
      this.#shutdown.abort()
      // Aborted attempts return at once; one stuck in a database call gets a moment more.
      await settlesWithin(running(), 2000)
    }
    // Outcomes of finished attempts are committed before the claims still held go back.
    await this.#ctx.outcomes.flush()
    try {
      const released = await releaseClaims(this.#o.db, this.#o.workerId)
      if (released > 0) this.#o.logger.info({ released }, 'returned claimed deliveries to the queue')
    } catch (error) {
      this.#o.logger.error({ err: error }, 'could not return claimed deliveries; their leases will expire')
    }
    await settlesWithin(Promise.allSettled([...this.#alerts]), Math.max(graceMs, 1000))
    await this.#o.http.destroy()
    this.#o.mailer.close()
  }
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms)
  })
  const settled = await Promise.race([promise.then(() => true), timeout])
  clearTimeout(timer)
  return settled
}
