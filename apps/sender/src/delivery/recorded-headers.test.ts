import { describe, expect, it } from 'vitest'
import { buildCallbackRequest, buildWebhookRequest } from './build-request.js'
import { REDACTED } from './recorded-headers.js'

const event = {
  id: 'evt_01KN4EMBG072V9T0DMXF4B66AD',
  account_id: 'acct_01KERKG400GYA8F79VD773KAHE',
  type: 'test.ping',
  data: { message: 'hi', webhook_id: 'wh_01KERKS8Z07QRDTVMD9F99CQBK' },
  occurred_at: new Date('2026-04-01T12:00:00Z'),
}

describe('the request headers an attempt records', () => {
  it('keeps the sender’s own headers and signatures, and redacts every configured header', () => {
    const request = buildWebhookRequest({
      deliveryId: 'dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB',
      attempt: 2,
      event,
      webhook: {
        id: 'wh_01KERKS8Z07QRDTVMD9F99CQBK',
        url: 'https://hooks.example.com/x',
        signature_scheme: 't-v1',
        headers: { Authorization: 'Bearer sk_live_secret', 'X-Voicehooks-Event': 'forged' },
      },
      secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      prefix: 'Voicehooks',
      timestamp: 1_775_044_800,
    })
    const recorded = request.recordedHeaders
    expect(recorded['Authorization']).toBe(REDACTED)
    expect(recorded['X-Voicehooks-Event']).toBe('test.ping')
    expect(recorded['X-Voicehooks-Attempt']).toBe('2')
    expect(recorded['webhook-signature']).toMatch(/^v1,/)
    expect(recorded['X-Voicehooks-Signature']).toMatch(/^t=1775044800,v1=[0-9a-f]{64}$/)
    expect(JSON.stringify(recorded)).not.toContain('whsec_')
    expect(JSON.stringify(recorded)).not.toContain('sk_live_secret')
    expect(Object.keys(recorded).sort()).toEqual(Object.keys(request.headers).sort())
  })

  it('redacts a call’s callback_args headers', () => {
    const request = buildCallbackRequest({
      deliveryId: 'dlv_01KN4EMBG0N1Y4QH0W8ZQ5V7TB',
      attempt: 1,
      callbackUrl: 'https://crm.example.com/cb',
      callbackArgs: { headers: { 'X-API-Key': 'sk_live_1234' } },
      payload: { status: 'success' },
      prefix: 'Voicehooks',
      timestamp: 1_775_044_800,
    })
    expect(request.headers['X-API-Key']).toBe('sk_live_1234')
    expect(request.recordedHeaders['X-API-Key']).toBe(REDACTED)
    expect(request.recordedHeaders['X-Voicehooks-Event']).toBe('call.status')
  })
})
