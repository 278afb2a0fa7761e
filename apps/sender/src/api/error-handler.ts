import { isUnavailable } from '@voicehooks/store'
import type { ErrorRequestHandler, Request, RequestHandler } from 'express'
import type { Logger } from 'pino'
import { AccountError } from '../accounts/errors.js'
import { CallError } from '../calls/call-error.js'
import { PublishError } from '../publish/publish-error.js'
import { ApiProblem, sendProblem } from './problem.js'

/** What body-parser attaches to the errors it raises. */
interface BodyParserError {
  type?: string
  status?: number
  expose?: boolean
  limit?: number
  message?: string
}

function fromBodyParser(error: BodyParserError): ApiProblem | undefined {
  switch (error.type) {
    case 'entity.parse.failed':
      return new ApiProblem(
        'invalid_request',
        `The request body is not valid JSON: ${error.message ?? 'parse error'}.`,
        [{ path: '', message: 'must be valid JSON' }],
      )
    case 'entity.too.large':
      return new ApiProblem(
        'payload_too_large',
        `The request body is over the ${error.limit ?? ''}-byte limit.`,
      )
    case 'encoding.unsupported':
      return new ApiProblem(
        'invalid_request',
        `The request body cannot be read: ${error.message ?? error.type}.`,
        [{ path: 'Content-Encoding', message: 'must be identity, gzip, deflate or br' }],
      )
    case 'charset.unsupported':
      return new ApiProblem(
        'invalid_request',
        `The request body cannot be read: ${error.message ?? error.type}.`,
        [{ path: 'Content-Type', message: 'must be application/json with charset utf-8 (or none)' }],
      )
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new ApiProblem(
        'invalid_request',
        `The request body cannot be read: ${error.message ?? error.type}.`,
      )
    default:
      // raw-body and the decompressors (`Content-Encoding: gzip` on a body that is not gzip) raise
      // http-errors marked `expose`: the client's mistake, with a message safe to show.
      if (
        error.expose === true &&
        typeof error.status === 'number' &&
        error.status >= 400 &&
        error.status < 500
      ) {
        if (error.status === 413) return new ApiProblem('payload_too_large', 'The request body is too large.')
        return new ApiProblem(
          'invalid_request',
          `The request body cannot be read: ${error.message ?? 'malformed'}.`,
          [
            {
              path: 'Content-Encoding',
              message: `does not match the body (${error.message ?? 'malformed'})`,
            },
          ],
        )
      }
      return undefined
  }
}

/** Maps every error a route can raise to problem+json; anything unexpected is a logged 500 without details. */
function toProblem(error: unknown): ApiProblem | undefined {
  if (error instanceof ApiProblem) return error
  if (error instanceof PublishError) {
    if (error.code === 'idempotency_conflict') return new ApiProblem('conflict', error.message, error.issues)
    // A type the catalog does not offer is a request the client must change (400); data that breaks
    // an offered type's contract is well-formed but refused (422), as the OpenAPI document says.
    if (error.code === 'unknown_type' || error.code === 'reserved_type') {
      return new ApiProblem('invalid_request', error.message, error.issues)
    }
    return new ApiProblem('unprocessable', error.message, error.issues)
  }
  if (error instanceof CallError) {
    return new ApiProblem(error.code === 'call_not_found' ? 'not_found' : 'conflict', error.message)
  }
  if (error instanceof AccountError) {
    return new ApiProblem(error.code === 'api_key_not_found' ? 'not_found' : 'conflict', error.message)
  }
  // The database is down or restarting: nothing the client sent is wrong, so it may simply retry.
  if (isUnavailable(error)) {
    return new ApiProblem(
      'unavailable',
      'The sender cannot reach its database right now; nothing was changed. Retry shortly.',
      undefined,
      { 'retry-after': '2' },
    )
  }
  // A path segment whose percent-encoding does not decode (`/v1/webhooks/%ZZ`) names nothing we have.
  if (error instanceof URIError) {
    return new ApiProblem('not_found', 'No resource at this path: its percent-encoding is malformed.')
  }
  if (error && typeof error === 'object') return fromBodyParser(error as BodyParserError)
  return undefined
}

/**
 * The request path as the problem's `instance`. A `%` that starts no escape and any character a URI
 * may not hold are escaped, so it is a valid URI reference whatever the client sent (`/%ZZ`).
 */
function instanceOf(req: Request): string {
  const path = req.originalUrl.split('?')[0] || '/'
  return path
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/%]/g, (c) =>
      [...Buffer.from(c, 'utf8')]
        .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
        .join(''),
    )
}

/** The last middleware: renders errors as problem+json. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const problem = toProblem(error)
    if (res.headersSent) {
      logger.error({ err: error, req_id: res.locals['requestId'] }, 'error after the response started')
      res.destroy()
      return
    }
    if (problem) {
      sendProblem(res, problem, instanceOf(req))
      return
    }
    logger.error(
      { err: error, req_id: res.locals['requestId'], method: req.method, path: req.path },
      'unexpected error',
    )
    sendProblem(
      res,
      new ApiProblem('internal', 'The sender failed to handle this request; it has been logged.'),
      instanceOf(req),
    )
  }
}

/** 404 for any path no route serves. */
export const notFoundHandler: RequestHandler = (req) => {
  throw new ApiProblem('not_found', `No route ${req.method} ${req.path}: see the management API document.`)
}
