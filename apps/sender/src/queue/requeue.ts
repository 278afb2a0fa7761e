import type { Sql } from '@voicehooks/store'

/** Statuses a delivery can be queued again from: it is finished, so no worker holds it. */
export type FinishedStatus = 'delivered' | 'failed' | 'dead'

// One more attempt at once, outside the retry schedule: if it fails the row goes back to failed,
// because max_attempts only grows to allow exactly this attempt. Its lane becomes due.
function requeueSql(where: string): string {
  return `WITH requeued AS (
    UPDATE deliveries SET status = 'pending', next_attempt_at = now(), lease_owner = NULL, updated_at = now(),
           max_attempts = greatest(max_attempts, attempt_count + 1)
     WHERE ${where} AND status IN ('delivered', 'failed', 'dead')
    RETURNING lane
  ), due AS (
    UPDATE lanes SET due_at = now(), idle_checks = 0
     WHERE lane IN (SELECT lane FROM requeued) AND (due_at IS NULL OR due_at > now())
  )
  SELECT count(*)::int AS n FROM requeued`
}

const REQUEUE_ONE = requeueSql('id = $1 AND account_id = $2')
const REPLAY = requeueSql(`account_id = $1 AND webhook_id = $2 AND created_at >= $3::timestamptz
       AND ($4::timestamptz IS NULL OR created_at < $4::timestamptz) AND status = ANY ($5::text[])`)

/**
 * Queues one finished delivery again. Returns false when it is not finished (a worker may hold it),
 * so the caller can answer 409 instead of racing the worker.
 */
export async function requeueDelivery(sql: Sql, accountId: string, deliveryId: string): Promise<boolean> {
  const { rows } = await sql.query<{ n: number }>(REQUEUE_ONE, [deliveryId, accountId])
  return Number(rows[0]?.n ?? 0) > 0
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
export async function replayDeliveries(sql: Sql, selection: ReplaySelection): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(REPLAY, [
    selection.accountId,
    selection.webhookId,
    selection.since.toISOString(),
    selection.until?.toISOString() ?? null,
    [...selection.statuses],
  ])
  return Number(rows[0]?.n ?? 0)
}
