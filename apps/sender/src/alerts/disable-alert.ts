import type { AlertMail } from './mailer.js'

/** The endpoint that was disabled, as the alert names it. */
export interface DisabledEndpoint {
  id: string
  url: string
  description: string | null
  reason: string
  disabled_at: Date
  /** Deliveries that will not be sent now. */
  deadDeliveries: number
}

/** Mail headers must stay on one line; descriptions are user input. */
function oneLine(text: string, max = 120): string {
  const flat = text.replace(/\p{Cc}+/gu, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

/** The alert sent to a webhook's `alert_email` when the sender disables it. */
export function disableAlertMail(to: string, webhook: DisabledEndpoint, prefix = 'Voicehooks'): AlertMail {
  const name = webhook.description ? `"${oneLine(webhook.description, 60)}" (${webhook.id})` : webhook.id
  return {
    to,
    subject: oneLine(`[${prefix}] Webhook ${name} was disabled`, 200),
    text: [
      `The webhook endpoint ${webhook.id} was disabled at ${webhook.disabled_at.toISOString()}.`,
      '',
      `URL:     ${webhook.url}`,
      `Reason:  ${webhook.reason}`,
      `Dropped: ${webhook.deadDeliveries} queued deliveries were marked dead.`,
      '',
      'No events are sent to it until it is enabled again:',
      `  PATCH /v1/webhooks/${webhook.id}  {"active": true}`,
      'Failed deliveries can then be sent again with POST /v1/webhooks/{id}/replay.',
      '',
      'You get at most one such mail per endpoint per hour.',
    ].join('\n'),
  }
}
