import { timingSafeEqual } from 'node:crypto'
import type { Sql } from '@voicehooks/store'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { authenticateApiKey } from '../accounts/authenticate.js'
import { ApiProblem } from './problem.js'

const CHALLENGE = { 'www-authenticate': 'Bearer realm="voicehooks"' }

function bearerToken(req: Request): string | undefined {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(req.get('authorization') ?? '')
  return match?.[1]
}

function unauthorized(detail: string): ApiProblem {
  return new ApiProblem('unauthorized', detail, undefined, CHALLENGE)
}

/** Authenticates `Authorization: Bearer vhk_…` and records the account for the routes after it. */
export function requireApiKey(db: Sql): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = bearerToken(req)
    if (!token) throw unauthorized('Send an API key as "Authorization: Bearer vhk_…".')
    const principal = await authenticateApiKey(db, token)
    if (!principal) throw unauthorized('The API key is unknown or revoked.')
    res.locals['principal'] = principal
    next()
  }
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
