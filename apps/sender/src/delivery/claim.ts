import type { Sql } from '@voicehooks/store'
import type { EventRow } from '../publish/envelope.js'
import type { CallbackArgs } from './build-request.js'

/** The endpoint of a subscription delivery, as it is when the delivery is claimed. */
export interface ClaimedWebhook {
  id: string
  url: string
  description: string | null
  active: boolean
  deleted: boolean
  signature_scheme: string
  headers: Record<string, unknown> | null
  secret_enc: string
  /** Only while the rotation grace period lasts; `null` after it. */
  previous_secret_enc: string | null
  /** Sends per second this process may make to the endpoint; `null`: unlimited. */
  rate_limit_per_second: number | null
}

/** A delivery this worker now holds, with everything needed to attempt it. */
export interface ClaimedDelivery {
  id: string
  kind: 'webhook' | 'callback'
  account_id: string
  /** The number of this attempt (attempt_count after the claim). */
  attempt: number
  max_attempts: number
  webhook: ClaimedWebhook | null
  event: EventRow | null
  call: { id: string; callback_url: string; callback_args: CallbackArgs | null } | null
  payload: unknown
}

export interface ClaimOptions {
  workerId: string
  /** Rows to claim at most (free slots). */
  limit: number
  leaseMs: number
  /** In-flight attempts allowed per endpoint, counting this worker's current ones. */
  perEndpointLimit: number
  /** This worker's in-flight attempts by webhook id. */
  inFlight: ReadonlyMap<string, number>
  /** Endpoints not to claim for now (rate limited in this process). */
  skip?: readonly string[]
}

interface Row {
  locked: number
  id: string | null
  kind: 'webhook' | 'callback'
  account_id: string
  attempt_count: number
  max_attempts: number
  payload: unknown
  event_id: string | null
  webhook_id: string | null
  call_id: string | null
  w_url: string | null
  w_description: string | null
  w_active: boolean | null
  w_deleted: boolean | null
  w_signature_scheme: string | null
  w_headers: Record<string, unknown> | null
  w_secret_enc: string | null
  w_previous_secret_enc: string | null
  w_rate_limit_per_second: number | null
  e_type: string | null
  e_data: unknown
  e_occurred_at: Date | string | null
  c_callback_url: string | null
  c_callback_args: CallbackArgs | null
}

// One statement: lock up to `limit` of the most overdue rows other workers do not hold (SKIP
// LOCKED, so concurrent claims spread over different rows), keep at most `perEndpointLimit` per
// endpoint counting what this worker already has in flight (one slow endpoint cannot take every
// slot), take the lease on those, and read what the attempts need. Locked rows not chosen are
// free again when the statement ends; the caller claims again at once, with the now saturated
// endpoints excluded. It always returns one row with `locked`, even when nothing was claimed.
const CLAIM_SQL = `
WITH locked AS MATERIALIZED (
  SELECT id, webhook_id, next_attempt_at FROM deliveries
   WHERE status IN ('pending', 'processing') AND next_attempt_at <= now()
     AND (webhook_id IS NULL OR NOT (webhook_id = ANY($6::text[])))
   ORDER BY next_attempt_at
   LIMIT $2
   FOR UPDATE SKIP LOCKED
), busy AS (
  SELECT * FROM unnest($4::text[], $5::int[]) AS b(webhook_id, in_flight)
), ranked AS (
  SELECT l.id, l.next_attempt_at,
         row_number() OVER (PARTITION BY coalesce(l.webhook_id, l.id) ORDER BY l.next_attempt_at, l.id)
           + coalesce(b.in_flight, 0) AS slot
    FROM locked l LEFT JOIN busy b ON b.webhook_id = l.webhook_id
), chosen AS (
  SELECT id FROM ranked WHERE slot <= $3 ORDER BY next_attempt_at LIMIT $2
), claimed AS (
  UPDATE deliveries
     SET status = 'processing', lease_owner = $1, attempt_count = attempt_count + 1,
         next_attempt_at = now() + $7 * interval '1 millisecond', updated_at = now()
   WHERE id IN (SELECT id FROM chosen)
  RETURNING id, kind, account_id, attempt_count, max_attempts, payload, event_id, webhook_id, call_id
)
SELECT s.locked, c.*,
       w.url AS w_url, w.description AS w_description, w.active AS w_active,
       (w.deleted_at IS NOT NULL) AS w_deleted, w.signature_scheme AS w_signature_scheme,
       w.headers AS w_headers, w.secret_enc AS w_secret_enc,
       CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret_enc END AS w_previous_secret_enc,
       w.rate_limit_per_second AS w_rate_limit_per_second,
       e.type AS e_type, e.data AS e_data, e.occurred_at AS e_occurred_at,
       k.callback_url AS c_callback_url, k.callback_args AS c_callback_args
  FROM (SELECT count(*)::int AS locked FROM locked) s
  LEFT JOIN claimed c ON true
  LEFT JOIN webhooks w ON w.id = c.webhook_id
  LEFT JOIN events e ON e.id = c.event_id
  LEFT JOIN calls k ON k.id = c.call_id`

