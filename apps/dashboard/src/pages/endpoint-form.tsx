import type {
  EventTypeInfo,
  SignatureScheme,
  Webhook,
  WebhookCreate,
  WebhookWithSecret,
} from '@voicehooks/client'
import { useEffect, useState } from 'preact/hooks'
import { Link, useLocation, useParams } from 'wouter-preact'
import { Loading } from '../components/loading.js'
import { ProblemNote } from '../components/problem-note.js'
import { SecretReveal } from '../components/secret-reveal.js'
import { useCatalog } from '../lib/catalog.js'
import { useSession } from '../lib/session-context.js'
import { useAsync } from '../lib/use-async.js'

const SCHEMES: { value: SignatureScheme; label: string }[] = [
  { value: 'standard', label: 'Standard Webhooks only (webhook-signature header)' },
  { value: 'hmac-sha256-hex', label: 'Also X-…-Signature: hex HMAC of "{timestamp}.{body}"' },
  { value: 't-v1', label: 'Also X-…-Signature: t={timestamp},v1={hex} (Stripe style)' },
  {
    value: 'body-hex',
    label: 'Also X-…-Signature: hex HMAC of the body only (weaker: no replay protection)',
  },
]

interface HeaderRow {
  key: number
  name: string
  value: string
}

interface FormState {
  url: string
  description: string
  allEvents: boolean
  events: Set<string>
  agentId: string
  scheme: SignatureScheme
  headers: HeaderRow[]
  rateLimit: string
  alertEmail: string
  maxAttempts: string
}

let rowKey = 0

function initialState(webhook: Webhook | undefined, scopedAgent: string | null | undefined): FormState {
  return {
    url: webhook?.url ?? '',
    description: webhook?.description ?? '',
    allEvents: webhook ? webhook.events === null : true,
    events: new Set(webhook?.events ?? []),
    agentId: webhook?.agent_id ?? scopedAgent ?? '',
    scheme: webhook?.signature_scheme ?? 'standard',
    headers: Object.entries(webhook?.headers ?? {}).map(([name, value]) => ({ key: ++rowKey, name, value })),
    rateLimit: webhook?.rate_limit_per_second ? String(webhook.rate_limit_per_second) : '',
    alertEmail: webhook?.alert_email ?? '',
    maxAttempts: String(webhook?.max_attempts ?? 6),
  }
}

/** The request body the form describes; empty optional fields become null (cleared) or are left out. */
function bodyOf(form: FormState, editing: boolean): WebhookCreate {
  const headers = Object.fromEntries(
    form.headers.filter((h) => h.name.trim()).map((h) => [h.name.trim(), h.value]),
  )
  const body: WebhookCreate = {
    url: form.url.trim(),
    description: form.description.trim() || null,
    events: form.allEvents ? null : [...form.events],
    signature_scheme: form.scheme,
    headers,
    alert_email: form.alertEmail.trim() || null,
    rate_limit_per_second: form.rateLimit.trim() ? Number(form.rateLimit) : null,
    max_attempts: Number(form.maxAttempts),
  }
  const agent = form.agentId.trim()
  if (agent || editing) body.agent_id = agent || null
  return body
}

/** Event types grouped by resource (`call`, `appointment`, …) for the picker. */
function groups(catalog: readonly EventTypeInfo[]): [string, EventTypeInfo[]][] {
  const byResource = new Map<string, EventTypeInfo[]>()
  for (const type of catalog) {
    const resource = type.name.split('.')[0] ?? type.name
    byResource.set(resource, [...(byResource.get(resource) ?? []), type])
  }
  return [...byResource.entries()]
}

