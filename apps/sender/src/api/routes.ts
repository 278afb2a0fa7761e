import express, { type RequestHandler, type Router } from 'express'
import { ApiProblem } from './problem.js'
import { assertStorableBody } from './text-safety.js'

type Method = 'get' | 'post' | 'patch' | 'delete'

const JSON_TYPES = ['application/json', 'application/*+json']

/**
 * Parses a JSON body up to `limit` bytes. A body sent as anything but JSON is refused rather than
 * read as empty, so the client is told what is wrong instead of "field is required"; a body holding
 * text the store cannot hold (NUL, lone surrogates) is refused naming each field.
 */
export function jsonBody(limit: number): RequestHandler {
  const parse = express.json({ limit, type: JSON_TYPES })
  return (req, res, next) => {
    const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined
    if (hasBody && !req.is(JSON_TYPES)) {
      throw new ApiProblem(
        'invalid_request',
        'Send the request body as JSON with "Content-Type: application/json".',
        [{ path: 'Content-Type', message: 'must be application/json' }],
      )
    }
    parse(req, res, (error?: unknown) => {
      if (error !== undefined) return next(error)
      try {
        assertStorableBody(req.body)
      } catch (problem) {
        return next(problem)
      }
      next()
    })
  }
}

/**
 * Mounts one path: each method's chain is `guards` (authentication, body parsing) then the handler,
 * and any other method answers 405 with `Allow` before any guard runs.
 */
export function route(
  router: Router,
  path: string,
  guards: readonly RequestHandler[],
  handlers: Partial<Record<Method, RequestHandler>>,
): void {
  const chain = router.route(path)
  const allowed: string[] = []
  for (const [method, handler] of Object.entries(handlers) as [Method, RequestHandler][]) {
    chain[method](...guards, handler)
    allowed.push(method.toUpperCase())
    if (method === 'get') allowed.push('HEAD')
  }
  const allow = allowed.join(', ')
  chain.all(() => {
    throw new ApiProblem('method_not_allowed', `${path} allows ${allow}.`, undefined, { allow })
  })
}
