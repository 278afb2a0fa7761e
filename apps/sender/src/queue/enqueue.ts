import type { Sql } from '@voicehooks/store'
import { newId } from '../ids.js'
import { callbackLane, webhookLane } from './lanes.js'

/** A delivery to queue: an event to one webhook, or one status callback of a call. */
export type NewDelivery =
  | { kind: 'webhook'; accountId: string; eventId: string; webhookId: string; maxAttempts: number }
  | { kind: 'callback'; accountId: string; callId: string; payload: unknown; maxAttempts: number }

// One statement: the deliveries, due now, and their lanes, created when missing (a callback lane is
// made on its account's first callback). Existing lanes are not touched here: locking them until the
// caller's transaction commits would hold up every claim and completion on them meanwhile. The queue
// marks them due after the commit instead (markLanesDue), and a sweep catches a crash in between
// (wakeStrandedLanes). Lanes that exist are left out before the insert, not only by ON CONFLICT: its
// check waits for a claim or completion updating the lane to finish.
const ENQUEUE = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::jsonb[], $8::int[], $9::text[])
    AS i (id, account_id, kind, event_id, webhook_id, call_id, payload, max_attempts, lane)
), inserted AS (
  INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, call_id, payload, status, attempt_count,
                          max_attempts, next_attempt_at, lane)
  SELECT id, account_id, kind, event_id, webhook_id, call_id, payload, 'pending', 0, max_attempts, now(), lane FROM input
)
INSERT INTO lanes (lane, account_id, webhook_id, due_at, max_in_flight)
SELECT DISTINCT lane, account_id, webhook_id, now(), $10::int FROM input i
 WHERE NOT EXISTS (SELECT 1 FROM lanes l WHERE l.lane = i.lane)
