import { describe, expect, it } from 'vitest'
import { mergeHeaders } from './merge-headers.js'

describe('mergeHeaders', () => {
  it('keeps custom headers but never lets them replace the sender’s, whatever their case', () => {
    const merged = mergeHeaders(
      {
        Authorization: 'Bearer abc',
        'Webhook-Signature': 'v1,forged',
        'X-VOICEHOOKS-EVENT': 'evil',
        Host: 'x',
      },
      { 'webhook-signature': 'v1,real', 'X-Voicehooks-Event': 'call.completed' },
      'Voicehooks',
    )
    expect(merged).toEqual({
      Authorization: 'Bearer abc',
      'webhook-signature': 'v1,real',
      'X-Voicehooks-Event': 'call.completed',
    })
  })

  it('drops transport headers, values undici cannot send and non-string values (rows stored before validation)', () => {
    expect(
      mergeHeaders(
        { 'Content-Length': '1', TE: 'trailers', 'X-N': 5, 'X-Ctl': 'a\u0001b', 'X-Utf': 'é', 'X-Ok': 'y' },
        {},
        'Voicehooks',
      ),
    ).toEqual({ 'X-Ok': 'y' })
    expect(mergeHeaders(null, { a: 'b' }, 'Voicehooks')).toEqual({ a: 'b' })
  })
})
