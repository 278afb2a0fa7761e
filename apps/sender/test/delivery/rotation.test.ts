import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { until } from '@voicehooks/testkit'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningSender, startSender } from '../../src/index.js'

// Verifiers written as the platforms publish them in their webhook docs, one secret each: receivers
// that copied these must keep working through every moment of a rotation.

/** Rymi: hex HMAC of `{timestamp}.{body}`, compared with timingSafeEqual over the hex bytes. */
function rymiVerify(rawBody: string, signature: string, timestamp: string, secret: string): boolean {
  const signedPayload = `${timestamp}.${rawBody}`
  const expected = createHmac('sha256', secret).update(signedPayload).digest('hex')
  return timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(signature, 'hex'))
}

/** Rymi's Python snippet, as JavaScript: the whole header compared with the digest. */
function rymiPythonVerify(rawBody: string, signature: string, timestamp: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')
  return expected === signature
}

/** Ringyo: `t=…,v1=…`, split on commas, the first two parts taken, hex compared. */
function ringyoVerify(payload: string, signature: string, secret: string): boolean {
  const [timestamp, hash] = signature.split(',').map((s) => s.split('=')[1])
  const age = Date.now() / 1000 - Number.parseInt(timestamp!, 10)
  if (age > 300) throw new Error('Webhook timestamp too old')
  const expected = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')
  if (hash !== expected) throw new Error('Invalid webhook signature')
  return true
}

/** Vomyra: hex HMAC-SHA256 of the raw body in X-Vomyra-Signature. */
function vomyraVerify(rawBody: string, signature: string, secret: string): boolean {
  const expected = createHmac('sha256', secret).update(rawBody).digest('hex')
  return (
    expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  )
}

type Scheme = 'hmac-sha256-hex' | 't-v1' | 'body-hex'
const SEED_VERIFIERS: Record<
  Scheme,
  (body: string, headers: IncomingHttpHeaders, secret: string) => boolean
> = {
  'hmac-sha256-hex': (body, h, secret) => {
    const signature = String(h['x-voicehooks-signature'])
    const timestamp = String(h['x-voicehooks-timestamp'])
    // Both of Rymi's snippets must accept it.
    return (
      rymiVerify(body, signature, timestamp, secret) && rymiPythonVerify(body, signature, timestamp, secret)
    )
  },
  't-v1': (body, h, secret) => {
    try {
      return ringyoVerify(body, String(h['x-voicehooks-signature']), secret)
    } catch {
      return false
    }
  },
  'body-hex': (body, h, secret) => vomyraVerify(body, String(h['x-voicehooks-signature']), secret),
}

/** A receiver per scheme, holding one secret at a time, as a seed-snippet receiver does. */
async function seedReceivers() {
  const secrets: Partial<Record<Scheme, string>> = {}
  const outcomes: {
    scheme: Scheme
    eventId: string
    accepted: boolean
    standardHeaders: IncomingHttpHeaders
    body: string
  }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => {
      body += c.toString('utf8')
    })
    req.on('end', () => {
      const scheme = req.url!.slice(1) as Scheme
      let accepted = false
      try {
        accepted = SEED_VERIFIERS[scheme](body, req.headers, secrets[scheme]!)
      } catch {
        accepted = false
      }
      outcomes.push({
        scheme,
        eventId: String(req.headers['webhook-id']),
        accepted,
        standardHeaders: req.headers,
        body,
      })
      res.writeHead(accepted ? 200 : 401).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    secrets,
    outcomes,
    close: () => server.close(),
  }
}

