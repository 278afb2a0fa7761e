import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeBase64, decodeHex, encodeBase64, encodeHex } from './encoding.js'

describe('base64', () => {
  it('matches Buffer for every length 0–70 both ways', () => {
    for (let length = 0; length <= 70; length++) {
      const bytes = randomBytes(length)
      const text = encodeBase64(bytes)
      expect(text).toBe(bytes.toString('base64'))
      if (length > 0) expect(Buffer.from(decodeBase64(text)!)).toEqual(bytes)
    }
  })

  it.each([
    ['empty', ''],
    ['length not a multiple of 4', 'abcde'],
    ['character outside the alphabet', 'ab$d'],
    ['base64url alphabet', 'ab-_'],
    ['padding in the middle', 'ab==abcd'],
    ['three padding characters', 'a==='],
    ['non-ASCII', 'abcé'],
  ])('rejects %s', (_name, text) => {
    expect(decodeBase64(text)).toBeUndefined()
  })
})

describe('hex', () => {
  it('matches Buffer and accepts either case', () => {
    const bytes = randomBytes(32)
    const text = encodeHex(bytes)
    expect(text).toBe(bytes.toString('hex'))
    expect(Buffer.from(decodeHex(text.toUpperCase())!)).toEqual(bytes)
  })

  it.each([
    ['odd length', 'abc'],
    ['non-hex', 'zz'],
    ['empty', ''],
  ])('rejects %s', (_name, text) => {
    expect(decodeHex(text)).toBeUndefined()
  })
})
