import type { Sql } from '@voicehooks/store'

/** The queue columns every delivery row has, webhook or callback. */
export interface QueueStateRow {
  id: string
  status: 'pending' | 'processing' | 'delivered' | 'failed' | 'dead'
  attempt_count: number
  max_attempts: number
  next_attempt_at: Date | string | null
  last_status_code: number | null
  last_error: string | null
  created_at: Date | string
  updated_at: Date | string
  delivered_at: Date | string | null
}

/** A delivery of an event to a webhook, with its event's type and its webhook's agent. */
export interface DeliveryRow extends QueueStateRow {
  account_id: string
  event_id: string
  webhook_id: string
  event_type: string
  webhook_agent_id: string | null
}

/** An `attempts` row. */
export interface AttemptRow {
  attempt: number
  started_at: Date | string
  duration_ms: number
  status_code: number | null
  error: string | null
  response_excerpt: string | null
  /** NULL for attempts recorded before headers were stored. */
  request_headers?: Record<string, string> | null
}

/** The delivery statuses, in queue order. */
export const DELIVERY_STATUSES = ['pending', 'processing', 'delivered', 'failed', 'dead'] as const

const COLUMNS = `d.id, d.account_id, d.event_id, d.webhook_id, e.type AS event_type, w.agent_id AS webhook_agent_id,
  d.status, d.attempt_count, d.max_attempts, d.next_attempt_at, d.last_status_code, d.last_error, d.created_at,
  d.updated_at, d.delivered_at`

// Callback deliveries (kind = 'callback') belong to calls, not webhooks: the deliveries API shows
// webhook deliveries only.
const FROM = `deliveries d JOIN events e ON e.id = d.event_id JOIN webhooks w ON w.id = d.webhook_id`

