import { catalog } from '@voicehooks/contracts'
import { generateSecret, type SignatureScheme } from '@voicehooks/signing'
import { afterEach, describe, expect, test } from 'vitest'
import { ConformanceConfigError, type ConformanceReport, listChecks, runConformance } from '../src/index.js'
import {
  startCorrectReceiver,
  startNoVerifyReceiver,
  startReserialisingReceiver,
  startSlowReceiver,
} from './fixtures/receivers.js'
import type { FixtureServer } from './fixtures/server.js'

const secret = generateSecret()
const emitted = catalog.filter((entry) => !entry.reserved).map((entry) => entry.name)
const attacks = [
  'bad-signature',
  'tampered-body',
  'wrong-secret',
  'stale-timestamp',
  'future-timestamp',
  'missing-webhook-id',
  'missing-webhook-timestamp',
  'missing-webhook-signature',
]
const acknowledged = [...emitted, 'duplicate-delivery', 'unknown-event-type']

const servers: FixtureServer[] = []
async function started(server: Promise<FixtureServer>): Promise<FixtureServer> {
  servers.push(await server)
  return servers.at(-1)!
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()))
})

const failedNames = (report: ConformanceReport) =>
  report.checks.filter((check) => check.status === 'failed').map((check) => check.name)

describe('runConformance against a correct receiver', () => {
  test('every check passes, each delivery a fresh event', async () => {
    const server = await started(startCorrectReceiver({ secret }))
    const report = await runConformance({ url: server.url, secret, deadlineMs: 2000 })

    expect(failedNames(report)).toEqual([])
    expect(report.ok).toBe(true)
    expect(report.checks.map((check) => check.name)).toEqual([
      ...emitted,
      ...attacks,
      ...acknowledged.slice(-2),
    ])
    expect(report.passed).toBe(emitted.length + attacks.length + 2)
    expect(emitted.length).toBeGreaterThan(25)
    for (const check of report.checks) {
      expect(check.passed).toBe(true)
      expect(check.durationMs).toBeGreaterThanOrEqual(0)
    }

    const bodies = server.requests.map(
      (request) => JSON.parse(request.body) as { id: string; webhook_id: string },
    )
    // One request per check, two for the duplicate.
    expect(bodies).toHaveLength(report.checks.length + 1)
    expect(new Set(bodies.map((body) => body.id)).size).toBe(report.checks.length)
    expect(new Set(bodies.map((body) => body.webhook_id)).size).toBe(1)
    for (const request of server.requests) {
      // Not canonical JSON: a receiver that re-serialises must not pass by accident.
      expect(request.body).not.toBe(JSON.stringify(JSON.parse(request.body)))
      expect(request.headers['content-type']).toBe('application/json')
    }
  })

  test('event ids are fresh on every run', async () => {
    const server = await started(startCorrectReceiver({ secret }))
    await runConformance({ url: server.url, secret, only: ['test.ping'] })
    await runConformance({ url: server.url, secret, only: ['test.ping'] })
    const ids = server.requests.map((request) => (JSON.parse(request.body) as { id: string }).id)
    expect(ids).toHaveLength(2)
    expect(ids[0]).not.toBe(ids[1])
    expect(ids[0]).toMatch(/^evt_[0-9A-Z]{26}$/)
  })

  test.each<[SignatureScheme, string | undefined]>([
    ['hmac-sha256-hex', undefined],
    ['t-v1', 'Acme'],
    ['body-hex', 'Acme'],
  ])('scheme %s (prefix %s) passes; the checks follow the scheme', async (scheme, prefix) => {
    const server = await started(startCorrectReceiver({ secret, scheme, ...(prefix ? { prefix } : {}) }))
    const report = await runConformance({ url: server.url, secret, scheme, ...(prefix ? { prefix } : {}) })
    expect(failedNames(report)).toEqual([])
    const headerChecks = report.checks.filter((check) => check.group === 'headers').map((check) => check.name)
    expect(headerChecks).toEqual(
      scheme === 'hmac-sha256-hex' ? ['missing-signature', 'missing-timestamp'] : ['missing-signature'],
    )
    const skipped = report.checks.filter((check) => check.status === 'skipped').map((check) => check.name)
    expect(skipped).toEqual(scheme === 'body-hex' ? ['stale-timestamp', 'future-timestamp'] : [])
    if (prefix) expect(server.requests[0]!.headers['x-acme-signature']).toBeDefined()
  })

  test('a receiver holding another secret fails the examples and passes the attacks', async () => {
    const server = await started(startCorrectReceiver({ secret: generateSecret() }))
    const report = await runConformance({ url: server.url, secret, only: ['examples', 'signature'] })
    expect(failedNames(report)).toEqual(emitted)
    expect(report.checks.find((check) => check.name === 'test.ping')).toMatchObject({
      expected: '2xx within 3000 ms',
      actual: '401',
      detail: expect.stringMatching(/^answered 401 in \d+ ms: .*No signature .* matches the secret/),
    })
  })
})

