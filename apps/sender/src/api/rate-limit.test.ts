import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limit.js'

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
