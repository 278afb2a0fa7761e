'use strict'
// What a consumer's program does with the installed packages, written once and run both from
// `import` (esm/main.mjs) and from `require` (cjs/main.cjs): the modules come in as arguments, so
// each entry proves its own way of loading them. Exits non-zero (assert) on any difference.
const assert = require('node:assert/strict')
const { randomBytes } = require('node:crypto')
const { once } = require('node:events')
const http = require('node:http')

/** A fresh event id of the contract's shape (`evt_` and 26 alphanumerics). */
function eventId() {
  return `evt_${randomBytes(32).toString('hex').slice(0, 26)}`
}

async function listen(listener) {
  const server = http.createServer(listener)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, url: `http://127.0.0.1:${server.address().port}/webhooks` }
}

async function until(check, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

module.exports = async function scenario(packages, { label, senderUrl, operatorToken }) {
  const { receiver, receiverWeb, signing, contracts, client, conformance } = packages
  const log = (line) => console.log(`${label}: ${line}`)
  const servers = []
  try {
    // 1. Verify a signed delivery, on node:crypto and on WebCrypto.
    const secret = signing.generateSecret()
    const event = { ...structuredClone(contracts.examples['call.completed']), id: eventId() }
    const body = JSON.stringify(event)
    const headers = signing.sign({ id: event.id, timestamp: Math.floor(Date.now() / 1000), body, secret })
    assert.deepEqual(new receiver.Webhook(secret).verify(body, headers), event)
    assert.deepEqual(await receiverWeb.constructEvent(body, headers, secret), event)
    assert.throws(
      () => receiver.constructEvent(`${body} `, headers, secret),
      (error) => error instanceof receiver.ReceiverError && error.status === 401,
    )
    assert.throws(() => new receiver.Webhooks({ secret: 'not a secret' }), receiver.WebhookConfigurationError)
    assert.equal(contracts.validateEvent(event).ok, true)
    log('verified a signed delivery (node:crypto and WebCrypto); a bad secret fails at construction')

    // 2. Dispatch a typed handler over node:http.
    const webhooks = new receiver.Webhooks({ secret })
    const seen = []
    webhooks.on('call.completed', (delivered) => void seen.push(delivered.data.call_id))
    const local = await listen(receiver.createNodeMiddleware(webhooks, { path: '/webhooks' }))
    servers.push(local.server)
    const answer = await fetch(local.url, {
      method: 'POST',
      body,
      headers: { ...headers, 'content-type': 'application/json' },
    })
    assert.equal(answer.status, 200, await answer.clone().text())
    assert.deepEqual(await answer.json(), { received: true, status: 'accepted' })
    await webhooks.drain()
    assert.deepEqual(seen, [event.data.call_id])
    log('dispatched call.completed to its handler through createNodeMiddleware')

    // 3. The conformance kit against that receiver.
    const report = await conformance.runConformance({ url: local.url, secret })
    const failed = report.checks.filter((check) => check.status === 'failed').map((check) => check.name)
    assert.equal(report.ok, true, `conformance checks failed: ${failed.join(', ')}`)
    log(`conformance: ${report.passed} checks passed`)

    // 4. The client against a running sender, which delivers to a receiver registered through it.
    if (senderUrl === undefined) return
    const operator = client.createClient({ baseUrl: senderUrl })
    const { api_key: apiKey } = await operator.accounts.create(
      { name: `consumer ${label}`, email: `${randomBytes(6).toString('hex')}@consumer.example` },
      { operatorToken },
    )
    const api = client.createClient({ baseUrl: senderUrl, apiKey: apiKey.key })
    const delivered = []
    let registered
    const remote = await listen((req, res) => registered(req, res))
    servers.push(remote.server)
    const hook = await api.webhooks.create({ url: remote.url, events: ['test.ping'] })
    const subscriber = new receiver.Webhooks({ secret: hook.secret })
    subscriber.on('test.ping', (ping) => void delivered.push(ping.data.message))
    registered = receiver.createNodeMiddleware(subscriber)
    const sent = await api.events.send({
      type: 'test.ping',
      data: { message: `hello ${label}`, webhook_id: hook.id },
    })
    assert.equal(sent.deliveries, 1)
    await until(() => delivered.length > 0, 'the sender to deliver test.ping')
    assert.deepEqual(delivered, [`hello ${label}`])
    const page = await until(async () => {
      const list = await api.deliveries.list(hook.id)
      return list.data.some((delivery) => delivery.status === 'delivered') && list
    }, 'the delivery to be recorded as delivered')
    assert.equal(page.total, 1)
    log('client: account, webhook and test.ping through the sender, delivered and verified')
  } finally {
    for (const server of servers) {
      server.closeAllConnections()
      server.close()
    }
  }
}