/** One webhook delivery of the account, whatever the state of its webhook. */
export async function findDelivery(db: Sql, accountId: string, id: string): Promise<DeliveryRow | undefined> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE d.id = $1 AND d.account_id = $2 AND d.kind = 'webhook'`,
    [id, accountId],
  )
  return rows[0]
}

/** One page of a webhook's deliveries, newest first, optionally in the given statuses. */
export async function listDeliveries(
  db: Sql,
  filter: {
    accountId: string
    webhookId: string
    statuses?: readonly string[] | undefined
    offset: number
    limit: number
  },
): Promise<{ rows: DeliveryRow[]; total: number }> {
  const where = `d.webhook_id = $1 AND d.account_id = $2 AND ($3::text[] IS NULL OR d.status = ANY ($3::text[]))`
  const params = [filter.webhookId, filter.accountId, filter.statuses ? [...filter.statuses] : null]
  const [list, count] = await Promise.all([
    db.query<DeliveryRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC OFFSET $4 LIMIT $5`,
      [...params, filter.offset, filter.limit],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM deliveries d WHERE ${where}`, params),
  ])
  return { rows: list.rows, total: Number(count.rows[0]?.total ?? 0) }
}

/** Filters of the account-wide delivery list (`GET /v1/deliveries`). */
export interface DeliverySearch {
  accountId: string
  webhookId?: string | undefined
  statuses?: readonly string[] | undefined
  eventTypes?: readonly string[] | undefined
  since?: Date | undefined
  until?: Date | undefined
  /** A delivery id or an event id, matched exactly. */
  search?: string | undefined
  /** Only deliveries to webhooks of this agent (a portal's scope). */
  agentId?: string | undefined
  offset: number
  limit: number
}

/** One page of the account's webhook deliveries across endpoints, newest first, and how many match. */
export async function searchDeliveries(
  db: Sql,
  filter: DeliverySearch,
): Promise<{ rows: DeliveryRow[]; total: number }> {
  const where = `d.account_id = $1 AND d.kind = 'webhook'
    AND ($2::text IS NULL OR d.webhook_id = $2::text)
    AND ($3::text[] IS NULL OR d.status = ANY ($3::text[]))
    AND ($4::text[] IS NULL OR e.type = ANY ($4::text[]))
    AND ($5::timestamptz IS NULL OR d.created_at >= $5::timestamptz)
    AND ($6::timestamptz IS NULL OR d.created_at < $6::timestamptz)
    AND ($7::text IS NULL OR d.id = $7::text OR d.event_id = $7::text)
    AND ($8::text IS NULL OR w.agent_id = $8::text)`
  const params = [
    filter.accountId,
    filter.webhookId ?? null,
    filter.statuses ? [...filter.statuses] : null,
    filter.eventTypes ? [...filter.eventTypes] : null,
    filter.since?.toISOString() ?? null,
    filter.until?.toISOString() ?? null,
    filter.search ?? null,
    filter.agentId ?? null,
  ]
  const [list, count] = await Promise.all([
    db.query<DeliveryRow>(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE ${where} ORDER BY d.created_at DESC, d.id DESC OFFSET $9 LIMIT $10`,
      [...params, filter.offset, filter.limit],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where}`, params),
  ])
  return { rows: list.rows, total: Number(count.rows[0]?.total ?? 0) }
}

/** The deliveries to a webhook created in one hour, by where they are now. */
export interface StatsBucket {
  start: string
  delivered: number
  failed: number
  pending: number
}

const HOUR_MS = 3_600_000

/**
 * A webhook's deliveries created in the last `hours` whole hours (the current one included), counted per
 * hour of creation by their status now. Hours are cut in UTC epoch time, whatever the session's time zone.
 */
export async function deliveryStats(
  db: Sql,
  input: { accountId: string; webhookId: string; hours: number; now?: number },
): Promise<{ since: string; until: string; buckets: StatsBucket[] }> {
  const current = Math.floor((input.now ?? Date.now()) / HOUR_MS)
  const first = current - input.hours + 1
  const { rows } = await db.query<{
    hour: string | number
    delivered: number
    failed: number
    pending: number
  }>(
    `SELECT floor(extract(epoch FROM created_at) / 3600)::bigint AS hour,
            count(*) FILTER (WHERE status = 'delivered')::int AS delivered,
            count(*) FILTER (WHERE status IN ('failed', 'dead'))::int AS failed,
            count(*) FILTER (WHERE status IN ('pending', 'processing'))::int AS pending
       FROM deliveries
      WHERE webhook_id = $1 AND account_id = $2 AND created_at >= $3::timestamptz
      GROUP BY 1`,
    [input.webhookId, input.accountId, new Date(first * HOUR_MS).toISOString()],
  )
  const byHour = new Map(rows.map((row) => [Number(row.hour), row]))
  const buckets: StatsBucket[] = []
  for (let hour = first; hour <= current; hour++) {
    const row = byHour.get(hour)
    buckets.push({
      start: new Date(hour * HOUR_MS).toISOString(),
      delivered: Number(row?.delivered ?? 0),
      failed: Number(row?.failed ?? 0),
      pending: Number(row?.pending ?? 0),
    })
  }
  return {
    since: new Date(first * HOUR_MS).toISOString(),
    until: new Date((current + 1) * HOUR_MS).toISOString(),
    buckets,
  }
}

/** How many of a webhook's deliveries are in each status. */
export async function summarizeDeliveries(
  db: Sql,
  accountId: string,
  webhookId: string,
): Promise<Record<(typeof DELIVERY_STATUSES)[number] | 'total', number>> {
  const { rows } = await db.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM deliveries WHERE webhook_id = $1 AND account_id = $2 GROUP BY status`,
    [webhookId, accountId],
  )
  const summary = { total: 0, pending: 0, processing: 0, delivered: 0, failed: 0, dead: 0 }
  for (const row of rows) {
    const n = Number(row.n)
    summary.total += n
    if (row.status in summary) summary[row.status as keyof typeof summary] += n
  }
  return summary
}

/** Every attempt of a delivery, oldest first. */
export async function listAttempts(db: Sql, deliveryId: string): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT attempt, started_at, duration_ms, status_code, error, response_excerpt, request_headers FROM attempts
     WHERE delivery_id = $1 ORDER BY attempt`,
    [deliveryId],
  )
  return rows
}

/** The event row a delivery sends, for its envelope. */
export async function findEvent(
  db: Sql,
  eventId: string,
): Promise<
  { id: string; account_id: string; type: string; data: unknown; occurred_at: Date | string } | undefined
> {
  const { rows } = await db.query<{
    id: string
    account_id: string
    type: string
    data: unknown
    occurred_at: Date
  }>('SELECT id, account_id, type, data, occurred_at FROM events WHERE id = $1', [eventId])
  return rows[0]
}
