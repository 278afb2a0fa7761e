import type { Sql } from '@voicehooks/store'
import type { AttemptRow, QueueStateRow } from '../api/delivery-store.js'

/** A callback delivery (kind `callback`): one status change of a call on its way to `callback_url`. */
export interface CallbackDeliveryRow extends QueueStateRow {
  call_id: string
  payload: Record<string, unknown>
}

/** One attempt of a callback delivery. */
export interface CallbackAttemptRow extends AttemptRow {
  delivery_id: string
}

/**
 * One page of a call's callback deliveries, newest first, each with its attempts (oldest first). The
 * call must already be known to belong to `accountId`; the account is checked again so a wrong id
 * can only find nothing.
 */
export async function listCallbackDeliveries(
  db: Sql,
  filter: { accountId: string; callId: string; offset: number; limit: number },
): Promise<{ rows: (CallbackDeliveryRow & { attempts: CallbackAttemptRow[] })[]; total: number }> {
  const where = `call_id = $1 AND account_id = $2 AND kind = 'callback'`
  const params = [filter.callId, filter.accountId]
  const [list, count] = await Promise.all([
    db.query<CallbackDeliveryRow>(
      `SELECT id, call_id::text AS call_id, status, attempt_count, max_attempts, next_attempt_at, last_status_code,
              last_error, payload, created_at, updated_at, delivered_at
       FROM deliveries WHERE ${where} ORDER BY created_at DESC, id DESC OFFSET $3 LIMIT $4`,
      [...params, filter.offset, filter.limit],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM deliveries WHERE ${where}`, params),
  ])
  const ids = list.rows.map((row) => row.id)
  const attempts =
    ids.length === 0
      ? []
      : (
          await db.query<CallbackAttemptRow>(
            `SELECT delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt, request_headers
             FROM attempts WHERE delivery_id = ANY ($1::text[]) ORDER BY delivery_id, attempt`,
            [ids],
          )
        ).rows
  return {
    rows: list.rows.map((row) => ({ ...row, attempts: attempts.filter((a) => a.delivery_id === row.id) })),
    total: Number(count.rows[0]?.total ?? 0),
  }
}