function EventPicker({
  form,
  setForm,
}: {
  form: FormState
  setForm(update: (f: FormState) => FormState): void
}) {
  const { client } = useSession()
  const catalog = useCatalog(client)
  const toggle = (name: string, on: boolean) =>
    setForm((f) => {
      const events = new Set(f.events)
      if (on) events.add(name)
      else events.delete(name)
      return { ...f, events }
    })
  return (
    <fieldset class="field">
      <legend>Events</legend>
      <label class="check">
        <input
          type="radio"
          name="events-mode"
          checked={form.allEvents}
          onChange={() => setForm((f) => ({ ...f, allEvents: true }))}
        />
        Every event type, including ones added later
      </label>
      <label class="check">
        <input
          type="radio"
          name="events-mode"
          checked={!form.allEvents}
          onChange={() => setForm((f) => ({ ...f, allEvents: false }))}
        />
        Only the types I pick
      </label>
      {form.allEvents ? null : catalog.data ? (
        <div class="event-groups">
          {groups(catalog.data).map(([resource, types]) => (
            <fieldset class="event-group" key={resource}>
              <legend>{resource}</legend>
              {types.map((type) => (
                <label class="check" key={type.name} title={type.summary}>
                  <input
                    type="checkbox"
                    name="events"
                    value={type.name}
                    checked={form.events.has(type.name)}
                    onChange={(e) => toggle(type.name, e.currentTarget.checked)}
                  />
                  <code>{type.name}</code>
                  {type.reserved ? <span class="badge reserved">reserved</span> : null}
                </label>
              ))}
            </fieldset>
          ))}
          <p class="muted small">
            {form.events.size} selected. Reserved types are catalogued but not sent yet.
          </p>
        </div>
      ) : catalog.error ? (
        <ProblemNote error={catalog.error} />
      ) : (
        <Loading what="the event catalog" />
      )}
    </fieldset>
  )
}

