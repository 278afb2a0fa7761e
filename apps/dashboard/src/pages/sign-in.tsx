import { useState } from 'preact/hooks'
import { ProblemNote } from '../components/problem-note.js'

/** The sign-in form: an account API key, and where one comes from. */
export function SignInPage({
  onSignIn,
  notice,
}: {
  onSignIn(token: string): Promise<void>
  notice?: string | undefined
}) {
  const [key, setKey] = useState('')
  const [error, setError] = useState<unknown>(undefined)
  const [busy, setBusy] = useState(false)
  return (
    <main id="main" class="signin">
      <div class="signin-card">
        <div class="brand">
          <span class="logo-mark" aria-hidden="true" />
          <span class="brand-name">Voicehooks</span>
          <span class="brand-sub">Webhooks</span>
        </div>
        <h1>Sign in</h1>
        {notice ? (
          <p class="notice" role="status">
            {notice}
          </p>
        ) : null}
        <form
          onSubmit={async (event) => {
            event.preventDefault()
            setBusy(true)
            setError(undefined)
            try {
              await onSignIn(key.trim())
            } catch (caught) {
              setError(caught)
            } finally {
              setBusy(false)
            }
          }}
        >
          <label for="api-key">API key</label>
          <input
            id="api-key"
            name="api-key"
            type="password"
            autoComplete="off"
            spellcheck={false}
            placeholder="vhk_…"
            required
            value={key}
            aria-describedby="api-key-help"
            onInput={(e) => setKey(e.currentTarget.value)}
          />
          <ProblemNote error={error} />
          <button type="submit" class="button" disabled={busy || key.trim() === ''}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <div id="api-key-help" class="help">
          <p>
            <strong>Where do I get a key?</strong> An account's first key (<code>vhk_…</code>) is returned
            once when the platform's operator creates the account (<code>POST /v1/accounts</code>); more keys
            come from <code>POST /v1/api-keys</code>. Running the demo (<code>pnpm start</code>)? It prints
            one.
          </p>
          <p>
            The key stays in this browser tab only and is sent to this sender only. Customers of a platform
            get a portal link instead and never need a key.
          </p>
        </div>
      </div>
    </main>
  )
}
