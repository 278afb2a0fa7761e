import { join } from 'node:path'
import { ConfigError } from './config.js'
import { startSender } from './server.js'

// `pnpm start` in apps/sender: the sender from the environment, on PGlite in ./.data/sender when
// neither DATABASE_URL nor VOICEHOOKS_DATA_DIR names a store, so it needs nothing installed.
const defaults = { defaultDataDir: join(process.cwd(), '.data', 'sender') }

/** Start-up failures a person can fix from one line: bad configuration, a port that is taken. */
function explain(error: unknown): string | undefined {
  if (error instanceof ConfigError) return error.message
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return `cannot listen (${code}): ${(error as Error).message}; set HOST and PORT`
  }
  return undefined
}

let sender: Awaited<ReturnType<typeof startSender>>
try {
  sender = await startSender({ defaults })
} catch (error) {
  const line = explain(error)
  if (line === undefined) throw error
  console.error(`voicehooks sender: ${line}`)
  process.exit(1)
}

let signals = 0
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    signals += 1
    // A second Ctrl-C means "now": leave without waiting for in-flight work.
    if (signals > 1) process.exit(130)
    sender.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('voicehooks sender: stopping failed:', error)
        process.exit(1)
      },
    )
  })
}
