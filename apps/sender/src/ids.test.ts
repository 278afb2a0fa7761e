import { describe, expect, it } from 'vitest'
import { newId, ulid } from './ids.js'

describe('ids', () => {
  it('are prefixed 26-character ULIDs that match the envelope patterns', () => {
    expect(newId('evt')).toMatch(/^evt_[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(newId('wh')).toMatch(/^wh_[0-9A-Za-z]{10,64}$/)
  })

  it('sort by time and never repeat', () => {
    expect(ulid(1000) < ulid(2000)).toBe(true)
    const many = new Set(Array.from({ length: 10_000 }, () => ulid()))
    expect(many.size).toBe(10_000)
  })
})
