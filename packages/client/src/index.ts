/**
 * @voicehooks/client — a typed client of the Voicehooks management API, on openapi-fetch with types
 * generated from `specs/openapi/management.openapi.yaml`. Errors are thrown as {@link VoicehooksApiError}
 * (the problem document, typed); 429 and 503 are retried with backoff and `Retry-After`, network errors
 * only for idempotent requests. The `voicehooks` CLI is built on it (`@voicehooks/client/cli`).
 *
 * @example
 * ```ts
 * import { createClient, paginate, VoicehooksApiError } from '@voicehooks/client'
 *
 * const client = createClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: process.env.VOICEHOOKS_API_KEY })
 * const webhook = await client.webhooks.create({ url: 'https://example.com/hooks', events: ['call.completed'] })
 * try {
 *   await client.events.send({ type: 'call.completed', data })
 * } catch (error) {
 *   if (error instanceof VoicehooksApiError && error.status === 422) console.error(error.errors)
 * }
 * for await (const w of paginate(client.webhooks.list)) console.log(w.id, w.url)
 * ```
 */
export { apiErrorFromResponse } from './api-error.js'
export {
  type CallbackDelivery,
  type ClientOptions,
  createClient,
  type ListCallCallbacksParams,
  type PublishEvent,
  type VoicehooksClient,
} from './client.js'
export { VoicehooksApiError, VoicehooksNetworkError } from './errors.js'
export type { Page, PageParams } from './page.js'
export { paginate } from './paginate.js'
export type { Problem, ProblemFieldError } from './problem.js'
export type { RetryInfo } from './retry-fetch.js'
export type * from './types.js'
export { CLIENT_VERSION } from './version.js'
