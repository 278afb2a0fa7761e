/**
 * @voicehooks/receiver/web — the same receiver for edge runtimes (Cloudflare Workers, Vercel Edge,
 * Deno, Bun): `Webhooks` verifies with WebCrypto, `createWebHandler` serves it, and `Webhook` /
 * `constructEvent` resolve to the typed event. Everything this entry loads uses web-platform APIs
 * only: no `node:` modules, no `Buffer` (a test walks its import graph).
 *
 * @example Cloudflare Workers
 * ```ts
 * import { createWebHandler, Webhooks } from '@voicehooks/receiver/web'
 *
 * let handler: ReturnType<typeof createWebHandler> | undefined // one per isolate: its store outlives a request
 *
 * export default {
 *   fetch(request: Request, env: { WEBHOOK_SECRET: string }, ctx: ExecutionContext) {
 *     if (handler === undefined) {
 *       const webhooks = new Webhooks({ secret: env.WEBHOOK_SECRET })
 *       webhooks.on('call.completed', async (event) => console.log(event.data.call_id)) // typed
 *       handler = createWebHandler(webhooks)
 *     }
 *     return handler(request, ctx)
 *   },
 * }
 * ```
 */
export {
  checkVerifyOptions,
  type HeadersLike,
  type SignatureScheme,
  type VerifiedWebhook,
  verify,
  WebhookConfigurationError,
  type WebhookConfigurationErrorCode,
  WebhookVerificationError,
  type WebhookVerificationErrorCode,
} from '@voicehooks/signing/web'
export type { AnyWebhooks, BaseWebhooks } from '../base-webhooks.js'
export { ReceiverError, type ReceiverErrorCode, type ReceiverErrorDetails } from '../errors.js'
export type { EventHandler } from '../event-handlers.js'
export type { ReceivedBody } from '../http-answer.js'
export type {
  ClaimedDelivery,
  ClaimOutcome,
  IdempotencyStore,
  UnknownEvent,
} from '../idempotency-store.js'
export { MemoryIdempotencyStore, type MemoryIdempotencyStoreOptions } from '../memory-idempotency-store.js'
export {
  createWebHandler,
  type WebHandler,
  type WebHandlerContext,
  type WebHandlerOptions,
} from '../middleware/web.js'
export type { WebhooksOptions } from '../options.js'
export type { Problem } from '../problem.js'
export type { ErrorContext, ErrorHandler, ReceiveResult, ReceiveStatus } from '../receive-result.js'
export type { WebhookOptions } from '../webhook-options.js'
export { constructEvent, Webhook } from './webhook.js'
export { Webhooks } from './webhooks.js'
