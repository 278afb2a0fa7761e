import type { AnyWebhooks } from '../base-webhooks.js'
import { endpointOf } from '../endpoint-registry.js'
import { bodyTooLarge, ReceiverError } from '../errors.js'
import {
  acknowledgement,
  type HttpAnswer,
  isJsonContentType,
  methodNotAllowed,
  refusal,
  serialised,
  unsupportedMediaType,
} from '../http-answer.js'
import type { ReceiverEndpoint } from '../receiver-endpoint.js'

/** What a runtime hands a Fetch handler beside the request; Cloudflare's `ctx` is one. */
export interface WebHandlerContext {
  /** Keeps the runtime alive for work after the response (handlers run after it with `ackFirst`). */
  waitUntil?(promise: Promise<unknown>): void
}

/** A Fetch API handler: `Request` in, `Response` out. */
export type WebHandler = (request: Request, context?: WebHandlerContext) => Promise<Response>

/** Options of {@link createWebHandler}. */
export interface WebHandlerOptions {
  /**
   * Keeps the runtime alive for work after the response, for runtimes that offer it globally
   * (Vercel's `waitUntil`); a per-request `context.waitUntil` (Cloudflare's `ctx`) wins.
   */
  waitUntil?: (promise: Promise<unknown>) => void
}

/**
 * A Fetch API handler for a `Webhooks` (Hono, Next.js route handlers, Bun, Deno, Cloudflare
 * Workers): 200 `{received: true, status}` or an `application/problem+json` refusal, with the same
 * statuses as `createNodeMiddleware`. The body is read at most to `maxBodyBytes`.
 *
 * @example Next.js route handler
 * ```ts
 * export const POST = createWebHandler(webhooks)
 * ```
 * @example Cloudflare Workers (`ctx.waitUntil` keeps handlers running after the answer)
 * ```ts
 * export default { fetch: (request, env, ctx) => handler(request, ctx) }
 * ```
 */
export function createWebHandler(webhooks: AnyWebhooks, options: WebHandlerOptions = {}): WebHandler {
  const endpoint = endpointOf(webhooks)
  return async (request, context) => {
    let reply: HttpAnswer
    try {
      if (request.method !== 'POST') throw endpoint.refuse(methodNotAllowed(request.method))
      const contentType = request.headers.get('content-type')
      if (!isJsonContentType(contentType)) throw endpoint.refuse(unsupportedMediaType(contentType ?? ''))
      const rawBody = await readBody(endpoint, request)
      const result = await endpoint.receive(rawBody, request.headers)
      if (result.status === 'accepted') {
        const waitUntil = context?.waitUntil ?? options.waitUntil
        waitUntil?.call(context, result.processing)
      }
      reply = acknowledgement(result)
    } catch (error) {
      if (!(error instanceof ReceiverError)) {
        endpoint.logger.error('[@voicehooks/receiver] unexpected error while receiving a webhook:', error)
      }
      reply = refusal(error)
    }
    const headers: Record<string, string> = { 'content-type': reply.contentType }
    if (reply.allow !== undefined) headers['allow'] = reply.allow
    return new Response(serialised(reply).text, { status: reply.status, headers })
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
  if (chunks.length === 1) return chunks[0]!
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}
