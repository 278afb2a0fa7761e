/**
 * @voicehooks/receiver — receive Voicehooks webhooks: verify the signature on the raw body,
 * validate the event against the contract, skip redeliveries, and call typed handlers.
 *
 * Express is not a dependency: `hooks.express()` is plain `node:http` middleware, so it mounts on
 * Express 4/5, connect or `http.createServer`; `hooks.toWebHandler()` serves Fetch API runtimes.
 *
 * @example
 * ```ts
 * import express from 'express'
 * import { Webhooks } from '@voicehooks/receiver'
 *
 * const hooks = new Webhooks({ secret: process.env.WEBHOOK_SECRET! })
 * hooks.on('call.completed', async (event) => {
 *   await saveTranscript(event.data.call_id, event.data.transcript) // typed from the contract
 * })
 * hooks.onError((error, { id, acknowledged }) => console.warn(error.code, id, acknowledged, error.message))
 *
 * const app = express()
 * app.post('/webhooks', hooks.express()) // raw body, verify, validate, ack fast, dispatch
 * app.use(express.json()) // other routes' parsers go after it
 * ```
 */
export {
  bodyTooLarge,
  ReceiverError,
  type ReceiverErrorCode,
  type ReceiverErrorDetails,
  statusOf,
} from './errors.js'
export type { EventHandler } from './event-handlers.js'
export type { HttpAnswer, ReceivedBody } from './http-answer.js'
export type {
  ClaimedDelivery,
  ClaimOutcome,
  IdempotencyStore,
  UnknownEvent,
} from './idempotency-store.js'
export { MemoryIdempotencyStore, type MemoryIdempotencyStoreOptions } from './memory-idempotency-store.js'
export type { NodeMiddleware, NodeRequest } from './node/middleware.js'
export { BodyReadError, readRawBody } from './node/read-raw-body.js'
export type { WebhooksOptions } from './options.js'
export { type Problem, problemOf } from './problem.js'
export type { WebHandler, WebHandlerOptions } from './web/handler.js'
export {
  type ErrorContext,
  type ErrorHandler,
  type ReceiveResult,
  type ReceiveStatus,
  Webhooks,
} from './webhooks.js'
