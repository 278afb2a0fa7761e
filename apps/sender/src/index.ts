/**
 * @voicehooks/sender — the reference Voicehooks sender: the management API (webhooks, events,
 * deliveries, calls, API keys), a durable delivery queue on PostgreSQL or embedded PGlite, and the
 * delivery workers that sign and POST every event.
 *
 * @example Embed a sender (tests, demos)
 * ```ts
 * import { startSender } from '@voicehooks/sender'
 *
 * const sender = await startSender({ config: { port: 0, operatorToken: 'op-secret' } })
 * const created = await fetch(`${sender.url}/v1/accounts`, {
 *   method: 'POST',
 *   headers: { authorization: 'Bearer op-secret', 'content-type': 'application/json' },
 *   body: JSON.stringify({ name: 'Acme', email: 'ops@acme.example' }),
 * })
 * const { api_key } = await created.json() // api_key.key is the first API key, shown once
 * await sender.stop()
 * ```
 */

export type { Database, Sql } from '@voicehooks/store'
export { ConfigError, loadConfig, parseDuration, type SenderConfig } from './config.js'
export type { TargetPolicy } from './security/target-guard.js'
export { type RunningSender, type StartSenderOptions, startSender } from './server.js'
export { openSenderStore, SENDER_MIGRATIONS, type SenderStoreOptions } from './store/open.js'
