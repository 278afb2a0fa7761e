import type { Sql } from '@voicehooks/store'
import { notifyDeliveries } from './publish.js'

/** Statuses a delivery can be queued again from: it is finished, so no worker holds it. */
export type FinishedStatus = 'delivered' | 'failed' | 'dead'

// One more attempt at once, outside the retry schedule (the queue protocol): if it fails the row
// goes back to failed, because max_attempts only grows to allow exactly this attempt.
const REQUEUE = `status = 'pending', next_attempt_at = now(), lease_owner = NULL, updated_at = now(),
  max_attempts = greatest(max_attempts, attempt_count + 1)`

/**
 * Queues one finished delivery again. Returns false when it is not finished (a worker may hold it),
 * so the caller can answer 409 instead of racing the worker.
 */
export async function requeueDelivery(tx: Sql, accountId: string, deliveryId: string): Promise<boolean> {
  const updated = await tx.query(
    `UPDATE deliveries SET ${REQUEUE}
     WHERE id = $1 AND account_id = $2 AND status IN ('delivered', 'failed', 'dead')`,
    [deliveryId, accountId],
  )
  if (updated.rowCount === 0) return false
  await notifyDeliveries(tx)
  return true
}

/** Which of a webhook's deliveries to replay. */
export interface ReplaySelection {
  accountId: string
  webhookId: string
  /** Created at or after. */
  since: Date
  /** Created before; no upper bound when omitted. */
  until?: Date | undefined
  statuses: readonly FinishedStatus[]
}

/** Queues again every finished delivery of the selection; returns how many. */
export async function replayDeliveries(tx: Sql, selection: ReplaySelection): Promise<number> {
  const updated = await tx.query(
    `UPDATE deliveries SET ${REQUEUE}
     WHERE account_id = $1 AND webhook_id = $2 AND created_at >= $3::timestamptz
       AND ($4::timestamptz IS NULL OR created_at < $4::timestamptz)
       AND status = ANY ($5::text[]) AND status IN ('delivered', 'failed', 'dead')`,
    [
      selection.accountId,
      selection.webhookId,
      selection.since.toISOString(),
      selection.until?.toISOString() ?? null,
      [...selection.statuses],
    ],
  )
  if (updated.rowCount > 0) await notifyDeliveries(tx)
  return updated.rowCount
}
