import { examples, validateEvent } from '@voicehooks/contracts'
import { expect, test } from 'vitest'
import { serialiseEvent } from '../serialise.js'
import { tamperOneByte } from './tamper.js'

test.each(Object.keys(examples))('%s: one byte of data changes, still a valid event', (type) => {
  const body = serialiseEvent(examples[type as keyof typeof examples])
  const tampered = tamperOneByte(body)
  expect(tampered).toHaveLength(body.length)
  const changed = [...body].flatMap((char, index) => (char === tampered[index] ? [] : [index]))
  expect(changed).toHaveLength(1)
  expect(changed[0]).toBeGreaterThan(body.indexOf('"data"'))
  expect(validateEvent(JSON.parse(tampered)).ok).toBe(true)
})

test('a body with nothing to change is refused loudly', () => {
  expect(() => tamperOneByte('{"data": {}}')).toThrow(/no byte of data can change/)
})
