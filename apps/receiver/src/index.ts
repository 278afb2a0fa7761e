/**
 * @voicehooks/receiver-app — the reference receiver: Express on `@voicehooks/receiver`, every event
 * stored once in PostgreSQL (or embedded PGlite), acknowledged first and processed after.
 *
 * @example
 * ```ts
 * import { startReceiver } from '@voicehooks/receiver-app'
 *
 * const receiver = await startReceiver({ port: 0, secret: process.env.WEBHOOK_SECRET, dataDir: 'memory' })
 * console.log(`${receiver.url}/webhooks`)
 * await receiver.stop()
 * ```
 */
export { ConfigError, loadConfig, type ReceiverConfig } from './config.js'
export {
  type ReceiverLogger,
  type RunningReceiver,
  type StartReceiverOptions,
  startReceiver,
} from './start-receiver.js'
export type { Database } from './store/database.js'
export type { EventStatus, StoredEvent, StoredEventSummary } from './store/event-store.js'
export { summarise } from './summarise.js'
