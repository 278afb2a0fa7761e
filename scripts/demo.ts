/**
 * `pnpm start`: the sender on its embedded store (PGlite in .data/demo/sender), the reference receiver
 * (PGlite in .data/demo/receiver) subscribed to every event, and catalog examples published every
 * couple of seconds so deliveries flow between them. Ctrl-C stops both gracefully.
 *
 * The data is kept between runs, as a user who created an endpoint in the dashboard expects: the
 * first run creates the demo account, API key and webhook and writes them (with the operator token
 * and encryption key they need) to `demo.json` in the data folder; later runs reuse them, and
 * deliveries still queued from the last run go out. DEMO_RESET=1 deletes the folder and starts over.
 *
 * Options (environment): DEMO_EVENTS=N publishes N events then exits (0 when all were received),
 * DEMO_INTERVAL_MS (default 2000), DEMO_DATA_DIR (default .data/demo), DEMO_RESET=1, SENDER_PORT
 * (default 8080), RECEIVER_PORT (default 3000).
 */
import { randomBytes } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { catalog } from '@voicehooks/contracts'
import { startReceiver } from '@voicehooks/receiver-app'
import { startSender } from '@voicehooks/sender'

const root = join(import.meta.dirname, '..')
const dataDir = process.env['DEMO_DATA_DIR'] ?? join(root, '.data', 'demo')
const maxEvents = process.env['DEMO_EVENTS'] ? Number(process.env['DEMO_EVENTS']) : Number.POSITIVE_INFINITY
const intervalMs = Number(process.env['DEMO_INTERVAL_MS'] ?? 2000)
const senderPort = Number(process.env['SENDER_PORT'] ?? 8080)
const receiverPort = Number(process.env['RECEIVER_PORT'] ?? 3000)

function fail(message: string): never {
  console.error(`demo: ${message}`)
  process.exit(1)
}

/** What the first run created, so later runs find the same account, key and webhook. */
interface DemoState {
  operatorToken: string
  encryptionKey: string
  apiKey: string
  webhookId: string
  secret: string
}

async function api<T>(base: string, path: string, token: string, body?: unknown): Promise<T> {
  const answer = await call(base, path, token, body)
  if (!answer.ok) fail(`${path} answered ${answer.status}: ${answer.text}`)
  return JSON.parse(answer.text) as T
}

