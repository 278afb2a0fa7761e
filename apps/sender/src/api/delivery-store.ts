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

/** A delivery of an event to a webhook, with its event's type. */
export interface DeliveryRow extends QueueStateRow {
  account_id: string
  event_id: string
  webhook_id: string
  event_type: string
}

/** An `attempts` row. */
export interface AttemptRow {
  attempt: number
  started_at: Date | string
  duration_ms: number
  status_code: number | null
  error: string | null
  response_excerpt: string | null
}

/** The delivery statuses, in queue order. */
export const DELIVERY_STATUSES = ['pending', 'processing', 'delivered', 'failed', 'dead'] as const

const COLUMNS = `d.id, d.account_id, d.event_id, d.webhook_id, e.type AS event_type, d.status, d.attempt_count,
  d.max_attempts, d.next_attempt_at, d.last_status_code, d.last_error, d.created_at, d.updated_at, d.delivered_at`

// Callback deliveries (kind = 'callback') belong to calls, not webhooks: the deliveries API shows
// webhook deliveries only.
const FROM = `deliveries d JOIN events e ON e.id = d.event_id`

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
    `SELECT attempt, started_at, duration_ms, status_code, error, response_excerpt FROM attempts
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
