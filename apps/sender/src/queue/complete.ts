import type { Sql } from '@voicehooks/store'
import { type DisabledWebhook, GONE_REASON } from './disable.js'
import type { Health, LanePolicy } from './lanes.js'

/** What became of a claimed delivery. */
export type OutcomeKind =
  /** A 2xx. */
  | 'delivered'
  /** Failed; tried again after `delayMs`. */
  | 'retry'
  /** Failed, no attempts left. */
  | 'failed'
  /** `410 Gone`: failed for good, and its webhook is disabled. */
  | 'gone'
  /** Never sent (its endpoint or call went away): `dead`, the claim's attempt given back. */
  | 'dead'

/** One attempt as the `attempts` table stores it. */
export interface AttemptRecord {
  startedAt: Date
  durationMs: number
  statusCode: number | undefined
  error: string | undefined
  responseExcerpt: string | undefined
  /** The headers sent, with the account's own header values redacted. */
  requestHeaders: Readonly<Record<string, string>> | undefined
}

/** A claimed delivery's outcome, as the worker reports it. */
export interface Outcome {
  deliveryId: string
  lane: string
  webhookId: string | null
  /** The claim's attempt number: the outcome applies only while the worker still holds that claim. */
  attempt: number
  workerId: string
  kind: OutcomeKind
  /** For `retry`: the delay before the next attempt. */
  delayMs?: number
  /** The attempt made; absent for `dead` (nothing was sent). */
  record?: AttemptRecord
  /** For `dead`: why it was not sent. */
  reason?: string
  /** What the attempt says about the endpoint (absent for `dead`). */
  health?: Health
}

/** What one batch changed. */
export interface CompletedBatch {
  /** `deliveryId#attempt` of every outcome applied (the worker still held the claim). */
  applied: Set<string>
  /** Webhooks the batch disabled: a 410, or too many failed deliveries in a row. */
  disabled: DisabledWebhook[]
}

/** The key of an outcome in {@link CompletedBatch.applied}. */
export function outcomeKey(deliveryId: string, attempt: number): string {
  return `${deliveryId}#${attempt}`
}

