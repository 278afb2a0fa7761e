import { describe, expect, it } from 'vitest'
import { ConfigError } from '../config.js'
import { RateLimiter, rateLimitFromEnv } from './rate-limit.js'

describe('rateLimitFromEnv', () => {
  const read = (value: string | undefined) => rateLimitFromEnv({ VOICEHOOKS_API_RATE_LIMIT: value })

  it('reads a rate, an optional burst, and off', () => {
    expect(read(undefined)).toBeUndefined()
    expect(read(' ')).toBeUndefined()
    expect(read('100/s')).toEqual({ perSecond: 100, burst: 200 })
    expect(read('0.5/s')).toEqual({ perSecond: 0.5, burst: 1 })
    expect(read('20/s, 50')).toEqual({ perSecond: 20, burst: 50 })
    expect(read('OFF')).toBeNull()
  })

  it('names the variable for anything else', () => {
    for (const bad of ['100', '100/m', '0/s', '-1/s', '10/s,0', 'lots']) {
      expect(() => read(bad)).toThrow(ConfigError)
      expect(() => read(bad)).toThrow(/VOICEHOOKS_API_RATE_LIMIT/)
    }
  })
})

describe('RateLimiter', () => {
  const clock = () => {
    const state = { now: 0, read: () => state.now }
    return state
  }

  it('grants the burst, then answers whole seconds until the next token', () => {
    const time = clock()
    const limiter = new RateLimiter({ perSecond: 2, burst: 3 }, time.read)
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')]).toEqual([
      undefined,
      undefined,
      undefined,
    ])
    expect(limiter.take('a')).toBe(1)
    expect(limiter.take('b')).toBeUndefined()
    time.now = 499
    expect(limiter.peek('a')).toBe(1)
    time.now = 500
    expect(limiter.peek('a')).toBeUndefined()
    expect(limiter.take('a')).toBeUndefined()
    expect(limiter.take('a')).toBe(1)
  })

  it('rounds a long wait up and never answers less than one second', () => {
    const time = clock()
    const limiter = new RateLimiter({ perSecond: 0.25, burst: 1 }, time.read)
    expect(limiter.take('k')).toBeUndefined()
    expect(limiter.take('k')).toBe(4)
    time.now = 3_500
    expect(limiter.take('k')).toBe(1)
  })

  it('peeks without remembering keys, and forgets full buckets', () => {
    const time = clock()
    const limiter = new RateLimiter({ perSecond: 10, burst: 10 }, time.read)
    expect(limiter.peek('stranger')).toBeUndefined()
    expect(limiter.size).toBe(0)
    limiter.take('busy')
    expect(limiter.size).toBe(1)
    time.now = 120_000
    limiter.take('other')
    expect(limiter.size).toBe(1)
  })

  it('refuses a shape that could never grant', () => {
    expect(() => new RateLimiter({ perSecond: 0, burst: 1 })).toThrow(RangeError)
    expect(() => new RateLimiter({ perSecond: 1, burst: 0 })).toThrow(RangeError)
  })
})
