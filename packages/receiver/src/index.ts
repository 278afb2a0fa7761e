/**
 * @voicehooks/receiver — receive Voicehooks webhooks: verify the signature on the raw body,
 * validate the event against the contract, skip redeliveries, and call typed handlers.
 *
 * One class, `Webhooks`, and free functions to serve it: `createNodeMiddleware` (Express 4/5,
 * connect, `node:http`; Express is not a dependency) and `createWebHandler` (Fetch API). For a single
 * check without handlers, `new Webhook(secret).verify(body, headers)` (the svix/standardwebhooks
 * shape) or `constructEvent(body, headers, secret)` (Stripe's) return the typed event. Edge
 * runtimes import the same names from `@voicehooks/receiver/web` (WebCrypto).
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { createNodeMiddleware, Webhooks } from '@voicehooks/receiver'
 *
 * const webhooks = new Webhooks({ secret: process.env.WEBHOOK_SECRET! }) // a bad secret throws here
 * webhooks.on('call.completed', async (event) => {
 *   await saveTranscript(event.data.call_id, event.data.transcript) // typed from the contract
 * })
 * webhooks.onError((error, { id, acknowledged }) => console.warn(error.code, id, acknowledged, error.message))
 *
 * const app = express()
 * app.post('/webhooks', createNodeMiddleware(webhooks)) // raw body, verify, validate, ack fast, dispatch
 * app.use(express.json()) // other routes' parsers may come first too: raw bytes kept by express.raw() or
 * //                         express.json({ verify }) as req.rawBody are used as they are
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
} from '@voicehooks/signing'
export type { AnyWebhooks, BaseWebhooks } from './base-webhooks.js'
export { ReceiverError, type ReceiverErrorCode, type ReceiverErrorDetails } from './errors.js'
export type { EventHandler } from './event-handlers.js'
export type { ReceivedBody } from './http-answer.js'
export type {
  ClaimedDelivery,
  ClaimOutcome,
  IdempotencyStore,
  UnknownEvent,
} from './idempotency-store.js'
export { MemoryIdempotencyStore, type MemoryIdempotencyStoreOptions } from './memory-idempotency-store.js'
export {
  createNodeMiddleware,
  type NodeMiddleware,
  type NodeMiddlewareOptions,
  type NodeRequest,
} from './middleware/node.js'
export {
  createWebHandler,
  type WebHandler,
  type WebHandlerContext,
  type WebHandlerOptions,
} from './middleware/web.js'
export type { WebhooksOptions } from './options.js'
export type { Problem } from './problem.js'
export type { ErrorContext, ErrorHandler, ReceiveResult, ReceiveStatus } from './receive-result.js'
export { constructEvent, Webhook } from './webhook.js'
export type { WebhookOptions } from './webhook-options.js'
export { Webhooks } from './webhooks.js'
