import type { Sql } from '@voicehooks/store'
import type { CallbackArgs } from '../delivery/build-request.js'
import type { EventRow } from '../publish/envelope.js'

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
  /** Sends per second the endpoint allows (enforced by the claim); `null`: unlimited. */
  rate_limit_per_second: number | null
}

/** A delivery this worker now holds, with everything needed to attempt it. */
export interface ClaimedDelivery {
  id: string
  kind: 'webhook' | 'callback'
  account_id: string
  /** The lane the delivery was claimed from (its webhook, or its account's callbacks). */
  lane: string
  /** The number of this attempt (attempt_count after the claim). */
  attempt: number
  max_attempts: number
  webhook: ClaimedWebhook | null
  event: EventRow | null
  call: { id: string; callback_url: string; callback_args: CallbackArgs | null } | null
  payload: unknown
}

/** One claim: who takes, how many at most, for how long. */
export interface ClaimOptions {
  workerId: string
  /** Deliveries to claim at most (the worker's free slots). */
  limit: number
  leaseMs: number
  /** Lanes looked at per claim at most (due longest first). */
  lanes: number
  /** This worker's attempts in flight, by lane. */
  inFlight: ReadonlyMap<string, number>
  /** The most attempts of one lane this worker keeps in flight (its share, so one lane cannot take every slot). */
  perLane: number
}

