import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limiter.js'

function clock() {
  const c = { t: 1000, now: () => c.t }
  return c
}

describe('RateLimiter', () => {
  it('allows a burst of `rate`, then one token every 1/rate s', () => {
    const c = clock()
    const limiter = new RateLimiter(c.now)
    for (let i = 0; i < 5; i++) expect(limiter.take('wh_a', 5)).toBe(0)
    expect(limiter.take('wh_a', 5)).toBe(200)
    expect(limiter.throttled()).toEqual(['wh_a'])
    c.t += 199
    expect(limiter.take('wh_a', 5)).toBe(1)
    c.t += 1
    expect(limiter.throttled()).toEqual([])
    expect(limiter.take('wh_a', 5)).toBe(0)
    expect(limiter.take('wh_a', 5)).toBe(200)
  })

  it('sends at most rate × (1 + t) in t seconds under constant demand', () => {
    const c = clock()
    const limiter = new RateLimiter(c.now)
    let sent = 0
    for (let ms = 0; ms < 3000; ms++) {
      while (limiter.take('wh_a', 10) === 0) sent += 1
      c.t += 1
    }
    // 10 at once, then 10 per second for 3 s (the last token arrives at 3000 ms, outside the loop).
    expect(sent).toBe(10 + 29)
  })

  it('keeps one bucket per endpoint', () => {
    const c = clock()
    const limiter = new RateLimiter(c.now)
    expect(limiter.take('wh_a', 1)).toBe(0)
    expect(limiter.take('wh_a', 1)).toBe(1000)
    expect(limiter.take('wh_b', 1)).toBe(0)
    expect(limiter.throttled()).toEqual(['wh_a'])
  })

  it('applies a changed rate at once, capped to the new capacity', () => {
    const c = clock()
    const limiter = new RateLimiter(c.now)
    expect(limiter.take('wh_a', 100)).toBe(0)
    // 99 tokens left, but the new capacity is 2.
    expect(limiter.take('wh_a', 2)).toBe(0)
    expect(limiter.take('wh_a', 2)).toBe(0)
    expect(limiter.take('wh_a', 2)).toBe(500)
  })

  it('forgets a bucket once it is full again', () => {
    const c = clock()
    const limiter = new RateLimiter(c.now)
    limiter.take('wh_a', 2)
    limiter.take('wh_a', 2)
    c.t += 500
    expect(limiter.throttled()).toEqual([])
    expect(limiter.size).toBe(1)
    c.t += 500
    expect(limiter.throttled()).toEqual([])
    expect(limiter.size).toBe(0)
  })
})
