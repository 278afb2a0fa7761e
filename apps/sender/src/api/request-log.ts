import { randomUUID } from 'node:crypto'
import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/

/**
 * Gives each request an id (the caller's `X-Request-Id` when it is sane), echoes it, and logs one
 * line when the response is finished: id, method, path, status, milliseconds. Never headers, query
 * strings or bodies, which may carry keys and secrets.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint()
    const path = req.path
    const given = req.get('x-request-id')
    const id = given && SAFE_REQUEST_ID.test(given) ? given : randomUUID()
    res.locals['requestId'] = id
    res.set('x-request-id', id)
    res.on('finish', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10
      const line = { req_id: id, method: req.method, path, status: res.statusCode, ms }
      if (res.statusCode >= 500) logger.error(line, 'request failed')
      else logger.info(line, 'request')
    })
    next()
  }
}
