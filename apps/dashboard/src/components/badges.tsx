import type { DeliveryStatus, Webhook } from '@voicehooks/client'
import { Time } from './time.js'

const STATUS_LABELS: Record<DeliveryStatus, string> = {
  pending: 'Pending',
  processing: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
  dead: 'Dead',
}

/** A delivery's status as a coloured label (the colour is never the only cue: the word is there). */
export function StatusBadge({ status }: { status: DeliveryStatus }) {
  return <span class={`badge status-${status}`}>{STATUS_LABELS[status] ?? status}</span>
}

/** Whether an endpoint receives deliveries, and if the sender turned it off, why and when. */
export function EndpointState({ webhook, detailed = false }: { webhook: Webhook; detailed?: boolean }) {
  if (webhook.active) return <span class="badge state-active">Active</span>
  if (!webhook.disabled_reason) return <span class="badge state-paused">Disabled</span>
  return (
    <span class="state-auto">
      <span class="badge state-auto-disabled">Auto-disabled</span>
      {detailed ? null : (
        <span class="muted small">
          {' '}
          {webhook.disabled_reason}
          {webhook.disabled_at ? (
            <>
              {' · '}
              <Time iso={webhook.disabled_at} />
            </>
          ) : null}
        </span>
      )}
    </span>
  )
}