describe('runConformance against broken receivers', () => {
  test('skipping signature checks fails exactly the signature, timestamp and header attacks', async () => {
    const server = await started(startNoVerifyReceiver())
    const report = await runConformance({ url: server.url, secret })
    expect(failedNames(report)).toEqual(attacks)
    expect(report.failed).toBe(attacks.length)
    expect(report.checks.find((check) => check.name === 'stale-timestamp')).toMatchObject({
      expected: '4xx (401)',
      actual: '200',
      detail: expect.stringContaining('accepted a delivery signed 10 minutes ago'),
    })
  })

  test('re-serialising the JSON before verifying fails exactly the correctly signed deliveries', async () => {
    const server = await started(startReserialisingReceiver({ secret }))
    const report = await runConformance({ url: server.url, secret })
    expect(failedNames(report)).toEqual(acknowledged)
    for (const name of acknowledged) {
      expect(report.checks.find((check) => check.name === name)?.actual).toMatch(/^401/)
    }
  })

  test('acknowledging slowly fails exactly the deliveries that must be acknowledged, with the time', async () => {
    const server = await started(startSlowReceiver({ secret, delayMs: 500 }))
    const report = await runConformance({ url: server.url, secret, deadlineMs: 200 })
    expect(failedNames(report)).toEqual(acknowledged)
    for (const check of report.checks.filter((check) => check.status === 'failed')) {
      expect(check.actual).toMatch(/^timeout/)
      expect(check.durationMs).toBeGreaterThanOrEqual(195)
      expect(check.durationMs).toBeLessThan(500)
      expect(check.detail).toMatch(/no complete response within the 200 ms deadline \(gave up after \d+ ms\)/)
    }
  })

  test('a refused connection fails every check, naming the error', async () => {
    const server = await started(startNoVerifyReceiver())
    await server.close()
    servers.length = 0
    const report = await runConformance({ url: server.url, secret, only: ['test.ping', 'bad-signature'] })
    expect(report.checks.map((check) => [check.name, check.status, check.actual])).toEqual([
      ['test.ping', 'failed', 'ECONNREFUSED'],
      ['bad-signature', 'failed', 'ECONNREFUSED'],
    ])
    expect(report.checks[0]!.detail).toMatch(/^ECONNREFUSED: connect ECONNREFUSED 127\.0\.0\.1:\d+/)
  })
})

describe('runConformance options', () => {
  test('only selects by check name or group', async () => {
    const server = await started(startNoVerifyReceiver())
    const report = await runConformance({ url: server.url, secret, only: ['timestamp', 'test.ping'] })
    expect(report.checks.map((check) => check.name)).toEqual([
      'test.ping',
      'stale-timestamp',
      'future-timestamp',
    ])
  })

  test.each([
    [{ url: 'not a url' }, 'invalid_url', /is not an absolute URL/],
    [{ url: 'ftp://example.com/' }, 'invalid_url', /must be http: or https:/],
    [{ secret: 'whsec_!!!' }, 'invalid_secret', /secret/],
    [{ secret: '' }, 'invalid_secret', /secret is required/],
    [{ deadlineMs: 0 }, 'invalid_option', /deadline must be a positive/],
    [{ only: ['nope'] }, 'invalid_option', /unknown check "nope"/],
    [{ only: [] }, 'invalid_option', /only selects no check/],
    [{ scheme: 'md5' as SignatureScheme }, 'invalid_option', /scheme must be one of standard/],
    [{ prefix: 'no spaces' }, 'invalid_option', /Invalid header prefix/],
  ])('%o is a config error', async (override, code, message) => {
    const run = runConformance({ url: 'http://127.0.0.1:9/', secret, ...override })
    await expect(run).rejects.toBeInstanceOf(ConformanceConfigError)
    await expect(run).rejects.toMatchObject({ code, message: expect.stringMatching(message) })
  })

  test('listChecks names every check of a scheme', () => {
    expect(listChecks().map((check) => check.name)).toEqual([
      ...emitted,
      ...attacks,
      ...acknowledged.slice(-2),
    ])
    expect(listChecks('t-v1').filter((check) => check.group === 'headers')).toEqual([
      { name: 'missing-signature', group: 'headers' },
    ])
  })
})
