import type { IncomingMessage, ServerResponse } from 'node:http'
import { ReceiverError } from '../errors.js'
import {
  acknowledgement,
  type HttpAnswer,
  isJsonContentType,
  methodNotAllowed,
  refusal,
  unsupportedMediaType,
} from '../http-answer.js'
import type { ReceiverEndpoint } from '../receiver-endpoint.js'
import { BodyReadError, readRawBody } from './read-raw-body.js'

/** A request as Express (or connect, or plain `node:http`) hands it over; `body` is set by body parsers. */
export type NodeRequest = IncomingMessage & { body?: unknown; _body?: boolean }

/**
 * Node middleware: `(req, res, next?) => void`. Typed on `node:http`, so it mounts on Express 4/5,
 * connect, or `http.createServer` without Express types. It always answers; `next` is never called.
 */
export type NodeMiddleware = (req: NodeRequest, res: ServerResponse, next?: (error?: unknown) => void) => void

/** The middleware behind `Webhooks#express()`. */
export function createNodeMiddleware(endpoint: ReceiverEndpoint): NodeMiddleware {
  return (req, res) => {
    answer(endpoint, req)
      .then((reply) => send(req, res, reply))
      .catch((error: unknown) => {
        // A client that went away gets no answer; anything else unexpected is a bare 500 and a log line.
        if (error instanceof BodyReadError) return
        endpoint.logger.error('[@voicehooks/receiver] unexpected error while receiving a webhook:', error)
        send(req, res, refusal(error))
      })
  }
}

async function answer(endpoint: ReceiverEndpoint, req: NodeRequest): Promise<HttpAnswer> {
  try {
    if (req.method !== 'POST') throw endpoint.refuse(methodNotAllowed(req.method))
    const contentType = req.headers['content-type']
    if (!isJsonContentType(contentType)) throw endpoint.refuse(unsupportedMediaType(contentType ?? ''))
    const rawBody = await rawBodyOf(endpoint, req)
    return acknowledgement(await endpoint.receive(rawBody, req.headers))
  } catch (error) {
    if (error instanceof ReceiverError) return refusal(error)
    throw error
  }
}

async function rawBodyOf(endpoint: ReceiverEndpoint, req: NodeRequest): Promise<Uint8Array> {
  // express.raw() keeps the exact bytes: those verify as well as the stream would.
  if (Buffer.isBuffer(req.body)) return req.body
  if (req.body !== undefined || req._body === true || req.readableEnded) {
    const error = new ReceiverError(
      'body_already_parsed',
      'The request body was already read by a body parser (express.json() or similar), so the raw bytes ' +
        'the signature covers are gone. Mount the webhook middleware before express.json(), e.g. ' +
        "app.post('/webhooks', hooks.express()) above app.use(express.json()).",
    )
    endpoint.misconfigured(error)
    throw error
  }
  try {
    return await readRawBody(req, endpoint.maxBodyBytes)
  } catch (error) {
    throw error instanceof ReceiverError ? endpoint.refuse(error) : error
  }
}

function send(req: IncomingMessage, res: ServerResponse, reply: HttpAnswer): void {
  if (res.headersSent) return
  const body = JSON.stringify(reply.body)
  const headers: Record<string, string | number> = {
    ...reply.headers,
    'content-length': Buffer.byteLength(body),
  }
  // A body too large is left unread, not drained: closing the connection stops the upload.
  if (reply.status === 413 && !req.readableEnded) headers['connection'] = 'close'
  res.writeHead(reply.status, headers)
  res.end(body)
}
