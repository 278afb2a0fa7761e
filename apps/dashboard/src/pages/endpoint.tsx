import type { RotateSecretResponse, Webhook } from '@voicehooks/client'
import { useState } from 'preact/hooks'
import { Link, useLocation, useParams } from 'wouter-preact'
import { EndpointState } from '../components/badges.js'
import { ConfirmDialog } from '../components/confirm-dialog.js'
import { DeliveryBrowser } from '../components/delivery-browser.js'
import { DeliveryChart } from '../components/delivery-chart.js'
import { Loading } from '../components/loading.js'
import { ProblemNote } from '../components/problem-note.js'
import { SecretReveal } from '../components/secret-reveal.js'
import { Time } from '../components/time.js'
import { fromLocalInput, toLocalInput } from '../lib/format.js'
import { useSession } from '../lib/session-context.js'
import { useAsync } from '../lib/use-async.js'
import { EventChips } from './endpoints.js'
import { SendTest } from './send-test.js'

const GRACE_PERIODS = [
  { seconds: 0, label: 'None: retire the old secret now' },
  { seconds: 3600, label: '1 hour' },
  { seconds: 86_400, label: '24 hours' },
  { seconds: 604_800, label: '7 days' },
]

/** One action's state: what it is doing and what went wrong, shown beside its button. */
function useAction() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const run = async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true)
    setError(undefined)
    try {
      return await work()
    } catch (caught) {
      setError(caught)
      return undefined
    } finally {
      setBusy(false)
    }
  }
  return { busy, error, run, clear: () => setError(undefined) }
}

function Settings({ webhook }: { webhook: Webhook }) {
  const headerNames = Object.keys(webhook.headers)
  return (
    <dl class="facts">
      <dt>Events</dt>
      <dd>
        <EventChips events={webhook.events} />
      </dd>
      <dt>Agent</dt>
      <dd>{webhook.agent_id ? <code>{webhook.agent_id}</code> : 'Every agent'}</dd>
      <dt>Signature</dt>
      <dd>
        <code>{webhook.signature_scheme}</code>
      </dd>
      <dt>Custom headers</dt>
      <dd>
        {headerNames.length
          ? headerNames.map((h) => (
              <code key={h} class="chip">
                {h}
              </code>
            ))
          : 'None'}
      </dd>
      <dt>Rate limit</dt>
      <dd>{webhook.rate_limit_per_second ? `${webhook.rate_limit_per_second} per second` : 'No limit'}</dd>
      <dt>Attempts</dt>
      <dd>{webhook.max_attempts} per delivery</dd>
      <dt>Alert e-mail</dt>
      <dd>{webhook.alert_email ?? 'None'}</dd>
      <dt>Failures in a row</dt>
      <dd data-testid="consecutive-failures">{webhook.consecutive_failures}</dd>
      <dt>Created</dt>
      <dd>
        <Time iso={webhook.created_at} />
      </dd>
      <dt>Id</dt>
      <dd>
        <code class="id">{webhook.id}</code>
      </dd>
    </dl>
  )
}

