import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AnyWebhooks } from '../base-webhooks.js'
import { endpointOf } from '../endpoint-registry.js'
import { ReceiverError } from '../errors.js'
import {
  acknowledgement,
  type HttpAnswer,
  isJsonContentType,
  methodNotAllowed,
  notFound,
  refusal,
  serialised,
  unsupportedMediaType,
} from '../http-answer.js'
import type { ReceiverEndpoint } from '../receiver-endpoint.js'
import { alreadyRead } from './already-read.js'
import { BodyReadError, readRawBody } from './read-raw-body.js'

/**
 * A request as Express (or connect, or plain `node:http`) hands it over. Body parsers may have set
 * `body` (a Buffer from `express.raw()`, a string from `express.text()`, an object from
 * `express.json()`) and `rawBody` (the bytes, as `express.json({ verify })` recipes and some hosts
 * keep them).
 */
export type NodeRequest = IncomingMessage & { body?: unknown; rawBody?: unknown; _body?: boolean }

/**
 * Node middleware: `(req, res, next?) => void`. Typed on `node:http`, so it mounts on Express 4/5,
 * connect, or `http.createServer` without Express types. It answers every request it takes; `next`
 * is only called for a request outside `path`.
 */
export type NodeMiddleware = (req: NodeRequest, res: ServerResponse, next?: (error?: unknown) => void) => void

/** Options of {@link createNodeMiddleware}. */
export interface NodeMiddlewareOptions {
  /**
   * Only take requests to this path (query string ignored); others go to `next()`, or get 404 when
   * there is none (plain `node:http`). Default: every request, as when mounted on a route.
   */
  path?: string
}

/**
 * Node/Express middleware for a {@link Webhooks}: reads the raw body (or takes the one a raw body
 * parser kept), answers 200 `{received: true, status}` or an `application/problem+json` refusal:
 * 401 bad signature, 400 invalid JSON or contract violation, 405 not POST, 413 too large,
 * 415 not JSON, 500 handler failure (`ackFirst: false`) or a body parsed to an object first.
 *
 * @example Express, mounted before any `express.json()`
 * ```ts
 * app.post('/webhooks', createNodeMiddleware(webhooks))
 * ```
 * @example Express with the raw body kept by `express.json({ verify })`
 * ```ts
 * app.use(express.json({ verify: (req, _res, buf) => { (req as { rawBody?: Buffer }).rawBody = buf } }))
 * app.post('/webhooks', createNodeMiddleware(webhooks))
 * ```
 * @example plain node:http
 * ```ts
 * http.createServer(createNodeMiddleware(webhooks, { path: '/webhooks' })).listen(3000)
 * ```
 */
export function createNodeMiddleware(
  webhooks: AnyWebhooks,
  options: NodeMiddlewareOptions = {},
): NodeMiddleware {
  const endpoint = endpointOf(webhooks)
  const { path } = options
  return (req, res, next) => {
    if (path !== undefined && pathOf(req.url) !== path) {
      if (next !== undefined) next()
      else send(req, res, notFound)
      return
    }
    handle(endpoint, req, res)
  }
}

async function handle(endpoint: ReceiverEndpoint, req: NodeRequest, res: ServerResponse): Promise<void> {
  let reply: HttpAnswer
  try {
    reply = acknowledgement(await endpoint.receive(await rawBodyOf(endpoint, req), req.headers))
  } catch (error) {
    // A client that went away gets no answer.
    if (error instanceof BodyReadError) return
    if (!(error instanceof ReceiverError)) {
      endpoint.logger.error('[@voicehooks/receiver] unexpected error while receiving a webhook:', error)
    }
    reply = refusal(error)
  }
  send(req, res, reply)
}

/** The raw body: what a body parser kept, else read from the stream (at most `maxBodyBytes`). */
function rawBodyOf(
  endpoint: ReceiverEndpoint,
  req: NodeRequest,
): Promise<Uint8Array | string> | Uint8Array | string {
  if (req.method !== 'POST') throw endpoint.refuse(methodNotAllowed(req.method))
  const contentType = req.headers['content-type']
  if (!isJsonContentType(contentType)) throw endpoint.refuse(unsupportedMediaType(contentType ?? ''))
  const kept = alreadyRead(req)
  if (kept === undefined) {
    return readRawBody(req, endpoint.maxBodyBytes).catch((error: unknown) => {
      throw error instanceof ReceiverError ? endpoint.refuse(error) : error
    })
  }
  if (kept !== 'gone') return kept
  const error = new ReceiverError(
    'body_already_parsed',
    'The request body was parsed by a body parser (express.json() or similar) and its raw bytes, which ' +
      'the signature covers, were not kept. Mount the webhook middleware before express.json(), or keep ' +
      'the bytes: express.json({ verify: (req, res, buf) => { req.rawBody = buf } }).',
  )
  endpoint.misconfigured(error)
  throw error
}

function send(req: IncomingMessage, res: ServerResponse, reply: HttpAnswer): void {
  if (res.headersSent) return
  const { text, length } = serialised(reply)
  // A flat [name, value, …] list is the cheapest form writeHead takes.
  const headers: string[] = ['content-type', reply.contentType, 'content-length', length]
  if (reply.allow !== undefined) headers.push('allow', reply.allow)
  // A body too large is left unread, not drained: closing the connection stops the upload.
  if (reply.status === 413 && !req.readableEnded) headers.push('connection', 'close')
  res.writeHead(reply.status, headers)
  res.end(text)
}

function pathOf(url: string | undefined): string {
  if (url === undefined) return '/'
  const query = url.indexOf('?')
  return query < 0 ? url : url.slice(0, query)
}