/** The deliveries claimed, and whether endpoint caps left due rows behind (claim again at once). */
export interface ClaimResult {
  deliveries: ClaimedDelivery[]
  capped: boolean
}

/**
 * Claims up to `limit` due deliveries for `workerId` (the queue protocol): status `processing`,
 * `lease_owner`, `next_attempt_at` = lease expiry, `attempt_count` + 1. A row whose lease expired
 * (its worker died) is due again and claimed like a pending one.
 */
export async function claimDue(db: Sql, options: ClaimOptions): Promise<ClaimResult> {
  if (options.limit <= 0) return { deliveries: [], capped: false }
  const busyIds = [...options.inFlight.keys()]
  const busyCounts = busyIds.map((id) => options.inFlight.get(id) ?? 0)
  const saturated = busyIds.filter((id) => (options.inFlight.get(id) ?? 0) >= options.perEndpointLimit)
  if (options.skip) saturated.push(...options.skip)
  const { rows } = await db.query<Row>(CLAIM_SQL, [
    options.workerId,
    options.limit,
    options.perEndpointLimit,
    busyIds,
    busyCounts,
    saturated,
    options.leaseMs,
  ])
  const deliveries = rows.filter((row): row is Row & { id: string } => row.id !== null).map(toClaimed)
  return { deliveries, capped: Number(rows[0]?.locked ?? 0) > deliveries.length }
}

function toClaimed(row: Row & { id: string }): ClaimedDelivery {
  return {
    id: row.id,
    kind: row.kind,
    account_id: row.account_id,
    attempt: Number(row.attempt_count),
    max_attempts: Number(row.max_attempts),
    payload: row.payload,
    webhook:
      row.webhook_id !== null && row.w_url !== null
        ? {
            id: row.webhook_id,
            url: row.w_url,
            description: row.w_description,
            active: row.w_active === true,
            deleted: row.w_deleted === true,
            signature_scheme: row.w_signature_scheme ?? 'standard',
            headers: row.w_headers,
            secret_enc: row.w_secret_enc ?? '',
            previous_secret_enc: row.w_previous_secret_enc,
            rate_limit_per_second:
              row.w_rate_limit_per_second === null ? null : Number(row.w_rate_limit_per_second),
          }
        : null,
    event:
      row.event_id !== null && row.e_type !== null
        ? {
            id: row.event_id,
            account_id: row.account_id,
            type: row.e_type,
            data: row.e_data,
            occurred_at: row.e_occurred_at ?? new Date(),
          }
        : null,
    call:
      row.call_id !== null && row.c_callback_url !== null
        ? { id: row.call_id, callback_url: row.c_callback_url, callback_args: row.c_callback_args }
        : null,
  }
}
