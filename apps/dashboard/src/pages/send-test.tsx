import type { DeliveryDetail, Webhook } from '@voicehooks/client'
import { useState } from 'preact/hooks'
import { Link } from 'wouter-preact'
import { StatusBadge } from '../components/badges.js'
import { JsonView } from '../components/json-view.js'
import { ProblemNote } from '../components/problem-note.js'
import { useCatalog } from '../lib/catalog.js'
import { useSession } from '../lib/session-context.js'
import { useInterval } from '../lib/use-async.js'

const FINAL = new Set(['delivered', 'failed', 'dead'])

/** Sends a catalog example to the endpoint and follows the delivery until it is delivered or fails. */
export function SendTest({ webhook, onFinished }: { webhook: Webhook; onFinished(): void }) {
  const { client } = useSession()
  const catalog = useCatalog(client)
  const [type, setType] = useState('test.ping')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const [delivery, setDelivery] = useState<DeliveryDetail | undefined>(undefined)
  const emitted = catalog.data?.filter((t) => !t.reserved) ?? []
  const chosen = emitted.find((t) => t.name === type)
  const watching = delivery !== undefined && !FINAL.has(delivery.status)

  useInterval(
    async () => {
      if (!delivery) return
      try {
        const next = await client.deliveries.get(delivery.id)
        setDelivery(next)
        if (FINAL.has(next.status)) onFinished()
      } catch (caught) {
        setError(caught)
      }
    },
    500,
    watching,
  )

  return (
    <section class="card" aria-labelledby="send-test-title">
      <h2 id="send-test-title">Send a test event</h2>
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          setError(undefined)
          setDelivery(undefined)
          try {
            const sent = await client.webhooks.test(webhook.id, { type })
            setDelivery(await client.deliveries.get(sent.delivery_id))
          } catch (caught) {
            setError(caught)
          } finally {
            setBusy(false)
          }
        }}
      >
        <div class="field">
          <label for="test-type">Event type</label>
          <select id="test-type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
            {emitted.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button" disabled={busy || !webhook.active}>
          {busy ? 'Sending…' : 'Send test event'}
        </button>
      </form>
      {!webhook.active ? <p class="muted">Enable the endpoint to send it a test event.</p> : null}
      <ProblemNote error={error} />
      <div class="test-result" aria-live="polite" data-testid="test-result">
        {delivery ? (
          <p>
            <StatusBadge status={delivery.status} />{' '}
            {delivery.status === 'delivered'
              ? `Delivered on attempt ${delivery.attempt_count}.`
              : FINAL.has(delivery.status)
                ? `Not delivered: ${delivery.last_error ?? delivery.status}.`
                : delivery.attempt_count > 0
                  ? `Attempt ${delivery.attempt_count} failed (${delivery.last_error ?? 'no answer'}); retrying…`
                  : 'Sending…'}{' '}
            <Link href={`/deliveries/${delivery.id}`}>Open the delivery</Link>
          </p>
        ) : null}
      </div>
      {chosen ? (
        <details class="example" open>
          <summary>Example payload of {chosen.name}</summary>
          <p class="muted">{chosen.summary}</p>
          <JsonView value={chosen.example} label={`Example data of ${chosen.name}`} />
        </details>
      ) : null}
    </section>
  )
}
