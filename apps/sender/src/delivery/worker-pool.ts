import { isUnavailable } from '@voicehooks/store'
import type { Logger } from 'pino'
import { disableAlertMail } from '../alerts/disable-alert.js'
import type { AlertMailer } from '../alerts/mailer.js'
import type { SenderConfig } from '../config.js'
import type { Metrics } from '../metrics/index.js'
import type { DeliveryQueue, DisabledWebhook } from '../queue/index.js'
import type { SecretBox } from '../security/secret-box.js'
import type { HttpSender } from './http-sender.js'
import { type AttemptContext, runAttempt } from './run-attempt.js'
import type { RetryAfterBounds } from './schedule.js'

/** How often a pool looks for lanes whose queued work has no due time (see DeliveryQueue.wakeStranded). */
const STRANDED_SWEEP_MS = 5_000

export interface WorkerPoolOptions {
  queue: DeliveryQueue
  config: SenderConfig
  logger: Logger
  metrics: Metrics
  secretBox: SecretBox
  http: HttpSender
  mailer: AlertMailer
  workerId: string
  retryAfterBounds: RetryAfterBounds
}

/**
 * The claim loop of one process (docs/architecture.md, "Workers"): keeps up to `config.concurrency`
 * attempts in flight, at most a quarter of them to one lane. It claims when a quarter of its slots
 * are free (or it has nothing in flight), so one claim serves several deliveries, and otherwise
 * sleeps until the queue wakes it (work made due here or, through NOTIFY, in another process), a
 * retry it scheduled itself, or `pollIntervalMs`. A slot is free as soon as its attempt's answer is
 * in; the outcome is written in a batch meanwhile, and claiming pauses while too many outcomes wait
 * to be written.
 */
export class WorkerPool {
  readonly #options: WorkerPoolOptions
  readonly #attempts = new Set<Promise<void>>()
  readonly #perLane = new Map<string, number>()
  readonly #timers = new Set<NodeJS.Timeout>()
  readonly #alerts = new Set<Promise<void>>()
  readonly #shutdown = new AbortController()
  readonly #ctx: AttemptContext
  #inFlight = 0
  #stopping = false
  #loop: Promise<void> | undefined
  #maintenance: NodeJS.Timeout | undefined
  #unlisten: (() => Promise<void>) | undefined
  #stopped: Promise<void> | undefined

