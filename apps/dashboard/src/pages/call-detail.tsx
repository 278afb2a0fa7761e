import type { CallbackDelivery } from '@voicehooks/client'
import { Link, useParams } from 'wouter-preact'
import { AttemptList } from '../components/attempt-list.js'
import { StatusBadge } from '../components/badges.js'
import { JsonView } from '../components/json-view.js'
import { Loading } from '../components/loading.js'
import { ProblemNote } from '../components/problem-note.js'
import { Time } from '../components/time.js'
import { useSession } from '../lib/session-context.js'
import { useAsync } from '../lib/use-async.js'

/** Every page of a call's callbacks (each is one reported status change), oldest first. */
async function allCallbacks(
  load: (offset: number) => Promise<{ data: CallbackDelivery[]; has_more: boolean }>,
) {
  const all: CallbackDelivery[] = []
  for (let offset = 0; ; offset += 100) {
    const page = await load(offset)
    all.push(...page.data)
    if (!page.has_more) return all.reverse()
  }
}

function reportedStatus(callback: CallbackDelivery): string {
  const data = (callback.payload as { data?: { status?: unknown; analysis?: unknown } }).data
  const status = typeof data?.status === 'string' ? data.status : 'unknown'
  return data?.analysis ? `${status} (analysis)` : status
}

/** One call: what is known, its status history, and each callback with its attempts. */
export function CallDetailPage() {
  const { client } = useSession()
  const { id } = useParams<{ id: string }>()
  const call = useAsync(() => client.calls.get(id), [client, id])
  const callbacks = useAsync(
    () => allCallbacks((offset) => client.calls.callbacks(id, { offset, limit: 100 })),
    [client, id],
  )
  const c = call.data
  if (!c) return call.error ? <ProblemNote error={call.error} /> : <Loading what="the call" />
  return (
    <>
      <p class="crumbs">
        <Link href="/calls">Calls</Link>
      </p>
      <h1>
        Call <span class={`badge call-${c.status}`}>{c.status}</span>
      </h1>
      <p class="muted id">{c.id}</p>
      <dl class="facts card">
        <dt>From → to</dt>
        <dd>
          {c.from_number} → {c.to_number} ({c.direction})
        </dd>
        <dt>Agent</dt>
        <dd>
          <code class="id">{c.agent_id}</code>
        </dd>
        <dt>Callback URL</dt>
        <dd class="wrap">{c.callback_url}</dd>
        <dt>Duration</dt>
        <dd>{c.call_duration === null ? '—' : `${c.call_duration} s`}</dd>
        <dt>Registered</dt>
        <dd>
          <Time iso={c.created_at} />
        </dd>
      </dl>
      <ProblemNote error={callbacks.error} />
      {callbacks.data ? (
        <>
          <section aria-labelledby="history-title">
            <h2 id="history-title">Status history</h2>
            <ol class="timeline">
              {callbacks.data.map((cb) => (
                <li key={cb.id}>
                  <span class={`badge call-${reportedStatus(cb).split(' ')[0]}`}>{reportedStatus(cb)}</span>{' '}
                  <Time iso={cb.created_at} /> <span class="muted small">callback</span>{' '}
                  <StatusBadge status={cb.status} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="callbacks-title">
            <h2 id="callbacks-title">Callbacks</h2>
            {callbacks.data.map((cb) => (
              <article key={cb.id} class="card" aria-label={`Callback ${reportedStatus(cb)}`}>
                <h3>
                  {reportedStatus(cb)} <StatusBadge status={cb.status} />
                </h3>
                <p class="muted small id">{cb.id}</p>
                <AttemptList attempts={cb.attempts} />
                <details>
                  <summary>Body sent</summary>
                  <JsonView value={cb.payload} label={`Body of the ${reportedStatus(cb)} callback`} />
                </details>
              </article>
            ))}
          </section>
        </>
      ) : callbacks.error ? null : (
        <Loading what="callbacks" />
      )}
    </>
  )
}
