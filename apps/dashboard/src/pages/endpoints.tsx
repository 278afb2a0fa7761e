import type { Webhook } from '@voicehooks/client'
import { useState } from 'preact/hooks'
import { Link } from 'wouter-preact'
import { EndpointState } from '../components/badges.js'
import { DeliveryChart } from '../components/delivery-chart.js'
import { Empty, Loading } from '../components/loading.js'
import { Pager } from '../components/pager.js'
import { ProblemNote } from '../components/problem-note.js'
import { useSession } from '../lib/session-context.js'
import { useAsync } from '../lib/use-async.js'

const PAGE = 20

/** The events an endpoint receives, as chips; "All events" when it takes every type. */
export function EventChips({ events }: { events: readonly string[] | null }) {
  if (!events) return <span class="chip chip-all">All events</span>
  const shown = events.slice(0, 4)
  return (
    <span class="chips">
      {shown.map((name) => (
        <span class="chip" key={name}>
          {name}
        </span>
      ))}
      {events.length > shown.length ? (
        <span class="chip chip-more">+{events.length - shown.length} more</span>
      ) : null}
    </span>
  )
}

function EndpointCard({ webhook }: { webhook: Webhook }) {
  const { client } = useSession()
  const stats = useAsync(() => client.deliveries.stats(webhook.id), [client, webhook.id])
  return (
    <li class="card endpoint-card" data-testid="endpoint-card" data-id={webhook.id}>
      <div class="endpoint-main">
        <h2 class="endpoint-url">
          <Link href={`/endpoints/${webhook.id}`}>{webhook.url}</Link>
        </h2>
        {webhook.description ? <p class="endpoint-description">{webhook.description}</p> : null}
        <p class="endpoint-meta">
          <EndpointState webhook={webhook} />
          {webhook.consecutive_failures > 0 ? (
            <span class="failures">{webhook.consecutive_failures} failed in a row</span>
          ) : null}
          {webhook.agent_id ? (
            <span class="muted small">
              agent <code>{webhook.agent_id}</code>
            </span>
          ) : null}
        </p>
        <EventChips events={webhook.events} />
      </div>
      <div class="endpoint-chart">
        {stats.data ? (
          <DeliveryChart stats={stats.data} compact />
        ) : stats.error ? (
          <ProblemNote error={stats.error} />
        ) : (
          <Loading what="the chart" />
        )}
      </div>
    </li>
  )
}

/** Every endpoint of the account (or of the portal's agent), newest first. */
export function EndpointsPage() {
  const { client } = useSession()
  const [offset, setOffset] = useState(0)
  const list = useAsync(
    () => client.webhooks.list({ include_inactive: true, offset, limit: PAGE }),
    [client, offset],
  )
  return (
    <>
      <div class="page-head">
        <h1>Endpoints</h1>
        <Link href="/endpoints/new" class="button">
          Add endpoint
        </Link>
      </div>
      <p class="lead">Where your events are delivered, how each endpoint is doing, and its last 24 hours.</p>
      <ProblemNote error={list.error} />
      {list.loading && !list.data ? <Loading what="endpoints" /> : null}
      {list.data && list.data.total === 0 ? (
        <Empty title="No endpoints yet">
          Add an endpoint: the URL of your server that should receive events. You can send it a test event
          right after.
        </Empty>
      ) : null}
      {list.data && list.data.data.length > 0 ? (
        <>
          <ul class="endpoint-list">
            {list.data.data.map((webhook) => (
              <EndpointCard key={webhook.id} webhook={webhook} />
            ))}
          </ul>
          <Pager
            label="Endpoint"
            offset={list.data.offset}
            limit={PAGE}
            total={list.data.total}
            shown={list.data.data.length}
            onChange={setOffset}
          />
        </>
      ) : null}
    </>
  )
}
