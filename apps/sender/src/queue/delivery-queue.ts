import type { Database, Sql } from '@voicehooks/store'
import { type ClaimedDelivery, claimDue } from './claim.js'
import { type CompletedBatch, completeBatch, type Outcome, outcomeKey } from './complete.js'
import type { DisabledWebhook } from './disable.js'
import {
  type FanOut,
  insertDeliveries,
  insertEventWithFanOut,
  insertFanOuts,
  markLanesDue,
  type NewDelivery,
  type NewEvent,
  wakeStrandedLanes,
} from './enqueue.js'
import type { LanePolicy } from './lanes.js'
import { killWebhookDeliveries, releaseClaims, releaseExpired, resetLane } from './maintenance.js'
import { type ReplaySelection, replayDeliveries, requeueDelivery } from './requeue.js'
import { QueueWake } from './wake.js'

/** How a {@link DeliveryQueue} behaves; every field but `db` has a default. */
export interface DeliveryQueueOptions {
  db: Database
  /** How long a claim lasts before another worker may take the delivery. */
  leaseMs: number
  lanes: LanePolicy
  /** Consecutive failed deliveries that disable a webhook. */
  disableAfterFailures: number
  /** Lanes one claim looks at, at most. Default 64. */
  claimLanes?: number
  /** Outcomes written by one statement at most. Default 128. */
  maxBatch?: number
  /** How long the first outcome of a batch waits for others. Default 2 ms. */
  lingerMs?: number
  /** Outcomes waiting to be written beyond which workers stop claiming. Default 1024. */
  maxUnwritten?: number
}

/** What a completion changed, once written. */
export interface CompletionResult {
  /** False when the worker no longer held the delivery (its lease ran out, or its webhook was disabled). */
  applied: boolean
  /** Set on the first outcome of a webhook that this batch disabled: its alert is due. */
  disabled?: DisabledWebhook
}

interface Queued {
  outcome: Outcome
  resolve(result: CompletionResult): void
  reject(error: unknown): void
}

/** PostgreSQL's deadlock_detected: the loser of two batches tries again. */
const DEADLOCK = '40P01'

/**
 * The delivery queue: the one owner of the `deliveries` table's states and of the `lanes` that
 * schedule them (docs/architecture.md, "The queue"). Publishing, calls, the API and the workers
 * say what happened; this says how it is stored:
 *
 * pending → processing (claim) → delivered | pending (retry) | failed | dead, with the lease of a
 * processing delivery handed back when its worker stops or dies, dead for every queued delivery of
 * a disabled or deleted webhook, and finished deliveries queued again on request (retry, replay).
 *
 * It also owns the wake-up: whatever makes work due wakes this process's workers after its commit
 * and, on PostgreSQL, the other processes.
 *
 * @example
 * ```ts
 * const queue = new DeliveryQueue({ db, leaseMs: 30_000, lanes: policy, disableAfterFailures: 10 })
 * await db.transaction((tx) => queue.fanOut(tx, { accountId, eventId, eventType, agentId: null }))
 * const claimed = await queue.claim('worker-1', 32)
 * ```
 */
export class DeliveryQueue {
  readonly wake: QueueWake
  readonly #db: Database
  readonly #options: Required<Omit<DeliveryQueueOptions, 'db'>>
  #queue: Queued[] = []
  #timer: NodeJS.Timeout | undefined
  #writing = 0
  /** The one batch being written; the next waits for it (see #flushQueued). */
  #active: Promise<void> | undefined
  readonly #writable: (() => void)[] = []

  constructor(options: DeliveryQueueOptions) {
    this.#db = options.db
    this.#options = { claimLanes: 64, maxBatch: 128, lingerMs: 2, maxUnwritten: 1024, ...options }
    this.wake = new QueueWake(options.db)
  }

  get lanePolicy(): LanePolicy {
    return this.#options.lanes
  }

  // ------------------------------------------------------------------ into the queue

