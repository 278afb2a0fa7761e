/**
 * `pnpm start`: the sender on its embedded store (PGlite in .data/demo/sender), the reference receiver
 * (PGlite in .data/demo/receiver) subscribed to every event, and catalog examples published every
 * couple of seconds so deliveries flow between them. Ctrl-C stops both gracefully.
 *
 * Options (environment): DEMO_EVENTS=N publishes N events then exits (0 when all were received),
 * DEMO_INTERVAL_MS (default 2000), DEMO_DATA_DIR (default .data/demo), SENDER_PORT (default 8080), RECEIVER_PORT (default 3000).
 */
import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
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

async function api<T>(base: string, path: string, token: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) fail(`${path} answered ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

// Each run starts clean: the demo's account, key and secret are minted fresh below.
await rm(dataDir, { recursive: true, force: true })

const operatorToken = randomBytes(24).toString('base64url')
const sender = await startSender({
  env: {
    ...process.env,
    PORT: String(senderPort),
    VOICEHOOKS_DATA_DIR: join(dataDir, 'sender'),
    VOICEHOOKS_OPERATOR_TOKEN: operatorToken,
    VOICEHOOKS_RETRY_SCHEDULE: process.env['VOICEHOOKS_RETRY_SCHEDULE'] ?? '1s,2s,5s,10s',
  },
})

const { api_key: apiKey } = await api<{ api_key: { key: string } }>(
  sender.url,
  '/v1/accounts',
  operatorToken,
  {
    name: 'Demo Dental Clinic',
    email: 'ops@demo-dental.example',
  },
)
const receiverUrl = `http://127.0.0.1:${receiverPort}/webhooks`
const webhook = await api<{ id: string; secret: string }>(sender.url, '/v1/webhooks', apiKey.key, {
  url: receiverUrl,
  description: 'Reference receiver (demo)',
})

let received = 0
const receiver = await startReceiver({
  port: receiverPort,
  secret: webhook.secret,
  dataDir: join(dataDir, 'receiver'),
  onEvent: (event: { id: string; type: string }) => {
    received += 1
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
  const result = await api<{ id: string; deliveries: number }>(sender.url, '/v1/events', apiKey.key, {
    type: entry.name,
    data: entry.example.data,
  })
  console.log(`sender    -> ${entry.name.padEnd(26)} ${result.id} (${result.deliveries} delivery)`)
  if (published >= maxEvents) {
    const deadline = Date.now() + 30_000
    while (received < maxEvents && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
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
