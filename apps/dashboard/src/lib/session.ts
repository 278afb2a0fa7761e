import { createClient, type Me, type VoicehooksClient } from '@voicehooks/client'

/** The credential the dashboard holds: an account API key, or a portal token from a portal link. */
export interface Credential {
  token: string
  kind: 'api_key' | 'portal'
}

// sessionStorage, not localStorage: the credential lives as long as the tab, and never leaves this origin.
const STORAGE_KEY = 'voicehooks.credential'

export function loadCredential(): Credential | undefined {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY)
    if (!raw) return undefined
    const parsed = JSON.parse(raw) as Partial<Credential>
    if (typeof parsed.token !== 'string') return undefined
    return { token: parsed.token, kind: parsed.kind === 'portal' ? 'portal' : 'api_key' }
  } catch {
    return undefined
  }
}

export function saveCredential(credential: Credential | undefined): void {
  if (credential) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(credential))
  else sessionStorage.removeItem(STORAGE_KEY)
}

/**
 * Takes the token of a portal link (`/dashboard/portal#token=vhp_…`) into the session and removes it from
 * the address bar and history, so it is neither bookmarked nor shown over a shoulder. Returns the
 * credential when the page was opened from a portal link.
 */
export function takePortalToken(location: Location, history: History): Credential | undefined {
  const match = /(?:^#|&)token=(vhp_[0-9A-Za-z_-]+)/.exec(location.hash)
  if (!match?.[1]) return undefined
  const credential: Credential = { token: match[1], kind: 'portal' }
  saveCredential(credential)
  history.replaceState(null, '', '/dashboard/endpoints')
  return credential
}

/** A client of this origin's management API with the credential. */
export function clientFor(credential: Credential): VoicehooksClient {
  return createClient({ baseUrl: window.location.origin, apiKey: credential.token, retries: 1 })
}

/** Who is signed in: the credential, its client, and what `GET /v1/me` said about it. */
export interface Session {
  credential: Credential
  client: VoicehooksClient
  me: Me
}
