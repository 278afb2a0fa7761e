import type { Sql } from '@voicehooks/store'
import { newId } from '../ids.js'
import { callbackLane, webhookLane } from './lanes.js'

/** A delivery to queue: an event to one webhook, or one status callback of a call. */
export type NewDelivery =
  | { kind: 'webhook'; accountId: string; eventId: string; webhookId: string; maxAttempts: number }
  | { kind: 'callback'; accountId: string; callId: string; payload: unknown; maxAttempts: number }

// One statement: the deliveries, due now; their lanes, created when missing (a callback lane is
// made on its account's first callback); and the due time of lanes that had none, or only later
// work. Lanes already due are not touched, so publishing to a busy lane takes no lock at all.
const ENQUEUE = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::uuid[], $7::jsonb[], $8::int[], $9::text[])
    AS i (id, account_id, kind, event_id, webhook_id, call_id, payload, max_attempts, lane)
), inserted AS (
  INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, call_id, payload, status, attempt_count,
                          max_attempts, next_attempt_at, lane)
  SELECT id, account_id, kind, event_id, webhook_id, call_id, payload, 'pending', 0, max_attempts, now(), lane FROM input
), created AS (
  INSERT INTO lanes (lane, account_id, webhook_id, due_at, max_in_flight)
  SELECT DISTINCT lane, account_id, webhook_id, now(), $10::int FROM input
  ON CONFLICT (lane) DO NOTHING
), idle AS (
  -- In key order, as every statement that locks several lanes does, so two cannot deadlock.
  SELECT lane FROM lanes WHERE lane IN (SELECT lane FROM input) AND (due_at IS NULL OR due_at > now())
   ORDER BY lane FOR NO KEY UPDATE
)
UPDATE lanes SET due_at = now(), idle_checks = 0 WHERE lane IN (SELECT lane FROM idle)`

/**
 * Inserts `deliveries` (pending, due at once) with their lanes, in the caller's transaction or as
 * one statement of its own. Returns their ids, in order.
 */
export async function insertDeliveries(
  sql: Sql,
  deliveries: readonly NewDelivery[],
  initialInFlight: number,
): Promise<string[]> {
  if (deliveries.length === 0) return []
  const ids = deliveries.map(() => newId('dlv'))
  const column = <T>(read: (d: NewDelivery) => T) => deliveries.map(read)
  await sql.query(ENQUEUE, [
    ids,
    column((d) => d.accountId),
    column((d) => d.kind),
    column((d) => (d.kind === 'webhook' ? d.eventId : null)),
    column((d) => (d.kind === 'webhook' ? d.webhookId : null)),
    column((d) => (d.kind === 'callback' ? d.callId : null)),
    column((d) => (d.kind === 'callback' ? JSON.stringify(d.payload) : null)),
    column((d) => d.maxAttempts),
    column((d) => (d.kind === 'webhook' ? webhookLane(d.webhookId) : callbackLane(d.accountId))),
    initialInFlight,
  ])
  return ids
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

// The subscription match and the inserts in one statement: the webhooks of the account that are
// active and subscribe to the type and agent (or the one webhook a test event names), one pending
// delivery each, their lanes created or made due.
const FAN_OUT = `
WITH targets AS (
  SELECT w.id AS webhook_id, w.max_attempts, ('dlv_' || $6::text || lpad(row_number() OVER (ORDER BY w.id)::text, 6, '0')) AS id
    FROM webhooks w
   WHERE w.account_id = $1 AND w.deleted_at IS NULL
     AND (CASE WHEN $5::text IS NOT NULL THEN w.id = $5
          ELSE w.active AND (w.events IS NULL OR $3 = ANY (w.events)) AND (w.agent_id IS NULL OR w.agent_id = $4) END)
), inserted AS (
  INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, status, attempt_count, max_attempts,
                          next_attempt_at, lane)
  SELECT id, $1, 'webhook', $2, webhook_id, 'pending', 0, max_attempts, now(), webhook_id FROM targets
  RETURNING id
), created AS (
  INSERT INTO lanes (lane, account_id, webhook_id, due_at, max_in_flight)
  SELECT webhook_id, $1, webhook_id, now(), $7::int FROM targets
  ON CONFLICT (lane) DO NOTHING
), idle AS (
  SELECT lane FROM lanes WHERE lane IN (SELECT webhook_id FROM targets) AND (due_at IS NULL OR due_at > now())
   ORDER BY lane FOR NO KEY UPDATE
), due AS (
  UPDATE lanes SET due_at = now(), idle_checks = 0 WHERE lane IN (SELECT lane FROM idle)
)
SELECT id FROM inserted ORDER BY id`

/**
 * Queues `fanOut`'s event for each matching webhook in one statement, in the caller's transaction or
 * on its own. Returns the new deliveries' ids.
 */
export async function insertFanOut(sql: Sql, fanOut: FanOut, initialInFlight: number): Promise<string[]> {
  // One id prefix per event, numbered per webhook: ids stay unique and time-ordered like newId's.
  const prefix = newId('dlv').slice('dlv_'.length, -6)
  const { rows } = await sql.query<{ id: string }>(FAN_OUT, [
    fanOut.accountId,
    fanOut.eventId,
    fanOut.eventType,
    fanOut.agentId,
    fanOut.onlyWebhookId ?? null,
    prefix,
    initialInFlight,
  ])
  return rows.map((row) => row.id)
}
