import type { AnyContract, VoicehooksContract } from '@voicehooks/contracts'
import { BaseWebhooks } from '../base-webhooks.js'
import type { WebhooksOptions } from '../options.js'
import { webPlatform } from '../platform/web.js'

/**
 * `Webhooks` for edge runtimes (Cloudflare Workers, Vercel Edge, Deno, Bun, browsers): the same
 * class, verifying with WebCrypto, so nothing it loads needs `node:` modules or `Buffer`. Its
 * configuration is checked at construction as on Node.
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
 *     return handler(request, ctx) // ctx.waitUntil keeps the handlers running after the answer
 *   },
 * }
 * ```
 */
export class Webhooks<C extends AnyContract = VoicehooksContract> extends BaseWebhooks<C> {
  /**
   * @throws {WebhookConfigurationError} when the secret, scheme, prefix, a limit or the contract
   *   could never work.
   */
  constructor(options: WebhooksOptions<C>) {
    super(options, webPlatform)
  }
}
