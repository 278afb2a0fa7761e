import type { Delivery, DeliveryStatus, SearchDeliveriesParams, Webhook } from '@voicehooks/client'
import { useState } from 'preact/hooks'
import { Link, useLocation } from 'wouter-preact'
import { useCatalog } from '../lib/catalog.js'
import { fromLocalInput } from '../lib/format.js'
import { useSession } from '../lib/session-context.js'
import { useAsync, useInterval } from '../lib/use-async.js'
import { StatusBadge } from './badges.js'
import { Empty, Loading } from './loading.js'
import { Pager } from './pager.js'
import { ProblemNote } from './problem-note.js'
import { Time } from './time.js'

const PAGE = 20
const STATUSES: DeliveryStatus[] = ['pending', 'processing', 'delivered', 'failed', 'dead']

/** What the filter form holds. */
export interface DeliveryFilters {
  webhookId: string
  status: string
  eventType: string
  since: string
  until: string
  search: string
}

export const NO_FILTERS: DeliveryFilters = {
  webhookId: '',
  status: '',
  eventType: '',
  since: '',
  until: '',
  search: '',
}

function queryOf(filters: DeliveryFilters, offset: number): SearchDeliveriesParams {
  const query: SearchDeliveriesParams = { offset, limit: PAGE }
  if (filters.webhookId) query.webhook_id = filters.webhookId
  if (filters.status) query.status = [filters.status as DeliveryStatus]
  if (filters.eventType) query.event_type = [filters.eventType]
  const since = fromLocalInput(filters.since)
  const until = fromLocalInput(filters.until)
  if (since) query.since = since
  if (until) query.until = until
  if (filters.search.trim()) query.search = filters.search.trim()
  return query
}

/** Deliveries as a table on wide screens and as stacked cards on narrow ones (labels from data-label). */
export function DeliveryTable({
  rows,
  endpoints,
}: {
  rows: readonly Delivery[]
  endpoints?: ReadonlyMap<string, Webhook>
}) {
  return (
    <table class="table deliveries">
      <caption class="visually-hidden">Deliveries, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Event</th>
          {endpoints ? <th scope="col">Endpoint</th> : null}
          <th scope="col">Attempts</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span class="visually-hidden">Details</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.id} data-id={d.id} data-status={d.status}>
            <td data-label="Status">
              <StatusBadge status={d.status} />
              {d.last_status_code ? <span class="muted small"> HTTP {d.last_status_code}</span> : null}
            </td>
            <td data-label="Event">
              <code>{d.event_type}</code>
              <div class="muted small id">{d.event_id}</div>
            </td>
            {endpoints ? (
              <td data-label="Endpoint" class="wrap">
                {endpoints.get(d.webhook_id)?.url ?? <code class="small">{d.webhook_id}</code>}
              </td>
            ) : null}
            <td data-label="Attempts">
              {d.attempt_count} / {d.max_attempts}
            </td>
            <td data-label="Created">
              <Time iso={d.created_at} />
            </td>
            <td class="row-action">
              <Link
                href={`/deliveries/${d.id}`}
                class="button secondary small"
                aria-label={`Open delivery ${d.id} (${d.event_type})`}
              >
                Open
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * Filters, search and real pagination over `GET /v1/deliveries`. With `webhookId` it shows one endpoint's
 * deliveries; otherwise every endpoint's, with an endpoint filter. Refreshes itself while any row on the
 * page is still pending or being sent.
 */
export function DeliveryBrowser({
  webhookId,
  initial = NO_FILTERS,
}: {
  webhookId?: string
  initial?: DeliveryFilters
}) {
  const { client } = useSession()
  const [, navigate] = useLocation()
  const catalog = useCatalog(client)
  const [draft, setDraft] = useState<DeliveryFilters>(initial)
  const [filters, setFilters] = useState<DeliveryFilters>(initial)
  const [offset, setOffset] = useState(0)
  const effective = webhookId ? { ...filters, webhookId } : filters
  const list = useAsync(
    () => client.deliveries.search(queryOf(effective, offset)),
    [client, JSON.stringify(effective), offset],
  )
  const endpoints = useAsync(
    async () =>
      webhookId ? undefined : (await client.webhooks.list({ include_inactive: true, limit: 100 })).data,
    [client, webhookId],
  )
  const endpointMap = endpoints.data ? new Map(endpoints.data.map((w) => [w.id, w])) : undefined
  const busy = list.data?.data.some((d) => d.status === 'pending' || d.status === 'processing') ?? false
  useInterval(() => void list.reload(), 2000, busy)

  const apply = (event: Event) => {
    event.preventDefault()
    const search = draft.search.trim()
    // A delivery id opens the delivery itself: that is what someone pasting one wants.
    if (/^dlv_[0-9A-Za-z]{10,64}$/.test(search)) {
      navigate(`/deliveries/${search}`)
      return
    }
    setOffset(0)
    setFilters(draft)
  }
  const set = (key: keyof DeliveryFilters) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value
    setDraft((d) => ({ ...d, [key]: value }))
  }

  return (
    <section class="deliveries-browser" aria-label="Deliveries">
      <form class="filters" onSubmit={apply} aria-label="Filter deliveries">
        <div class="field search">
          <label for="delivery-search">Search by event or delivery id</label>
          <input
            id="delivery-search"
            placeholder="evt_… or dlv_…"
            value={draft.search}
            onInput={set('search')}
          />
        </div>
        {webhookId ? null : (
          <div class="field">
            <label for="filter-endpoint">Endpoint</label>
            <select id="filter-endpoint" value={draft.webhookId} onChange={set('webhookId')}>
              <option value="">All endpoints</option>
              {endpoints.data?.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.url}
                </option>
              ))}
            </select>
          </div>
        )}
        <div class="field">
          <label for="filter-status">Status</label>
          <select id="filter-status" value={draft.status} onChange={set('status')}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-type">Event type</label>
          <select id="filter-type" value={draft.eventType} onChange={set('eventType')}>
            <option value="">Any type</option>
            {catalog.data?.map((t) => (
              <option key={t.name} value={t.name}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-since">From</label>
          <input id="filter-since" type="datetime-local" value={draft.since} onInput={set('since')} />
        </div>
        <div class="field">
          <label for="filter-until">Until</label>
          <input id="filter-until" type="datetime-local" value={draft.until} onInput={set('until')} />
        </div>
        <div class="filter-actions">
          <button type="submit" class="button">
            Apply
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              setDraft(NO_FILTERS)
              setFilters(NO_FILTERS)
              setOffset(0)
            }}
          >
            Clear
          </button>
        </div>
      </form>
      <ProblemNote error={list.error} />
      {list.loading && !list.data ? <Loading what="deliveries" /> : null}
      {list.data && list.data.total === 0 ? (
        <Empty
          title={
            JSON.stringify(filters) === JSON.stringify(NO_FILTERS)
              ? 'No deliveries yet'
              : 'No delivery matches these filters'
          }
        >
          {webhookId
            ? 'Send a test event to see one arrive.'
            : 'Deliveries appear here as soon as events are published.'}
        </Empty>
      ) : null}
      {list.data && list.data.data.length > 0 ? (
        <>
          <DeliveryTable rows={list.data.data} {...(endpointMap ? { endpoints: endpointMap } : {})} />
          <Pager
            label="Delivery"
            offset={list.data.offset}
            limit={PAGE}
            total={list.data.total}
            shown={list.data.data.length}
            onChange={setOffset}
          />
        </>
      ) : null}
    </section>
  )
}