describe('secret rotation with receivers built on the platforms’ published snippets', () => {
  let sender: RunningSender
  let receivers: Awaited<ReturnType<typeof seedReceivers>>
  let key: string
  const hooks: Partial<Record<Scheme, { id: string }>> = {}

  const api = async <T>(
    method: string,
    path: string,
    body?: unknown,
    token = key,
  ): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${sender.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T }
  }

  beforeAll(async () => {
    receivers = await seedReceivers()
    sender = await startSender({
      env: { VOICEHOOKS_POLL_INTERVAL: '50ms', VOICEHOOKS_RETRY_SCHEDULE: '100ms', LOG_LEVEL: 'silent' },
      config: { port: 0, operatorToken: 'op' },
    })
    key = (
      await api<{ api_key: { key: string } }>(
        'POST',
        '/v1/accounts',
        { name: 'R', email: 'rot@example.com' },
        'op',
      )
    ).body.api_key.key
    for (const scheme of Object.keys(SEED_VERIFIERS) as Scheme[]) {
      const created = await api<{ id: string; secret: string }>('POST', '/v1/webhooks', {
        url: `${receivers.url}/${scheme}`,
        signature_scheme: scheme,
        max_attempts: 1,
      })
      hooks[scheme] = created.body
      receivers.secrets[scheme] = created.body.secret
    }
  }, 60_000)
  afterAll(async () => {
    await sender?.stop()
    receivers?.close()
  })

  /** Publishes one event and answers, per scheme, whether its receiver accepted the delivery. */
  async function deliverOne(): Promise<{
    accepted: Record<Scheme, boolean>
    requests: typeof receivers.outcomes
  }> {
    const published = await api<{ id: string }>('POST', '/v1/events', {
      type: 'test.ping',
      data: { message: 'rotation', webhook_id: hooks['t-v1']!.id },
    })
    const requests = await until(() => {
      const mine = receivers.outcomes.filter((o) => o.eventId === published.body.id)
      return mine.length === 3 ? mine : undefined
    }, 'one delivery per scheme')
    return {
      accepted: Object.fromEntries(requests.map((r) => [r.scheme, r.accepted])) as Record<Scheme, boolean>,
      requests,
    }
  }

  it('never rejects at any step: before, during the grace period, after promotion', async () => {
    const all = { 'hmac-sha256-hex': true, 't-v1': true, 'body-hex': true }
    expect((await deliverOne()).accepted).toEqual(all)

    const rotated: Partial<Record<Scheme, string>> = {}
    for (const scheme of Object.keys(SEED_VERIFIERS) as Scheme[]) {
      const reply = await api<{ secret: string; compatibility_signature_secret: string }>(
        'POST',
        `/v1/webhooks/${hooks[scheme]!.id}/rotate-secret`,
        { grace_period_seconds: 3600 },
      )
      expect(reply.status).toBe(200)
      expect(reply.body.compatibility_signature_secret).toBe('previous')
      rotated[scheme] = reply.body.secret
    }
    // During the grace period the receivers still hold the old secret: all accept. The Standard
    // Webhooks header carries both signatures, so a standard receiver may hold either.
    const during = await deliverOne()
    expect(during.accepted).toEqual(all)
    for (const request of during.requests) {
      expect(String(request.standardHeaders['webhook-signature']).split(' ')).toHaveLength(2)
      const headers = request.standardHeaders as Record<string, string>
      expect(() => new Webhook(rotated[request.scheme]!).verify(request.body, headers)).not.toThrow()
      expect(() =>
        new Webhook(receivers.secrets[request.scheme]!).verify(request.body, headers),
      ).not.toThrow()
    }
    // A second rotation now would strand the old secret: refused.
    const again = await api('POST', `/v1/webhooks/${hooks['t-v1']!.id}/rotate-secret`, {})
    expect(again.status).toBe(409)

    // Each receiver switches to the new secret and the owner promotes it.
    for (const scheme of Object.keys(SEED_VERIFIERS) as Scheme[]) {
      receivers.secrets[scheme] = rotated[scheme]
      const promoted = await api(`POST`, `/v1/webhooks/${hooks[scheme]!.id}/promote-secret`, {})
      expect(promoted.status).toBe(200)
    }
    const after = await deliverOne()
    expect(after.accepted).toEqual(all)
    for (const request of after.requests) {
      expect(String(request.standardHeaders['webhook-signature']).split(' ')).toHaveLength(1)
    }
    expect((await api('POST', `/v1/webhooks/${hooks['t-v1']!.id}/promote-secret`, {})).status).toBe(409)
  })
})
