import { type Request, type RequestHandler, type Response, Router } from 'express'
import type { Principal } from '../accounts/authenticate.js'
import { createPortalSession, type PortalSessionRow, type PortalTheme } from '../accounts/portal-sessions.js'
import { type ApiDeps, principalOf } from './context.js'
import { Input, looksLikeId } from './input.js'
import { ApiProblem, notFound } from './problem.js'
import { iso } from './represent.js'
import { route } from './routes.js'

const DEFAULT_TTL_MINUTES = 60
const ACCENT = /^#[0-9a-fA-F]{6}$/

function readTheme(input: Input): PortalTheme {
  const theme = input.object('theme')
  if (!theme) return {}
  const out: PortalTheme = {}
  for (const [key, value] of Object.entries(theme)) {
    const at = `/theme/${key}`
    if (key === 'title') {
      if (typeof value !== 'string' || value.length < 1 || value.length > 80) {
        input.invalid(at, 'must be a string of 1 to 80 characters')
      } else out.title = value
    } else if (key === 'logo_url') {
      if (typeof value !== 'string' || value.length > 2048 || !URL.canParse(value)) {
        input.invalid(at, 'must be a URI')
      } else if (!value.startsWith('https://')) input.invalid(at, 'must be an https URL')
      else out.logo_url = value
    } else if (key === 'accent_color') {
      if (typeof value !== 'string' || !ACCENT.test(value)) input.invalid(at, 'must be a colour like #0f766e')
      else out.accent_color = value
    } else input.invalid(at, 'is not a known field')
  }
  return out
}

function portalSessionJson(row: PortalSessionRow, url: string, token: string) {
  return {
    id: row.id,
    url,
    token,
    account_id: row.account_id,
    agent_id: row.agent_id,
    theme: row.theme,
    created_at: iso(row.created_at),
    expires_at: iso(row.expires_at),
  }
}

/** The dashboard's portal page on the host the request came in on; the token rides in the fragment. */
function portalUrl(req: Request, token: string): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/dashboard/portal#token=${token}`
}

async function accountName(deps: ApiDeps, accountId: string): Promise<string | undefined> {
  const { rows } = await deps.db.query<{ name: string }>('SELECT name FROM accounts WHERE id = $1', [
    accountId,
  ])
  return rows[0]?.name
}

/** Which account a new portal session is for: the operator names it; an account credential is its own. */
async function targetAccount(deps: ApiDeps, res: Response, given: string | undefined): Promise<string> {
  if (res.locals['operator'] === true) {
    if (given === undefined) {
      throw new ApiProblem('invalid_request', 'account_id is required with the operator token.', [
        { path: '/account_id', message: 'is required with the operator token' },
      ])
    }
    if (!looksLikeId(given, 'acct') || (await accountName(deps, given)) === undefined) {
      throw new ApiProblem('not_found', `No account ${given}.`)
    }
    return given
  }
  const own = principalOf(res).accountId
  if (given !== undefined && given !== own) {
    throw new ApiProblem('forbidden', 'An API key can create portal sessions for its own account only.', [
      { path: '/account_id', message: `must be ${own} (the key's account) or left out` },
    ])
  }
  return own
}

function meJson(principal: Principal, name: string) {
  const portal = principal.portal
  return {
    account: { id: principal.accountId, name },
    credential: portal
      ? { type: 'portal_session', id: portal.sessionId, name: null }
      : { type: 'api_key', id: principal.keyId, name: principal.keyName },
    portal: portal
      ? { agent_id: portal.agentId, expires_at: portal.expiresAt.toISOString(), theme: portal.theme }
      : null,
  }
}

/**
 * The customer portal: `POST /v1/portal-sessions` (operator token or account credential) makes a short-lived
 * scoped link to the dashboard; `GET /v1/me` tells any credential whose it is and, for a portal, its scope.
 */
export function portalSessionsRouter(
  deps: ApiDeps,
  operatorOrAccount: readonly RequestHandler[],
  account: readonly RequestHandler[],
): Router {
  const router = Router()

  route(router, '/v1/portal-sessions', operatorOrAccount, {
    async post(req, res) {
      const input = Input.body(req.body, ['account_id', 'agent_id', 'ttl_minutes', 'theme'])
      const accountId = input.string('account_id', { min: 1, max: 100 })
      const agentId = input.string('agent_id', { min: 1, max: 255 })
      const ttlMinutes = input.integer('ttl_minutes', { min: 1, max: 1440 }) ?? DEFAULT_TTL_MINUTES
      const theme = readTheme(input)
      input.done()
      const target = await targetAccount(deps, res, accountId)
      const createdBy = res.locals['operator'] === true ? 'operator' : principalOf(res).keyId
      const { row, token } = await createPortalSession(deps.db, {
        accountId: target,
        agentId: agentId ?? null,
        ttlMinutes,
        theme,
        createdBy,
      })
      res.status(201).json(portalSessionJson(row, portalUrl(req, token), token))
    },
  })

  route(router, '/v1/me', account, {
    async get(_req, res) {
      const principal = principalOf(res)
      const name = await accountName(deps, principal.accountId)
      if (name === undefined) throw notFound('account', principal.accountId)
      res.json(meJson(principal, name))
    },
  })

  return router
}
