import type { Database, Sql } from '@voicehooks/store'
import type { AttemptDecision } from './decide.js'
import { type DisabledWebhook, disableWebhook } from './disable.js'

/** The reason given when a `410 Gone` disables an endpoint. */
export const GONE_REASON = '410 Gone from endpoint'

/** One finished attempt, as stored in `attempts`. */
export interface AttemptRecord {
  deliveryId: string
  webhookId: string | null
  attempt: number
  workerId: string
  startedAt: Date
  durationMs: number
  statusCode: number | undefined
  error: string | undefined
  responseExcerpt: string | undefined
  /** The headers sent, as the delivery's page shows them (configured values redacted); none when nothing was sent. */
  requestHeaders?: Readonly<Record<string, string>> | undefined
}

/** What recording changed beyond the delivery row. */
export interface RecordResult {
  /** False when this worker no longer held the delivery (its lease expired and another took it). */
  applied: boolean
  /** Set when this outcome disabled the endpoint. */
  disabled: DisabledWebhook | undefined
}

export interface RecordOptions {
  /** Consecutive failed deliveries that disable an endpoint. */
  disableAfterFailures: number
}

/**
 * Stores an attempt and its consequence in one transaction: the `attempts` row (always: the
 * request was made), then the delivery, updated only while this worker still holds it
 * (`lease_owner` and `attempt_count` unchanged), then the endpoint's failure streak, which may
 * disable it.
 */
export async function recordAttempt(
  db: Database,
  record: AttemptRecord,
  decision: AttemptDecision,
  options: RecordOptions,
): Promise<RecordResult> {
  return db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO attempts (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt, worker,
                             request_headers)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb) ON CONFLICT (delivery_id, attempt) DO NOTHING`,
      [
        record.deliveryId,
        record.attempt,
        record.startedAt,
        record.durationMs,
        record.statusCode ?? null,
        record.error ?? null,
        record.responseExcerpt ?? null,
        record.workerId,
        record.requestHeaders ? JSON.stringify(record.requestHeaders) : null,
      ],
    )
    const applied = await updateDelivery(tx, record, decision)
    if (!applied || record.webhookId === null) return { applied, disabled: undefined }
    if (decision.kind === 'delivered') {
      await tx.query(
        'UPDATE webhooks SET consecutive_failures = 0 WHERE id = $1 AND consecutive_failures <> 0',
        [record.webhookId],
      )
      return { applied, disabled: undefined }
    }
    if (decision.kind === 'retry') return { applied, disabled: undefined }
    const streak = await tx.query<{ consecutive_failures: number }>(
      `UPDATE webhooks SET consecutive_failures = consecutive_failures + 1, updated_at = now()
        WHERE id = $1 RETURNING consecutive_failures`,
      [record.webhookId],
    )
    const failures = Number(streak.rows[0]?.consecutive_failures ?? 0)
    let reason: string | undefined
    if (decision.kind === 'gone') reason = GONE_REASON
    else if (failures >= options.disableAfterFailures) {
      reason = `${failures} consecutive failed deliveries (last error: ${record.error ?? 'unknown'})`
    }
    const disabled = reason === undefined ? undefined : await disableWebhook(tx, record.webhookId, reason)
    return { applied, disabled }
  })
}

async function updateDelivery(tx: Sql, record: AttemptRecord, decision: AttemptDecision): Promise<boolean> {
  const guard = `id = $1 AND lease_owner = $2 AND attempt_count = $3 AND status = 'processing'`
  const base = [
    record.deliveryId,
    record.workerId,
    record.attempt,
    record.statusCode ?? null,
    record.error ?? null,
  ]
  const common = 'lease_owner = NULL, last_status_code = $4, last_error = $5, updated_at = now()'
  let result: { rowCount: number }
  switch (decision.kind) {
    case 'delivered':
      result = await tx.query(
        `UPDATE deliveries SET status = 'delivered', delivered_at = now(), next_attempt_at = NULL, ${common}
          WHERE ${guard}`,
        base,
      )
      break
    case 'retry':
      result = await tx.query(
        `UPDATE deliveries SET status = 'pending', next_attempt_at = now() + $6 * interval '1 millisecond', ${common}
          WHERE ${guard}`,
        [...base, decision.delayMs],
      )
      break
    case 'failed':
    case 'gone':
      result = await tx.query(
        `UPDATE deliveries SET status = 'failed', next_attempt_at = NULL, ${common} WHERE ${guard}`,
        base,
      )
      break
  }
  return result.rowCount > 0
}

/**
 * Ends a claimed delivery without an attempt (its endpoint was disabled or deleted meanwhile):
 * `dead`, and the claim's attempt number given back since nothing was sent.
 */
export async function markDead(
  db: Sql,
  deliveryId: string,
  workerId: string,
  attempt: number,
  reason: string,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE deliveries SET status = 'dead', last_error = $4, lease_owner = NULL, next_attempt_at = NULL,
            attempt_count = attempt_count - 1, updated_at = now()
      WHERE id = $1 AND lease_owner = $2 AND attempt_count = $3 AND status = 'processing'`,
    [deliveryId, workerId, attempt, reason],
  )
  return result.rowCount > 0
}

/**
 * Gives back a claimed delivery without an attempt (its endpoint's rate limit has no token now):
 * `pending`, due in `delayMs` (when the next token is), with the claim's attempt number returned.
 */
export async function deferClaim(
  db: Sql,
  deliveryId: string,
  workerId: string,
  attempt: number,
  delayMs: number,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE deliveries SET status = 'pending', lease_owner = NULL, next_attempt_at = now() + $4 * interval '1 millisecond',
            attempt_count = greatest(attempt_count - 1, 0), updated_at = now()
      WHERE id = $1 AND lease_owner = $2 AND attempt_count = $3 AND status = 'processing'`,
    [deliveryId, workerId, attempt, delayMs],
  )
  return result.rowCount > 0
}

/**
 * Gives back every delivery `workerId` still holds (shutdown): pending and due now, with the
 * unfinished attempt's number returned, so another worker takes it at once.
 */
export async function releaseClaims(db: Sql, workerId: string): Promise<number> {
  const result = await db.query(
    `UPDATE deliveries SET status = 'pending', lease_owner = NULL, next_attempt_at = now(),
            attempt_count = greatest(attempt_count - 1, 0), updated_at = now()
      WHERE lease_owner = $1 AND status = 'processing'`,
    [workerId],
  )
  return result.rowCount
}
