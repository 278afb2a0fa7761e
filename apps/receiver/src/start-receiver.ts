import { once } from 'node:events'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { WebhookEvent } from '@voicehooks/contracts'
import { createNodeMiddleware, Webhooks } from '@voicehooks/receiver'
import type { SignatureScheme } from '@voicehooks/signing'
import express, { type ErrorRequestHandler } from 'express'
import { eventsRouter } from './api/events-router.js'
import { sendProblem } from './api/problem.js'
import { loadConfig } from './config.js'
import { type Database, openDatabase } from './store/database.js'
import { EventStore } from './store/event-store.js'
import { summarise } from './summarise.js'

/** Where the receiver writes its lines. */
export interface ReceiverLogger {
  info(line: string): void
  error(line: string, error?: unknown): void
}

/** Options of {@link startReceiver}; each one overrides the environment variable it names. */
export interface StartReceiverOptions {
  /** Read when an option is not given; default `process.env`. */
  env?: NodeJS.ProcessEnv
  /** `PORT`; 0 picks a free port. Default 3000. */
  port?: number
  /** `HOST`; default 127.0.0.1. */
  host?: string
  /** `WEBHOOK_SECRET` (comma-separated there): one secret or several during a rotation. */
  secret?: string | string[]
  /** `WEBHOOK_SCHEME`; default `standard`. */
  scheme?: SignatureScheme
  /** `WEBHOOK_PREFIX`; default `Voicehooks`. */
  prefix?: string
  /** `DATABASE_URL`: PostgreSQL. When unset, PGlite in `dataDir`. */
  databaseUrl?: string
  /** `RECEIVER_DATA_DIR`: PGlite folder, or `memory`. Default `.data/receiver`. */
  dataDir?: string
  /** Largest accepted delivery; default 1 MiB. */
  maxBodyBytes?: number
  /**
   * Called with each new event after it was acknowledged and stored (demo and tests); the event is
   * marked `processed` when it resolves and `failed` when it throws.
   */
  onEvent?: (event: WebhookEvent) => unknown
  /** Default: one line per event on stdout, errors on stderr. */
  logger?: ReceiverLogger
}

/** A running receiver. */
export interface RunningReceiver {
  /** `http://host:port`; deliveries go to `${url}/webhooks`. */
  url: string
  port: number
  db: Database
  webhooks: Webhooks
  /** Stops accepting, finishes requests and event processing in flight, closes the database. */
  stop(): Promise<void>
}

const consoleLogger: ReceiverLogger = {
  info: (line) => console.log(line),
  error: (line, error) => (error === undefined ? console.error(line) : console.error(line, error)),
}

/** Open connections get this long to finish their requests at shutdown before they are cut. */
const SHUTDOWN_GRACE_MS = 10_000

/**
 * Starts the reference receiver: `POST /webhooks` verifies, validates and stores each event once,
 * acknowledges, then processes it; `GET /events`, `GET /events/:id`, `GET /healthz`.
 *
 * @throws {ConfigError} when the secret is missing or a setting is unusable.
 * @example
 * ```ts
 * const receiver = await startReceiver({ port: 0, secret: 'whsec_…', dataDir: 'memory' })
 * await fetch(`${receiver.url}/webhooks`, { method: 'POST', body, headers })
 * await receiver.stop()
 * ```
 */
export async function startReceiver(options: StartReceiverOptions = {}): Promise<RunningReceiver> {
  const env = { ...(options.env ?? process.env) }
  if (options.secret !== undefined) env['WEBHOOK_SECRET'] = [options.secret].flat().join(',')
  const config = loadConfig(env)
  const logger = options.logger ?? consoleLogger

  const webhooksOptions = {
    secret: config.secrets,
    scheme: options.scheme ?? config.scheme,
    prefix: options.prefix ?? config.prefix,
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
  }
  // Configuration errors surface before a database is opened.
  new Webhooks(webhooksOptions)

  const startedAt = new Date()
  const db = await openDatabase({
    databaseUrl: options.databaseUrl ?? config.databaseUrl,
    dataDir: options.dataDir ?? config.dataDir,
  })
  const store = new EventStore(db)
  const webhooks = new Webhooks({ ...webhooksOptions, idempotency: store, ackFirst: true })

  const processEvent = async (event: WebhookEvent) => {
    await options.onEvent?.(event)
    logger.info(`processed ${summarise(event)}`)
  }
  webhooks.onAny(processEvent)
  webhooks.onError((error, context) => {
    const about = context.id === undefined ? '' : ` ${context.type ?? '?'} ${context.id}`
    if (error.status >= 500) logger.error(`${error.code}${about}: ${error.message}`, error.cause)
    else logger.info(`refused ${error.status} ${error.code}${error.check ? `/${error.check}` : ''}${about}`)
  })

  let stopping: Promise<void> | undefined
  const app = express()
  app.disable('x-powered-by')
  app.use((_req, res, next) => {
    // While shutting down, each answer closes its connection so the server can finish closing.
    if (stopping !== undefined) res.setHeader('connection', 'close')
    next()
  })
  // The webhook route reads the raw body itself; no JSON parser is mounted before it.
  app.post('/webhooks', createNodeMiddleware(webhooks))
  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1')
      res.json({ status: 'ok', database: db.kind })
    } catch {
      sendProblem(res, 503, 'Unavailable', 'The database does not answer')
    }
  })
  app.use(eventsRouter(store))
  app.use((req, res) => sendProblem(res, 404, 'Not found', `No route ${req.method} ${req.path}`))
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    logger.error('unexpected error', error)
    sendProblem(res, 500, 'Internal error', 'The receiver failed unexpectedly')
  }
  app.use(onError)

  const server = createServer(app)
  server.listen(options.port ?? config.port, options.host ?? config.host)
  try {
    await once(server, 'listening')
  } catch (error) {
    await db.close()
    throw error
  }
  // Events acknowledged by a previous run that stopped before processing them (a crash, a kill):
  // the sender will not send them again, so they are processed now.
  const resuming = resumeUnprocessed(store, startedAt, processEvent, logger)
  const { port } = server.address() as AddressInfo
  const host = options.host ?? config.host
  const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${port}`

  const stop = () => {
    stopping ??= (async () => {
      const closed = once(server, 'close')
      server.close()
      // Keep-alive connections that go idle after their last answer are closed as they do.
      const sweep = setInterval(() => server.closeIdleConnections(), 50)
      const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS)
      server.closeIdleConnections()
      await closed
      clearInterval(sweep)
      clearTimeout(cut)
      await resuming
      await webhooks.drain()
      await db.close()
    })()
    return stopping
  }
  return { url, port, db, webhooks, stop }
}

/** Processes every event a previous run stored as `received` but never finished; never throws. */
async function resumeUnprocessed(
  store: EventStore,
  before: Date,
  processEvent: (event: WebhookEvent) => Promise<void>,
  logger: ReceiverLogger,
): Promise<void> {
  try {
    for (const stored of await store.unprocessed(before)) {
      try {
        await processEvent(stored.body as WebhookEvent)
        await store.complete(stored.id, 'processed')
      } catch (error) {
        await store.release(stored.id, error)
        logger.error(`resumed event ${stored.id} failed`, error)
      }
    }
  } catch (error) {
    logger.error('could not resume events left unprocessed by the last run', error)
  }
}
