import type { Sql } from '@voicehooks/store'

/** A `webhooks` row as the API reads it (secrets stay sealed). */
export interface WebhookRow {
  id: string
  account_id: string
  url: string
  description: string | null
  events: string[] | null
  agent_id: string | null
  active: boolean
  signature_scheme: string
  headers: Record<string, string>
  alert_email: string | null
  max_attempts: number
  rate_limit_per_second: number | null
  disabled_reason: string | null
  disabled_at: Date | string | null
  consecutive_failures: number
  previous_secret_expires_at: Date | string | null
  deleted_at: Date | string | null
  created_at: Date | string
  updated_at: Date | string
}

/** The columns of {@link WebhookRow}. */
export const WEBHOOK_COLUMNS = `id, account_id, url, description, events, agent_id, active, signature_scheme, headers,
  alert_email, max_attempts, rate_limit_per_second, disabled_reason, disabled_at, consecutive_failures,
  previous_secret_expires_at, deleted_at, created_at,
  updated_at`

/** The account's webhook, unless deleted. */
export async function findWebhook(db: Sql, accountId: string, id: string): Promise<WebhookRow | undefined> {
  const { rows } = await db.query<WebhookRow>(
    `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1 AND account_id = $2 AND deleted_at IS NULL`,
    [id, accountId],
  )
  return rows[0]
}

/** Filters of the webhook list. */
export interface WebhookFilter {
  accountId: string
  agentId?: string | undefined
  includeInactive: boolean
  offset: number
  limit: number
}

/** One page of the account's live webhooks, newest first, and how many match. */
export async function listWebhooks(
  db: Sql,
  filter: WebhookFilter,
): Promise<{ rows: WebhookRow[]; total: number }> {
  const where = `account_id = $1 AND deleted_at IS NULL AND ($2::boolean OR active)
    AND ($3::text IS NULL OR agent_id = $3::text)`
  const params = [filter.accountId, filter.includeInactive, filter.agentId ?? null]
  const [list, count] = await Promise.all([
    db.query<WebhookRow>(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE ${where} ORDER BY created_at DESC, id DESC OFFSET $4 LIMIT $5`,
      [...params, filter.offset, filter.limit],
    ),
    db.query<{ total: number }>(`SELECT count(*)::int AS total FROM webhooks WHERE ${where}`, params),
  ])
  return { rows: list.rows, total: Number(count.rows[0]?.total ?? 0) }
}
