// A consumer's TypeScript program, compiled under each module resolution (node16 ESM and CommonJS,
// bundler, node10) against the installed packages. The @ts-expect-error lines fail the build if the
// published types were `any` or missing; main() then runs the compiled output.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createClient, VoicehooksApiError } from '@voicehooks/client'
import { type ConformanceReport, runConformance } from '@voicehooks/conformance'
import { type CallCompletedData, type EventType, examples, type WebhookEvent } from '@voicehooks/contracts'
import type { paths } from '@voicehooks/contracts/management-api'
import {
  createNodeMiddleware,
  type ReceiveResult,
  ReceiverError,
  Webhook,
  WebhookConfigurationError,
  Webhooks,
} from '@voicehooks/receiver'
import { createWebHandler, Webhooks as EdgeWebhooks } from '@voicehooks/receiver/web'
import { generateSecret, sign } from '@voicehooks/signing'
import { verify as verifyWithWebCrypto } from '@voicehooks/signing/web'

const secret: string = generateSecret()
const webhooks = new Webhooks({ secret })
const handled: string[] = []

webhooks.on('call.completed', (event) => {
  const data: CallCompletedData = event.data
  const type: 'call.completed' = event.type
  // @ts-expect-error a call.completed event has no such field
  void event.data.no_such_field
  handled.push(`${type} ${data.call_id}`)
})
// @ts-expect-error not an event type of the contract
webhooks.on('call.teleported', () => undefined)
webhooks.onAny((event: WebhookEvent) => {
  if (event.type === 'billing.low_balance') void (event.data.balance satisfies number)
})

const edge = new EdgeWebhooks({ secret })
const fetchHandler: (request: Request) => Promise<Response> = createWebHandler(edge)
type CreateWebhookBody = paths['/v1/webhooks']['post']['requestBody']['content']['application/json']
const body: CreateWebhookBody = { url: 'https://example.com/hooks', events: ['call.completed'] }
// @ts-expect-error url is required
const missingUrl: CreateWebhookBody = { events: ['call.completed'] }
const everyType: EventType[] = ['call.completed', 'test.ping']
void [fetchHandler, body, missingUrl, everyType, createClient, VoicehooksApiError, runConformance]
void (undefined as unknown as ConformanceReport | ReceiveResult | undefined)

async function main(): Promise<void> {
  const event = examples['call.completed']
  const raw = JSON.stringify(event)
  const headers = sign({ id: event.id, timestamp: Math.floor(Date.now() / 1000), body: raw, secret })
  const verified: WebhookEvent = new Webhook(secret).verify(raw, headers)
  if (verified.id !== event.id) throw new Error('Webhook#verify returned another event')
  await verifyWithWebCrypto(raw, headers, secret)
  try {
    new Webhooks({ secret: 'whsec_not base64' })
    throw new Error('a malformed secret was accepted')
  } catch (error) {
    if (!(error instanceof WebhookConfigurationError)) throw error
  }

  const server = createServer(createNodeMiddleware(webhooks))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  try {
    const answer = await fetch(`http://127.0.0.1:${port}/webhooks`, {
      method: 'POST',
      body: raw,
      headers: { ...headers, 'content-type': 'application/json' },
    })
    if (answer.status !== 200) throw new ReceiverError('handler_failed', `answered ${answer.status}`)
    await webhooks.drain()
  } finally {
    server.close()
  }
  if (handled.length !== 1) throw new Error(`handler ran ${handled.length} times`)
  console.log(`typescript: verified and dispatched ${handled[0]}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
