import { Webhook as StandardWebhook } from 'standardwebhooks'
import { Webhook as SvixWebhook } from 'svix'
import { describe, expect, it } from 'vitest'
import { BODY, OTHER_SECRET, SECRET } from '../test/fixtures.js'
import { generateSecret } from './generate-secret.js'
import { sign } from './sign.js'
import { verify } from './verify.js'
import { sign as signWeb } from './web/sign.js'
import { verify as verifyWeb } from './web/verify.js'

// The libraries check against the real clock, so these tests sign with the current time.
const nowSeconds = () => Math.floor(Date.now() / 1000)

function svixNames(headers: Record<string, string>) {
  return {
    'svix-id': headers['webhook-id']!,
    'svix-timestamp': headers['webhook-timestamp']!,
    'svix-signature': headers['webhook-signature']!,
  }
}

describe.each([
  ['node', async (options: Parameters<typeof sign>[0]) => sign(options)],
  ['web', signWeb],
])('our %s signature', (_entry, signWith) => {
  it('verifies with standardwebhooks', async () => {
    const headers = await signWith({ id: 'msg_1', timestamp: nowSeconds(), body: BODY, secret: SECRET })
    expect(new StandardWebhook(SECRET).verify(BODY, headers)).toEqual(JSON.parse(BODY))
  })

  it('verifies with svix under svix-* header names', async () => {
    const headers = await signWith({ id: 'msg_1', timestamp: nowSeconds(), body: BODY, secret: SECRET })
    expect(new SvixWebhook(SECRET).verify(BODY, svixNames(headers))).toEqual(JSON.parse(BODY))
  })

  it('verifies with either library holding either secret of a rotation', async () => {
    const headers = await signWith({
      id: 'msg_1',
      timestamp: nowSeconds(),
      body: BODY,
      secrets: [SECRET, OTHER_SECRET],
    })
    for (const secret of [SECRET, OTHER_SECRET]) {
      expect(new StandardWebhook(secret).verify(BODY, headers)).toEqual(JSON.parse(BODY))
      expect(new SvixWebhook(secret).verify(BODY, svixNames(headers))).toEqual(JSON.parse(BODY))
    }
  })

  it('verifies with standardwebhooks for a freshly generated secret and raw bytes', async () => {
    const secret = generateSecret(64)
    const headers = await signWith({ id: 'msg_2', timestamp: nowSeconds(), body: Buffer.from(BODY), secret })
    expect(new StandardWebhook(secret).verify(Buffer.from(BODY), headers)).toEqual(JSON.parse(BODY))
  })

  it('is refused by standardwebhooks when the body changed (the check is real)', async () => {
    const headers = await signWith({ id: 'msg_1', timestamp: nowSeconds(), body: BODY, secret: SECRET })
    expect(() => new StandardWebhook(SECRET).verify(`${BODY} `, headers)).toThrow('No matching signature')
  })
})

describe.each([
  ['node', async (...args: Parameters<typeof verify>) => verify(...args)],
  ['web', verifyWeb],
])('our %s verify', (_entry, verifyWith) => {
  it('accepts a standardwebhooks signature', async () => {
    const timestamp = nowSeconds()
    const signature = new StandardWebhook(SECRET).sign('msg_1', new Date(timestamp * 1000), BODY)
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    }
    expect(await verifyWith(BODY, headers, SECRET)).toEqual({ id: 'msg_1', timestamp, scheme: 'standard' })
  })

  it('accepts a svix signature under svix-* header names', async () => {
    const timestamp = nowSeconds()
    const signature = new SvixWebhook(SECRET).sign('msg_1', new Date(timestamp * 1000), BODY)
    const headers = { 'svix-id': 'msg_1', 'svix-timestamp': String(timestamp), 'svix-signature': signature }
    expect(await verifyWith(BODY, headers, SECRET)).toEqual({ id: 'msg_1', timestamp, scheme: 'standard' })
  })

  it('refuses a standardwebhooks signature made with another secret', async () => {
    const timestamp = nowSeconds()
    const signature = new StandardWebhook(OTHER_SECRET).sign('msg_1', new Date(timestamp * 1000), BODY)
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
    }
    await expect(verifyWith(BODY, headers, SECRET)).rejects.toMatchObject({ code: 'no_matching_signature' })
  })
})
