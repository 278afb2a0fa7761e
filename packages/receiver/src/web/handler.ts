import { bodyTooLarge, ReceiverError } from '../errors.js'
import {
  acknowledgement,
  type HttpAnswer,
  isJsonContentType,
  methodNotAllowed,
  refusal,
  unsupportedMediaType,
} from '../http-answer.js'
import type { ReceiverEndpoint } from '../receiver-endpoint.js'

/** A Fetch API handler. */
export type WebHandler = (request: Request) => Promise<Response>

/** Options of `Webhooks#toWebHandler()`. */
export interface WebHandlerOptions {
  /**
   * Keeps the runtime alive for work after the response (Cloudflare `ctx.waitUntil`, Vercel
   * `waitUntil`); with `ackFirst` the handlers run after the answer is returned.
   */
  waitUntil?: (promise: Promise<unknown>) => void
}

/** The handler behind `Webhooks#toWebHandler()`. */
export function createWebHandler(endpoint: ReceiverEndpoint, options: WebHandlerOptions): WebHandler {
  return async (request) => {
    let reply: HttpAnswer
    try {
      if (request.method !== 'POST') throw endpoint.refuse(methodNotAllowed(request.method))
      const contentType = request.headers.get('content-type')
      if (!isJsonContentType(contentType)) throw endpoint.refuse(unsupportedMediaType(contentType ?? ''))
      const rawBody = await readBody(endpoint, request)
      const result = await endpoint.receive(rawBody, request.headers)
      if (result.status === 'accepted') options.waitUntil?.(result.processing)
      reply = acknowledgement(result)
    } catch (error) {
      if (!(error instanceof ReceiverError)) {
        endpoint.logger.error('[@voicehooks/receiver] unexpected error while receiving a webhook:', error)
      }
      reply = refusal(error)
    }
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers: reply.headers })
  }
}

/** The body as bytes, at most `maxBodyBytes` of them (the stream is cancelled past the limit). */
async function readBody(endpoint: ReceiverEndpoint, request: Request): Promise<Uint8Array> {
  const limit = endpoint.maxBodyBytes
  const declared = Number(request.headers.get('content-length') ?? Number.NaN)
  if (Number.isFinite(declared) && declared > limit) throw endpoint.refuse(bodyTooLarge(limit, declared))
  if (request.body === null) return new Uint8Array()
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw endpoint.refuse(bodyTooLarge(limit))
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
