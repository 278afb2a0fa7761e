import { describe, expect, it } from 'vitest'
import { WebhookConfigurationError } from './errors.js'
import { generateSecret } from './generate-secret.js'
import { secretKey } from './secret.js'
import { generateSecret as generateSecretWeb } from './web/generate-secret.js'

describe.each([
  ['node', generateSecret],
  ['web', generateSecretWeb],
])('generateSecret (%s)', (_entry, generate) => {
  it('returns whsec_ + base64 of 32 random bytes by default', () => {
    const secret = generate()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/)
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32)
    expect(generate()).not.toBe(secret)
  })

  it.each([24, 64])('accepts %i bytes', (bytes) => {
    expect(secretKey(generate(bytes), 'base64')).toHaveLength(bytes)
  })

  it.each([23, 65, 0, 32.5, Number.NaN])('refuses %s bytes with invalid_secret', (bytes) => {
    expect(() => generate(bytes)).toThrow(WebhookConfigurationError)
    expect(() => generate(bytes)).toThrow(expect.objectContaining({ code: 'invalid_secret' }))
  })
})

describe('secretKey', () => {
  it('base64-decodes the part after whsec_, and a bare secret whole (as standardwebhooks does)', () => {
    const raw = Buffer.from('0123456789abcdef01234567')
    expect(Buffer.from(secretKey(`whsec_${raw.toString('base64')}`, 'base64')!)).toEqual(raw)
    expect(Buffer.from(secretKey(raw.toString('base64'), 'base64')!)).toEqual(raw)
  })

  it('uses the whole string, prefix included, as UTF-8 for compatibility schemes', () => {
    expect(Buffer.from(secretKey('whsec_abc', 'utf8')!).toString()).toBe('whsec_abc')
  })

  it('refuses empty and non-base64 secrets', () => {
    expect(secretKey('', 'base64')).toBeUndefined()
    expect(secretKey('whsec_', 'base64')).toBeUndefined()
    expect(secretKey('whsec_not base64!', 'base64')).toBeUndefined()
    expect(secretKey('', 'utf8')).toBeUndefined()
  })
})