// One statement for the whole batch (docs/architecture.md, "Completing"):
// - every attempt row (written whether or not the worker still holds the delivery: the request was made);
// - each delivery moved on, only while its claim (lease owner and attempt number) still holds;
// - each webhook's failure streak: reset by a delivered outcome, grown by failed ones after it, and
//   the webhook disabled (its other queued deliveries dead, its hourly alert slot taken) on a 410 or
//   when the streak reaches the limit;
// - each lane's health: the in-flight cap halved by a timeout, widened by fast answers, the breaker
//   opened after enough unhealthy attempts in a row (for longer after each failed probe) and closed
//   by a healthy one; the lane due again now that slots are free (or when a retry is due).
// Lanes and webhooks are locked in key order first, so batches of several processes cannot deadlock.
const COMPLETE = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::float8[], $6::int[], $7::text[])
    AS u (id, lease_owner, attempt, kind, delay_ms, status_code, error)
), attempts_written AS (
  INSERT INTO attempts (delivery_id, attempt, started_at, duration_ms, status_code, error, response_excerpt, worker,
                        request_headers)
  SELECT * FROM unnest($8::text[], $9::int[], $10::timestamptz[], $11::int[], $12::int[], $13::text[], $14::text[],
                       $15::text[], $16::jsonb[])
  ON CONFLICT (delivery_id, attempt) DO NOTHING
), updated AS (
  UPDATE deliveries d
     SET status = CASE u.kind WHEN 'delivered' THEN 'delivered' WHEN 'retry' THEN 'pending' WHEN 'dead' THEN 'dead'
                              ELSE 'failed' END,
         delivered_at = CASE WHEN u.kind = 'delivered' THEN now() ELSE d.delivered_at END,
         next_attempt_at = CASE WHEN u.kind = 'retry' THEN now() + u.delay_ms * interval '1 millisecond' END,
         attempt_count = CASE WHEN u.kind = 'dead' THEN d.attempt_count - 1 ELSE d.attempt_count END,
         last_status_code = CASE WHEN u.kind = 'dead' THEN d.last_status_code ELSE u.status_code END,
         last_error = u.error, lease_owner = NULL, updated_at = now()
    FROM input u
   WHERE d.id = u.id AND d.lease_owner = u.lease_owner AND d.attempt_count = u.attempt AND d.status = 'processing'
  RETURNING d.id, u.attempt
), streak_input AS (
  SELECT * FROM unnest($17::text[], $18::boolean[], $19::int[], $20::boolean[], $21::text[])
    AS s (webhook_id, reset, added, gone, last_error)
), streak_plan AS (
  SELECT w.id, w.alert_email, w.last_alert_at, s.added, s.gone, s.last_error, w.consecutive_failures AS before,
         (CASE WHEN s.reset THEN s.added ELSE w.consecutive_failures + s.added END) AS failures,
         (w.active AND w.deleted_at IS NULL
           AND (s.gone OR (CASE WHEN s.reset THEN s.added ELSE w.consecutive_failures + s.added END) >= $31::int)) AS disabling
    FROM webhooks w JOIN streak_input s ON s.webhook_id = w.id
   ORDER BY w.id
   FOR NO KEY UPDATE OF w
), streaks AS (
  UPDATE webhooks w
     SET consecutive_failures = p.failures,
         active = CASE WHEN p.disabling THEN false ELSE w.active END,
         disabled_reason = CASE WHEN NOT p.disabling THEN w.disabled_reason WHEN p.gone THEN $32::text
           ELSE p.failures || ' consecutive failed deliveries (last error: ' || coalesce(p.last_error, 'unknown') || ')' END,
         disabled_at = CASE WHEN p.disabling THEN now() ELSE w.disabled_at END,
         -- The hourly alert slot is taken in the same statement, so two processes disabling together mail once.
         last_alert_at = CASE WHEN p.disabling AND coalesce(p.alert_email, '') <> ''
                               AND (p.last_alert_at IS NULL OR p.last_alert_at <= now() - interval '1 hour')
                              THEN now() ELSE w.last_alert_at END,
         updated_at = CASE WHEN p.disabling OR p.added > 0 THEN now() ELSE w.updated_at END
    FROM streak_plan p
   WHERE w.id = p.id AND (p.added > 0 OR p.failures <> p.before OR p.disabling)
  RETURNING w.id, p.disabling, w.disabled_reason, w.disabled_at, w.account_id, w.url, w.description,
            CASE WHEN p.disabling AND w.last_alert_at = now() THEN p.alert_email END AS alert_to
), killed AS (
  -- A disabled webhook's other queued deliveries end here (an attempt in flight elsewhere loses its lease).
  UPDATE deliveries d
     SET status = 'dead', last_error = 'endpoint disabled: ' || s.disabled_reason, lease_owner = NULL,
         next_attempt_at = NULL, updated_at = now()
    FROM streaks s
   WHERE s.disabling AND d.lane = s.id AND d.status IN ('pending', 'processing') AND d.id NOT IN (SELECT id FROM input)
  RETURNING d.lane
), lane_input AS (
  SELECT * FROM unnest($22::text[], $23::int[], $24::int[], $25::boolean[], $26::int[])
    AS l (lane, timeouts, fast, healthy, unhealthy_after)
), lanes_locked AS (
  SELECT l.lane FROM lanes l WHERE l.lane IN (SELECT lane FROM lane_input) ORDER BY l.lane FOR NO KEY UPDATE
), lane_health AS (
  SELECT l.lane, i.timeouts, i.fast, i.healthy, l.max_in_flight, l.due_at,
         EXISTS (SELECT 1 FROM streaks s WHERE s.id = l.lane AND s.disabling) AS disabled,
         CASE WHEN i.healthy THEN i.unhealthy_after ELSE l.failures_in_row + i.unhealthy_after END AS failures
    FROM lanes l JOIN lane_input i ON i.lane = l.lane
   WHERE l.lane IN (SELECT lane FROM lanes_locked)
), lanes_after AS (
  UPDATE lanes l
     SET max_in_flight = greatest(1, least($27::int, CASE
           WHEN h.timeouts > 0 THEN h.max_in_flight / 2
           WHEN h.fast > 0 AND h.failures = 0 THEN h.max_in_flight + 1
           ELSE h.max_in_flight END)),
         failures_in_row = h.failures,
         breaker = CASE WHEN h.failures >= $28::int THEN 'open' ELSE 'closed' END,
         open_until = CASE WHEN h.failures >= $28::int
           THEN now() + least($30::float8, $29::float8 * 2 ^ least(h.failures - $28::int, 20)) * interval '1 millisecond'
         END,
         due_at = CASE
           -- Its webhook was just disabled: nothing left to claim.
           WHEN h.disabled THEN NULL
           WHEN h.failures >= $28::int
             THEN now() + least($30::float8, $29::float8 * 2 ^ least(h.failures - $28::int, 20)) * interval '1 millisecond'
           -- A slot is free: due now (the claim finds out whether work is due), unless due earlier.
           WHEN h.due_at IS NULL OR h.due_at > now() THEN now()
           ELSE h.due_at END
    FROM lane_health h
   WHERE l.lane = h.lane
)
SELECT 'applied' AS what, id, attempt, NULL::int AS dead, NULL::text AS reason, NULL::timestamptz AS disabled_at,
       NULL::text AS account_id, NULL::text AS url, NULL::text AS description, NULL::text AS alert_to
  FROM updated
