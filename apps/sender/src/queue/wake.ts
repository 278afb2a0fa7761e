import type { Database } from '@voicehooks/store'
import { WakeSignal } from './wake-signal.js'

/** The NOTIFY channel on which sender processes tell each other that deliveries are due. */
export const DELIVERIES_CHANNEL = 'voicehooks_deliveries'

/**
 * The queue's wake-up: work that became due wakes this process's workers at once (`notify()`,
 * after the commit that made it due) and, on PostgreSQL, the other sender processes through one
 * NOTIFY at most every `debounceMs` (NOTIFY takes a lock every commit must wait for, so a burst of
 * publishes sends one, plus one after the burst for whatever came in meanwhile).
 */
export class QueueWake {
  readonly #signal = new WakeSignal()
  readonly #db: Database
  readonly #debounceMs: number
  #timer: NodeJS.Timeout | undefined
  #trailing = false
  #closed = false

  constructor(db: Database, options: { debounceMs?: number } = {}) {
    this.#db = db
    this.#debounceMs = options.debounceMs ?? 5
  }

  /** Wakes this process's workers, and tells the other processes. */
  notify(): void {
    this.#signal.notify()
    if (this.#db.kind === 'postgres') this.#remote()
  }

  /** Resolves at the next wake-up (at once if one came since the last wait), or after `ms`. */
  wait(ms: number): Promise<void> {
    return this.#signal.wait(ms)
  }

  /** Wakes this process only (a retry timer of its own, a slot freed). */
  wakeLocal(): void {
    this.#signal.notify()
  }

  /** Listens for the other processes' NOTIFY; resolves to an unsubscribe function. */
  listen(): Promise<() => Promise<void>> {
    return this.#db.listen(DELIVERIES_CHANNEL, () => this.#signal.notify())
  }

  close(): void {
    this.#closed = true
    clearTimeout(this.#timer)
    this.#signal.notify()
  }

  #remote(): void {
    if (this.#closed) return
    if (this.#timer !== undefined) {
      this.#trailing = true
      return
    }
    this.#db.query(`SELECT pg_notify('${DELIVERIES_CHANNEL}', '')`).catch(() => undefined)
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      if (this.#trailing) {
        this.#trailing = false
        this.#remote()
      }
    }, this.#debounceMs)
    this.#timer.unref()
  }
}
