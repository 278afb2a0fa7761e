import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, OTHER_SECRET, SECRET } from '../../test/fixtures.js'
import { sign } from '../sign.js'
import { verify } from '../verify.js'

const hmacHex = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex')

describe('body-hex scheme', () => {
  it('signs only the body keyed with the whole secret as UTF-8, comma-separated per secret', () => {
    const headers = sign({
      id: 'evt_1',
      timestamp: NOW_SECONDS,
      body: BODY,
      secrets: [SECRET, OTHER_SECRET],
      scheme: 'body-hex',
    })
    expect(headers['X-Voicehooks-Signature']).toBe(`${hmacHex(SECRET, BODY)},${hmacHex(OTHER_SECRET, BODY)}`)
  })

  it('verifies without any timestamp check (the documented weakness)', () => {
    const headers = { 'X-Voicehooks-Signature': hmacHex(SECRET, BODY) }
    const longAgo = () => 0
    expect(verify(BODY, headers, SECRET, { scheme: 'body-hex', now: longAgo })).toEqual({
      id: undefined,
      timestamp: Number.NaN,
      scheme: 'body-hex',
    })
  })

  it('reports an unsigned timestamp header when present, even a stale one', () => {
    const headers = { 'X-Voicehooks-Signature': hmacHex(SECRET, BODY), 'X-Voicehooks-Timestamp': '100' }
    expect(verify(BODY, headers, SECRET, { scheme: 'body-hex' }).timestamp).toBe(100)
  })
})
