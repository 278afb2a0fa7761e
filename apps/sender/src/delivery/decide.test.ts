import { describe, expect, it } from 'vitest'
import { type DecideOptions, decide } from './decide.js'

const base: DecideOptions = {
  attempt: 1,
  maxAttempts: 3,
  retrySchedule: [100, 200],
  retryJitter: 0,
  retryAfterBounds: { minMs: 1000, maxMs: 3_600_000 },
  now: Date.parse('2026-04-01T12:00:00Z'),
}
const failed = (statusCode: number | undefined, retryAfter?: string) => ({
  ok: false,
  statusCode,
  retryAfter,
})

describe('decide', () => {
  it('delivers a 2xx', () => {
    expect(decide({ ok: true, statusCode: 204, retryAfter: undefined }, base)).toEqual({ kind: 'delivered' })
  })

  it('retries on the schedule until max attempts, then fails', () => {
    expect(decide(failed(500), base)).toEqual({ kind: 'retry', delayMs: 100 })
    expect(decide(failed(undefined), { ...base, attempt: 2 })).toEqual({ kind: 'retry', delayMs: 200 })
    expect(decide(failed(500), { ...base, attempt: 3 })).toEqual({ kind: 'failed' })
  })

  it('honours Retry-After on 429 and 503 only, clamped', () => {
    expect(decide(failed(429, '30'), base)).toEqual({ kind: 'retry', delayMs: 30_000 })
    expect(decide(failed(503, 'Wed, 01 Apr 2026 12:00:05 GMT'), base)).toEqual({
      kind: 'retry',
      delayMs: 5000,
    })
    expect(decide(failed(429, '0'), base)).toEqual({ kind: 'retry', delayMs: 1000 })
    expect(decide(failed(429, '86400'), base)).toEqual({ kind: 'retry', delayMs: 3_600_000 })
    expect(decide(failed(500, '30'), base)).toEqual({ kind: 'retry', delayMs: 100 })
    expect(decide(failed(429, 'later'), base)).toEqual({ kind: 'retry', delayMs: 100 })
  })

  it('treats 410 as gone, even with attempts left', () => {
    expect(decide(failed(410), base)).toEqual({ kind: 'gone' })
  })
})
