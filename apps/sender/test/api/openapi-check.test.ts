import { describe, expect, it } from 'vitest'
import { OpenApiCheck } from './openapi-check.js'

const check = new OpenApiCheck()

const webhook = {
  id: 'wh_01KERKS8Z07QRDTVMD9F99CQBK',
  url: 'https://hooks.example.com/x',
  description: null,
  events: null,
  agent_id: null,
  active: true,
  signature_scheme: 'standard',
  headers: {},
  alert_email: null,
  max_attempts: 6,
  rate_limit_per_second: null,
  disabled_reason: null,
  disabled_at: null,
  consecutive_failures: 0,
  created_at: '2026-04-01T12:00:00Z',
  updated_at: '2026-04-01T12:00:00Z',
}

describe('the OpenAPI response checker', () => {
  it('knows every operation the sender serves', () => {
    expect(check.operationIds.sort()).toEqual(
      [
        'createWebhook',
        'listWebhooks',
        'getWebhook',
        'updateWebhook',
        'deleteWebhook',
        'rotateWebhookSecret',
        'sendTestEvent',
        'listWebhookDeliveries',
        'getWebhookDeliverySummary',
        'getWebhookDeliveryStats',
        'listDeliveries',
        'listCalls',
        'createPortalSession',
        'getMe',
        'replayWebhook',
        'getDelivery',
        'retryDelivery',
        'promoteWebhookSecret',
        'publishEvent',
        'publishEventBatch',
        'listEventTypes',
        'registerCall',
        'reportCallStatus',
        'getCall',
        'listCallCallbacks',
        'createApiKey',
        'listApiKeys',
        'revokeApiKey',
        'createAccount',
        'getHealth',
        'getMetrics',
      ].sort(),
    )
  })

  it('matches requests to operations, literal paths and templates alike', () => {
    expect(check.match('GET', '/v1/webhooks')?.operationId).toBe('listWebhooks')
    expect(check.match('GET', '/v1/webhooks/wh_1/deliveries/summary')?.operationId).toBe(
      'getWebhookDeliverySummary',
    )
    expect(check.match('POST', '/v1/calls/abc/status')?.operationId).toBe('reportCallStatus')
    expect(check.match('PUT', '/v1/webhooks')).toBeUndefined()
  })

  it('accepts a body that matches and refuses one that does not', () => {
    expect(() => check.assertResponse('getWebhook', 200, 'application/json', webhook)).not.toThrow()
    expect(() =>
      check.assertResponse('getWebhook', 200, 'application/json', { ...webhook, active: 'yes' }),
    ).toThrow(/\/active must be boolean/)
    const { url: _, ...withoutUrl } = webhook
    expect(() => check.assertResponse('getWebhook', 200, 'application/json', withoutUrl)).toThrow(/url/)
    expect(() => check.assertResponse('createWebhook', 201, 'application/json', webhook)).toThrow(/secret/)
  })

  it('refuses undocumented statuses and content types', () => {
    expect(() => check.assertResponse('getWebhook', 201, 'application/json', webhook)).toThrow(
      /not documented/,
    )
    expect(() => check.assertResponse('getWebhook', 418, 'application/json', {})).toThrow(/content-type/)
    expect(() => check.assertResponse('getWebhook', 200, 'text/html', webhook)).toThrow(/content-type/)
    expect(() => check.assertResponse('deleteWebhook', 204, null, { unexpected: true })).toThrow(
      /without a body/,
    )
  })

  it('checks problem documents', () => {
    const problem = { type: '/problems/not-found', title: 'Not found', status: 404, detail: 'No webhook x.' }
    expect(() => check.assertResponse('getWebhook', 404, 'application/problem+json', problem)).not.toThrow()
    // 405 and 500 are not listed one by one: every operation's `default` documents them.
    for (const operationId of check.operationIds) {
      for (const status of [405, 500]) {
        const other = { ...problem, status }
        expect(() =>
          check.assertResponse(operationId, status, 'application/problem+json', other),
        ).not.toThrow()
      }
    }
    expect(() => check.assertProblem('application/json', problem)).toThrow(/problem\+json/)
    expect(() => check.assertProblem('application/problem+json', { ...problem, status: 'x' })).toThrow()
  })
})
