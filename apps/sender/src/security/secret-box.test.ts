import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { SecretBox, SecretBoxError } from './secret-box.js'

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32))

  it('round-trips and never stores the plain secret', () => {
    const sealed = box.seal('whsec_abc')
    expect(sealed).not.toContain('abc')
    expect(sealed.startsWith('v1.')).toBe(true)
    expect(box.open(sealed)).toBe('whsec_abc')
    expect(box.seal('whsec_abc')).not.toBe(sealed) // fresh IV each time
  })

  it('refuses a tampered value or another key', () => {
    const sealed = box.seal('whsec_abc')
    const parts = sealed.split('.')
    parts[3] = Buffer.from('zzz').toString('base64url')
    expect(() => box.open(parts.join('.'))).toThrow(SecretBoxError)
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow(SecretBoxError)
  })
})
