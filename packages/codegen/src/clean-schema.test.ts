import { describe, expect, it } from 'vitest'
import { cleanSchema, toPlainJson } from './clean-schema.js'

describe('cleanSchema', () => {
  it('drops x-parser-* and other vendor keys at every depth', () => {
    const out = cleanSchema({
      type: 'object',
      'x-parser-schema-id': 'a',
      properties: { a: { type: 'string', 'x-parser-schema-id': 'b', 'x-custom': 1 } },
    })
    expect(out).toEqual({ type: 'object', properties: { a: { type: 'string' } } })
  })

  it('keeps a shared schema shared and survives cycles', () => {
    const money = { title: 'Money', type: 'object' }
    const node: Record<string, unknown> = { type: 'object' }
    node['properties'] = { self: node }
    const out = cleanSchema({ a: money, b: money, c: node })
    expect(out.a).toBe(out.b)
    const c = out.c as { properties: { self: unknown } }
    expect(c.properties.self).toBe(c)
  })

  it('merges equal titled schemas that came from different documents', () => {
    const seen = new Map<object, unknown>()
    const titled = new Map<string, unknown>()
    const one = cleanSchema({ title: 'Money', type: 'object', 'x-parser-schema-id': '1' }, seen, titled)
    const two = cleanSchema({ title: 'Money', type: 'object', 'x-parser-schema-id': '2' }, seen, titled)
    expect(one).toBe(two)
  })
})

describe('toPlainJson', () => {
  it('sorts keys so emitted literals do not depend on spec key order', () => {
    expect(JSON.stringify(toPlainJson({ b: 1, a: { d: 2, c: 3 } }))).toBe('{"a":{"c":3,"d":2},"b":1}')
  })
})
