import type { AnyContract, VoicehooksContract } from '@voicehooks/contracts'
import { BaseWebhooks } from './base-webhooks.js'
import type { WebhooksOptions } from './options.js'
import { nodePlatform } from './platform/node.js'

/**
 * Receives Voicehooks webhooks on Node: checks the body size, verifies the signature on the raw
 * bytes (`node:crypto`), parses and validates the event against the contract, skips events already
 * handled, and calls the handlers registered for its type. Serve it with `createNodeMiddleware`
 * (Express, connect, `node:http`) or `createWebHandler` (Fetch API), or call `receive()`.
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
 *
 * const app = express()
 * app.post('/webhooks', createNodeMiddleware(webhooks))
 * ```
 *
 * @example Another platform's contract (made by `voicehooks-codegen init`/`generate`)
 * ```ts
 * import { contract } from '@acme/contracts'
 * const acme = new Webhooks({ secret: process.env.ACME_SECRET!, contract }) // X-Acme-* headers by default
 * acme.on('invoice.paid', (event) => event.data.amount_cents) // typed by Acme's EventMap
 * ```
 */
export class Webhooks<C extends AnyContract = VoicehooksContract> extends BaseWebhooks<C> {
  /**
   * @throws {WebhookConfigurationError} when the secret, scheme, prefix, a limit or the contract
   *   could never work.
   */
  constructor(options: WebhooksOptions<C>) {
    super(options, nodePlatform)
  }
}