  /** Queues deliveries (webhook events, call callbacks) in `sql`'s transaction, or on their own. */
  async enqueue(sql: Sql, deliveries: readonly NewDelivery[]): Promise<string[]> {
    const { ids, lanes } = await insertDeliveries(sql, deliveries, this.#options.lanes.initialInFlight)
    this.#afterCommit(sql, lanes)
    return ids
  }

  /** Queues an event for every webhook it matches (or one webhook), in `sql`'s transaction or on its own. */
  async fanOut(sql: Sql, fanOut: FanOut): Promise<string[]> {
    const [ids] = await this.fanOutAll(sql, [fanOut])
    return ids!
  }

  /** Queues many events, each for every webhook it matches, in one statement; ids per event, in order. */
  async fanOutAll(sql: Sql, fanOuts: readonly FanOut[]): Promise<string[][]> {
    const { ids, lanes } = await insertFanOuts(sql, fanOuts, this.#options.lanes.initialInFlight)
    this.#afterCommit(sql, lanes)
    return ids
  }

  /**
   * Stores one event and queues it for every webhook it matches, in one statement (one round trip
   * and, on its own, one commit): the single publish. `undefined` when its idempotency key was used
   * before, and then nothing is stored.
   */
  async storeAndFanOut(sql: Sql, fanOut: FanOut, event: NewEvent): Promise<string[] | undefined> {
    const queued = await insertEventWithFanOut(sql, fanOut, event, this.#options.lanes.initialInFlight)
    if (queued === undefined) return undefined
    this.#afterCommit(sql, queued.lanes)
    return queued.ids
  }

  /** Queues a finished delivery again (one more attempt); false when it is not finished. */
  async requeue(sql: Sql, accountId: string, deliveryId: string): Promise<boolean> {
    const queued = await requeueDelivery(sql, accountId, deliveryId)
    if (queued) this.#afterCommit(sql, [])
    return queued
  }

  /** Queues again every finished delivery of a selection; returns how many. */
  async replay(sql: Sql, selection: ReplaySelection): Promise<number> {
    const replayed = await replayDeliveries(sql, selection)
    if (replayed > 0) this.#afterCommit(sql, [])
    return replayed
  }

  // ------------------------------------------------------------------ out of the queue

  /** Ends every queued delivery of a webhook that was deleted (`dead`); returns how many. */
  killWebhook(sql: Sql, webhookId: string, reason: string): Promise<number> {
    return killWebhookDeliveries(sql, webhookId, reason)
  }

  /** Starts a re-enabled webhook's lane afresh: breaker closed, streak and cap back to their start. */
  async resetWebhook(sql: Sql, webhookId: string): Promise<void> {
    await resetLane(sql, webhookId, this.#options.lanes.initialInFlight)
    this.#afterCommit(sql, [])
  }

  // ------------------------------------------------------------------ workers

  /**
   * Claims up to `limit` due deliveries for `workerId`, fairly and within every lane's limits, and
   * at most `perLane` of one lane counting `inFlight` (the worker's attempts in flight by lane).
   */
  claim(
    workerId: string,
    limit: number,
    options: { inFlight?: ReadonlyMap<string, number>; perLane?: number } = {},
  ): Promise<ClaimedDelivery[]> {
    return claimDue(this.#db, {
      workerId,
      limit,
      leaseMs: this.#options.leaseMs,
      lanes: this.#options.claimLanes,
      inFlight: options.inFlight ?? new Map(),
      perLane: options.perLane ?? limit,
    })
  }

  /**
   * Records a claimed delivery's outcome. Outcomes are written in batches (one statement for up to
   * `maxBatch`, `lingerMs` after the first); the promise resolves once this one is written. A crash
   * before then loses only the record: the lease runs out and the delivery is sent again.
   */
  complete(outcome: Outcome): Promise<CompletionResult> {
    return new Promise<CompletionResult>((resolve, reject) => {
      this.#queue.push({ outcome, resolve, reject })
      if (this.#queue.length >= this.#options.maxBatch) void this.#flushQueued()
      else this.#timer ??= setTimeout(() => void this.#flushQueued(), this.#options.lingerMs)
    })
  }

  /** Outcomes not yet written. */
  get unwritten(): number {
    return this.#queue.length + this.#writing
  }

  /** Resolves when fewer than `maxUnwritten` outcomes wait to be written (at once if so now). */
  writable(): Promise<void> {
    if (this.unwritten < this.#options.maxUnwritten) return Promise.resolve()
    return new Promise((resolve) => this.#writable.push(resolve))
  }

  /** Writes every outcome queued now and waits for every write under way. */
  async flush(): Promise<void> {
    while (this.#queue.length > 0 || this.#active !== undefined) {
      void this.#flushQueued()
      await this.#active?.catch(() => undefined)
    }
  }

  /** Hands back every delivery `workerId` holds (shutdown), due at once. */
  async release(workerId: string): Promise<number> {
    const released = await releaseClaims(this.#db, workerId)
    if (released > 0) this.wake.notify()
    return released
  }

  /** Hands back deliveries whose lease ran out (a worker died), due at once. */
  async releaseExpired(): Promise<number> {
    const released = await releaseExpired(this.#db)
    if (released > 0) this.wake.notify()
    return released
  }

  /** Makes due every lane with queued work but no due time (a process died right after queuing); how many. */
  async wakeStranded(): Promise<number> {
    const woken = await wakeStrandedLanes(this.#db)
    if (woken > 0) this.wake.notify()
    return woken
  }

  // ------------------------------------------------------------------ internals

  /**
   * After the commit that queued work on `lanes`: make sure they are due (a claim that ran while the
   * transaction was open may have set them later, see `markLanesDue`), then wake the workers.
   */
  #afterCommit(sql: Sql, lanes: readonly string[]): void {
    const done = () => {
      this.wake.notify()
      if (lanes.length === 0) return
      markLanesDue(this.#db, lanes).then(
        () => this.wake.notify(),
        // The lanes stay as the claim left them: at worst their next look comes later.
        () => undefined,
      )
    }
    if (sql.onCommit) sql.onCommit(done)
    else done()
  }

  /**
   * Writes what has queued, one batch at a time: every batch locks the lanes and webhooks it
   * touches, so two batches of one process in flight together only wait for each other's locks.
   * Outcomes that arrive meanwhile go into the next batch, written as soon as this one is.
   */
  #flushQueued(): Promise<void> {
    clearTimeout(this.#timer)
    this.#timer = undefined
    if (this.#active !== undefined) return this.#active
    const batch = this.#queue.splice(0, this.#options.maxBatch)
    if (batch.length === 0) return Promise.resolve()
    this.#writing += batch.length
    const writing = this.#write(batch).finally(() => {
      this.#writing -= batch.length
      this.#active = undefined
      while (this.#writable.length > 0 && this.unwritten < this.#options.maxUnwritten)
        this.#writable.shift()!()
      if (this.#queue.length > 0) void this.#flushQueued()
    })
    this.#active = writing
    return writing
  }

  async #write(batch: Queued[]): Promise<void> {
    let completed: CompletedBatch
    try {
      completed = await this.#commit(batch.map((q) => q.outcome))
    } catch (error) {
      for (const q of batch) q.reject(error)
      return
    }
    // The batch freed its lanes' slots and made them due; a claim that ran before it was written saw
    // them still in flight and set the lane's next look later. Claim again now: without this a busy
    // lane at its cap waits for the poll interval between deliveries.
    if (completed.applied.size > 0) this.wake.wakeLocal()
    // Each webhook the batch disabled is reported once, on its first outcome, for its alert.
    const disabled = new Map(completed.disabled.map((d) => [d.id, d]))
    for (const q of batch) {
      const { deliveryId, attempt, webhookId } = q.outcome
      const result: CompletionResult = { applied: completed.applied.has(outcomeKey(deliveryId, attempt)) }
      const off = webhookId === null ? undefined : disabled.get(webhookId)
      if (off) {
        result.disabled = off
        disabled.delete(webhookId!)
      }
      q.resolve(result)
    }
  }

  async #commit(outcomes: Outcome[]): Promise<CompletedBatch> {
    for (let tries = 1; ; tries++) {
      try {
        return await completeBatch(
          this.#db,
          outcomes,
          this.#options.lanes,
          this.#options.disableAfterFailures,
        )
      } catch (error) {
        if ((error as { code?: unknown }).code !== DEADLOCK || tries >= 3) throw error
      }
    }
  }
}
