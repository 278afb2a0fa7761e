import { describe, expect, it } from 'vitest'
import { utf8Length } from './utf8-length.js'

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['plain ascii', 11],
    ['é', 2],
    ['€', 3],
    ['😀', 4],
    ['a\ud800b', 5],
    ['\udc00', 3],
    ['\ud83d', 3],
  ])('counts %j as %i bytes, as TextEncoder does', (text, bytes) => {
    expect(utf8Length(text)).toBe(bytes)
    expect(new TextEncoder().encode(text).byteLength).toBe(bytes)
  })
})
