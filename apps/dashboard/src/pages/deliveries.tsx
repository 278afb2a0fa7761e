import { useSearch } from 'wouter-preact'
import { DeliveryBrowser, NO_FILTERS } from '../components/delivery-browser.js'

/** Every endpoint's deliveries; `?webhook_id=…&status=…` preselects filters. */
export function DeliveriesPage() {
  const query = new URLSearchParams(useSearch())
  const initial = {
    ...NO_FILTERS,
    webhookId: query.get('webhook_id') ?? '',
    status: query.get('status') ?? '',
    search: query.get('search') ?? '',
  }
  return (
    <>
      <h1>Deliveries</h1>
      <p class="lead">
        Every event sent to every endpoint, newest first. Open one for its payload and attempts.
      </p>
      <DeliveryBrowser initial={initial} />
    </>
  )
}
