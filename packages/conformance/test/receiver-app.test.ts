import type { WebhookEvent } from '@voicehooks/contracts'
import { type RunningReceiver, startReceiver } from '@voicehooks/receiver-app'
import { generateSecret, type SignatureScheme } from '@voicehooks/signing'
import { afterEach, expect, test } from 'vitest'
import { formatTable, runConformance } from '../src/index.js'

const receivers: RunningReceiver[] = []
afterEach(async () => {
  await Promise.all(receivers.splice(0).map((receiver) => receiver.stop()))
})

const quiet = { info: () => {}, error: () => {} }

test.each<[SignatureScheme, string | undefined]>([
  ['standard', undefined],
  ['t-v1', 'Acme'],
])('the reference receiver (apps/receiver, %s scheme) passes every check', async (scheme, prefix) => {
  const secret = generateSecret()
  const processed: WebhookEvent[] = []
  const receiver = await startReceiver({
    port: 0,
    secret,
    scheme,
    ...(prefix === undefined ? {} : { prefix }),
    dataDir: 'memory',
    logger: quiet,
    onEvent: (event) => {
      processed.push(event)
    },
  })
  receivers.push(receiver)

  const report = await runConformance({
    url: `${receiver.url}/webhooks`,
    secret,
    scheme,
    ...(prefix === undefined ? {} : { prefix }),
  })

  expect(report.ok, formatTable(report)).toBe(true)
  expect(report.failed).toBe(0)
  expect(report.passed).toBe(report.checks.length)
  // Acknowledged first, processed after: wait for processing of every example and the duplicate's event.
  const examples = report.checks.filter((check) => check.group === 'examples').length
  const deadline = Date.now() + 5000
  while (processed.length < examples + 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  const ids = processed.map((event) => event.id)
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids.length).toBe(examples + 1)
})
