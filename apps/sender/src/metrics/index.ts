import type { Database } from '@voicehooks/store'
import { renderQueueGauges } from './queue-gauges.js'
import { type Collector, Counter, Histogram } from './registry.js'

export { renderQueueGauges } from './queue-gauges.js'
export {
  type Collector,
  Counter,
  formatLabels,
  formatValue,
  Histogram,
  type Labels,
  renderGauge,
} from './registry.js'

/** What happened to a delivery after an attempt (or without one, for `dead`). */
export type DeliveryOutcome = 'delivered' | 'retry' | 'failed' | 'dead'

/** Seconds; from 5 ms (a local receiver) to the 10 s beyond any sensible delivery timeout. */
export const ATTEMPT_DURATION_BUCKETS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
]

/** The sender's Prometheus metrics: counters updated by the workers, queue gauges read at scrape time. */
export interface Metrics {
  /** `voicehooks_deliveries_total{outcome}`. */
  readonly deliveries: Counter
  /** `voicehooks_attempt_duration_seconds`: every HTTP attempt, successful or not. */
  readonly attemptDuration: Histogram
  /** Counts one delivery outcome (`by` for several, e.g. siblings turned dead together). */
  recordOutcome(outcome: DeliveryOutcome, by?: number): void
  /** Records one attempt's duration in milliseconds. */
  observeAttempt(durationMs: number): void
  /** Adds another collector (e.g. HTTP request counters of the API) to the rendered text. */
  register(collector: Collector): void
  /** The whole exposition text, queue gauges queried from `db` now. */
  render(db: Database): Promise<string>
  /** The `content-type` of {@link Metrics.render}'s output. */
  readonly contentType: string
}

/**
 * Creates the metrics of one sender process.
 *
 * @example
 * ```ts
 * const metrics = createMetrics()
 * app.get('/metrics', async (_req, res) => res.type(metrics.contentType).send(await metrics.render(db)))
 * ```
 */
export function createMetrics(): Metrics {
  const deliveries = new Counter(
    'voicehooks_deliveries_total',
    'Delivery outcomes: delivered, retry (an attempt failed and another is scheduled), failed (retries exhausted), dead (endpoint disabled or deleted).',
    (['delivered', 'retry', 'failed', 'dead'] as const).map((outcome) => ({ outcome })),
  )
  const attemptDuration = new Histogram(
    'voicehooks_attempt_duration_seconds',
    'Duration of each delivery attempt, from sending the request to reading the (capped) response body.',
    ATTEMPT_DURATION_BUCKETS,
  )
  const collectors: Collector[] = [deliveries, attemptDuration]
  return {
    deliveries,
    attemptDuration,
    contentType: 'text/plain; version=0.0.4; charset=utf-8',
    recordOutcome(outcome, by = 1) {
      if (by > 0) deliveries.inc({ outcome }, by)
    },
    observeAttempt(durationMs) {
      attemptDuration.observe(durationMs / 1000)
    },
    register(collector) {
      if (collectors.some((c) => c.name === collector.name)) {
        throw new Error(`metric ${collector.name} is already registered`)
      }
      collectors.push(collector)
    },
    async render(db) {
      const parts = collectors.map((c) => c.collect())
      parts.push(await renderQueueGauges(db))
      return `${parts.join('\n')}\n`
    },
  }
}
