import type { Sql } from '@voicehooks/store'

/** An endpoint this worker just disabled. */
export interface DisabledWebhook {
  id: string
  account_id: string
  url: string
  description: string | null
  reason: string
  disabled_at: Date
  /** Its pending or in-flight deliveries, now `dead`. */
  deadDeliveries: number
  /** Set when an alert mail is due (none sent for this webhook in the last hour): the recipient. */
  alertTo: string | undefined
}

interface WebhookRow {
  id: string
  account_id: string
  url: string
  description: string | null
  disabled_at: Date | string
}

/**
 * Disables an active webhook with `reason`, turns its queued deliveries `dead` (clearing their
 * lease, so an attempt in flight elsewhere cannot finish them) and takes the hourly alert slot in
 * the same transaction, so two processes disabling together mail once. `undefined` when it was
 * already inactive or deleted.
 */
export async function disableWebhook(
  tx: Sql,
  webhookId: string,
  reason: string,
): Promise<DisabledWebhook | undefined> {
  const updated = await tx.query<WebhookRow>(
    `UPDATE webhooks SET active = false, disabled_reason = $2, disabled_at = now(), updated_at = now()
      WHERE id = $1 AND active AND deleted_at IS NULL
      RETURNING id, account_id, url, description, disabled_at`,
    [webhookId, reason],
  )
  const webhook = updated.rows[0]
  if (!webhook) return undefined
  const dead = await tx.query(
    `UPDATE deliveries SET status = 'dead', last_error = $2, lease_owner = NULL, next_attempt_at = NULL,
            updated_at = now()
      WHERE webhook_id = $1 AND status IN ('pending', 'processing')`,
    [webhookId, `endpoint disabled: ${reason}`],
  )
  const alert = await tx.query<{ alert_email: string }>(
    `UPDATE webhooks SET last_alert_at = now()
      WHERE id = $1 AND alert_email IS NOT NULL AND alert_email <> ''
        AND (last_alert_at IS NULL OR last_alert_at <= now() - interval '1 hour')
      RETURNING alert_email`,
    [webhookId],
  )
  return {
    id: webhook.id,
    account_id: webhook.account_id,
    url: webhook.url,
    description: webhook.description,
    reason,
    disabled_at: new Date(webhook.disabled_at),
    deadDeliveries: dead.rowCount,
    alertTo: alert.rows[0]?.alert_email,
  }
}