/** Create an endpoint (`/endpoints/new`) or edit one (`/endpoints/:id/edit`). */
export function EndpointFormPage() {
  const { client, me } = useSession()
  const params = useParams<{ id?: string }>()
  const [, navigate] = useLocation()
  const editing = params.id !== undefined
  const existing = useAsync(
    () => (params.id ? client.webhooks.get(params.id) : Promise.resolve(undefined)),
    [client, params.id],
  )
  const scopedAgent = me.portal?.agent_id
  const [form, setFormState] = useState<FormState>(() => initialState(undefined, scopedAgent))
  const [error, setError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<WebhookWithSecret | undefined>(undefined)
  const setForm = (update: (f: FormState) => FormState) => setFormState((f) => update(f))

  useEffect(() => {
    if (existing.data) setFormState(initialState(existing.data, scopedAgent))
  }, [existing.data, scopedAgent])

  if (created) {
    return (
      <>
        <h1>Endpoint created</h1>
        <p class="lead">
          Deliveries to <strong>{created.url}</strong> are signed with this secret.
        </p>
        <SecretReveal secret={created.secret} />
        <div class="actions">
          <Link href={`/endpoints/${created.id}`} class="button">
            I saved it: go to the endpoint
          </Link>
        </div>
      </>
    )
  }
  if (editing && !existing.data) {
    return existing.error ? <ProblemNote error={existing.error} /> : <Loading what="the endpoint" />
  }

  const submit = async (event: Event) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    try {
      const body = bodyOf(form, editing)
      if (params.id) {
        await client.webhooks.update(params.id, body)
        navigate(`/endpoints/${params.id}`)
      } else {
        setCreated(await client.webhooks.create(body))
      }
    } catch (caught) {
      setError(caught)
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <p class="crumbs">
        <Link href="/endpoints">Endpoints</Link>
        {editing ? (
          <>
            {' / '}
            <Link href={`/endpoints/${params.id}`}>{existing.data?.url}</Link>
          </>
        ) : null}
      </p>
      <h1>{editing ? 'Edit endpoint' : 'Add an endpoint'}</h1>
      <form class="form" onSubmit={submit} noValidate>
        <div class="field">
          <label for="url">Endpoint URL</label>
          <input
            id="url"
            type="url"
            required
            placeholder="https://example.com/webhooks"
            value={form.url}
            onInput={(e) => setForm((f) => ({ ...f, url: e.currentTarget.value }))}
          />
          <p class="hint">Deliveries are POSTed here as JSON. https is required outside development.</p>
        </div>
        <div class="field">
          <label for="description">Description</label>
          <input
            id="description"
            maxLength={500}
            placeholder="What this endpoint is for"
            value={form.description}
            onInput={(e) => setForm((f) => ({ ...f, description: e.currentTarget.value }))}
          />
        </div>
        <EventPicker form={form} setForm={setForm} />
        <div class="field">
          <label for="agent">Agent filter</label>
          <input
            id="agent"
            placeholder="Every agent"
            value={form.agentId}
            disabled={Boolean(scopedAgent)}
            onInput={(e) => setForm((f) => ({ ...f, agentId: e.currentTarget.value }))}
          />
          <p class="hint">
            {scopedAgent
              ? 'This portal manages the webhooks of this agent only.'
              : 'Only events whose data.agent_id is this agent; leave empty for all.'}
          </p>
        </div>
        <div class="field">
          <label for="scheme">Signature scheme</label>
          <select
            id="scheme"
            value={form.scheme}
            onChange={(e) => setForm((f) => ({ ...f, scheme: e.currentTarget.value as SignatureScheme }))}
          >
            {SCHEMES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset class="field">
          <legend>Custom headers</legend>
          <p class="hint">
            Sent with every delivery, for example a token your gateway checks. Their values are never shown in
            delivery logs.
          </p>
          {form.headers.map((row, index) => (
            <div class="header-row" key={row.key}>
              <input
                aria-label={`Header ${index + 1} name`}
                placeholder="X-Gateway-Token"
                value={row.name}
                onInput={(e) => {
                  const name = e.currentTarget.value
                  setForm((f) => ({
                    ...f,
                    headers: f.headers.map((h) => (h.key === row.key ? { ...h, name } : h)),
                  }))
                }}
              />
              <input
                aria-label={`Header ${index + 1} value`}
                placeholder="value"
                value={row.value}
                onInput={(e) => {
                  const value = e.currentTarget.value
                  setForm((f) => ({
                    ...f,
                    headers: f.headers.map((h) => (h.key === row.key ? { ...h, value } : h)),
                  }))
                }}
              />
              <button
                type="button"
                class="button secondary small"
                aria-label={`Remove header ${index + 1}`}
                onClick={() =>
                  setForm((f) => ({ ...f, headers: f.headers.filter((h) => h.key !== row.key) }))
                }
              >
                Remove
              </button>
            </div>
          ))}
          <button
            type="button"
            class="button secondary small"
            onClick={() =>
              setForm((f) => ({ ...f, headers: [...f.headers, { key: ++rowKey, name: '', value: '' }] }))
            }
          >
            Add a header
          </button>
        </fieldset>
        <div class="field-row">
          <div class="field">
            <label for="rate">Rate limit (deliveries per second)</label>
            <input
              id="rate"
              type="number"
              min={1}
              max={10000}
              inputMode="numeric"
              placeholder="No limit"
              value={form.rateLimit}
              onInput={(e) => setForm((f) => ({ ...f, rateLimit: e.currentTarget.value }))}
            />
          </div>
          <div class="field">
            <label for="attempts">Attempts per delivery</label>
            <input
              id="attempts"
              type="number"
              min={1}
              max={20}
              inputMode="numeric"
              value={form.maxAttempts}
              onInput={(e) => setForm((f) => ({ ...f, maxAttempts: e.currentTarget.value }))}
            />
          </div>
        </div>
        <div class="field">
          <label for="alert">Alert e-mail</label>
          <input
            id="alert"
            type="email"
            placeholder="oncall@example.com"
            value={form.alertEmail}
            onInput={(e) => setForm((f) => ({ ...f, alertEmail: e.currentTarget.value }))}
          />
          <p class="hint">
            Mailed (at most once an hour) if the endpoint is disabled after repeated failures.
          </p>
        </div>
        <ProblemNote error={error} />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Save changes' : 'Create endpoint'}
          </button>
          <Link href={editing ? `/endpoints/${params.id}` : '/endpoints'} class="button secondary">
            Cancel
          </Link>
        </div>
      </form>
    </>
  )
}
