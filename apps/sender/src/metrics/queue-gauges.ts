import type { Database } from '@voicehooks/store'
import { renderGauge } from './registry.js'

const QUEUED = ['pending', 'processing'] as const

/**
 * The queue gauges, read from the database at scrape time so every sender process reports the
 * shared queue, not its own view. Only the two queued statuses are counted: counting delivered
 * rows would scan the whole history on every scrape.
 */
export async function renderQueueGauges(db: Database): Promise<string> {
  const depth = await db.query<{ status: string; n: number | string }>(
    `SELECT status, count(*)::int AS n FROM deliveries WHERE status IN ('pending', 'processing') GROUP BY status`,
  )
  const byStatus = new Map(depth.rows.map((r) => [r.status, Number(r.n)]))
  // A processing row's next_attempt_at is its lease expiry, so "due" also catches leases left by dead workers.
  const oldest = await db.query<{ age: number | string | null }>(
    `SELECT extract(epoch FROM now() - min(next_attempt_at))::float8 AS age
       FROM deliveries WHERE status IN ('pending', 'processing') AND next_attempt_at <= now()`,
  )
  const age = Math.max(0, Number(oldest.rows[0]?.age ?? 0))
  return [
    renderGauge(
      'voicehooks_queue_depth',
      'Deliveries waiting (pending) or being attempted (processing), across every sender process.',
      QUEUED.map((status) => ({ labels: { status }, value: byStatus.get(status) ?? 0 })),
    ),
    renderGauge(
      'voicehooks_oldest_pending_age_seconds',
      'How long the most overdue delivery has been due without being attempted (0 when none is due).',
      [{ value: Math.round(age * 1000) / 1000 }],
    ),
  ].join('\n')
}
