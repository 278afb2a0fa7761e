import { timingSafeEqual } from 'node:crypto'
import type { Sql } from '@voicehooks/store'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { authenticateApiKey, type Principal } from '../accounts/authenticate.js'
import { authenticatePortalToken } from '../accounts/portal-sessions.js'
import { assertPortalRoute } from './portal-scope.js'
import { ApiProblem } from './problem.js'

const CHALLENGE = { 'www-authenticate': 'Bearer realm="voicehooks"' }

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.get('authorization') ?? '')
  return match?.[1]
}

function unauthorized(detail: string): ApiProblem {
  return new ApiProblem('unauthorized', detail, undefined, CHALLENGE)
}

/** The principal of an API key, or of a portal token on a route of the portal's scope; throws 401/403. */
async function authenticate(db: Sql, req: Request, token: string): Promise<Principal> {
  if (token.startsWith('vhp_')) {
    const session = await authenticatePortalToken(db, token)
    if (!session) throw unauthorized('The portal link has expired or is unknown; ask for a new one.')
    assertPortalRoute(req)
    return {
      accountId: session.account_id,
      keyId: session.id,
      keyName: 'portal session',
      portal: {
        sessionId: session.id,
        agentId: session.agent_id,
        expiresAt: new Date(session.expires_at),
        theme: session.theme,
      },
    }
  }
  const principal = await authenticateApiKey(db, token)
  if (!principal) throw unauthorized('The API key is unknown or revoked.')
  return principal
}

/**
 * Authenticates `Authorization: Bearer vhk_…` (or a portal token, `vhp_…`, within its scope) and records
 * the account for the routes after it.
 */
export function requireApiKey(db: Sql): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req)
    if (!token) throw unauthorized('Send an API key as "Authorization: Bearer vhk_…".')
    res.locals['principal'] = await authenticate(db, req, token)
    next()
  }
}

/**
 * The operator token (then `res.locals.operator` is true) or an account's credential, for routes both may
 * use (`POST /v1/portal-sessions`).
 */
export function requireApiKeyOrOperator(db: Sql, operatorToken: string | undefined): RequestHandler {
  const apiKey = requireApiKey(db)
  return (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req)
    if (operatorToken && token && sameSecret(token, operatorToken)) {
      res.locals['operator'] = true
      next()
      return
    }
    return apiKey(req, res, next)
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** Checks the operator token in constant time; with none configured, operator routes refuse everyone. */
export function requireOperator(operatorToken: string | undefined): RequestHandler {
  const expected = operatorToken ? Buffer.from(operatorToken, 'utf8') : undefined
  return (req: Request, _res: Response, next: NextFunction) => {
    if (!expected) {
      throw unauthorized('Operator routes are disabled: the sender has no VOICEHOOKS_OPERATOR_TOKEN.')
    }
    const token = bearerToken(req)
    const given = Buffer.from(token ?? '', 'utf8')
    // Compare equal-length buffers only; the length check leaks nothing an attacker can use.
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw unauthorized('Send the operator token as "Authorization: Bearer <token>".')
    }
    next()
  }
}
