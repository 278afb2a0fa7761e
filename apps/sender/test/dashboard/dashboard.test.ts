import { catalog } from '@voicehooks/contracts'
import { until } from '@voicehooks/testkit'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { Webhook as StandardWebhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSender, startSender } from '../../src/index.js'
import {
  assertDashboardBuilt,
  expectNoHorizontalScroll,
  expectNoSeriousA11yViolations,
  findChromium,
  inPage,
  launchChromium,
  screenshot,
  startReceiver,
} from './browser.js'

const executablePath = findChromium()
if (!executablePath && process.env['CI'] === 'true') {
  throw new Error('Chromium is required in CI for the dashboard test: apt-get install -y chromium')
}
if (!executablePath) console.warn('dashboard test skipped: no chromium on PATH (apt-get install -y chromium)')

const OPERATOR = 'operator-secret'
const AGENT = '830f767a-397e-4b39-82ff-235cd344e2f9'
const failedData = catalog.find((e) => e.name === 'call.failed')!.example.data

describe.skipIf(!executablePath)('the dashboard in Chromium, against a real sender and receiver', () => {
  let sender: RunningSender
  let browser: Browser
  let context: BrowserContext
  let page: Page
  let receiver: Awaited<ReturnType<typeof startReceiver>>
  let apiKey: string
  let accountId: string
  let webhookId: string
  let secret: string

  const api = async <T>(path: string, body?: unknown, token = apiKey, method?: string): Promise<T> => {
    const response = await fetch(`${sender.url}${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.ok, `${path}: ${response.status} ${text}`).toBe(true)
    return (text ? JSON.parse(text) : undefined) as T
  }
  const open = (path: string) => page.goto(`${sender.url}/dashboard${path}`)

  beforeAll(async () => {
    assertDashboardBuilt()
    receiver = await startReceiver()
    sender = await startSender({
      env: {
        LOG_LEVEL: 'warn',
        VOICEHOOKS_RETRY_SCHEDULE: '50ms',
        VOICEHOOKS_RETRY_JITTER: '0',
        VOICEHOOKS_POLL_INTERVAL: '50ms',
        VOICEHOOKS_API_RATE_LIMIT: 'off',
      },
      config: { port: 0, operatorToken: OPERATOR, disableAfterFailures: 2 },
    })
    const created = await api<{ account: { id: string }; api_key: { key: string } }>(
      '/v1/accounts',
      { name: 'Acme Dental', email: 'ops@acme-dental.example.com' },
      OPERATOR,
    )
    apiKey = created.api_key.key
    accountId = created.account.id
    browser = await launchChromium(executablePath!)
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    context.setDefaultTimeout(5000)
    page = await context.newPage()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await sender?.stop()
    await receiver?.close()
  })

  it('refuses a wrong key next to the form, says where keys come from, and signs in by keyboard', async () => {
    await open('/')
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true)
    expect(await page.textContent('#api-key-help')).toMatch(/POST \/v1\/accounts/)
    await page.getByLabel('API key').fill('vhk_not_a_real_key')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/unknown or revoked\. \(401\)/)
    await expectNoSeriousA11yViolations(page, 'sign-in')
    await screenshot(page, '01-sign-in-refused')
    await page.getByLabel('API key').fill(apiKey)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.getByTestId('account-name').textContent()).toBe('Acme Dental')
    await expect.poll(() => page.getByText('No endpoints yet').isVisible()).toBe(true)
    // The first Tab reaches the skip link, drawn with a visible focus ring.
    await page.keyboard.press('Tab')
    const focused = await inPage(
      page,
      '({ text: document.activeElement.textContent, outline: getComputedStyle(document.activeElement).outlineStyle })',
    )
    expect(focused).toEqual({ text: 'Skip to content', outline: 'solid' })
  })

  it('creates an endpoint with events from the catalog and shows its secret once', async () => {
    await page.getByRole('link', { name: 'Add endpoint' }).click()
    await page.getByLabel('Endpoint URL').fill(receiver.url)
    await page.getByLabel('Description').fill('Front desk bookings')
    await page.getByLabel('Only the types I pick').check()
    await page.getByRole('checkbox', { name: 'test.ping' }).check()
    await page.getByRole('checkbox', { name: 'call.completed' }).check()
    await page.getByRole('button', { name: 'Add a header' }).click()
    await page.getByLabel('Header 1 name').fill('X-Gateway-Token')
    await page.getByLabel('Header 1 value').fill('gw_secret_value')
    await page.getByLabel('Attempts per delivery').fill('1')
    await page.getByLabel('Alert e-mail').fill('not an address')
    await page.getByRole('button', { name: 'Create endpoint' }).click()
    // The API's refusal is shown beside the form, naming the field.
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/alert_email/)
    await page.getByLabel('Alert e-mail').fill('oncall@acme-dental.example.com')
    await page.getByRole('button', { name: 'Create endpoint' }).click()
    await expect.poll(() => page.getByTestId('secret').textContent()).toMatch(/^whsec_/)
    secret = (await page.getByTestId('secret').textContent())!
    expect(await page.textContent('.secret')).toMatch(/only time it is shown/)
    await page.getByRole('button', { name: 'Copy the signing secret' }).click()
    await expect.poll(() => page.textContent('.copy-said')).toMatch(/Copied|Selected/)
    await screenshot(page, '02-secret-once')
    await page.getByRole('link', { name: /go to the endpoint/ }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(receiver.url)
    webhookId = page.url().split('/').pop()!
    expect(webhookId).toMatch(/^wh_/)
    expect(await page.content()).not.toContain(secret)
    const stored = await api<{ events: string[]; headers: Record<string, string> }>(
      `/v1/webhooks/${webhookId}`,
    )
    expect(stored.events.sort()).toEqual(['call.completed', 'test.ping'])
    expect(stored.headers).toEqual({ 'X-Gateway-Token': 'gw_secret_value' })
  })

  it('sends a test event and watches it reach delivered without reloading', async () => {
    await page.getByLabel('Event type').first().selectOption('call.completed')
    expect(await page.textContent('.example')).toContain('"call_id"')
    await page.getByLabel('Event type').first().selectOption('test.ping')
    const before = page.url()
    await page.getByRole('button', { name: 'Send test event' }).click()
    await expect
      .poll(() => page.getByTestId('test-result').textContent(), { timeout: 10_000 })
      .toMatch(/Delivered on attempt 1/)
    expect(page.url()).toBe(before)
    // The receiver got it, signed with the secret the page showed.
    const request = receiver.requests.at(-1)!
    const verified = new StandardWebhook(secret).verify(
      request.body,
      request.headers as Record<string, string>,
    )
    expect(verified).toMatchObject({ type: 'test.ping', webhook_id: webhookId })
    await expect.poll(() => page.locator('.deliveries tbody tr').count()).toBe(1)
    await expectNoSeriousA11yViolations(page, 'endpoint page')
    await screenshot(page, '03-endpoint-test-delivered')
  })

  it('opens the delivery: payload, attempts and the headers sent (signatures shown, secrets never)', async () => {
    await page.getByTestId('test-result').getByRole('link', { name: 'Open the delivery' }).click()
    await expect.poll(() => page.getByTestId('attempt').count()).toBe(1)
    expect(await page.getByTestId('attempt').textContent()).toMatch(/Attempt 1.*HTTP 200/)
    const payload = JSON.parse((await page.getByLabel('Delivery payload').textContent())!)
    expect(payload).toMatchObject({ type: 'test.ping', webhook_id: webhookId, account_id: accountId })
    await page.getByText(/Request headers \(\d+\)/).click()
    const headers = await page.locator('.headers tbody tr').allTextContents()
    expect(headers.some((row) => row.startsWith('webhook-signaturev1,'))).toBe(true)
    expect(headers).toContain('X-Gateway-Token[redacted]')
    expect(await page.content()).not.toContain('gw_secret_value')
    expect(await page.content()).not.toContain(secret)
    await expectNoSeriousA11yViolations(page, 'delivery page')
    await screenshot(page, '04-delivery')
    // Retry it: the page follows the new attempt without a reload.
    await page.getByRole('button', { name: 'Retry now' }).click()
    await expect.poll(() => page.getByText('Retry queued.').isVisible()).toBe(true)
    await expect.poll(() => page.getByTestId('attempt').count(), { timeout: 10_000 }).toBe(2)
    await expect.poll(() => page.locator('.title-block .badge').textContent()).toBe('Delivered')
  })

  it('disables and enables an endpoint, and re-enables it after the sender disabled it', async () => {
    await open(`/endpoints/${webhookId}`)
    await page.getByRole('button', { name: 'Disable' }).click()
    await expect.poll(() => page.locator('.title-block .badge').textContent()).toBe('Disabled')
    await page.getByRole('button', { name: 'Enable' }).click()
    await expect.poll(() => page.locator('.title-block .badge').textContent()).toBe('Active')

    receiver.setStatus(500)
    for (let i = 0; i < 2; i++) {
      await api(`/v1/webhooks/${webhookId}/test`, {})
      await until(async () => {
        const deliveries = await api<{ data: { status: string }[] }>(
          `/v1/deliveries?webhook_id=${webhookId}&status=failed`,
        )
        return deliveries.data.length === i + 1
      }, 'the test delivery to fail')
    }
    await until(
      async () => !(await api<{ active: boolean }>(`/v1/webhooks/${webhookId}`)).active,
      'auto-disable',
    )
    await page.reload()
    const banner = page.locator('.banner-danger')
    await expect
      .poll(() => banner.textContent())
      .toMatch(/The sender disabled this endpoint.*2 consecutive failed deliveries/)
    expect(await page.locator('.title-block .badge').textContent()).toBe('Auto-disabled')
    await screenshot(page, '05-auto-disabled')
    receiver.setStatus(200)
    await banner.getByRole('button', { name: 'Re-enable' }).click()
    await expect.poll(() => page.locator('.title-block .badge').textContent()).toBe('Active')
    expect(await page.getByTestId('consecutive-failures').textContent()).toBe('0')

    await page.getByRole('button', { name: 'Replay failed' }).click()
    await expect
      .poll(() => page.getByTestId('replay-result').textContent())
      .toBe('2 deliveries queued again.')
    await until(async () => {
      const delivered = await api<{ total: number }>(
        `/v1/deliveries?webhook_id=${webhookId}&status=delivered`,
      )
      return delivered.total === 3
    }, 'the replayed deliveries to arrive')
  })

  it('rotates the secret with a grace period and shows the new one once', async () => {
    await page.getByRole('button', { name: 'Rotate secret' }).click()
    const dialog = page.getByRole('dialog', { name: 'Rotate the signing secret' })
    await dialog.getByLabel('Grace period for the old secret').selectOption({ label: '1 hour' })
    await dialog.getByRole('button', { name: 'Rotate secret' }).click()
    await expect.poll(() => page.getByTestId('secret').textContent()).toMatch(/^whsec_/)
    const rotated = (await page.getByTestId('secret').textContent())!
    expect(rotated).not.toBe(secret)
    expect(await page.textContent('.secret')).toMatch(/previous secret keeps signing until/)
    await screenshot(page, '06-rotated')
    await page.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('button', { name: 'Send test event' }).click()
    await expect
      .poll(() => page.getByTestId('test-result').textContent(), { timeout: 10_000 })
      .toMatch(/Delivered/)
    const request = receiver.requests.at(-1)!
    expect(
      new StandardWebhook(rotated).verify(request.body, request.headers as Record<string, string>),
    ).toBeTruthy()
    expect(
      new StandardWebhook(secret).verify(request.body, request.headers as Record<string, string>),
    ).toBeTruthy()
  })

  it('shows the event catalog with fields, examples and reserved types', async () => {
    await page.getByRole('link', { name: 'Event catalog' }).click()
    await expect.poll(() => page.getByTestId('event-type').count()).toBe(catalog.length)
    const reserved = catalog.filter((e) => e.reserved).length
    expect(await page.locator('.catalog .badge.reserved').count()).toBe(reserved)
    await expectNoSeriousA11yViolations(page, 'catalog')
    await screenshot(page, '07-catalog')
    await page.getByRole('link', { name: 'call.completed', exact: true }).click()
    const row = page.locator('.fields tbody tr', { has: page.locator('th', { hasText: /^call_id$/ }) })
    await expect
      .poll(() => row.locator('td').allTextContents())
      .toEqual(expect.arrayContaining(['required', 'uuid']))
    expect(
      JSON.parse((await page.getByLabel('Example data of call.completed').textContent())!),
    ).toHaveProperty('call_id')
    await expectNoSeriousA11yViolations(page, 'event type')
    await screenshot(page, '08-event-type')
  })

  it('pages through 120 deliveries with real pagination and filters', async () => {
    const bulk = await api<{ id: string }>('/v1/webhooks', {
      url: receiver.url,
      events: ['call.failed'],
      description: 'Bulk',
    })
    for (let i = 0; i < 120; i++) await api('/v1/events', { type: 'call.failed', data: failedData })
    await until(async () => {
      const done = await api<{ total: number }>(`/v1/deliveries?webhook_id=${bulk.id}&status=delivered`)
      return done.total === 120
    }, '120 deliveries')
    await page.getByRole('link', { name: 'Deliveries' }).click()
    await page.getByLabel('Endpoint').selectOption(bulk.id)
    await page.getByRole('button', { name: 'Apply' }).click()
    const range = page.locator('.pager-range')
    await expect.poll(() => range.textContent()).toBe('1–20 of 120')
    const seen = new Set<string>()
    for (let p = 0; p < 6; p++) {
      const ids = await page
        .locator('.deliveries tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
      for (const id of ids) seen.add(id!)
      if (p < 5) {
        await page.getByRole('button', { name: 'Next →' }).click()
        await expect.poll(() => range.textContent()).toBe(`${(p + 1) * 20 + 1}–${(p + 2) * 20} of 120`)
      }
    }
    expect(seen.size).toBe(120)
    expect(await page.getByRole('button', { name: 'Next →' }).isDisabled()).toBe(true)
    await screenshot(page, '09-deliveries-last-page')
    // Search by event id finds that event's delivery.
    const one = await api<{ data: { event_id: string }[] }>(`/v1/deliveries?webhook_id=${bulk.id}&limit=1`)
    await page.getByLabel('Search by event or delivery id').fill(one.data[0]!.event_id)
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect.poll(() => range.textContent()).toBe('1–1 of 1')
    await page.getByLabel('Search by event or delivery id').fill('')
    await page.getByLabel('Status').selectOption('failed')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect.poll(() => page.getByText('No delivery matches these filters').isVisible()).toBe(true)
    await expectNoSeriousA11yViolations(page, 'deliveries')
  })

  it('shows a call’s status history and its callbacks with attempts', async () => {
    const call = await api<{ id: string }>('/v1/calls', {
      callback_url: receiver.url,
      callback_args: { headers: { 'X-API-Key': 'sk_live_callback_secret' } },
      agent_id: AGENT,
      from_number: '+14155550100',
      to_number: '+14155550101',
    })
    await api(`/v1/calls/${call.id}/status`, { status: 'ongoing' })
    await api(`/v1/calls/${call.id}/status`, { status: 'completed', call_duration: 42 })
    await until(async () => {
      const callbacks = await api<{ data: { status: string }[] }>(`/v1/calls/${call.id}/callbacks`)
      return callbacks.data.length === 3 && callbacks.data.every((c) => c.status === 'delivered')
    }, 'three delivered callbacks')
    await page.getByRole('link', { name: 'Calls' }).click()
    await page.getByRole('link', { name: `Open call ${call.id}` }).click()
    const history = page.locator('.timeline li')
    await expect.poll(() => history.count()).toBe(3)
    expect((await history.allTextContents()).map((t) => t.split(' ')[0])).toEqual([
      'registered',
      'ongoing',
      'completed',
    ])
    expect(await page.getByTestId('attempt').count()).toBe(3)
    expect(await page.content()).not.toContain('sk_live_callback_secret')
    await expectNoSeriousA11yViolations(page, 'call')
    await screenshot(page, '09b-call')
  })

  it('fits a 390 px phone screen without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 800 })
    const delivery = (await api<{ data: { id: string }[] }>(`/v1/deliveries?webhook_id=${webhookId}&limit=1`))
      .data[0]!
    const pages: [string, string, string][] = [
      ['/endpoints', '.endpoint-card', 'endpoints'],
      [`/endpoints/${webhookId}`, '.deliveries tbody tr', 'endpoint'],
      ['/deliveries', '.deliveries tbody tr', 'deliveries'],
      [`/deliveries/${delivery.id}`, '[data-testid=attempt]', 'delivery'],
      ['/event-types/call.completed', '.fields', 'event-type'],
      ['/endpoints/new', '#url', 'new-endpoint'],
    ]
    for (const [path, ready, name] of pages) {
      await open(path)
      await page.locator(ready).first().waitFor()
      await expectNoHorizontalScroll(page, path)
      await screenshot(page, `10-mobile-${name}`)
    }
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('opens a portal link limited to one account and agent; the API refuses its token outside that', async () => {
    const agentHook = await api<{ id: string }>('/v1/webhooks', {
      url: receiver.url,
      agent_id: AGENT,
      description: 'Agent front desk',
    })
    const other = await api<{ account: { id: string }; api_key: { key: string } }>(
      '/v1/accounts',
      { name: 'Other Clinic', email: 'ops@other.example.com' },
      OPERATOR,
    )
    const othersHook = await api<{ id: string }>('/v1/webhooks', { url: receiver.url }, other.api_key.key)
    const portal = await api<{ url: string; token: string }>(
      '/v1/portal-sessions',
      {
        account_id: accountId,
        agent_id: AGENT,
        ttl_minutes: 10,
        theme: { title: 'Acme Voice', accent_color: '#0f766e' },
      },
      OPERATOR,
    )
    // An API-key user makes one from the dashboard too.
    await open('/portal-links')
    await page.getByLabel('Agent').fill(AGENT)
    await page.getByLabel('Valid for (minutes)').fill('5')
    await page.getByRole('button', { name: 'Create portal link' }).click()
    await expect
      .poll(() => page.getByTestId('portal-url').textContent())
      .toMatch(/\/dashboard\/portal#token=vhp_/)
    await expectNoSeriousA11yViolations(page, 'portal links')

    const customer = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    const tab = await customer.newPage()
    await tab.goto(portal.url)
    await expect.poll(() => tab.locator('[data-testid=endpoint-card]').count()).toBe(1)
    expect(await tab.locator('[data-testid=endpoint-card]').getAttribute('data-id')).toBe(agentHook.id)
    expect(await tab.getByTestId('account-name').textContent()).toBe('Acme Dental')
    expect(await tab.getByTestId('portal-scope').textContent()).toContain(AGENT)
    expect(await tab.textContent('.brand-name')).toBe('Acme Voice')
    const accent = "getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()"
    expect(await inPage(tab, accent)).toBe('#0f766e')
    // The token left the address bar, and the portal offers no API keys, calls or portal links.
    expect(tab.url()).toBe(`${sender.url}/dashboard/endpoints`)
    expect(await tab.getByRole('link', { name: 'Calls' }).count()).toBe(0)
    expect(await tab.content()).not.toContain(apiKey)
    await expectNoSeriousA11yViolations(tab, 'portal')
    await screenshot(tab, '11-portal')
    await tab.goto(`${sender.url}/dashboard/deliveries`)
    await expect.poll(() => tab.getByText('No deliveries yet').isVisible()).toBe(true)

    const status = (path: string, method = 'GET') =>
      tab.evaluate(
        async ([p, m, t]) =>
          (await fetch(p!, { method: m!, headers: { authorization: `Bearer ${t}` } })).status,
        [path, method, portal.token],
      )
    expect(await status(`/v1/webhooks/${agentHook.id}`)).toBe(200)
    expect(await status(`/v1/webhooks/${webhookId}`)).toBe(404) // same account, another agent
    expect(await status(`/v1/webhooks/${othersHook.id}`)).toBe(404) // another account
    expect(await status('/v1/api-keys')).toBe(403)
    expect(await status('/v1/calls')).toBe(403)
    expect(await status('/v1/portal-sessions', 'POST')).toBe(403)
    await sender.db.query(`UPDATE portal_sessions SET expires_at = now() - interval '1 second'`)
    expect(await status(`/v1/webhooks/${agentHook.id}`)).toBe(401)
    await tab.reload()
    await expect.poll(() => tab.locator('.notice').textContent()).toMatch(/portal link has expired/)
    await customer.close()
  })
})
