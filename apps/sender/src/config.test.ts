import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONFIG_VARIABLES,
  ConfigError,
  loadConfig,
  parseDuration,
  parseRateLimit,
  sealingKey,
} from './config.js'

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(8080)
    expect(config.retrySchedule).toEqual([1000, 5000, 30_000, 120_000, 600_000])
    expect(config.deliveryTimeoutMs).toBe(3000)
    expect(config.disableAfterFailures).toBe(10)
    expect(config.headerPrefix).toBe('Voicehooks')
    expect(config.targetPolicy.allowHttp).toBe(true)
    expect(config.concurrency).toBe(64)
    expect(loadConfig({ DATABASE_URL: 'postgres://127.0.0.1/x' }).concurrency).toBe(256)
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
    const config = loadConfig({
      NODE_ENV: 'production',
      VOICEHOOKS_ALLOW_TARGETS: 'hooks.internal',
      VOICEHOOKS_ENCRYPTION_KEY: KEY,
    })
    expect(config.targetPolicy).toEqual({ allowHttp: false, allowList: ['hooks.internal'] })
  })

  it('fails closed in production: no encryption key, no start', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /^VOICEHOOKS_ENCRYPTION_KEY: is required when NODE_ENV=production/,
    )
    expect(loadConfig({ NODE_ENV: 'production', VOICEHOOKS_ENCRYPTION_KEY: KEY }).encryptionKey).toHaveLength(
      32,
    )
    // Development may run on the public development key, and says so.
    expect(sealingKey(loadConfig({})).warning).toMatch(/PUBLIC development key/)
    expect(sealingKey(loadConfig({ VOICEHOOKS_ENCRYPTION_KEY: KEY }))).toEqual({
      key: Buffer.from(KEY, 'base64'),
    })
    expect(() => loadConfig({ VOICEHOOKS_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes/)
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/^NODE_ENV:/)
  })

  it('reads the API rate limit: a rate, an optional burst, or off', () => {
    expect(loadConfig({}).apiRateLimit).toEqual({ perSecond: 100, burst: 200 })
    expect(loadConfig({ VOICEHOOKS_API_RATE_LIMIT: 'off' }).apiRateLimit).toBeNull()
    expect(parseRateLimit('100/s', 'X')).toEqual({ perSecond: 100, burst: 200 })
    expect(parseRateLimit('0.5/s', 'X')).toEqual({ perSecond: 0.5, burst: 1 })
    expect(parseRateLimit('20/s, 50', 'X')).toEqual({ perSecond: 20, burst: 50 })
    expect(parseRateLimit('OFF', 'X')).toBeNull()
    for (const bad of ['100', '100/m', '0/s', '-1/s', '10/s,0', 'lots']) {
      expect(() => loadConfig({ VOICEHOOKS_API_RATE_LIMIT: bad })).toThrow(/^VOICEHOOKS_API_RATE_LIMIT: /)
    }
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

describe('configuration is read in one place and documented in one table', () => {
  const SRC = import.meta.dirname
  const docs = readFileSync(join(SRC, '../../../docs/configuration.md'), 'utf8')

  it('lists every variable config.ts reads, with its default, in docs/configuration.md', () => {
    // Every upper-case string literal of config.ts but the table's own `name:` entries is a variable it reads.
    const source = readFileSync(join(SRC, 'config.ts'), 'utf8')
    const read = new Set(
      [...source.matchAll(/(?<!name: )'([A-Z][A-Z0-9]*_[A-Z0-9_]+|HOST|PORT)'/g)].map((m) => m[1]),
    )
    for (const name of ['VOICEHOOKS_ENCRYPTION_KEY', 'DATABASE_URL']) expect(read).toContain(name)
    expect([...read].sort()).toEqual(CONFIG_VARIABLES.map((v) => v.name).sort())
    const rows = new Map(
      [...docs.matchAll(/^\|\s*`([A-Z_]+)`\s*\|\s*(.*?)\s*\|\s*(.*?)\s*\|$/gm)].map((m) => [
        m[1],
        { default: m[2], description: m[3] },
      ]),
    )
    for (const variable of CONFIG_VARIABLES) {
      expect(rows.get(variable.name), `${variable.name} in docs/configuration.md`).toEqual({
        default: variable.default,
        description: variable.description,
      })
    }
    expect(rows.size).toBe(CONFIG_VARIABLES.length)
  })

  it('no other module of the sender reads the environment', () => {
    const offenders: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) walk(path)
        else if (
          /\.ts$/.test(entry.name) &&
          !/\.test\.ts$/.test(entry.name) &&
          path !== join(SRC, 'config.ts')
        ) {
          if (/process\.env|env\[['"]/.test(readFileSync(path, 'utf8')))
            offenders.push(path.slice(SRC.length + 1))
        }
      }
    }
    walk(SRC)
    expect(offenders).toEqual([])
  })
})

const KEY = Buffer.alloc(32, 7).toString('base64')
