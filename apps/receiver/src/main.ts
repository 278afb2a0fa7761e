/**
 * `pnpm --filter @voicehooks/receiver-app start`: the reference receiver, configured by environment
 * (PORT, HOST, WEBHOOK_SECRET, WEBHOOK_SCHEME, WEBHOOK_PREFIX, DATABASE_URL, RECEIVER_DATA_DIR).
 * SIGTERM or SIGINT stops it gracefully; a second signal exits at once.
 */
import { WebhookConfigurationError } from '@voicehooks/receiver'
import { ConfigError } from './config.js'
import { startReceiver } from './start-receiver.js'

try {
  const receiver = await startReceiver()
  console.log(
    `receiver listening on ${receiver.url}: POST ${receiver.url}/webhooks, GET ${receiver.url}/events`,
  )
  const shutdown = (signal: string) => {
    process.once(signal, () => process.exit(1))
    console.log(`receiver: ${signal}, finishing in-flight events`)
    receiver.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('receiver: shutdown failed:', error)
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
} catch (error) {
  if (error instanceof ConfigError || error instanceof WebhookConfigurationError) {
    console.error(`receiver: ${error.message}`)
  } else {
    console.error('receiver: failed to start:', error)
  }
  process.exit(1)
}
