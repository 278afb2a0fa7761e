import type { PortalSession, PortalSessionCreate } from '@voicehooks/client'
import { useRef, useState } from 'preact/hooks'
import { CopyButton } from '../components/copy-button.js'
import { ProblemNote } from '../components/problem-note.js'
import { Time } from '../components/time.js'
import { useSession } from '../lib/session-context.js'

/** Makes a customer-portal link for this account: optionally one agent's webhooks, themed, short-lived. */
export function PortalLinksPage() {
  const { client } = useSession()
  const [agent, setAgent] = useState('')
  const [ttl, setTtl] = useState('60')
  const [title, setTitle] = useState('')
  const [accent, setAccent] = useState('#4f46e5')
  const [logo, setLogo] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  const [made, setMade] = useState<PortalSession | undefined>(undefined)
  const link = useRef<HTMLElement>(null)
  return (
    <>
      <h1>Portal links</h1>
      <p class="lead">
        Give a customer their own webhook page without an API key: the link opens this dashboard limited to
        this account (or to one agent's webhooks) and stops working after the time you choose.
      </p>
      <form
        class="form"
        onSubmit={async (e) => {
          e.preventDefault()
          setBusy(true)
          setError(undefined)
          setMade(undefined)
          const body: PortalSessionCreate = { ttl_minutes: Number(ttl), theme: { accent_color: accent } }
          if (agent.trim()) body.agent_id = agent.trim()
          if (title.trim()) body.theme!.title = title.trim()
          if (logo.trim()) body.theme!.logo_url = logo.trim()
          try {
            setMade(await client.portalSessions.create(body))
          } catch (caught) {
            setError(caught)
          } finally {
            setBusy(false)
          }
        }}
      >
        <div class="field">
          <label for="portal-agent">Agent</label>
          <input
            id="portal-agent"
            placeholder="Every webhook of the account"
            value={agent}
            onInput={(e) => setAgent(e.currentTarget.value)}
          />
        </div>
        <div class="field-row">
          <div class="field">
            <label for="portal-ttl">Valid for (minutes)</label>
            <input
              id="portal-ttl"
              type="number"
              min={1}
              max={1440}
              value={ttl}
              onInput={(e) => setTtl(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="portal-accent">Accent colour</label>
            <input
              id="portal-accent"
              type="color"
              value={accent}
              onInput={(e) => setAccent(e.currentTarget.value)}
            />
          </div>
        </div>
        <div class="field">
          <label for="portal-title">Title</label>
          <input
            id="portal-title"
            maxLength={80}
            placeholder="Your platform's name"
            value={title}
            onInput={(e) => setTitle(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="portal-logo">Logo URL (https)</label>
          <input
            id="portal-logo"
            type="url"
            placeholder="https://…/logo.svg"
            value={logo}
            onInput={(e) => setLogo(e.currentTarget.value)}
          />
        </div>
        <ProblemNote error={error} />
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? 'Creating…' : 'Create portal link'}
          </button>
        </div>
      </form>
      {made ? (
        <section class="card secret" aria-labelledby="portal-made">
          <h2 id="portal-made">Portal link</h2>
          <p class="warning">
            Anyone with this link can manage these webhooks until <Time iso={made.expires_at} />. Share it
            privately.
          </p>
          <div class="secret-value">
            <code ref={link} data-testid="portal-url">
              {made.url}
            </code>
            <CopyButton text={made.url} label="Copy the portal link" target={() => link.current} />
          </div>
        </section>
      ) : null}
    </>
  )
}
