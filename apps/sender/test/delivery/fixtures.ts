import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type EventType, examples } from '@voicehooks/contracts'
import { generateSecret, type SignatureScheme } from '@voicehooks/signing'
import type { Database } from '@voicehooks/store'
import { createTestDatabase, type Engine, testEngines as enginesFor, until } from '@voicehooks/testkit'
import { pino } from 'pino'
import { SMTPServer } from 'smtp-server'
import { loadConfig, type SenderConfig } from '../../src/config.js'
import {
  type DeliveryWorkerDeps,
  type DeliveryWorkers,
  startDeliveryWorkers,
} from '../../src/delivery/index.js'
import { newId } from '../../src/ids.js'
import { createMetrics, type Metrics } from '../../src/metrics/index.js'
import { SecretBox } from '../../src/security/secret-box.js'
import { openSenderStore } from '../../src/store/open.js'

export { type Engine, until } from '@voicehooks/testkit'

/** The engines a suite runs on: PGlite always, PostgreSQL when reachable (required under CI=true). */
export function testEngines(): Promise<Engine[]> {
  return enginesFor('delivery tests')
}

/** A migrated store of its own: PGlite in memory, or a fresh PostgreSQL database dropped by `close`. */
export async function openTestStore(engine: Engine): Promise<{ db: Database; close(): Promise<void> }> {
  if (engine === 'pglite') {
    const db = await openSenderStore({})
    return { db, close: () => db.close() }
  }
  const database = await createTestDatabase('delivery')
  const db = await openSenderStore({ databaseUrl: database.url })
  return {
    db,
    async close() {
      await db.close()
      await database.drop()
    },
  }
}

/** Short schedules and timeouts; loopback receivers allowed. */
export function testConfig(overrides: Partial<SenderConfig> = {}): SenderConfig {
  return loadConfig(
    {},
    {
      retrySchedule: [50, 100, 150],
      retryJitter: 0,
      deliveryTimeoutMs: 2000,
      leaseMs: 10_000,
      concurrency: 8,
      pollIntervalMs: 50,
      disableAfterFailures: 3,
      targetPolicy: { allowHttp: true, allowList: ['127.0.0.1', 'localhost'] },
      ...overrides,
    },
  )
}

export const logger = pino({ level: process.env['LOG_LEVEL'] ?? 'silent' })

export const secretBox = new SecretBox(randomBytes(32))

/** Starts workers with test defaults; `overrides` replace any dependency. */
export async function startWorkers(
  db: Database,
  config: SenderConfig,
  overrides: Partial<DeliveryWorkerDeps> = {},
): Promise<DeliveryWorkers & { metrics: Metrics }> {
  const metrics = overrides.metrics ?? createMetrics()
  const workers = await startDeliveryWorkers({ db, config, logger, metrics, secretBox, ...overrides })
  return Object.assign(workers, { metrics })
}

export async function insertAccount(db: Database): Promise<string> {
  const id = newId('acct')
  await db.query('INSERT INTO accounts (id, name, email) VALUES ($1, $2, $3)', [
    id,
    'Test account',
    'ops@example.com',
  ])
  return id
}

export interface WebhookFixture {
  id: string
  /** The plaintext secret (`whsec_…`); the row holds it sealed. */
  secret: string
}

