import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, now, OTHER_SECRET, SECRET } from '../../test/fixtures.js'
import { sign } from '../sign.js'
import { verify } from '../verify.js'

const hmacHex = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex')

describe('hmac-sha256-hex scheme', () => {
  it('signs "{ts}.{body}" keyed with the whole secret string as UTF-8, as lowercase hex', () => {
    const headers = sign({
      id: 'evt_1',
      timestamp: NOW_SECONDS,
      body: BODY,
      secret: SECRET,
      scheme: 'hmac-sha256-hex',
    })
    expect(headers['X-Voicehooks-Signature']).toBe(hmacHex(SECRET, `${NOW_SECONDS}.${BODY}`))
    expect(headers['X-Voicehooks-Timestamp']).toBe(String(NOW_SECONDS))
    expect(headers['webhook-signature']).toMatch(/^v1,/)
  })

  it('joins one digest per secret with commas', () => {
    const headers = sign({
      id: 'evt_1',
      timestamp: NOW_SECONDS,
      body: BODY,
      secrets: [SECRET, OTHER_SECRET],
      scheme: 'hmac-sha256-hex',
    })
    const data = `${NOW_SECONDS}.${BODY}`
    expect(headers['X-Voicehooks-Signature']).toBe(`${hmacHex(SECRET, data)},${hmacHex(OTHER_SECRET, data)}`)
  })

  it('verifies an independently computed signature, timestamp from X-{Prefix}-Timestamp or webhook-timestamp', () => {
    const signature = hmacHex(SECRET, `${NOW_SECONDS}.${BODY}`)
    const options = { scheme: 'hmac-sha256-hex', prefix: 'Acme', now } as const
    const viaPrefixed = { 'x-acme-signature': signature, 'x-acme-timestamp': String(NOW_SECONDS) }
    const viaStandard = {
      'X-Acme-Signature': signature.toUpperCase(),
      'webhook-timestamp': String(NOW_SECONDS),
    }
    expect(verify(BODY, viaPrefixed, SECRET, options)).toMatchObject({ timestamp: NOW_SECONDS })
    expect(verify(BODY, viaStandard, SECRET, options)).toMatchObject({ timestamp: NOW_SECONDS })
  })
})