function Replay({ webhook }: { webhook: Webhook }) {
  const { client } = useSession()
  const [since, setSince] = useState(() => toLocalInput(new Date(Date.now() - 24 * 3_600_000).toISOString()))
  const [result, setResult] = useState<number | undefined>(undefined)
  const action = useAction()
  return (
    <section class="card" aria-labelledby="replay-title">
      <h2 id="replay-title">Replay failed deliveries</h2>
      <p class="muted">
        Queue again every failed or dead delivery created since a time, for example after fixing an outage.
      </p>
      <form
        class="inline-form"
        onSubmit={async (e) => {
          e.preventDefault()
          setResult(undefined)
          const iso = fromLocalInput(since)
          const done = await action.run(() => client.webhooks.replay(webhook.id, { since: iso ?? since }))
          if (done) setResult(done.replayed)
        }}
      >
        <div class="field">
          <label for="replay-since">Since</label>
          <input
            id="replay-since"
            type="datetime-local"
            required
            value={since}
            onInput={(e) => setSince(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button secondary" disabled={action.busy}>
          {action.busy ? 'Replaying…' : 'Replay failed'}
        </button>
      </form>
      <ProblemNote error={action.error} />
      <p aria-live="polite" class="result" data-testid="replay-result">
        {result === undefined
          ? ''
          : result === 0
            ? 'Nothing to replay: no failed deliveries since then.'
            : `${result} deliveries queued again.`}
      </p>
    </section>
  )
}

/** One endpoint: its state and actions, chart, test events, secret rotation, replay and deliveries. */
export function EndpointPage() {
  const { client } = useSession()
  const { id } = useParams<{ id: string }>()
  const [, navigate] = useLocation()
  const endpoint = useAsync(() => client.webhooks.get(id), [client, id])
  const stats = useAsync(() => client.deliveries.stats(id), [client, id])
  const toggle = useAction()
  const rotate = useAction()
  const remove = useAction()
  const [rotating, setRotating] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const [grace, setGrace] = useState(86_400)
  const [rotated, setRotated] = useState<RotateSecretResponse | undefined>(undefined)
  const [refresh, setRefresh] = useState(0)

  const webhook = endpoint.data
  if (!webhook)
    return endpoint.error ? <ProblemNote error={endpoint.error} /> : <Loading what="the endpoint" />

  const setActive = async (active: boolean) => {
    const updated = await toggle.run(() => client.webhooks.update(webhook.id, { active }))
    if (updated) await endpoint.reload()
  }

  return (
    <>
      <p class="crumbs">
        <Link href="/endpoints">Endpoints</Link>
      </p>
      <div class="page-head">
        <div class="title-block">
          <h1 class="endpoint-title">{webhook.url}</h1>
          {webhook.description ? <p class="lead">{webhook.description}</p> : null}
          <p>
            <EndpointState webhook={webhook} detailed />
          </p>
        </div>
        <div class="actions">
          <Link href={`/endpoints/${webhook.id}/edit`} class="button secondary">
            Edit
          </Link>
          {webhook.active ? (
            <button
              type="button"
              class="button secondary"
              disabled={toggle.busy}
              onClick={() => setActive(false)}
            >
              Disable
            </button>
          ) : webhook.disabled_reason ? null : (
            <button type="button" class="button" disabled={toggle.busy} onClick={() => setActive(true)}>
              Enable
            </button>
          )}
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              rotate.clear()
              setRotated(undefined)
              setRotating(true)
            }}
          >
            Rotate secret
          </button>
          <button
            type="button"
            class="button danger-outline"
            onClick={() => {
              remove.clear()
              setDeleting(true)
            }}
          >
            Delete
          </button>
        </div>
      </div>
      <ProblemNote error={toggle.error} />

      {!webhook.active && webhook.disabled_reason ? (
        <div class="banner banner-danger" role="status">
          <p>
            <strong>The sender disabled this endpoint</strong>
            {webhook.disabled_at ? (
              <>
                {' on '}
                <Time iso={webhook.disabled_at} />
              </>
            ) : null}
            : {webhook.disabled_reason}. Nothing is delivered until you re-enable it; fix the endpoint first,
            then replay what failed.
          </p>
          <button type="button" class="button" disabled={toggle.busy} onClick={() => setActive(true)}>
            Re-enable
          </button>
        </div>
      ) : null}

      {rotated ? (
        <div class="card">
          <SecretReveal secret={rotated.secret} previousUntil={rotated.previous_secret_expires_at} />
          <button type="button" class="button secondary" onClick={() => setRotated(undefined)}>
            Done
          </button>
        </div>
      ) : null}

      <div class="grid-2">
        <section class="card" aria-labelledby="chart-title">
          <h2 id="chart-title">Last 24 hours</h2>
          {stats.data ? (
            <DeliveryChart stats={stats.data} />
          ) : stats.error ? (
            <ProblemNote error={stats.error} />
          ) : (
            <Loading what="the chart" />
          )}
        </section>
        <section class="card" aria-labelledby="settings-title">
          <h2 id="settings-title">Settings</h2>
          <Settings webhook={webhook} />
        </section>
      </div>

      <SendTest
        webhook={webhook}
        onFinished={() => {
          void stats.reload()
          void endpoint.reload()
          setRefresh((n) => n + 1)
        }}
      />

      <section aria-labelledby="deliveries-title">
        <h2 id="deliveries-title">Deliveries</h2>
        <DeliveryBrowser key={refresh} webhookId={webhook.id} />
      </section>

      <Replay webhook={webhook} />

      <ConfirmDialog
        open={rotating}
        title="Rotate the signing secret"
        confirmLabel="Rotate secret"
        busy={rotate.busy}
        onClose={() => setRotating(false)}
        onConfirm={async () => {
          const done = await rotate.run(() =>
            client.webhooks.rotateSecret(webhook.id, { grace_period_seconds: grace }),
          )
          if (done) {
            setRotated(done)
            setRotating(false)
          }
        }}
      >
        <p>
          A new secret signs every delivery from now on. During the grace period the old one signs too, so
          receivers can switch without failing.
        </p>
        <label for="grace">Grace period for the old secret</label>
        <select id="grace" value={grace} onChange={(e) => setGrace(Number(e.currentTarget.value))}>
          {GRACE_PERIODS.map((g) => (
            <option key={g.seconds} value={g.seconds}>
              {g.label}
            </option>
          ))}
        </select>
        <ProblemNote error={rotate.error} />
      </ConfirmDialog>

      <ConfirmDialog
        open={deleting}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        danger
        busy={remove.busy}
        onClose={() => setDeleting(false)}
        onConfirm={async () => {
          const done = await remove.run(async () => {
            await client.webhooks.delete(webhook.id)
            return true
          })
          if (done) navigate('/endpoints')
        }}
      >
        <p>
          <strong>{webhook.url}</strong> stops receiving events at once, and its queued deliveries are
          dropped. Its past deliveries stay readable. This cannot be undone.
        </p>
        <ProblemNote error={remove.error} />
      </ConfirmDialog>
    </>
  )
}
