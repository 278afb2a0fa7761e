import { describe, expect, it } from 'vitest'
import { UntilTimeoutError, until } from './until.js'

describe('until', () => {
  it('returns the first value other than undefined or false', async () => {
    let calls = 0
    const value = await until(
      async () => (++calls === 3 ? 'ready' : calls === 1 ? undefined : false),
      'ready',
      1000,
    )
    expect(value).toBe('ready')
    expect(calls).toBe(3)
  })

  it('times out naming what it waited for', async () => {
    const started = Date.now()
    const waiting = until(async () => false, 'the thing', 60, 10)
    await expect(waiting).rejects.toThrow('timed out after 60 ms waiting for the thing')
    await expect(waiting).rejects.toBeInstanceOf(UntilTimeoutError)
    await expect(waiting).rejects.toMatchObject({ code: 'UNTIL_TIMEOUT' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(60)
  })
})