  constructor(options: WorkerPoolOptions) {
    this.#options = options
    this.#ctx = {
      queue: options.queue,
      config: options.config,
      logger: options.logger,
      metrics: options.metrics,
      secretBox: options.secretBox,
      http: options.http,
      workerId: options.workerId,
      retryAfterBounds: options.retryAfterBounds,
      wakeAfter: (ms) => this.#wakeAfter(ms),
      onDisabled: (webhook) => this.#alert(webhook),
    }
  }

  /** Attempts whose answer is not in yet. */
  get inFlight(): number {
    return this.#inFlight
  }

  async start(): Promise<void> {
    const { queue, logger, config } = this.#options
    try {
      this.#unlisten = await queue.wake.listen()
    } catch (error) {
      logger.warn({ err: error }, 'LISTEN for other processes failed; relying on polling')
    }
    // Leases of workers that died come back to the queue, and so does work a process queued just
    // before it died (its lanes never marked due); any process may do either.
    const period = Math.max(config.pollIntervalMs, 250)
    let ticks = 0
    const sweep = () => {
      queue.releaseExpired().then(
        (released) => {
          if (released > 0) logger.info({ released }, 'handed back deliveries whose lease ran out')
        },
        (error: unknown) => {
          if (!isUnavailable(error)) logger.error({ err: error }, 'could not hand back expired leases')
        },
      )
      if (ticks++ % Math.ceil(STRANDED_SWEEP_MS / period) !== 0) return
      queue.wakeStranded().then(
        (woken) => {
          if (woken > 0) logger.info({ lanes: woken }, 'made due lanes whose queued work had no due time')
        },
        (error: unknown) => {
          if (!isUnavailable(error)) logger.error({ err: error }, 'could not sweep for stranded lanes')
        },
      )
    }
    sweep()
    this.#maintenance = setInterval(sweep, period)
    this.#maintenance.unref()
    this.#loop = this.#run()
  }

  /** Look for due work now. */
  wake(): void {
    this.#options.queue.wake.wakeLocal()
  }

  async #run(): Promise<void> {
    const { config, logger, queue } = this.#options
    const threshold = Math.max(1, Math.floor(config.concurrency / 4))
    const perLane = Math.max(1, Math.ceil(config.concurrency / 4))
    while (!this.#stopping) {
      const free = config.concurrency - this.#inFlight
      let more = false
      if (free >= threshold || (free > 0 && this.#inFlight === 0)) {
        try {
          await queue.writable()
          if (this.#stopping) break
          const claimed = await queue.claim(this.#options.workerId, free, {
            inFlight: this.#perLane,
            perLane,
          })
          // Claimed while stopping: not started, stop() hands them back.
          if (this.#stopping) break
          for (const delivery of claimed) this.#start(delivery)
          more = claimed.length === free
        } catch (error) {
          // The database is down or restarting: expected now and then, and it heals by itself.
          if (isUnavailable(error))
            logger.warn({ err: error }, 'database unavailable; claiming again after the poll interval')
          else
            logger.error({ err: error }, 'claiming deliveries failed; trying again after the poll interval')
        }
      }
      if (more) continue
      await queue.wake.wait(config.pollIntervalMs)
    }
  }

  #start(delivery: Parameters<typeof runAttempt>[0]): void {
    this.#inFlight += 1
    this.#perLane.set(delivery.lane, (this.#perLane.get(delivery.lane) ?? 0) + 1)
    const run = runAttempt(delivery, this.#ctx, this.#shutdown.signal)
    void run.sent.then(() => {
      this.#inFlight -= 1
      const left = (this.#perLane.get(delivery.lane) ?? 1) - 1
      if (left > 0) this.#perLane.set(delivery.lane, left)
      else this.#perLane.delete(delivery.lane)
      // A slot is free: claim again now rather than at the next poll.
      this.#options.queue.wake.wakeLocal()
    })
    this.#attempts.add(run.recorded)
    void run.recorded.then(() => this.#attempts.delete(run.recorded))
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
    const mail = disableAlertMail(webhook.alertTo, webhook, this.#options.config.headerPrefix)
    const sending = this.#options.mailer
      .send(mail)
      .catch((error: unknown) => {
        this.#options.logger.error({ err: error, webhook_id: webhook.id }, 'could not mail the disable alert')
      })
      .finally(() => this.#alerts.delete(sending))
    this.#alerts.add(sending)
  }

  /**
   * Stops claiming, lets attempts in flight finish for up to `graceMs`, aborts the rest, writes the
   * outcomes of finished ones, then returns every delivery still held by this worker to `pending`
   * so another worker takes it.
   */
  stop(graceMs: number): Promise<void> {
    this.#stopped ??= this.#stop(graceMs)
    return this.#stopped
  }

  async #stop(graceMs: number): Promise<void> {
    const { queue, logger, workerId } = this.#options
    this.#stopping = true
    clearInterval(this.#maintenance)
    this.wake()
    for (const timer of this.#timers) clearTimeout(timer)
    this.#timers.clear()
    await this.#loop
    await this.#unlisten?.().catch(() => undefined)
    const running = () => Promise.allSettled([...this.#attempts])
    if (this.#attempts.size > 0 && !(await settlesWithin(running(), graceMs))) {
      this.#shutdown.abort()
      // Aborted attempts return at once; one stuck in a database call gets a moment more.
      await settlesWithin(running(), 2000)
    }
    // Outcomes of finished attempts are written before the claims still held go back.
    await queue.flush()
    try {
      const released = await queue.release(workerId)
      if (released > 0) logger.info({ released }, 'returned claimed deliveries to the queue')
    } catch (error) {
      logger.error({ err: error }, 'could not return claimed deliveries; their leases will expire')
    }
    await settlesWithin(Promise.allSettled([...this.#alerts]), Math.max(graceMs, 1000))
    await this.#options.http.destroy()
    this.#options.mailer.close()
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
