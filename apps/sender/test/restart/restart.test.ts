import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase, testEngines } from '@voicehooks/testkit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mapLimit, until } from '../support/processes.js'
import { type SenderProcess, spawnSender } from '../support/spawn-sender.js'

const engines = await testEngines('sender restart tests')
const EVENTS = 24

/** A receiver that refuses (503 after a short wait, so attempts are in flight) until opened. */
async function gatedReceiver(): Promise<{ url: string; open(): void; received: Set<string>; close(): void }> {
  let open = false
  const received = new Set<string>()
  const server: Server = createServer((req, res) => {
    req.resume()
    req.on('end', () => {
      if (open) {
        received.add(String(req.headers['webhook-id']))
        res.writeHead(200).end('ok')
      } else setTimeout(() => res.writeHead(503).end('not yet'), 200)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    open: () => {
      open = true
    },
    received,
    close: () => server.close(),
  }
}

async function call<T>(url: string, token: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} → ${response.status}: ${text}`)
  return JSON.parse(text) as T
}

describe.each(engines)('the sender restarted on the data it left (%s)', (engine) => {
  const cleanups: (() => Promise<unknown> | unknown)[] = []
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup()
  })

  let store: Record<string, string>
  beforeAll(async () => {
    if (engine === 'postgres') {
      const database = await createTestDatabase('restart')
      cleanups.push(database.drop)
      store = { DATABASE_URL: database.url }
    } else {
      const dir = await mkdtemp(join(tmpdir(), 'vh-restart-'))
      cleanups.push(() => rm(dir, { recursive: true, force: true }))
      store = { VOICEHOOKS_DATA_DIR: join(dir, 'not', 'yet', 'there') }
    }
  })

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'keeps accounts, webhooks, events and queued deliveries across %s, then delivers them all',
    async (signal) => {
      const receiver = await gatedReceiver()
      cleanups.push(receiver.close)
      const env = {
        ...store,
        VOICEHOOKS_OPERATOR_TOKEN: 'op',
        VOICEHOOKS_ENCRYPTION_KEY: ENCRYPTION_KEY,
        VOICEHOOKS_LEASE: '2s',
        VOICEHOOKS_DELIVERY_TIMEOUT: '1s',
        VOICEHOOKS_POLL_INTERVAL: '100ms',
        VOICEHOOKS_RETRY_SCHEDULE: '300ms',
      }
      const first: SenderProcess = await spawnSender(env, `sender on ${engine}`)
      cleanups.push(() => first.kill('SIGKILL'))
      const created = await call<{ account: { id: string }; api_key: { key: string } }>(
        `${first.url}/v1/accounts`,
        'op',
        'POST',
        {
          name: `Restart ${signal}`,
          email: `restart-${signal}-${randomBytes(3).toString('hex')}@example.com`,
        },
      )
      const key = created.api_key.key
      const webhook = await call<{ id: string }>(`${first.url}/v1/webhooks`, key, 'POST', {
        url: receiver.url,
        events: ['test.ping'],
        max_attempts: 20,
      })
      const published = await mapLimit(
        Array.from({ length: EVENTS }, (_, i) => i),
        6,
        (i) =>
          call<{ id: string }>(`${first.url}/v1/events`, key, 'POST', {
            type: 'test.ping',
            data: { message: `event ${i}`, webhook_id: webhook.id },
            idempotency_key: `${signal}-${i}`,
          }),
      )
      const summaryUrl = (base: string) => `${base}/v1/webhooks/${webhook.id}/deliveries/summary`
      // Every delivery has been tried (and refused) at least once: the queue holds retries and
      // attempts in flight when the process goes.
      await until(
        async () => {
          const page = await call<{ data: { attempt_count: number }[] }>(
            `${first.url}/v1/webhooks/${webhook.id}/deliveries?limit=100`,
            key,
            'GET',
          )
          return page.data.length === EVENTS && page.data.every((d) => d.attempt_count >= 1)
        },
        'every delivery attempted once',
        20_000,
      )
      expect(await first.kill(signal)).toBe(signal === 'SIGTERM' ? 0 : 'SIGKILL')

      receiver.open()
      const second = await spawnSender(env, `sender on ${engine}, restarted`)
      cleanups.push(() => second.kill('SIGKILL'))
      // What was written is all there, and the key still opens it.
      const hooks = await call<{ data: { id: string }[] }>(`${second.url}/v1/webhooks`, key, 'GET')
      expect(hooks.data.map((h) => h.id)).toContain(webhook.id)
      const repeat = await call<{ id: string; duplicate: boolean }>(`${second.url}/v1/events`, key, 'POST', {
        type: 'test.ping',
        data: { message: 'event 0', webhook_id: webhook.id },
        idempotency_key: `${signal}-0`,
      })
      expect(repeat).toMatchObject({ id: published[0]!.id, duplicate: true })
      const summary = await until(
        async () => {
          const s = await call<{ total: number; delivered: number }>(summaryUrl(second.url), key, 'GET')
          return s.delivered === EVENTS ? s : undefined
        },
        `all ${EVENTS} deliveries delivered after the restart`,
        30_000,
      )
      expect(summary.total).toBe(EVENTS)
      for (const event of published) expect(receiver.received.has(event.id), event.id).toBe(true)
      expect(await second.kill('SIGTERM')).toBe(0)
    },
    90_000,
  )
})

const ENCRYPTION_KEY = randomBytes(32).toString('base64')
