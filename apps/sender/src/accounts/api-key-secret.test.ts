import { describe, expect, it } from 'vitest'
import { generateApiKey, hashApiKey } from './api-key-secret.js'

describe('API key secrets', () => {
  it('makes distinct vhk_ keys whose prefix starts the key and whose hash is not the key', () => {
    const a = generateApiKey()
    const b = generateApiKey()
    expect(a.key).toMatch(/^vhk_[0-9A-Za-z_-]{43}$/)
    expect(a.key).not.toBe(b.key)
    expect(a.key.startsWith(a.prefix)).toBe(true)
    expect(a.prefix).toHaveLength(12)
    expect(a.hash).toBe(hashApiKey(a.key))
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashApiKey(`${a.key}x`)).not.toBe(a.hash)
  })
})
