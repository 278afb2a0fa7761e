import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { BODY, NOW_SECONDS, now, OTHER_SECRET, SECRET } from '../../test/fixtures.js'
import { sign } from '../sign.js'
import { verify } from '../verify.js'

const hmacHex = (secret: string, data: string) => createHmac('sha256', secret).update(data).digest('hex')

describe('t-v1 scheme', () => {
  it('signs "{ts}.{body}" keyed with the whole secret as UTF-8, as t={ts},v1={hex} per secret', () => {
    const headers = sign({
      id: 'evt_1',
      timestamp: NOW_SECONDS,
      body: BODY,
      secrets: [SECRET, OTHER_SECRET],
      scheme: 't-v1',
      prefix: 'Acme',
    })
    const data = `${NOW_SECONDS}.${BODY}`
    expect(headers['X-Acme-Signature']).toBe(
      `t=${NOW_SECONDS},v1=${hmacHex(SECRET, data)},v1=${hmacHex(OTHER_SECRET, data)}`,
    )
    expect(headers['X-Acme-Timestamp']).toBe(String(NOW_SECONDS))
  })

  it('verifies an independently computed signature with the timestamp only inside the header', () => {
    const stale = NOW_SECONDS - 60
    const headers = { 'X-Voicehooks-Signature': `t=${stale},v1=${hmacHex(SECRET, `${stale}.${BODY}`)}` }
    expect(verify(BODY, headers, SECRET, { scheme: 't-v1', now })).toEqual({
      id: undefined,
      timestamp: stale,
      scheme: 't-v1',
    })
  })
})