export async function insertWebhook(
  db: Database,
  accountId: string,
  url: string,
  options: {
    scheme?: SignatureScheme
    headers?: Record<string, string>
    alertEmail?: string
    maxAttempts?: number
    description?: string
    previousSecret?: { secret: string; expiresAt: Date }
  } = {},
): Promise<WebhookFixture> {
  const id = newId('wh')
  const secret = generateSecret()
  await db.query(
    `INSERT INTO webhooks (id, account_id, url, description, signature_scheme, headers, alert_email, max_attempts,
                           secret_enc, previous_secret_enc, previous_secret_expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      accountId,
      url,
      options.description ?? null,
      options.scheme ?? 'standard',
      JSON.stringify(options.headers ?? {}),
      options.alertEmail ?? null,
      options.maxAttempts ?? 4,
      secretBox.seal(secret),
      options.previousSecret ? secretBox.seal(options.previousSecret.secret) : null,
      options.previousSecret?.expiresAt ?? null,
    ],
  )
  return { id, secret }
}

/** An event (the catalog example's data by default) and one pending delivery per webhook, notified. */
export async function publish(
  db: Database,
  accountId: string,
  webhookIds: readonly string[],
  type: EventType = 'call.completed',
  /** Due this many ms from now instead of at once. */
  delayMs = 0,
  /** `pg_notify` at commit, as the publisher does. */
  notify = true,
): Promise<{ eventId: string; deliveryIds: string[] }> {
  const eventId = newId('evt')
  const deliveryIds: string[] = []
  await db.transaction(async (tx) => {
    await tx.query(
      'INSERT INTO events (id, account_id, type, data, occurred_at) VALUES ($1, $2, $3, $4, now())',
      [eventId, accountId, type, JSON.stringify(examples[type].data)],
    )
    for (const webhookId of webhookIds) {
      const id = newId('dlv')
      deliveryIds.push(id)
      await tx.query(
        `INSERT INTO deliveries (id, account_id, kind, event_id, webhook_id, status, max_attempts, next_attempt_at)
         SELECT $1, $2, 'webhook', $3, w.id, 'pending', w.max_attempts, now() + $5 * interval '1 millisecond'
           FROM webhooks w WHERE w.id = $4`,
        [id, accountId, eventId, webhookId, delayMs],
      )
    }
    if (notify) await tx.query(`SELECT pg_notify('voicehooks_deliveries', '')`)
  })
  return { eventId, deliveryIds }
}

/** A call with a callback URL and one pending callback delivery carrying `payload`. */
export async function insertCallback(
  db: Database,
  accountId: string,
  callbackUrl: string,
  callbackArgs: { headers?: Record<string, string>; params?: Record<string, string> },
  payload: unknown,
  maxAttempts = 4,
): Promise<{ callId: string; deliveryId: string }> {
  const callId = crypto.randomUUID()
  const deliveryId = newId('dlv')
  await db.query(
    `INSERT INTO calls (id, account_id, agent_id, direction, from_number, to_number, callback_url, callback_args, status)
     VALUES ($1, $2, 'agent_1', 'outbound', '+14155550100', '+14155550199', $3, $4, 'registered')`,
    [callId, accountId, callbackUrl, JSON.stringify(callbackArgs)],
  )
  await db.query(
    `INSERT INTO deliveries (id, account_id, kind, call_id, payload, status, max_attempts, next_attempt_at)
     VALUES ($1, $2, 'callback', $3, $4, 'pending', $5, now())`,
    [deliveryId, accountId, callId, JSON.stringify(payload), maxAttempts],
  )
  return { callId, deliveryId }
}

export interface DeliveryRow {
  id: string
  status: string
  attempt_count: number
  max_attempts: number
  last_status_code: number | null
  last_error: string | null
  lease_owner: string | null
  next_attempt_at: Date | null
  delivered_at: Date | null
}

export async function deliveryRow(db: Database, id: string): Promise<DeliveryRow> {
  const { rows } = await db.query<DeliveryRow>(
    `SELECT id, status, attempt_count, max_attempts, last_status_code, last_error, lease_owner, next_attempt_at,
            delivered_at FROM deliveries WHERE id = $1`,
    [id],
  )
  if (!rows[0]) throw new Error(`no delivery ${id}`)
  return rows[0]
}

export interface AttemptRow {
  attempt: number
  started_at: Date
  duration_ms: number
  status_code: number | null
  error: string | null
  response_excerpt: string | null
  worker: string | null
}

export async function attemptsOf(db: Database, deliveryId: string): Promise<AttemptRow[]> {
  const { rows } = await db.query<AttemptRow>(
    `SELECT attempt, started_at, duration_ms, status_code, error, response_excerpt, worker
       FROM attempts WHERE delivery_id = $1 ORDER BY attempt`,
    [deliveryId],
  )
  return rows
}

export async function webhookRow(
  db: Database,
  id: string,
): Promise<{
  active: boolean
  consecutive_failures: number
  disabled_reason: string | null
  disabled_at: Date | null
  last_alert_at: Date | null
}> {
  const { rows } = await db.query<{
    active: boolean
    consecutive_failures: number
    disabled_reason: string | null
    disabled_at: Date | null
    last_alert_at: Date | null
  }>(
    'SELECT active, consecutive_failures, disabled_reason, disabled_at, last_alert_at FROM webhooks WHERE id = $1',
    [id],
  )
  if (!rows[0]) throw new Error(`no webhook ${id}`)
  return rows[0]
}

/** Waits until delivery `id` reaches `status`, and returns its row. */
export function untilStatus(
  db: Database,
  id: string,
  status: string,
  timeoutMs = 10_000,
): Promise<DeliveryRow> {
  return until(
    async () => {
      const row = await deliveryRow(db, id)
      return row.status === status ? row : undefined
    },
    `delivery ${id} to be ${status}`,
    timeoutMs,
  )
}

/** A request the test receiver got. */
export interface ReceivedRequest {
  method: string
  url: string
  headers: IncomingMessage['headers']
  body: string
  at: number
}

/** How the receiver answers one request: a response, `hang` (never answer), or a custom writer. */
export type Reply =
  | { status: number; headers?: Record<string, string>; body?: string }
  | 'hang'
  | ((res: ServerResponse) => void)

export interface TestReceiver {
  url: string
  requests: ReceivedRequest[]
  /** Decides each reply; `n` counts requests from 0. Default: 200 "ok". */
  reply: (request: ReceivedRequest, n: number) => Reply
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1:0 that records every request and answers as `reply` says. */
export async function startReceiver(reply?: TestReceiver['reply']): Promise<TestReceiver> {
  const receiver: TestReceiver = {
    url: '',
    requests: [],
    reply: reply ?? (() => ({ status: 200, body: 'ok' })),
    close: async () => undefined,
  }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const request: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      }
      const n = receiver.requests.push(request) - 1
      const answer = receiver.reply(request, n)
      if (answer === 'hang') return
      if (typeof answer === 'function') return answer(res)
      res.writeHead(answer.status, answer.headers).end(answer.body ?? '')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  receiver.url = `http://127.0.0.1:${port}/hooks`
  receiver.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return receiver
}

/** A mail the SMTP server accepted. */
export interface CapturedMail {
  from: string | undefined
  to: string[]
  raw: string
  /** Decoded from RFC 2047 encoded-words. */
  subject: string | undefined
  /** The body, decoded from quoted-printable or base64 when the mail says so. */
  text: string
}

/** Decodes `=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=` words; whitespace between adjacent words is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    )
}

function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
  return Buffer.from(bytes, 'latin1').toString('utf8')
}

function parseMail(raw: string): { subject: string | undefined; text: string } {
  const split = raw.search(/\r?\n\r?\n/)
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, ' ')
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '')
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim()
  const encoding = header('Content-Transfer-Encoding')?.toLowerCase()
  const subject = header('Subject')
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body
  return {
    subject: subject === undefined ? undefined : decodeWords(subject),
    text: text.replace(/\r\n/g, '\n'),
  }
}

/** A real SMTP server (the `smtp-server` package) on 127.0.0.1:0 keeping every mail it accepts. */
export async function startSmtp(): Promise<{ url: string; mails: CapturedMail[]; close(): Promise<void> }> {
  const mails: CapturedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8')
        const mailFrom = session.envelope.mailFrom
        mails.push({
          from: mailFrom === false ? undefined : mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          ...parseMail(raw),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
