import type { Sql } from '@voicehooks/store'

// Rows handed back become due at once, and so do their lanes (behind none: a claim takes them next).
const LANES_DUE = `UPDATE lanes SET due_at = now(), idle_checks = 0
 WHERE lane IN (SELECT lane FROM released) AND (due_at IS NULL OR due_at > now())`

/**
 * Gives back every delivery `workerId` still holds (shutdown): pending and due now, with the
 * unfinished attempt's number returned, so another worker takes it at once.
 */
export async function releaseClaims(sql: Sql, workerId: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `WITH released AS (
       UPDATE deliveries SET status = 'pending', lease_owner = NULL, next_attempt_at = now(),
              attempt_count = greatest(attempt_count - 1, 0), updated_at = now()
        WHERE lease_owner = $1 AND status = 'processing'
       RETURNING lane
     ), due AS (${LANES_DUE})
     SELECT count(*)::int AS n FROM released`,
    [workerId],
  )
  return Number(rows[0]?.n ?? 0)
}

/**
 * Hands back deliveries whose lease ran out (their worker died or hung): pending and due now, so
 * that any process claims them. Their attempt number stays used: the attempt may have been sent.
 */
export async function releaseExpired(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `WITH released AS (
       UPDATE deliveries SET status = 'pending', lease_owner = NULL, updated_at = now()
        WHERE status = 'processing' AND next_attempt_at <= now()
       RETURNING lane
     ), due AS (${LANES_DUE})
     SELECT count(*)::int AS n FROM released`,
  )
  return Number(rows[0]?.n ?? 0)
}

/**
 * Ends every queued delivery of a webhook (`dead`, with `reason`), clearing their leases so an
 * attempt in flight cannot finish them, and takes the lane out of the claims. Returns how many.
 */
export async function killWebhookDeliveries(sql: Sql, webhookId: string, reason: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `WITH killed AS (
       UPDATE deliveries SET status = 'dead', last_error = $2, lease_owner = NULL, next_attempt_at = NULL,
              updated_at = now()
        WHERE lane = $1 AND status IN ('pending', 'processing')
       RETURNING 1
     ), idle AS (UPDATE lanes SET due_at = NULL WHERE lane = $1)
     SELECT count(*)::int AS n FROM killed`,
    [webhookId, reason],
  )
  return Number(rows[0]?.n ?? 0)
}

/**
 * Starts a webhook's lane afresh (its owner re-enabled it): breaker closed, failure streak and
 * in-flight cap back to their start, due at once for whatever is queued.
 */
export async function resetLane(sql: Sql, webhookId: string, initialInFlight: number): Promise<void> {
  await sql.query(
    `UPDATE lanes SET breaker = 'closed', open_until = NULL, failures_in_row = 0, max_in_flight = $2,
            due_at = now(), idle_checks = 0
      WHERE lane = $1`,
    [webhookId, initialInFlight],
  )
}
