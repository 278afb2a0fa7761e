import { describe, expect, test } from 'vitest'
import { arrayElementOffsets, lineOf, syntaxErrorOffset } from './json-locate.js'

describe('syntaxErrorOffset', () => {
  test.each([
    ['{"a":}', 5],
    ['{"a":1} x', 8],
    ['{"a":1,\n"b":tru}', 12],
    ['[{"a":1},\n{"b":}]', 15],
    ['{"a":"x\ny"}', 7],
    ['{"a":1', 6],
    ['', 0],
    ['[1,]', 3],
    ['{"a":"\\q"}', 7],
    ['{"a":01}', 6],
  ])('%j fails at %i', (text, offset) => {
    expect(() => JSON.parse(text)).toThrow()
    expect(syntaxErrorOffset(text)).toBe(offset)
  })

  test('valid JSON has no error before its end', () => {
    const text = JSON.stringify({ a: [1, -2.5e3, true, false, null, 'x\u00e9\\"\n'], b: {} }, null, 2)
    expect(syntaxErrorOffset(text)).toBe(text.length)
  })
})

test('arrayElementOffsets finds where each top-level element starts', () => {
  const text = '[\n {"a": "[,]"},\n  [1, 2],\n  "x\\"",\n 3\n]'
  const offsets = arrayElementOffsets(text)
  expect(offsets.map((offset) => text[offset])).toEqual(['{', '[', '"', '3'])
  expect(offsets.map((offset) => lineOf(text, offset))).toEqual([2, 3, 4, 5])
  expect(arrayElementOffsets('[]')).toEqual([])
})