UNION ALL
SELECT 'disabled', s.id, NULL, (SELECT count(*) FROM killed k WHERE k.lane = s.id)::int, s.disabled_reason,
       s.disabled_at, s.account_id, s.url, s.description, s.alert_to
  FROM streaks s WHERE s.disabling`

/** Per webhook or lane: was there a success in the batch, and how many failures came after the last one. */
interface Run {
  reset: boolean
  after: number
}

function extend(run: Run | undefined, success: boolean, failure: boolean): Run {
  const current = run ?? { reset: false, after: 0 }
  if (success) return { reset: true, after: 0 }
  return failure ? { reset: current.reset, after: current.after + 1 } : current
}

/**
 * Writes one batch of outcomes in one statement (see COMPLETE) and answers which applied and which
 * webhooks' failure streaks grew. Outcomes are in the order they happened, which decides streaks.
 */
export async function completeBatch(
  sql: Sql,
  outcomes: readonly Outcome[],
  policy: LanePolicy,
  disableAfterFailures: number,
): Promise<CompletedBatch> {
  const attempted = outcomes.filter((o) => o.record !== undefined)
  const streaks = new Map<string, Run & { gone: boolean; lastError: string | null }>()
  const lanes = new Map<string, Run & { timeouts: number; fast: number }>()
  for (const o of outcomes) {
    if (o.webhookId !== null && o.kind !== 'retry' && o.kind !== 'dead') {
      const previous = streaks.get(o.webhookId)
      const run = extend(previous, o.kind === 'delivered', o.kind === 'failed' || o.kind === 'gone')
      streaks.set(o.webhookId, {
        ...run,
        gone: (previous?.gone ?? false) || o.kind === 'gone',
        lastError: o.record?.error ?? previous?.lastError ?? null,
      })
    }
    if (o.health === undefined) continue
    const lane = lanes.get(o.lane) ?? { reset: false, after: 0, timeouts: 0, fast: 0 }
    const healthy = o.health === 'fast' || o.health === 'slow' || o.health === 'refused-request'
    const run = extend(lane, healthy, o.health === 'timeout' || o.health === 'unhealthy')
    lanes.set(o.lane, {
      ...run,
      timeouts: lane.timeouts + (o.health === 'timeout' ? 1 : 0),
      fast: lane.fast + (o.health === 'fast' ? 1 : 0),
    })
  }
  const laneRows = [...lanes]
  const streakRows = [...streaks]
  const { rows } = await sql.query<Row>(COMPLETE, [
    outcomes.map((o) => o.deliveryId),
    outcomes.map((o) => o.workerId),
    outcomes.map((o) => o.attempt),
    outcomes.map((o) => o.kind),
    outcomes.map((o) => o.delayMs ?? 0),
    outcomes.map((o) => o.record?.statusCode ?? null),
    outcomes.map((o) => (o.kind === 'dead' ? (o.reason ?? 'not sent') : (o.record?.error ?? null))),
    attempted.map((o) => o.deliveryId),
    attempted.map((o) => o.attempt),
    attempted.map((o) => o.record!.startedAt.toISOString()),
    attempted.map((o) => o.record!.durationMs),
    attempted.map((o) => o.record!.statusCode ?? null),
    attempted.map((o) => o.record!.error ?? null),
    attempted.map((o) => o.record!.responseExcerpt ?? null),
    attempted.map((o) => o.workerId),
    attempted.map((o) => (o.record!.requestHeaders ? JSON.stringify(o.record!.requestHeaders) : null)),
    streakRows.map(([id]) => id),
    streakRows.map(([, r]) => r.reset),
    streakRows.map(([, r]) => r.after),
    streakRows.map(([, r]) => r.gone),
    streakRows.map(([, r]) => r.lastError),
    laneRows.map(([lane]) => lane),
    laneRows.map(([, l]) => l.timeouts),
    laneRows.map(([, l]) => l.fast),
    laneRows.map(([, l]) => l.reset),
    laneRows.map(([, l]) => l.after),
    policy.maxInFlight,
    policy.breakerThreshold,
    policy.breakerOpenMs,
    policy.breakerMaxOpenMs,
    disableAfterFailures,
    GONE_REASON,
  ])
  const applied = new Set<string>()
  const disabled: DisabledWebhook[] = []
  for (const row of rows) {
    if (row.what === 'applied') applied.add(outcomeKey(row.id, Number(row.attempt)))
    else
      disabled.push({
        id: row.id,
        account_id: row.account_id!,
        url: row.url!,
        description: row.description,
        reason: row.reason!,
        disabled_at: new Date(row.disabled_at!),
        deadDeliveries: Number(row.dead ?? 0),
        alertTo: row.alert_to ?? undefined,
      })
  }
  return { applied, disabled }
}

interface Row {
  what: 'applied' | 'disabled'
  id: string
  attempt: number | null
  dead: number | null
  reason: string | null
  disabled_at: Date | string | null
  account_id: string | null
  url: string | null
  description: string | null
  alert_to: string | null
}
