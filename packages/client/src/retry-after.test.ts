import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './retry-after.js'
import { backoffDelay } from './retry-fetch.js'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-04-01T12:00:00Z')
  it.each([
    ['5', 5000],
    ['0', 0],
    [' 2 ', 2000],
    ['Wed, 01 Apr 2026 12:00:30 GMT', 30_000],
    ['Wed, 01 Apr 2026 11:00:00 GMT', 0],
  ])('%j → %d ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms)
  })

  it.each([[null], ['soon'], ['-3'], ['']])('%j is unreadable', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})

describe('backoffDelay', () => {
  it('doubles per attempt within ±20 % jitter', () => {
    expect(backoffDelay(0, 500, () => 0.5)).toBe(500)
    expect(backoffDelay(2, 500, () => 0.5)).toBe(2000)
    expect(backoffDelay(1, 500, () => 0)).toBe(800)
    expect(backoffDelay(1, 500, () => 1)).toBe(1200)
  })
})