interface Row {
  id: string
  kind: 'webhook' | 'callback'
  account_id: string
  lane: string
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

// One statement (docs/architecture.md, "Claiming"):
// 1. the lanes due longest, each locked for this claim (SKIP LOCKED: another process's claim takes
//    other lanes), so a lane's limits hold across every process;
// 2. each lane's room: its in-flight cap (adaptive; 1 while its breaker is open, a probe) minus the
//    attempts in flight anywhere, the tokens of its rate limit, and this worker's share of its own
//    slots (so that one lane never holds all of them);
// 3. that many of its oldest due deliveries, interleaved lane by lane and account by account up to
//    the worker's free slots, leased to the worker;
// 4. the lanes updated: tokens spent, and due again from now if work is left (behind every lane
//    already waiting: round robin), when their next delivery is, when a token or a slot is expected,
//    or soon if emptied, a few times (a delivery committed during this claim is not visible to it;
//    the queue also marks a lane due after every commit that queues on it).
const CLAIM_SQL = `
WITH candidates AS MATERIALIZED (
  SELECT l.lane, l.account_id, l.due_at, l.max_in_flight, l.breaker, l.tokens, l.tokens_at, l.idle_checks,
         w.rate_limit_per_second::float8 AS rate
    FROM lanes l LEFT JOIN webhooks w ON w.id = l.webhook_id
   WHERE l.due_at <= now() AND (l.breaker = 'closed' OR l.open_until <= now())
   ORDER BY l.due_at
   LIMIT $3
   FOR NO KEY UPDATE OF l SKIP LOCKED
), busy AS MATERIALIZED (
  SELECT d.lane, count(*)::int AS n FROM deliveries d
   WHERE d.status = 'processing' AND d.lane IN (SELECT lane FROM candidates) GROUP BY d.lane
), room AS MATERIALIZED (
  SELECT c.lane, c.account_id, c.due_at, c.rate, c.idle_checks,
         CASE WHEN c.rate IS NULL THEN NULL
              ELSE least(c.rate, coalesce(c.tokens, c.rate) + c.rate * extract(epoch FROM now() - coalesce(c.tokens_at, now())))
         END AS tokens,
         greatest(0, (CASE WHEN c.breaker = 'open' THEN 1 ELSE c.max_in_flight END) - coalesce(b.n, 0)) AS slots
    FROM candidates c LEFT JOIN busy b ON b.lane = c.lane
), mine AS (
  SELECT * FROM unnest($5::text[], $6::int[]) AS m (lane, n)
), wanted AS MATERIALIZED (
  SELECT r.*, least(r.slots, coalesce(floor(r.tokens + 1e-9)::int, r.slots), $2,
                    greatest(0, $7::int - coalesce((SELECT m.n FROM mine m WHERE m.lane = r.lane), 0))) AS take,
         row_number() OVER (PARTITION BY r.account_id ORDER BY r.due_at, r.lane) AS account_turn
    FROM room r
), picked AS MATERIALIZED (
  SELECT w.lane, w.account_turn, w.due_at, p.id,
         row_number() OVER (PARTITION BY w.lane ORDER BY p.next_attempt_at, p.id) AS lane_turn
    FROM wanted w CROSS JOIN LATERAL (
      SELECT d.id, d.next_attempt_at FROM deliveries d
       WHERE d.lane = w.lane AND d.status = 'pending' AND d.next_attempt_at <= now()
       ORDER BY d.next_attempt_at LIMIT w.take
       FOR NO KEY UPDATE SKIP LOCKED) p
   WHERE w.take > 0
), chosen AS MATERIALIZED (
  SELECT id, lane FROM picked ORDER BY lane_turn, account_turn, due_at, lane LIMIT $2
), claimed AS (
  UPDATE deliveries d
     SET status = 'processing', lease_owner = $1, attempt_count = attempt_count + 1,
         next_attempt_at = now() + $4 * interval '1 millisecond', updated_at = now()
   WHERE d.id IN (SELECT id FROM chosen)
  RETURNING d.id, d.kind, d.account_id, d.lane, d.attempt_count, d.max_attempts, d.payload, d.event_id,
            d.webhook_id, d.call_id
), next_due AS MATERIALIZED (
  SELECT r.lane, r.rate, r.tokens, r.slots, r.idle_checks, coalesce(t.n, 0) AS taken,
         -- The first by the lane's due index, not min(): with statistics that lag a fast-growing
         -- queue the planner turned min() into a bitmap scan of every pending row of the lane.
         (SELECT d.next_attempt_at FROM deliveries d
           WHERE d.lane = r.lane AND d.status = 'pending' AND d.id NOT IN (SELECT id FROM chosen)
           ORDER BY d.next_attempt_at LIMIT 1) AS next_at
    FROM room r LEFT JOIN (SELECT lane, count(*)::int AS n FROM chosen GROUP BY lane) t ON t.lane = r.lane
), lanes_after AS (
  UPDATE lanes l
     SET tokens = CASE WHEN n.rate IS NULL THEN NULL ELSE n.tokens - n.taken END,
         tokens_at = CASE WHEN n.rate IS NULL THEN NULL ELSE now() END,
         idle_checks = CASE WHEN n.next_at IS NULL AND n.taken = 0 THEN least(n.idle_checks + 1, 6) ELSE 0 END,
         due_at = CASE
           -- Nothing left that this claim can see: look again soon, then less often (1 s … 32 s), then
           -- no more (whatever is queued later makes the lane due again).
           WHEN n.next_at IS NULL AND n.idle_checks >= 6 THEN NULL
           WHEN n.next_at IS NULL THEN now() + (2 ^ n.idle_checks) * interval '1 second'
           -- Only later work (retries): due when it is.
           WHEN n.next_at > now() THEN n.next_at
           -- Out of tokens: when the next one is.
           WHEN n.rate IS NOT NULL AND n.tokens - n.taken < 1 THEN
             now() + ((1 - (n.tokens - n.taken)) / n.rate) * interval '1 second'
           -- At its cap: a completion makes it due again; this is the fallback.
           WHEN n.slots - n.taken <= 0 THEN now() + interval '1 second'
           -- Served, work left: due from now, behind the lanes already waiting.
           WHEN n.taken > 0 THEN now()
           -- Room and work but this claim was full: keeps its place.
           ELSE l.due_at END
    FROM next_due n
   WHERE l.lane = n.lane
)
SELECT c.*,
       w.url AS w_url, w.description AS w_description, w.active AS w_active,
       (w.deleted_at IS NOT NULL) AS w_deleted, w.signature_scheme AS w_signature_scheme,
       w.headers AS w_headers, w.secret_enc AS w_secret_enc,
       CASE WHEN w.previous_secret_expires_at > now() THEN w.previous_secret_enc END AS w_previous_secret_enc,
       w.rate_limit_per_second AS w_rate_limit_per_second,
       e.type AS e_type, e.data AS e_data, e.occurred_at AS e_occurred_at,
       k.callback_url AS c_callback_url, k.callback_args AS c_callback_args
  FROM claimed c
  LEFT JOIN webhooks w ON w.id = c.webhook_id
  LEFT JOIN events e ON e.id = c.event_id
  LEFT JOIN calls k ON k.id = c.call_id`

/**
 * Claims up to `limit` due deliveries for `workerId`, fairly across lanes and accounts and within
 * every lane's limits (see CLAIM_SQL): each becomes `processing`, leased to the worker until
 * `next_attempt_at`, its `attempt_count` one higher.
 */
export async function claimDue(db: Sql, options: ClaimOptions): Promise<ClaimedDelivery[]> {
  if (options.limit <= 0) return []
  const lanes = [...options.inFlight.keys()]
  const { rows } = await db.query<Row>(CLAIM_SQL, [
    options.workerId,
    options.limit,
    options.lanes,
    options.leaseMs,
    lanes,
    lanes.map((lane) => options.inFlight.get(lane) ?? 0),
    options.perLane,
  ])
  return rows.map(toClaimed)
}

function toClaimed(row: Row): ClaimedDelivery {
  return {
    id: row.id,
    kind: row.kind,
    account_id: row.account_id,
    lane: row.lane,
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
