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
    case 'charset.unsupported':
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new ApiProblem(
        'invalid_request',
        `The request body cannot be read: ${error.message ?? error.type}.`,
      )
    default:
      return undefined
  }
}

/** Maps every error a route can raise to problem+json; anything unexpected is a logged 500 without details. */
function toProblem(error: unknown): ApiProblem | undefined {
  if (error instanceof ApiProblem) return error
  if (error instanceof PublishError) {
    if (error.code === 'idempotency_conflict') return new ApiProblem('conflict', error.message, error.issues)
    // A type the catalog does not offer is a request the client must change (400); data that breaks
    // an offered type's contract is well-formed but refused (422), as the issue and the spec say.
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
  if (error && typeof error === 'object') return fromBodyParser(error as BodyParserError)
  return undefined
}

function instanceOf(req: Request): string {
  return req.originalUrl.split('?')[0] ?? '/'
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