async function call(base: string, path: string, token: string, body?: unknown, method?: string) {
  const response = await fetch(`${base}${path}`, {
    method: method ?? (body === undefined ? 'GET' : 'POST'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { ok: response.ok, status: response.status, text: await response.text() }
}

async function readState(file: string): Promise<DemoState | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DemoState
  } catch {
    return undefined
  }
}

if (process.env['DEMO_RESET'] === '1') await rm(dataDir, { recursive: true, force: true })
await mkdir(dataDir, { recursive: true })
const stateFile = join(dataDir, 'demo.json')
const previous = await readState(stateFile)
const operatorToken = previous?.operatorToken ?? randomBytes(24).toString('base64url')
const encryptionKey = previous?.encryptionKey ?? randomBytes(32).toString('base64')

const sender = await startSender({
  env: {
    ...process.env,
    PORT: String(senderPort),
    VOICEHOOKS_DATA_DIR: join(dataDir, 'sender'),
    VOICEHOOKS_OPERATOR_TOKEN: operatorToken,
    VOICEHOOKS_ENCRYPTION_KEY: encryptionKey,
    VOICEHOOKS_RETRY_SCHEDULE: process.env['VOICEHOOKS_RETRY_SCHEDULE'] ?? '1s,2s,5s,10s',
  },
})
const receiverUrl = `http://127.0.0.1:${receiverPort}/webhooks`

/** The last run's account and webhook when both are still there, else new ones. */
async function demoAccount(): Promise<DemoState> {
  if (previous) {
    const path = `/v1/webhooks/${previous.webhookId}`
    const found = await call(sender.url, path, previous.apiKey)
    if (found.ok) {
      // RECEIVER_PORT may differ from the last run's: the demo webhook follows the receiver.
      if ((JSON.parse(found.text) as { url: string }).url !== receiverUrl) {
        const moved = await call(sender.url, path, previous.apiKey, { url: receiverUrl }, 'PATCH')
        if (!moved.ok) fail(`could not point the demo webhook at ${receiverUrl}: ${moved.text}`)
      }
      return previous
    }
    if (found.status !== 404 && found.status !== 401)
      fail(`the demo webhook answered ${found.status}: ${found.text}`)
  }
  let apiKey = previous?.apiKey
  if (!apiKey || (await call(sender.url, '/v1/webhooks', apiKey)).status === 401) {
    const created = await api<{ api_key: { key: string } }>(sender.url, '/v1/accounts', operatorToken, {
      name: 'Demo Dental Clinic',
      email: `ops+${randomBytes(3).toString('hex')}@demo-dental.example`,
    })
    apiKey = created.api_key.key
  }
  const webhook = await api<{ id: string; secret: string }>(sender.url, '/v1/webhooks', apiKey, {
    url: receiverUrl,
    description: 'Reference receiver (demo)',
  })
  const state = { operatorToken, encryptionKey, apiKey, webhookId: webhook.id, secret: webhook.secret }
  await writeFile(stateFile, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
  return state
}

const demo = await demoAccount()
const apiKey = { key: demo.apiKey }
const webhook = { id: demo.webhookId, secret: demo.secret }

/** Events this run published, and every event the receiver processed (a last run's queued ones too). */
const publishedIds = new Set<string>()
const receivedIds = new Set<string>()
const receivedOfThisRun = () => [...publishedIds].filter((id) => receivedIds.has(id)).length
const receiver = await startReceiver({
  port: receiverPort,
  secret: webhook.secret,
  dataDir: join(dataDir, 'receiver'),
  onEvent: (event: { id: string; type: string }) => {
    receivedIds.add(event.id)
    console.log(`receiver  <- ${event.type.padEnd(26)} ${event.id}`)
  },
})

console.log(`
Voicehooks demo is running.
  sender API      ${sender.url}/v1   (API key: ${apiKey.key})
  dashboard       ${sender.url}/dashboard
  metrics         ${sender.url}/metrics
  receiver        ${receiver.url}/events   (what arrived, stored once per event id)
  webhook         ${webhook.id} -> ${receiverUrl}
  data            ${dataDir} (kept between runs; DEMO_RESET=1 starts over)
Try:  curl -H "Authorization: Bearer ${apiKey.key}" ${sender.url}/v1/webhooks/${webhook.id}/deliveries/summary
Ctrl-C stops both.
`)

// Calls first: they are what a voice-agent platform sends most.
const emitted = catalog
  .filter((entry) => !entry.reserved)
  .sort((a, b) => Number(!a.name.startsWith('call.')) - Number(!b.name.startsWith('call.')))
let published = 0
let stopping = false

async function stop(code: number): Promise<never> {
  stopping = true
  clearInterval(timer)
  await receiver.stop()
  await sender.stop()
  process.exit(code)
}

async function publishNext(): Promise<void> {
  if (stopping || published >= maxEvents) return
  const entry = emitted[published % emitted.length]
  if (!entry) return
  published += 1
  const last = published >= maxEvents
  const result = await api<{ id: string; deliveries: number }>(sender.url, '/v1/events', apiKey.key, {
    type: entry.name,
    data: entry.example.data,
  })
  publishedIds.add(result.id)
  console.log(`sender    -> ${entry.name.padEnd(26)} ${result.id} (${result.deliveries} delivery)`)
  if (last) {
    const deadline = Date.now() + 30_000
    while (receivedOfThisRun() < maxEvents && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 100))
    const received = receivedOfThisRun()
    console.log(`demo: ${received}/${maxEvents} events received`)
    await stop(received >= maxEvents ? 0 : 1)
  }
}

const timer = setInterval(() => {
  publishNext().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
}, intervalMs)
await publishNext()

process.once('SIGINT', () => void stop(0))
process.once('SIGTERM', () => void stop(0))