ON CONFLICT (lane) DO NOTHING`

/**
 * Inserts `deliveries` (pending, due at once) with their lanes, in the caller's transaction or as
 * one statement of its own. Returns their ids, in order.
 */
export async function insertDeliveries(
  sql: Sql,
  deliveries: readonly NewDelivery[],
  initialInFlight: number,
): Promise<{ ids: string[]; lanes: string[] }> {
  if (deliveries.length === 0) return { ids: [], lanes: [] }
  const ids = deliveries.map(() => newId('dlv'))
  const column = <T>(read: (d: NewDelivery) => T) => deliveries.map(read)
  const lanes = column((d) => (d.kind === 'webhook' ? webhookLane(d.webhookId) : callbackLane(d.accountId)))
  await sql.query(ENQUEUE, [
    ids,
    column((d) => d.accountId),
    column((d) => d.kind),
    column((d) => (d.kind === 'webhook' ? d.eventId : null)),
    column((d) => (d.kind === 'webhook' ? d.webhookId : null)),
    column((d) => (d.kind === 'callback' ? d.callId : null)),
    column((d) => (d.kind === 'callback' ? JSON.stringify(d.payload) : null)),
    column((d) => d.maxAttempts),
    lanes,
    initialInFlight,
  ])
  return { ids, lanes: [...new Set(lanes)] }
}

/** An event to queue for every webhook of its account that subscribes to it (or for one webhook only). */
export interface FanOut {
  accountId: string
  eventId: string
  eventType: string
  /** The event's `data.agent_id`, matched against webhooks limited to one agent. */
  agentId: string | null
  /** Only this webhook, whatever its `events` and `agent_id` (a test event). */
  onlyWebhookId?: string | undefined
}

// The subscription match and the inserts of many events in one statement: for each event, the
// webhooks of its account that are active and subscribe to its type and agent (or the one webhook a
// test event names), one pending delivery each, and their lanes created when missing (made due after
// the commit, as ENQUEUE says).
// The statement's parameters: $1–$6 the events (account, id, type, agent, only webhook, order),
// $7 the delivery id prefix, $8 a new lane's starting cap.
const FAN_OUT_TARGETS = `
targets AS (
  SELECT e.account_id, e.event_id, e.ord, w.id AS webhook_id, w.max_attempts,
         ('dlv_' || $7::text || lpad((row_number() OVER (ORDER BY e.ord, w.id))::text, 6, '0')) AS id
    FROM events_in e JOIN webhooks w ON w.account_id = e.account_id AND w.deleted_at IS NULL
     AND (CASE WHEN e.only_webhook_id IS NOT NULL THEN w.id = e.only_webhook_id
          ELSE w.active AND (w.events IS NULL OR e.event_type = ANY (w.events))
               AND (w.agent_id IS NULL OR w.agent_id = e.agent_id) END)
), inserted AS (
  INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, status, attempt_count, max_attempts,
                          next_attempt_at, lane)
  SELECT id, account_id, 'webhook', event_id, webhook_id, 'pending', 0, max_attempts, now(), webhook_id FROM targets
  RETURNING id, event_id, lane
), created AS (
  INSERT INTO lanes (lane, account_id, webhook_id, due_at, max_in_flight)
  SELECT DISTINCT webhook_id, account_id, webhook_id, now(), $8::int FROM targets t
   WHERE NOT EXISTS (SELECT 1 FROM lanes l WHERE l.lane = t.webhook_id)
  ON CONFLICT (lane) DO NOTHING
)`

const FAN_OUT = `
WITH events_in AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
    AS e (account_id, event_id, event_type, agent_id, only_webhook_id, ord)
), ${FAN_OUT_TARGETS}
SELECT id, event_id, lane FROM inserted ORDER BY id`

// One event published on its own: its row and its fan-out in one statement, so that without a
// transaction of the caller's it is one round trip and one commit (the API's single publish). An
// idempotency key used before inserts nothing, and then nothing is fanned out: the first row
// answers 'stored' only when the event was. $9–$11: the event's data, occurred_at, idempotency key.
const STORE_AND_FAN_OUT = `
WITH stored AS (
  INSERT INTO events (id, account_id, type, data, occurred_at, idempotency_key)
  VALUES (($2::text[])[1], ($1::text[])[1], ($3::text[])[1], $9::jsonb, coalesce($10::timestamptz, now()), $11::text)
  ON CONFLICT (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING id
), events_in AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[])
    AS e (account_id, event_id, event_type, agent_id, only_webhook_id, ord)
   WHERE e.event_id IN (SELECT id FROM stored)
), ${FAN_OUT_TARGETS}
SELECT 'stored' AS what, id, NULL::text AS lane FROM stored
UNION ALL
SELECT 'delivery', id, lane FROM inserted`

/**
 * Queues each event of `fanOuts` for its matching webhooks in one statement, in the caller's
 * transaction or on its own. Returns the new deliveries' ids, per event, in the order given.
 */
export async function insertFanOuts(
  sql: Sql,
  fanOuts: readonly FanOut[],
  initialInFlight: number,
): Promise<{ ids: string[][]; lanes: string[] }> {
  if (fanOuts.length === 0) return { ids: [], lanes: [] }
  // One id prefix per statement, numbered per delivery: ids stay unique and time-ordered like newId's.
  const prefix = newId('dlv').slice('dlv_'.length, -6)
  const { rows } = await sql.query<{ id: string; event_id: string; lane: string }>(FAN_OUT, [
    fanOuts.map((f) => f.accountId),
    fanOuts.map((f) => f.eventId),
    fanOuts.map((f) => f.eventType),
    fanOuts.map((f) => f.agentId),
    fanOuts.map((f) => f.onlyWebhookId ?? null),
    fanOuts.map((_, i) => i),
    prefix,
    initialInFlight,
  ])
  const byEvent = new Map(fanOuts.map((f) => [f.eventId, [] as string[]]))
  for (const row of rows) byEvent.get(row.event_id)?.push(row.id)
  return {
    ids: fanOuts.map((f) => byEvent.get(f.eventId)!),
    lanes: [...new Set(rows.map((row) => row.lane))],
  }
}

/** The event row {@link insertEventWithFanOut} stores. */
export interface NewEvent {
  /** The event's `data`, as JSON text. */
  data: string
  occurredAt: Date | undefined
  idempotencyKey: string | undefined
}

/**
 * Stores one event and queues it for its matching webhooks in one statement (see STORE_AND_FAN_OUT).
 * Returns `undefined` when the event's idempotency key was used before (nothing stored or queued).
 */
export async function insertEventWithFanOut(
  sql: Sql,
  fanOut: FanOut,
  event: NewEvent,
  initialInFlight: number,
): Promise<{ ids: string[]; lanes: string[] } | undefined> {
  const prefix = newId('dlv').slice('dlv_'.length, -6)
  const { rows } = await sql.query<{ what: 'stored' | 'delivery'; id: string; lane: string | null }>(
    STORE_AND_FAN_OUT,
    [
      [fanOut.accountId],
      [fanOut.eventId],
      [fanOut.eventType],
      [fanOut.agentId],
      [fanOut.onlyWebhookId ?? null],
      [0],
      prefix,
      initialInFlight,
      event.data,
      event.occurredAt?.toISOString() ?? null,
      event.idempotencyKey ?? null,
    ],
  )
  if (!rows.some((row) => row.what === 'stored')) return undefined
  const deliveries = rows.filter((row) => row.what === 'delivery')
  return {
    ids: deliveries.map((row) => row.id).sort(),
    lanes: [...new Set(deliveries.map((row) => row.lane!))],
  }
}

/**
 * Makes `lanes` due now unless they already are. Run after the commit that queued work on them:
 * before it, a claim could not see that work, and may have set the lane's next look to later (or to
 * never, when it found the lane empty); after it, any claim sees it. It takes no lock when the lanes
 * are already due, the usual case under load.
 */
export async function markLanesDue(sql: Sql, lanes: readonly string[]): Promise<void> {
  if (lanes.length === 0) return
  await sql.query(
    `WITH late AS (
       SELECT lane FROM lanes WHERE lane = ANY ($1::text[]) AND (due_at IS NULL OR due_at > now())
        ORDER BY lane FOR NO KEY UPDATE
     )
     UPDATE lanes SET due_at = now(), idle_checks = 0 WHERE lane IN (SELECT lane FROM late)`,
    [lanes],
  )
}

/**
 * Makes due every lane that has queued work but no due time: the work of a process that died between
 * its commit and `markLanesDue`. Any process may run it; it returns how many lanes it woke.
 */
export async function wakeStrandedLanes(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    `WITH stranded AS (
       SELECT l.lane FROM lanes l
        WHERE l.due_at IS NULL AND EXISTS (SELECT 1 FROM deliveries d WHERE d.lane = l.lane AND d.status = 'pending')
        ORDER BY l.lane FOR NO KEY UPDATE SKIP LOCKED
     ), woken AS (
       UPDATE lanes SET due_at = now(), idle_checks = 0 WHERE lane IN (SELECT lane FROM stranded) RETURNING 1
     )
     SELECT count(*)::int AS n FROM woken`,
  )
  return Number(rows[0]?.n ?? 0)
}
