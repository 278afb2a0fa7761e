import { VoicehooksApiError } from '@voicehooks/client'
import { useEffect, useMemo, useState } from 'preact/hooks'
import { Link, Redirect, Route, Router, Switch, useLocation } from 'wouter-preact'
import { Loading } from './components/loading.js'
import { ProblemNote } from './components/problem-note.js'
import { Time } from './components/time.js'
import {
  type Credential,
  clientFor,
  loadCredential,
  type Session,
  saveCredential,
  takePortalToken,
} from './lib/session.js'
import { SessionContext } from './lib/session-context.js'
import { CallDetailPage } from './pages/call-detail.js'
import { CallsPage } from './pages/calls.js'
import { CatalogPage } from './pages/catalog.js'
import { DeliveriesPage } from './pages/deliveries.js'
import { DeliveryPage } from './pages/delivery.js'
import { EndpointPage } from './pages/endpoint.js'
import { EndpointFormPage } from './pages/endpoint-form.js'
import { EndpointsPage } from './pages/endpoints.js'
import { EventTypePage } from './pages/event-type.js'
import { PortalLinksPage } from './pages/portal-links.js'
import { SignInPage } from './pages/sign-in.js'

type Boot =
  | { state: 'signed-out'; notice?: string }
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'in'; session: Session }

function NavLink({ href, children }: { href: string; children: string }) {
  const [location] = useLocation()
  const current = location === href || location.startsWith(`${href}/`)
  return (
    <Link
      href={href}
      class={current ? 'nav-link current' : 'nav-link'}
      aria-current={current ? 'page' : undefined}
    >
      {children}
    </Link>
  )
}

/** The theme of a portal session: accent colour through CSSOM (allowed by the CSP), title in the tab. */
function useTheme(session: Session | undefined) {
  useEffect(() => {
    const theme = session?.me.portal?.theme
    const root = document.documentElement
    if (theme?.accent_color) root.style.setProperty('--accent', theme.accent_color)
    else root.style.removeProperty('--accent')
    document.title = theme?.title ? `${theme.title} · Webhooks` : 'Voicehooks dashboard'
  }, [session])
}

function Shell({ session, onSignOut }: { session: Session; onSignOut(): void }) {
  const portal = session.me.portal
  const theme = portal?.theme
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <div class="brand">
          {theme?.logo_url ? (
            <img src={theme.logo_url} alt="" class="logo" />
          ) : (
            <span class="logo-mark" aria-hidden="true" />
          )}
          <span class="brand-name">{theme?.title ?? 'Voicehooks'}</span>
          <span class="brand-sub">Webhooks</span>
        </div>
        <div class="account">
          <span class="account-name" data-testid="account-name">
            {session.me.account.name}
          </span>
          <button type="button" class="button secondary small" onClick={onSignOut}>
            {portal ? 'Leave' : 'Sign out'}
          </button>
        </div>
        <nav class="nav" aria-label="Main">
          <NavLink href="/endpoints">Endpoints</NavLink>
          <NavLink href="/deliveries">Deliveries</NavLink>
          <NavLink href="/event-types">Event catalog</NavLink>
          {portal ? null : <NavLink href="/calls">Calls</NavLink>}
          {portal ? null : <NavLink href="/portal-links">Portal links</NavLink>}
        </nav>
      </header>
      {portal ? (
        <p class="scope-banner" data-testid="portal-scope">
          {portal.agent_id ? (
            <>
              Webhooks of agent <code>{portal.agent_id}</code>
            </>
          ) : (
            'All webhooks of this account'
          )}{' '}
          · this link works until <Time iso={portal.expires_at} />
        </p>
      ) : null}
      <main id="main" tabIndex={-1}>
        <Switch>
          <Route path="/endpoints" component={EndpointsPage} />
          <Route path="/endpoints/new" component={EndpointFormPage} />
          <Route path="/endpoints/:id/edit" component={EndpointFormPage} />
          <Route path="/endpoints/:id" component={EndpointPage} />
          <Route path="/deliveries" component={DeliveriesPage} />
          <Route path="/deliveries/:id" component={DeliveryPage} />
          <Route path="/event-types" component={CatalogPage} />
          <Route path="/event-types/:name" component={EventTypePage} />
          {portal ? null : <Route path="/calls" component={CallsPage} />}
          {portal ? null : <Route path="/calls/:id" component={CallDetailPage} />}
          {portal ? null : <Route path="/portal-links" component={PortalLinksPage} />}
          <Route>
            <Redirect to="/endpoints" replace />
          </Route>
        </Switch>
      </main>
    </>
  )
}

/** Signs in with the stored credential (or a portal link's token) and routes the signed-in pages. */
export function App() {
  const initial = useMemo<Credential | undefined>(
    () => takePortalToken(window.location, window.history) ?? loadCredential(),
    [],
  )
  const [boot, setBoot] = useState<Boot>(initial ? { state: 'loading' } : { state: 'signed-out' })

  const signIn = async (credential: Credential): Promise<void> => {
    const client = clientFor(credential)
    const me = await client.me()
    saveCredential(credential)
    setBoot({ state: 'in', session: { credential, client, me } })
  }

  useEffect(() => {
    if (!initial) return
    signIn(initial).catch((error: unknown) => {
      saveCredential(undefined)
      if (error instanceof VoicehooksApiError && error.status === 401) {
        setBoot({
          state: 'signed-out',
          notice:
            initial.kind === 'portal'
              ? 'This portal link has expired or is not valid. Ask for a new one.'
              : 'Your API key is no longer accepted. Sign in again.',
        })
      } else setBoot({ state: 'error', error })
    })
  }, [initial])

  const session = boot.state === 'in' ? boot.session : undefined
  useTheme(session)

  const signOut = () => {
    saveCredential(undefined)
    setBoot({ state: 'signed-out', notice: session?.me.portal ? 'You left the portal.' : 'Signed out.' })
  }

  return (
    <Router base="/dashboard">
      {boot.state === 'loading' ? (
        <main id="main" class="center">
          <Loading what="your account" />
        </main>
      ) : boot.state === 'error' ? (
        <main id="main" class="center">
          <h1>The dashboard could not start</h1>
          <ProblemNote error={boot.error} />
        </main>
      ) : boot.state === 'signed-out' ? (
        <SignInPage
          onSignIn={(token) => signIn({ token, kind: token.startsWith('vhp_') ? 'portal' : 'api_key' })}
          notice={boot.notice}
        />
      ) : (
        <SessionContext.Provider value={boot.session}>
          <Shell session={boot.session} onSignOut={signOut} />
        </SessionContext.Provider>
      )}
    </Router>
  )
}
