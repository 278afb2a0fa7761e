/** The reason given when a `410 Gone` disables an endpoint. */
export const GONE_REASON = '410 Gone from endpoint'

/** A webhook a batch of outcomes just disabled (docs/architecture.md, "Completing"). */
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
