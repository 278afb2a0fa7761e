import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { examples } from '@voicehooks/contracts'
import { type RunningSender, startSender } from '@voicehooks/sender'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../src/client.js'
import type { Delivery } from '../src/types.js'

/**
 * The CLI as a user runs it: a child process (`node src/cli/bin.ts` through tsx) against a real
 * sender (in-memory PGlite, real delivery workers) delivering to a real HTTP receiver.
 */

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..')
const bin = join(packageDir, 'src', 'cli', 'bin.ts')

interface CliRun {
  code: number
  stdout: string
  stderr: string
}

let sender: RunningSender
let receiver: Server
let receiverUrl: string
let received = 0
let apiKey: string
let home: string

function voicehooks(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=@voicehooks/source', '--import', 'tsx', bin, ...args],
      {
        cwd: packageDir,
        // Only what the CLI needs: configuration comes from the environment, no config file is found.
        env: {
          PATH: process.env['PATH'],
          HOME: home,
          VOICEHOOKS_API_URL: sender.url,
          VOICEHOOKS_API_KEY: apiKey,
        },
        timeout: 60_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}

async function until<T>(read: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'vh-cli-e2e-'))
  receiver = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      received++
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  sender = await startSender({
    config: { port: 0, operatorToken: 'operator-e2e' },
    env: { LOG_LEVEL: 'silent', VOICEHOOKS_POLL_INTERVAL: '50ms' },
  })
  const client = createClient({ baseUrl: sender.url })
  const account = await client.accounts.create(
    { name: 'CLI e2e', email: 'cli-e2e@example.com' },
    { operatorToken: 'operator-e2e' },
  )
  apiKey = account.api_key.key
}, 60_000)

afterAll(async () => {
  await sender?.stop()
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()))
  await rm(home, { recursive: true, force: true })
})

describe('voicehooks CLI against a running sender', () => {
  it('creates a webhook, sends an event, lists its delivery as delivered and reads the summary', async () => {
    const created = await voicehooks(
      'webhooks',
      'create',
      '--url',
      receiverUrl,
      '--events',
      'test.ping',
      '--json',
    )
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    const webhook = JSON.parse(created.stdout) as { id: string; secret: string; events: string[] }
    expect(webhook.id).toMatch(/^wh_/)
    expect(webhook.secret).toMatch(/^whsec_/)
    expect(webhook.events).toEqual(['test.ping'])

    const dataFile = join(home, 'ping.json')
    await writeFile(dataFile, JSON.stringify({ ...examples['test.ping'].data, webhook_id: webhook.id }))
    const sent = await voicehooks(
      'events',
      'send',
      'test.ping',
      '--data',
      dataFile,
      '--idempotency-key',
      'e2e-1',
      '--json',
    )
    expect(sent.code).toBe(0)
    expect(JSON.parse(sent.stdout)).toMatchObject({ type: 'test.ping', deliveries: 1, duplicate: false })

    // Wait in-process (cheap) for the worker, then read it back through the CLI.
    const client = createClient({ baseUrl: sender.url, apiKey })
    await until(async () => {
      const page = await client.deliveries.list(webhook.id)
      return page.data[0]?.status === 'delivered' ? true : undefined
    }, 'the delivery to be delivered')
    expect(received).toBe(1)

    const listed = await voicehooks('deliveries', 'list', webhook.id, '--json')
    expect(listed.code).toBe(0)
    const page = JSON.parse(listed.stdout) as { data: Delivery[]; total: number }
    expect(page.total).toBe(1)
    expect(page.data[0]).toMatchObject({
      webhook_id: webhook.id,
      event_type: 'test.ping',
      status: 'delivered',
      attempt_count: 1,
    })

    const table = await voicehooks('deliveries', 'list', webhook.id)
    expect(table.code).toBe(0)
    const [header, row] = table.stdout.trimEnd().split('\n')
    expect(header).toMatch(/^ID\s+EVENT TYPE\s+STATUS\s+ATTEMPTS\s+CODE\s+LAST ERROR\s+CREATED$/)
    expect(row).toMatch(
      new RegExp(`^${page.data[0]!.id}\\s+test\\.ping\\s+delivered\\s+1/\\d+\\s+204\\s+-\\s+`),
    )

    const summary = await voicehooks('deliveries', 'summary', webhook.id)
    expect(summary.code).toBe(0)
    expect(summary.stdout).toMatch(/^total\s+1$/m)
    expect(summary.stdout).toMatch(/^delivered\s+1$/m)
    expect(summary.stdout).toMatch(/^failed\s+0$/m)
  }, 120_000)

  it('exits 1 with one problem line for an API error, and 3 without a request for bad data', async () => {
    const missing = await voicehooks('webhooks', 'get', 'wh_0000000000000000')
    expect(missing.code).toBe(1)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toMatch(/^error: 404 \S.*wh_0000000000000000.*\n$/)

    const before = received
    const dataFile = join(home, 'bad.json')
    await writeFile(dataFile, JSON.stringify({ message: 42 }))
    const invalid = await voicehooks('events', 'send', 'test.ping', '--data', dataFile)
    expect(invalid.code).toBe(3)
    expect(invalid.stderr).toContain('/webhook_id: is required')
    expect(invalid.stderr).toContain('/message: must be string')
    const client = createClient({ baseUrl: sender.url, apiKey })
    const webhooks = await client.webhooks.list()
    const totals = await Promise.all(webhooks.data.map((w) => client.deliveries.summary(w.id)))
    expect(totals.reduce((n, s) => n + s.total, 0)).toBe(1)
    expect(received).toBe(before)
  }, 60_000)

  it('sends every event of an NDJSON file in batches, and refuses a file with a bad line naming FILE:LINE', async () => {
    const client = createClient({ baseUrl: sender.url, apiKey })
    const hook = (await client.webhooks.list()).data[0]!
    const ping = (i: number) =>
      JSON.stringify({ type: 'test.ping', data: { message: `line ${i}`, webhook_id: hook.id } })
    const file = join(home, 'events.ndjson')
    await writeFile(file, `${Array.from({ length: 150 }, (_, i) => ping(i)).join('\n')}\n`)
    const before = (await client.deliveries.summary(hook.id)).total
    const sent = await voicehooks('events', 'send', '--file', file)
    expect(sent.stderr).toBe('')
    expect(sent.code).toBe(0)
    expect(sent.stdout).toMatch(/^sent 150 events from .*events\.ndjson: \d+ deliveries queued\n$/)
    const after = (await client.deliveries.summary(hook.id)).total
    expect(after - before).toBe(150)

    const broken = join(home, 'broken.ndjson')
    await writeFile(broken, `${ping(1)}\n{"type":"test.ping","data":{"message":3}}\nnot json\n`)
    const refused = await voicehooks('events', 'send', '--file', broken)
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain('broken.ndjson:2 /data/webhook_id')
    expect(refused.stderr).toContain('broken.ndjson:3')
    expect((await client.deliveries.summary(hook.id)).total).toBe(after)
  }, 60_000)
})
