import { once } from 'node:events'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, it } from 'vitest'
import { exampleEvent, NOW_SECONDS, now, SECRET, signBody, signEvent } from '../../test/deliveries.js'
import type { ReceivedBody } from '../http-answer.js'
import type { WebhooksOptions } from '../options.js'
import type { Problem } from '../problem.js'
import { Webhooks } from '../webhooks.js'
import { createNodeMiddleware } from './node.js'

const servers: Server[] = []

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
    await once(server, 'close')
  }
})

async function listen(server: Server): Promise<string> {
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

interface Setup {
  hooks: Webhooks
  url: string
  logged: unknown[][]
}

/** An Express app with the middleware at POST /webhooks (and `before` mounted ahead of it). */
async function app(options: Partial<WebhooksOptions> = {}, before?: express.RequestHandler): Promise<Setup> {
  const logged: unknown[][] = []
  const hooks = new Webhooks({
    secret: SECRET,
    now,
    logger: { error: (...args: unknown[]) => void logged.push(args) },
    ...options,
  })
  const application = express()
  if (before) application.use(before)
  application.all('/webhooks', createNodeMiddleware(hooks))
  return { hooks, url: `${await listen(createServer(application))}/webhooks`, logged }
}

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', body, headers })
  const answer = (await response.json()) as Partial<Problem> & Partial<ReceivedBody>
  return { status: response.status, type: response.headers.get('content-type'), body: answer }
}

