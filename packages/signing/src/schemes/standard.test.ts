import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, now, SECRET } from '../../test/fixtures.js'
import { sign } from '../sign.js'
import { verify } from '../verify.js'
import { sign as signWeb } from '../web/sign.js'
import { verify as verifyWeb } from '../web/verify.js'

// https://github.com/standard-webhooks/standard-webhooks/blob/main/spec/standard-webhooks.md (test vector)
const vector = {
  secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
  id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
}
const vectorHeaders = {
  'webhook-id': vector.id,
  'webhook-timestamp': String(vector.timestamp),
  'webhook-signature': vector.signature,
}
const vectorNow = () => vector.timestamp * 1000

describe('standard scheme', () => {
  it('reproduces the Standard Webhooks test vector (node and web)', async () => {
    const options = { id: vector.id, timestamp: vector.timestamp, body: vector.body, secret: vector.secret }
    expect(sign(options)['webhook-signature']).toBe(vector.signature)
    expect((await signWeb(options))['webhook-signature']).toBe(vector.signature)
  })

  it('verifies the Standard Webhooks test vector (node and web)', async () => {
    const expected = { id: vector.id, timestamp: vector.timestamp, scheme: 'standard' }
    expect(verify(vector.body, vectorHeaders, vector.secret, { now: vectorNow })).toEqual(expected)
    expect(await verifyWeb(vector.body, vectorHeaders, vector.secret, { now: vectorNow })).toEqual(expected)
  })

  it('signs "{id}.{ts}.{body}" keyed with the base64-decoded secret', () => {
    const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64')
    const expected = createHmac('sha256', key).update(`evt_1.${NOW_SECONDS}.${BODY}`).digest('base64')
    const headers = sign({ id: 'evt_1', timestamp: NOW_SECONDS, body: BODY, secret: SECRET })
    expect(headers).toEqual({
      'webhook-id': 'evt_1',
      'webhook-timestamp': String(NOW_SECONDS),
      'webhook-signature': `v1,${expected}`,
      'X-Voicehooks-Timestamp': String(NOW_SECONDS),
    })
    expect(verify(BODY, headers, SECRET, { now })).toEqual({
      id: 'evt_1',
      timestamp: NOW_SECONDS,
      scheme: 'standard',
    })
  })

  it('accepts svix-* headers as a fallback', () => {
    const svixHeaders = {
      'svix-id': vector.id,
      'svix-timestamp': String(vector.timestamp),
      'svix-signature': vector.signature,
    }
    expect(verify(vector.body, svixHeaders, vector.secret, { now: vectorNow }).id).toBe(vector.id)
  })
})
