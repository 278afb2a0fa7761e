import { useState } from 'preact/hooks'
import { Link, useParams } from 'wouter-preact'
import { AttemptList } from '../components/attempt-list.js'
import { StatusBadge } from '../components/badges.js'
import { JsonView } from '../components/json-view.js'
import { Loading } from '../components/loading.js'
import { ProblemNote } from '../components/problem-note.js'
import { Time } from '../components/time.js'
import { useSession } from '../lib/session-context.js'
import { useAsync, useInterval } from '../lib/use-async.js'

/** One delivery: where it stands, retry, the envelope sent and every attempt. */
export function DeliveryPage() {
  const { client } = useSession()
  const { id } = useParams<{ id: string }>()
  const delivery = useAsync(() => client.deliveries.get(id), [client, id])
  const [retryError, setRetryError] = useState<unknown>(undefined)
  const [retrying, setRetrying] = useState(false)
  const [said, setSaid] = useState('')
  const d = delivery.data
  const moving = d?.status === 'pending' || d?.status === 'processing'
  useInterval(() => void delivery.reload(), 1000, moving)

  if (!d) return delivery.error ? <ProblemNote error={delivery.error} /> : <Loading what="the delivery" />

  return (
    <>
      <p class="crumbs">
        <Link href="/deliveries">Deliveries</Link>
        {' / '}
        <Link href={`/endpoints/${d.webhook_id}`}>Endpoint</Link>
      </p>
      <div class="page-head">
        <div class="title-block">
          <h1>
            <code>{d.event_type}</code>
          </h1>
          <p>
            <StatusBadge status={d.status} /> <span class="muted id">{d.id}</span>
          </p>
        </div>
        <div class="actions">
          <button
            type="button"
            class="button"
            disabled={retrying || moving}
            onClick={async () => {
              setRetrying(true)
              setRetryError(undefined)
              setSaid('')
              try {
                await client.deliveries.retry(d.id)
                setSaid('Retry queued.')
                await delivery.reload()
              } catch (caught) {
                setRetryError(caught)
              } finally {
                setRetrying(false)
              }
            }}
          >
            {retrying ? 'Queuing…' : 'Retry now'}
          </button>
          <span aria-live="polite" class="result">
            {said}
          </span>
        </div>
      </div>
      <ProblemNote error={retryError} />
      <dl class="facts card">
        <dt>Event id</dt>
        <dd>
          <code class="id">{d.event_id}</code>
        </dd>
        <dt>Attempts</dt>
        <dd>
          {d.attempt_count} of {d.max_attempts}
        </dd>
        <dt>Created</dt>
        <dd>
          <Time iso={d.created_at} relative />
        </dd>
        <dt>Delivered</dt>
        <dd>
          <Time iso={d.delivered_at} />
        </dd>
        {d.next_attempt_at ? (
          <>
            <dt>Next attempt</dt>
            <dd>
              <Time iso={d.next_attempt_at} relative />
            </dd>
          </>
        ) : null}
        {d.last_error ? (
          <>
            <dt>Last error</dt>
            <dd class="attempt-error">{d.last_error}</dd>
          </>
        ) : null}
      </dl>
      <div class="grid-2 wide-first">
        <section aria-labelledby="attempts-title">
          <h2 id="attempts-title">Attempts</h2>
          <AttemptList attempts={d.attempts} />
        </section>
        <section aria-labelledby="payload-title">
          <h2 id="payload-title">Payload</h2>
          <p class="muted small">The envelope POSTed to the endpoint, the same bytes on every attempt.</p>
          <JsonView value={d.payload} label="Delivery payload" />
        </section>
      </div>
    </>
  )
}