describe('createNodeMiddleware(webhooks) over HTTP', () => {
  it('acknowledges a valid delivery with 200 and runs the typed handler', async () => {
    const { hooks, url } = await app()
    const seen: string[] = []
    hooks.on('call.completed', (event) => void seen.push(event.data.call_id))
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)

    const answer = await post(url, body, headers)

    expect(answer).toEqual({
      status: 200,
      type: 'application/json',
      body: { received: true, status: 'accepted' },
    })
    await hooks.drain()
    expect(seen).toEqual([event.data.call_id])
  })

  it('answers before a slow handler finishes (ack first)', async () => {
    const { hooks, url } = await app()
    let release!: () => void
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    let finished = false
    hooks.on('call.completed', async () => {
      await gate
      finished = true
    })
    const { body, headers } = signEvent(exampleEvent('call.completed'))
    expect((await post(url, body, headers)).status).toBe(200)
    expect(finished).toBe(false)
    release()
    await hooks.drain()
    expect(finished).toBe(true)
  })

  it('acknowledges a duplicate with 200 and runs the handler once', async () => {
    const { hooks, url } = await app()
    let calls = 0
    hooks.on('call.completed', () => {
      calls += 1
    })
    const { body, headers } = signEvent(exampleEvent('call.completed'))
    await post(url, body, headers)
    await hooks.drain()
    const again = await post(url, body, headers)
    expect(again.body).toEqual({ received: true, status: 'duplicate' })
    expect(calls).toBe(1)
  })

  it('acknowledges an unknown event type and ignores it', async () => {
    const { url } = await app()
    const event = { ...exampleEvent('test.ping'), type: 'robot.uprising', event: 'robot.uprising' }
    const answer = await post(url, signEvent(event).body, signEvent(event).headers)
    expect(answer.body).toEqual({ received: true, status: 'ignored', reason: 'unknown_type' })
  })

  it('answers 401 problem+json naming the failed check', async () => {
    const { url } = await app()
    const { body, headers } = signEvent(exampleEvent('call.completed'))
    const tampered = await post(url, body.replace('"call.completed"', '"call.completed" '), headers)
    expect(tampered).toMatchObject({
      status: 401,
      type: 'application/problem+json',
      body: {
        type: '/problems/invalid-signature',
        title: 'Invalid webhook signature',
        status: 401,
        code: 'invalid_signature',
        check: 'no_matching_signature',
        header: 'webhook-signature',
      },
    })
    expect(tampered.body.detail).toMatch(/changed or re-serialised/)

    const { 'webhook-id': _id, ...noId } = headers
    expect((await post(url, body, noId)).body).toMatchObject({
      check: 'missing_header',
      header: 'webhook-id',
    })

    const stale = signEvent(exampleEvent('call.completed'), { timestamp: NOW_SECONDS - 600 })
    expect((await post(url, stale.body, stale.headers)).body).toMatchObject({
      status: 401,
      check: 'timestamp_too_old',
    })
  })

  it('answers 400 for a body that is not JSON, and for a contract violation with each failing path', async () => {
    const { url } = await app()
    const notJson = signBody('{"oops"')
    expect(await post(url, notJson.body, notJson.headers)).toMatchObject({
      status: 400,
      type: 'application/problem+json',
      body: { code: 'invalid_json' },
    })

    const event = exampleEvent('appointment.created')
    const invalid = { ...event, data: { ...event.data, customer_phone: 'call me maybe' } }
    const answer = await post(url, signEvent(invalid).body, signEvent(invalid).headers)
    expect(answer).toMatchObject({ status: 400, body: { type: '/problems/contract-violation' } })
    expect(answer.body.errors).toEqual([{ path: '/data/customer_phone', message: expect.any(String) }])
  })

  it("acknowledges a contract violation with onInvalid: 'accept'", async () => {
    const { hooks, url } = await app({ onInvalid: 'accept' })
    const reported: string[] = []
    hooks.onError((error) => void reported.push(error.code))
    const event = exampleEvent('test.ping')
    const invalid = { ...event, data: { ...event.data, message: 42 } }
    const answer = await post(url, signEvent(invalid).body, signEvent(invalid).headers)
    expect(answer).toEqual({
      status: 200,
      type: 'application/json',
      body: { received: true, status: 'ignored', reason: 'contract_violation' },
    })
    expect(reported).toEqual(['contract_violation'])
  })

  it('answers 413 to a declared Content-Length over the limit without running anything', async () => {
    const { hooks, url } = await app({ maxBodyBytes: 1024 })
    let calls = 0
    hooks.onAny(() => {
      calls += 1
    })
    const event = { ...exampleEvent('test.ping'), padding: 'x'.repeat(4096) }
    const answer = await post(url, signEvent(event).body, signEvent(event).headers)
    expect(answer).toMatchObject({
      status: 413,
      body: { code: 'body_too_large', type: '/problems/body-too-large' },
    })
    expect(calls).toBe(0)
  })

  it('stops reading a chunked body once it passes the limit, and answers 413', async () => {
    const { url } = await app({ maxBodyBytes: 1024 })
    const { headers } = signEvent(exampleEvent('test.ping'))
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(url, { method: 'POST', headers }, (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => {
          text += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }))
      })
      req.on('error', reject)
      // No Content-Length: chunked, so only counting the bytes can catch it. The body never ends.
      req.write('x'.repeat(800))
      req.write('x'.repeat(800))
    })
    expect(status).toBe(413)
    expect(JSON.parse(body)).toMatchObject({ code: 'body_too_large' })
  })

  it('fails loudly when express.json() parsed the body and dropped its bytes: 500 body_already_parsed, logged once', async () => {
    const { url, logged } = await app({}, express.json())
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const first = await post(url, body, headers)
    const second = await post(url, body, headers)
    expect(first).toMatchObject({
      status: 500,
      type: 'application/problem+json',
      body: { code: 'body_already_parsed', type: '/problems/body-already-parsed' },
    })
    expect(first.body.detail).toMatch(/before express\.json\(\)/)
    expect(first.body.detail).toMatch(/rawBody/)
    expect(second.status).toBe(500)
    expect(logged).toHaveLength(1)
    expect(String(logged[0]![0])).toMatch(/Mount the webhook middleware before express\.json\(\)/)
  })

  it('verifies the bytes kept as req.rawBody by express.json({ verify })', async () => {
    const keepRaw = express.json({
      verify: (req, _res, buf) => {
        ;(req as { rawBody?: Buffer }).rawBody = buf
      },
    })
    const { hooks, url } = await app({}, keepRaw)
    const seen: string[] = []
    hooks.on('call.completed', (event) => void seen.push(event.data.call_id))
    const event = exampleEvent('call.completed')
    const { body, headers } = signEvent(event)
    expect((await post(url, body, headers)).body).toEqual({ received: true, status: 'accepted' })
    await hooks.drain()
    expect(seen).toEqual([event.data.call_id])
    const tampered = await post(url, body.replace('"duration_seconds":', '"duration_seconds": '), headers)
    expect(tampered).toMatchObject({ status: 401, body: { check: 'no_matching_signature' } })
  })

  it('verifies the text kept by express.text()', async () => {
    const { url } = await app({}, express.text({ type: 'application/json' }))
    const event = exampleEvent('test.ping')
    const { body, headers } = signEvent({ ...event, data: { ...event.data, message: 'héllo ✓' } })
    expect((await post(url, body, headers)).body).toEqual({ received: true, status: 'accepted' })
  })

  it('reads the stream itself when an Express 4-style parser left req.body = {} unread', async () => {
    const { url } = await app({}, (req, _res, next) => {
      ;(req as { body?: unknown }).body = {}
      next()
    })
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    expect((await post(url, body, headers)).body).toEqual({ received: true, status: 'accepted' })
  })

  it('accepts the exact bytes kept by express.raw()', async () => {
    const { url } = await app({}, express.raw({ type: 'application/json' }))
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    expect((await post(url, body, headers)).body).toEqual({ received: true, status: 'accepted' })
  })

  it('answers 500 when a handler fails with ackFirst: false, then processes the retry', async () => {
    const { hooks, url } = await app({ ackFirst: false })
    let calls = 0
    hooks.on('call.completed', () => {
      calls += 1
      if (calls === 1) throw new Error('crm timeout')
    })
    const { body, headers } = signEvent(exampleEvent('call.completed'))
    const failed = await post(url, body, headers)
    expect(failed).toMatchObject({ status: 500, body: { code: 'handler_failed' } })
    expect(JSON.stringify(failed.body)).not.toContain('crm timeout')
    expect((await post(url, body, headers)).body).toEqual({ received: true, status: 'processed' })
  })

  it('answers 405 to other methods and 415 to a Content-Type that is not JSON', async () => {
    const { url } = await app()
    const get = await fetch(url)
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect(await get.json()).toMatchObject({ code: 'method_not_allowed' })
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    const text = await post(url, body, { ...headers, 'content-type': 'text/plain' })
    expect(text).toMatchObject({ status: 415, body: { code: 'unsupported_media_type' } })
    const charset = await post(url, body, { ...headers, 'content-type': 'application/json; charset=utf-8' })
    expect(charset.status).toBe(200)
  })

  it('works as plain node:http middleware', async () => {
    const hooks = new Webhooks({ secret: SECRET, now })
    const url = await listen(createServer(createNodeMiddleware(hooks)))
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    expect((await post(url, body, headers)).body).toEqual({ received: true, status: 'accepted' })
  })

  it('takes only its path when given one: other paths 404 on node:http, next() under Express', async () => {
    const hooks = new Webhooks({ secret: SECRET, now })
    const url = await listen(createServer(createNodeMiddleware(hooks, { path: '/webhooks' })))
    const { body, headers } = signEvent(exampleEvent('test.ping'))
    expect((await post(`${url}/webhooks?source=test`, body, headers)).status).toBe(200)
    expect(await post(`${url}/elsewhere`, body, headers)).toMatchObject({
      status: 404,
      body: { code: 'not_found' },
    })
    const application = express()
    application.use(createNodeMiddleware(hooks, { path: '/webhooks' }))
    application.use((_req, res) => void res.status(418).json({ fell: 'through' }))
    const expressUrl = await listen(createServer(application))
    expect((await post(`${expressUrl}/other`, body, headers)).status).toBe(418)
    expect((await post(`${expressUrl}/webhooks`, body, headers)).status).toBe(200)
  })
})
