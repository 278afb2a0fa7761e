import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Database } from '@voicehooks/store'
import { type Logger, pino } from 'pino'
import { createApiApp } from './api/app.js'
import {
  DEFAULT_HEADER_PREFIX,
  type LoadConfigOptions,
  loadConfig,
  type SenderConfig,
  sealingKey,
} from './config.js'
import { loadContract, useSenderContract } from './contract/sender-contract.js'
import { createQueue, type DeliveryWorkers, startDeliveryWorkers } from './delivery/index.js'
import { createMetrics } from './metrics/index.js'
import { SecretBox } from './security/secret-box.js'
import { openSenderStore } from './store/open.js'

/** How to start a sender. Everything is optional: by default it reads the process environment. */
export interface StartSenderOptions {
  /** Wins over the environment (e.g. `{ port: 0 }` in tests). */
  config?: Partial<SenderConfig>
  /** The environment to read configuration from; default the process environment. */
  env?: NodeJS.ProcessEnv
  /** Defaults that depend on how the sender was started (main.ts: a data folder under the working directory). */
  defaults?: LoadConfigOptions
  /** Default: pino to stdout at `LOG_LEVEL` (default `info`). */
  logger?: Logger
  /** Start the delivery workers (default true); false serves the API only. */
  workers?: boolean
}

/** A sender that is listening. */
export interface RunningSender {
  /** `http://host:port`, without a trailing slash. */
  url: string
  port: number
  db: Database
  config: SenderConfig
  /**
   * Stops gracefully: no new connections, in-flight requests finish, workers return what they hold to
   * the queue, then the store closes. Safe to call more than once.
   */
  stop(): Promise<void>
}

/** How long stop() lets in-flight requests and attempts finish before cutting them off. */
const STOP_GRACE_MS = 10_000

function secretBoxFrom(config: SenderConfig, logger: Logger): SecretBox {
  const { key, warning } = sealingKey(config)
  if (warning) logger.warn({ security: 'development-encryption-key' }, `*** ${warning} ***`)
  return new SecretBox(key)
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
}

function close(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs)
    force.unref()
    // close() also closes idle keep-alive connections (Node ≥ 19); busy ones end after their response.
    server.close(() => {
      clearTimeout(force)
      resolve()
    })
  })
}

/**
 * Starts a sender: opens the store (migrating it), serves the management API and dashboard, and
 * runs the delivery workers.
 *
 * @throws {ConfigError} for an unusable configuration value, named by its variable.
 * @example
 * ```ts
 * const sender = await startSender({ config: { port: 0, operatorToken: 'op' }, workers: false })
 * await fetch(`${sender.url}/healthz`)
 * await sender.stop()
 * ```
 */
export async function startSender(options: StartSenderOptions = {}): Promise<RunningSender> {
  const config = loadConfig(options.env, options.config, options.defaults)
  const contract = await loadContract(config.contract)
  useSenderContract(contract)
  // The contract's own X-{Prefix}-* headers, unless a prefix was configured.
  const declared = contract.conventions.headerPrefix
  if (declared !== undefined && config.headerPrefix === DEFAULT_HEADER_PREFIX) config.headerPrefix = declared
  const logger = options.logger ?? pino({ level: config.logLevel })
  const secretBox = secretBoxFrom(config, logger)
  const db = await openSenderStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  let workers: DeliveryWorkers | undefined
  let server: Server | undefined
  try {
    const metrics = createMetrics()
    const queue = createQueue(db, config)
    const app = createApiApp({ db, config, logger, secretBox, metrics, queue })
    server = createServer(app)
    const address = await listen(server, config.port, config.host)
    if (options.workers !== false) {
      workers = await startDeliveryWorkers({ db, config, logger, metrics, secretBox, queue })
    }
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
    const url = `http://${host}:${address.port}`
    logger.info(
      { url, store: db.kind, data_dir: config.dataDir ?? null, workers: workers !== undefined },
      'sender listening',
    )
    const running = server
    let stopping: Promise<void> | undefined
    return {
      url,
      port: address.port,
      db,
      config,
      stop() {
        stopping ??= (async () => {
          await Promise.all([close(running, STOP_GRACE_MS), workers?.stop({ graceMs: STOP_GRACE_MS })])
          await db.close()
          logger.info('sender stopped')
        })()
        return stopping
      },
    }
  } catch (error) {
    await workers?.stop({ graceMs: 0 }).catch(() => undefined)
    if (server?.listening) await close(server, 0)
    await db.close().catch(() => undefined)
    throw error
  }
}
