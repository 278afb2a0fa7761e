import { lookup } from 'node:dns/promises'
import { createServer } from 'node:net'
import { hostname } from 'node:os'
import type { Database } from '@voicehooks/store'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { isPrivateAddress } from '../../src/security/target-guard.js'
import {
  attemptsOf,
  deliveryRow,
  type Engine,
  insertAccount,
  insertWebhook,
  openTestStore,
  publish,
  startReceiver,
  startWorkers,
  type TestReceiver,
  testConfig,
  testEngines,
  untilStatus,
  webhookRow,
} from './fixtures.js'

const engines = await testEngines()

/** This machine's name when it resolves only to private addresses (true on most hosts and containers). */
const privateHostname = await lookup(hostname(), { all: true }).then(
  (addresses) =>
    addresses.length > 0 && addresses.every((a) => isPrivateAddress(a.address)) ? hostname() : undefined,
  () => undefined,
)

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describe.each(engines)('failed attempts on %s', (engine: Engine) => {
  let store: Awaited<ReturnType<typeof openTestStore>>
  let db: Database
  let accountId: string
  let receiver: TestReceiver
  let workers: Awaited<ReturnType<typeof startWorkers>> | undefined

  beforeAll(async () => {
    store = await openTestStore(engine)
    db = store.db
    accountId = await insertAccount(db)
    receiver = await startReceiver()
  })
  afterEach(async () => {
    await workers?.stop({ graceMs: 500 })
    workers = undefined
    receiver.requests.length = 0
    receiver.reply = () => ({ status: 200, body: 'ok' })
  })
  afterAll(async () => {
    await receiver?.close()
    await store?.close()
  })

  it('disables the endpoint at once on 410 Gone and kills its queued deliveries', async () => {
    receiver.reply = () => ({ status: 410, body: 'gone' })
    const webhook = await insertWebhook(db, accountId, receiver.url)
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    // Siblings still queued for later must not be sent to an endpoint that said it is gone.
    const later = await publish(db, accountId, [webhook.id], 'call.completed', 3_600_000)
    workers = await startWorkers(db, testConfig())
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(row).toMatchObject({ attempt_count: 1, last_status_code: 410 })
    expect(await webhookRow(db, webhook.id)).toMatchObject({
      active: false,
      disabled_reason: '410 Gone from endpoint',
    })
    expect((await webhookRow(db, webhook.id)).disabled_at).not.toBeNull()
    expect(await deliveryRow(db, later.deliveryIds[0]!)).toMatchObject({
      status: 'dead',
      last_error: 'endpoint disabled: 410 Gone from endpoint',
    })
    expect(receiver.requests).toHaveLength(1)
  })

  it('gives up on a hanging receiver at the timeout and says so', async () => {
    receiver.reply = () => 'hang'
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 1 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers = await startWorkers(db, testConfig({ deliveryTimeoutMs: 300 }))
    const started = Date.now()
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(Date.now() - started).toBeLessThan(3000)
    expect(row.last_error).toBe('timeout after 300 ms')
    const [attempt] = await attemptsOf(db, deliveryIds[0]!)
    expect(attempt).toMatchObject({ status_code: null, error: 'timeout after 300 ms' })
    expect(attempt!.duration_ms).toBeGreaterThanOrEqual(290)
    expect(attempt!.duration_ms).toBeLessThan(1500)
  })

  it('counts a body that never finishes against the same deadline', async () => {
    receiver.reply = () => (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' })
      res.write('partial')
    }
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 1 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers = await startWorkers(db, testConfig({ deliveryTimeoutMs: 300 }))
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(row.last_status_code).toBe(200)
    expect(row.last_error).toBe('timeout after 300 ms (HTTP 200, reading the response body)')
  })

  it('does not follow a redirect and counts it as a failure', async () => {
    receiver.reply = (request) =>
      request.url === '/hooks' ? { status: 302, headers: { location: '/elsewhere' } } : { status: 200 }
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 1 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers = await startWorkers(db, testConfig())
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(row).toMatchObject({
      last_status_code: 302,
      last_error: 'HTTP 302: redirect to /elsewhere not followed',
    })
    expect(receiver.requests.map((r) => r.url)).toEqual(['/hooks'])
  })

  it('keeps at most 4 KiB of the response body', async () => {
    const big = `${'é'.repeat(1000)}${'x'.repeat(200_000)}`
    receiver.reply = () => ({ status: 500, body: big })
    const webhook = await insertWebhook(db, accountId, receiver.url, { maxAttempts: 1 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers = await startWorkers(db, testConfig())
    await untilStatus(db, deliveryIds[0]!, 'failed')
    const [attempt] = await attemptsOf(db, deliveryIds[0]!)
    const excerpt = attempt!.response_excerpt!
    expect(Buffer.byteLength(excerpt, 'utf8')).toBeLessThanOrEqual(4096)
    expect(excerpt.startsWith('é'.repeat(1000))).toBe(true)
    expect(excerpt.length).toBe(1000 + (4096 - 2000))
  })

  it.skipIf(privateHostname === undefined)(
    'checks the address a name resolves to when connecting (DNS cannot point past the guard)',
    async () => {
      const port = new URL(receiver.url).port
      const webhook = await insertWebhook(db, accountId, `http://${privateHostname}:${port}/hooks`, {
        maxAttempts: 1,
      })
      const { deliveryIds } = await publish(db, accountId, [webhook.id])
      workers = await startWorkers(db, testConfig({ targetPolicy: { allowHttp: true, allowList: [] } }))
      const row = await untilStatus(db, deliveryIds[0]!, 'failed')
      expect(row.last_error).toMatch(
        new RegExp(
          `^target refused: ${privateHostname!.replace(/\./g, '\\.')} resolved to an address that is not global unicast \\(`,
        ),
      )
      expect(receiver.requests).toHaveLength(0)
    },
  )

  it('records a refused connection with the socket error', async () => {
    const port = await closedPort()
    const webhook = await insertWebhook(db, accountId, `http://127.0.0.1:${port}/hooks`, { maxAttempts: 1 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers = await startWorkers(db, testConfig())
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(row.last_error).toBe(`connect ECONNREFUSED 127.0.0.1:${port}`)
    expect(row.last_status_code).toBeNull()
  })

  it.each([
    ['a literal loopback address', (port: string) => `http://127.0.0.1:${port}/hooks`, /127\.0\.0\.1/],
    ['a name resolving to loopback', (port: string) => `http://localhost:${port}/hooks`, /localhost/],
  ])('refuses %s unless allow-listed, without connecting', async (_name, url, names) => {
    const port = new URL(receiver.url).port
    const webhook = await insertWebhook(db, accountId, url(port), { maxAttempts: 1 })
    const { deliveryIds } = await publish(db, accountId, [webhook.id])
    workers = await startWorkers(db, testConfig({ targetPolicy: { allowHttp: true, allowList: [] } }))
    const row = await untilStatus(db, deliveryIds[0]!, 'failed')
    expect(row.last_error).toMatch(
      /^target refused: url points at (a loopback name|an address that is not global unicast)/,
    )
    expect(row.last_error).toMatch(names)
    expect(receiver.requests).toHaveLength(0)
  })
})
