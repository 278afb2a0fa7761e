import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig, parseDuration } from './config.js'

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(8080)
    expect(config.retrySchedule).toEqual([1000, 5000, 30_000, 120_000, 600_000])
    expect(config.deliveryTimeoutMs).toBe(3000)
    expect(config.disableAfterFailures).toBe(10)
    expect(config.headerPrefix).toBe('Voicehooks')
    expect(config.targetPolicy.allowHttp).toBe(true)
  })

  it('reads a custom schedule and timeouts', () => {
    const config = loadConfig({
      VOICEHOOKS_RETRY_SCHEDULE: '50ms, 0.1s,2m',
      VOICEHOOKS_DELIVERY_TIMEOUT: '300ms',
    })
    expect(config.retrySchedule).toEqual([50, 100, 120_000])
    expect(config.deliveryTimeoutMs).toBe(300)
  })

  it('requires https and public targets in production unless allow-listed', () => {
    const config = loadConfig({ NODE_ENV: 'production', VOICEHOOKS_ALLOW_TARGETS: 'hooks.internal' })
    expect(config.targetPolicy).toEqual({ allowHttp: false, allowList: ['hooks.internal'] })
  })

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT: "eighty" must be a whole number/)
    expect(() => loadConfig({ VOICEHOOKS_RETRY_SCHEDULE: '1s,soon' })).toThrow(
      /VOICEHOOKS_RETRY_SCHEDULE: "soon"/,
    )
    expect(() => loadConfig({ VOICEHOOKS_RETRY_JITTER: '2' })).toThrow(/VOICEHOOKS_RETRY_JITTER/)
  })

  it('lets overrides win', () => {
    expect(loadConfig({ PORT: '1234' }, { port: 0 }).port).toBe(0)
  })
})

describe('parseDuration', () => {
  it.each([
    ['250', 250],
    ['250ms', 250],
    ['1.5s', 1500],
    ['2m', 120_000],
    ['1h', 3_600_000],
  ])('%s → %d ms', (text, ms) => {
    expect(parseDuration(text, 'X')).toBe(ms)
  })
})
