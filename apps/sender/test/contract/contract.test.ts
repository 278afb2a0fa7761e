import { createHmac } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { catalog, validateEvent } from '@voicehooks/contracts'
import { until } from '@voicehooks/testkit'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSender, startSender } from '../../src/index.js'

/**
 * The contract test: for every emitted event type, publish its catalog example through the
 * management API, capture the real HTTP delivery, and check it against the spec (the contracts
 * validators) and the signature schemes (the standardwebhooks library, and node:crypto for the
 * compatibility header). A new event in the spec is covered here without a new test.
 */

interface Captured {
  body: string
  headers: IncomingHttpHeaders
}

function startCapture(): Promise<{ server: Server; url: string; received: Captured[] }> {
  const received: Captured[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: req.headers })
      res.writeHead(204).end()
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({ server, url: `http://127.0.0.1:${port}`, received })
    })
  })
}

const hex = (key: string, text: string) => createHmac('sha256', key).update(text).digest('hex')

const emitted = catalog.filter((entry) => !entry.reserved)

describe('every emitted event is delivered as the spec says', () => {
  let sender: RunningSender
  let capture: Awaited<ReturnType<typeof startCapture>>
  let apiKey: string
  const webhooks: Record<string, { id: string; secret: string }> = {}

  const api = async <T>(path: string, body: unknown, token = apiKey): Promise<T> => {
    const response = await fetch(`${sender.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    const text = await response.text()
    expect(response.status, `${path}: ${text}`).toBeLessThan(300)
    return JSON.parse(text) as T
  }

  beforeAll(async () => {
    capture = await startCapture()
    sender = await startSender({
      env: { VOICEHOOKS_POLL_INTERVAL: '50ms', VOICEHOOKS_HEADER_PREFIX: 'Acme' },
      config: { port: 0, operatorToken: 'operator-secret' },
    })
    const account = await api<{ api_key: { key: string } }>(
      '/v1/accounts',
      { name: 'Contract test', email: 'contract@example.com' },
      'operator-secret',
    )
    apiKey = account.api_key.key
    for (const scheme of ['standard', 'hmac-sha256-hex', 't-v1', 'body-hex']) {
      webhooks[scheme] = await api('/v1/webhooks', {
        url: `${capture.url}/${scheme}`,
        signature_scheme: scheme,
      })
    }
  }, 60_000)

  afterAll(async () => {
    await sender?.stop()
    capture?.server.close()
  })

  it.each(emitted.map((entry) => [entry.name, entry] as const))('%s', async (name, entry) => {
    const published = await api<{ id: string; deliveries: number }>('/v1/events', {
      type: name,
      data: entry.example.data,
    })
    expect(published.deliveries).toBe(4)
    const deliveries = await until(() => {
      const mine = capture.received.filter((c) => c.headers['webhook-id'] === published.id)
      return mine.length >= 4 ? mine : undefined
    }, `4 deliveries of ${name}`)

    for (const delivery of deliveries) {
      const envelope = JSON.parse(delivery.body) as Record<string, unknown>
      const result = validateEvent(envelope)
      expect(result.ok ? [] : result.errors).toEqual([])
      expect(envelope).toMatchObject({ id: published.id, type: name, event: name, data: entry.example.data })
      expect(delivery.headers['content-type']).toMatch(/^application\/json/)
      expect(delivery.headers['x-acme-event']).toBe(name)
      expect(delivery.headers['x-acme-timestamp']).toBe(delivery.headers['webhook-timestamp'])

      const scheme = Object.keys(webhooks).find((s) => webhooks[s]?.id === envelope['webhook_id'])
      expect(scheme, 'delivered to one of the test endpoints').toBeDefined()
      const secret = webhooks[scheme!]!.secret
      // Every delivery carries Standard Webhooks headers, whatever the compatibility scheme.
      expect(() =>
        new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>),
      ).not.toThrow()
      const ts = String(delivery.headers['webhook-timestamp'])
      const compat = delivery.headers['x-acme-signature']
      if (scheme === 'standard') expect(compat).toBeUndefined()
      if (scheme === 'hmac-sha256-hex') expect(compat).toBe(hex(secret, `${ts}.${delivery.body}`))
      if (scheme === 't-v1') expect(compat).toBe(`t=${ts},v1=${hex(secret, `${ts}.${delivery.body}`)}`)
      if (scheme === 'body-hex') expect(compat).toBe(hex(secret, delivery.body))
    }
  })
})
