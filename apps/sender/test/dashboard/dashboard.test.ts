import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { until } from '@voicehooks/testkit'
import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSender, startSender } from '../../src/index.js'

/** Debian's Chromium (`apt-get install chromium`); CI installs it in .ci/run, never a downloaded browser. */
function findChromium(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH']
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined
  } catch {
    return undefined
  }
}

const executablePath = findChromium()
if (!executablePath && process.env['CI'] === 'true') {
  throw new Error('Chromium is required in CI for the dashboard test: apt-get install -y chromium')
}
if (!executablePath) console.warn('dashboard test skipped: no chromium on PATH (apt-get install -y chromium)')

/** A receiver whose answer the test switches: 200, or 500 to make deliveries fail. */
function startReceiver(): Promise<{ server: Server; url: string; setStatus(code: number): void }> {
  let status = 200
  const server = createServer((req, res) => {
    req.resume()
    req.on('end', () => res.writeHead(status).end(status === 200 ? 'ok' : 'try later'))
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        server,
        url: `http://127.0.0.1:${port}/hooks`,
        setStatus: (code) => {
          status = code
        },
      })
    })
  })
}

describe.skipIf(!executablePath)('dashboard page in Chromium', () => {
  let sender: RunningSender
  let browser: Browser
  let page: Page
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let apiKey: string
  let webhookId: string

  const api = async <T>(path: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${sender.url}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    expect(response.ok, `${path}: ${response.status}`).toBe(true)
    return (await response.json()) as T
  }

  beforeAll(async () => {
    receiver = await startReceiver()
    sender = await startSender({
      env: {
        LOG_LEVEL: 'warn',
        VOICEHOOKS_RETRY_SCHEDULE: '50ms',
        VOICEHOOKS_RETRY_JITTER: '0',
        VOICEHOOKS_POLL_INTERVAL: '50ms',
      },
      config: { port: 0, operatorToken: 'operator-secret' },
    })
    const created = await fetch(`${sender.url}/v1/accounts`, {
      method: 'POST',
      headers: { authorization: 'Bearer operator-secret', 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Dashboard test', email: 'ops@example.com' }),
    })
    apiKey = ((await created.json()) as { api_key: { key: string } }).api_key.key
    webhookId = (
      await api<{ id: string }>('/v1/webhooks', {
        url: receiver.url,
        description: 'front desk',
        max_attempts: 2,
      })
    ).id
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    })
    page = await browser.newPage()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await sender?.stop()
    receiver?.server.close()
  })

  it('refuses a wrong key with a readable message', async () => {
    await page.goto(`${sender.url}/dashboard`)
    await page.fill('#api-key', 'vhk_not_a_real_key')
    await page.click('#login button[type=submit]')
    await expect.poll(() => page.textContent('#status')).toMatch(/Cannot load endpoints: 401/)
    expect(await page.isVisible('#main')).toBe(false)
  })

  it('shows endpoints, deliveries and attempts, and retries a failed delivery', async () => {
    const summary = () =>
      api<{ delivered: number; failed: number }>(`/v1/webhooks/${webhookId}/deliveries/summary`)
    await api('/v1/events', {
      type: 'test.ping',
      data: { message: 'hello from the dashboard', webhook_id: webhookId },
    })
    await until(async () => (await summary()).delivered === 1, 'the first delivery')
    receiver.setStatus(500)
    await api('/v1/events', { type: 'test.ping', data: { message: 'this one fails', webhook_id: webhookId } })
    await until(async () => (await summary()).failed === 1, 'the second delivery to fail')

    await page.fill('#api-key', apiKey)
    await page.click('#login button[type=submit]')
    const row = page.locator(`#endpoints tr[data-id="${webhookId}"]`)
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual([`${receiver.url} — front desk`, 'active', '1', '0', '1', '0', 'Deliveries'])

    await row.getByRole('button', { name: 'Deliveries' }).click()
    await expect.poll(() => page.locator('#deliveries tbody tr').count()).toBe(2)
    const failed = page.locator('#deliveries tbody tr', { has: page.locator('.badge.failed') })
    await failed.getByRole('button', { name: 'Attempts' }).click()
    await expect.poll(() => page.locator('#attempts tbody tr').count()).toBe(2)
    expect(await page.locator('#attempts tbody tr td:nth-child(4)').allTextContents()).toEqual(['500', '500'])

    receiver.setStatus(200)
    await failed.getByRole('button', { name: 'Retry' }).click()
    await expect.poll(() => page.textContent('#status')).toMatch(/Retry queued/)
    await until(async () => {
      const summary = await api<{ delivered: number }>(`/v1/webhooks/${webhookId}/deliveries/summary`)
      return summary.delivered === 2
    }, 'the retried delivery to succeed')
    await page.click('#refresh')
    await expect.poll(() => page.locator('#deliveries .badge.delivered').count()).toBe(2)
  })
})
