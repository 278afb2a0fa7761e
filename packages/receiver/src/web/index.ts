/**
 * @voicehooks/receiver/web — receive Voicehooks webhooks on edge runtimes (Cloudflare Workers,
 * Vercel Edge, Deno, Bun): the same pipeline as `@voicehooks/receiver`, verified with WebCrypto.
 * Everything this entry loads uses web-platform APIs only: no `node:` modules, no `Buffer`.
 *
 * @example Cloudflare Workers
 * ```ts
 * import { WebWebhooks } from '@voicehooks/receiver/web'
 *
 * let hooks: WebWebhooks | undefined // one per isolate: its idempotency store outlives a request
 *
 * export default {
 *   async fetch(request: Request, env: { WEBHOOK_SECRET: string }, ctx: ExecutionContext) {
 *     if (hooks === undefined) {
 *       hooks = new WebWebhooks({ secret: env.WEBHOOK_SECRET })
 *       hooks.on('call.completed', async (event) => console.log(event.data.call_id)) // typed
 *     }
 *     return hooks.handler({ waitUntil: (promise) => ctx.waitUntil(promise) })(request)
 *   },
 * }
 * ```
 */
export {
  bodyTooLarge,
  ReceiverError,
  type ReceiverErrorCode,
  type ReceiverErrorDetails,
  statusOf,
} from '../errors.js'
export type { EventHandler } from '../event-handlers.js'
export type { HttpAnswer, ReceivedBody } from '../http-answer.js'
export type {
  ClaimedDelivery,
  ClaimOutcome,
  IdempotencyStore,
  UnknownEvent,
} from '../idempotency-store.js'
export { MemoryIdempotencyStore, type MemoryIdempotencyStoreOptions } from '../memory-idempotency-store.js'
export type { WebhooksOptions } from '../options.js'
export { type Problem, problemOf } from '../problem.js'
export type { ErrorContext, ErrorHandler, ReceiveResult, ReceiveStatus } from '../receive-result.js'
export type { WebHandler, WebHandlerOptions } from './handler.js'
export { WebWebhooks } from './web-webhooks.js'
