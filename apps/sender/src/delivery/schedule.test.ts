import { describe, expect, it } from 'vitest'
import { loadConfig } from '../config.js'
import { clampRetryAfter, parseRetryAfter, retryDelay } from './schedule.js'

describe('retryDelay', () => {
  const schedule = [1000, 5000, 30_000]

  it('takes the schedule entry of the failed attempt', () => {
    expect([1, 2, 3].map((n) => retryDelay(schedule, n, 0))).toEqual([1000, 5000, 30_000])
  })

  it('repeats the last entry when an endpoint allows more attempts than the schedule lists', () => {
    expect(retryDelay(schedule, 9, 0)).toBe(30_000)
  })

  it('spreads by ±jitter and never goes below zero', () => {
    expect(retryDelay(schedule, 1, 0.2, () => 0)).toBe(800)
    expect(retryDelay(schedule, 1, 0.2, () => 1)).toBe(1200)
    expect(retryDelay(schedule, 1, 0.2, () => 0.5)).toBe(1000)
    for (let i = 0; i < 200; i++) {
      const d = retryDelay(schedule, 2, 0.2)
      expect(d).toBeGreaterThanOrEqual(4000)
      expect(d).toBeLessThanOrEqual(6000)
    }
    expect(retryDelay([], 1, 0.2)).toBe(0)
  })
})

describe('Retry-After', () => {
  const now = Date.parse('2026-04-01T12:00:00Z')

  it('reads delay-seconds and HTTP dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Wed, 01 Apr 2026 12:00:30 GMT', now)).toBe(30_000)
  })

  it('ignores what it cannot read', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
    expect(parseRetryAfter('1.5', now)).toBeUndefined()
  })

  it('clamps into the bounds (default 1 s to 1 h)', () => {
    const bounds = loadConfig({}).retryAfterBounds
    expect(clampRetryAfter(0, bounds)).toBe(1000)
    expect(clampRetryAfter(-30_000, bounds)).toBe(1000)
    expect(clampRetryAfter(90_000, bounds)).toBe(90_000)
    expect(clampRetryAfter(7_200_000, bounds)).toBe(3_600_000)
    expect(clampRetryAfter(0, { minMs: 10, maxMs: 50 })).toBe(10)
  })
})
