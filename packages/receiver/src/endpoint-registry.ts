import { WebhookConfigurationError } from '@voicehooks/signing/web'
import type { ReceiverEndpoint } from './receiver-endpoint.js'

// The adapters reach a Webhooks instance's internals through this module, not through public
// members, so `createNodeMiddleware(webhooks)` needs nothing users could call by mistake.
const endpoints = new WeakMap<object, ReceiverEndpoint>()

/** Records what the HTTP adapters need of `webhooks`. */
export function registerEndpoint(webhooks: object, endpoint: ReceiverEndpoint): void {
  endpoints.set(webhooks, endpoint)
}

/** What the HTTP adapters need of `webhooks`; `invalid_input` for anything but a `Webhooks` instance. */
export function endpointOf(webhooks: object): ReceiverEndpoint {
  const endpoint = endpoints.get(webhooks)
  if (endpoint === undefined) {
    throw new WebhookConfigurationError(
      'invalid_input',
      'expected a Webhooks instance, e.g. createNodeMiddleware(new Webhooks({ secret }))',
    )
  }
  return endpoint
}
