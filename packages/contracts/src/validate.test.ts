import { describe, expect, it } from 'vitest'
import { catalog, isEventType, isReservedEventType, validateData, validateEvent } from './index.js'

type Schema = {
  type?: string | string[]
  required?: string[]
  properties?: Record<string, Schema>
  enum?: unknown[]
  format?: string
  pattern?: string
  allOf?: Schema[]
}

/** A value no schema format accepts. */
const malformed: Record<string, string> = {
  uuid: 'not-a-uuid',
  'date-time': '2026-13-45 25:61',
  date: '2026-02-31x',
  time: '25:99',
  email: 'not an email',
  uri: 'not a uri',
}

/** Finds, depth-first, the first property of `schema` that `pick` accepts: its JSON pointer and schema. */
/** A property's schema with its `allOf` members folded in: the spec wraps `$ref`s as `{description, allOf: [ref]}`. */
function effective(schema: Schema): Schema {
  let out = schema
  for (const member of schema.allOf ?? []) out = Object.assign({}, effective(member), out)
  return out
}

function findProperty(
  schema: Schema,
  pick: (s: Schema) => boolean,
  at = '',
): { path: string; schema: Schema } | undefined {
  const properties = Object.entries(effective(schema).properties ?? {}).map(
    ([name, child]) => [name, effective(child)] as const,
  )
  for (const [name, child] of properties) {
    if (pick(child)) return { path: `${at}/${name}`, schema: child }
  }
  for (const [name, child] of properties) {
    const found = findProperty(child, pick, `${at}/${name}`)
    if (found) return found
  }
  return undefined
}

function setAt(target: Record<string, unknown>, pointer: string, value: unknown): boolean {
  const parts = pointer.split('/').slice(1)
  let node: Record<string, unknown> = target
  for (const part of parts.slice(0, -1)) {
    const next = node[part]
    if (next === null || typeof next !== 'object') return false
    node = next as Record<string, unknown>
  }
  node[parts.at(-1)!] = value
  return true
}

const entries = catalog.map((entry) => [entry.name, entry] as const)

describe.each(entries)('%s', (name, entry) => {
  const schema = entry.schema as Schema

  it('every spec example validates, as an envelope and as data', () => {
    expect(entry.examples.length).toBeGreaterThan(0)
    for (const example of entry.examples) {
      const result = validateEvent(example)
      expect(result.ok ? [] : result.errors).toEqual([])
      expect(validateData(name, example.data).ok).toBe(true)
      expect(example.type).toBe(name)
    }
  })

  it('rejects the example without each required field, at that field', () => {
    const required = schema.required ?? []
    expect(required.length, `${name} declares required fields`).toBeGreaterThan(0)
    for (const field of required) {
      const data = structuredClone(entry.example.data) as unknown as Record<string, unknown>
      delete data[field]
      const result = validateEvent({ ...entry.example, data })
      expect(result.ok).toBe(false)
      if (!result.ok)
        expect(result.errors).toContainEqual(
          expect.objectContaining({ path: `/data/${field}`, keyword: 'required' }),
        )
    }
  })

  it('rejects an out-of-enum value and a malformed format, at that field', () => {
    const enumField = findProperty(
      schema,
      (s) => Array.isArray(s.enum) && s.enum.every((v) => typeof v === 'string'),
    )
    const formatField = findProperty(schema, (s) => typeof s.format === 'string' && s.format in malformed)
    const patternField = findProperty(schema, (s) => typeof s.pattern === 'string')
    const mutations = [
      enumField && { ...enumField, value: '__not_in_enum__', keyword: 'enum' },
      formatField && { ...formatField, value: malformed[formatField.schema.format!], keyword: 'format' },
      patternField && { ...patternField, value: '!!not matching!!', keyword: 'pattern' },
    ].filter((m) => m !== undefined)
    for (const m of mutations) {
      const data = structuredClone(entry.example.data) as unknown as Record<string, unknown>
      if (!setAt(data, m.path, m.value)) continue // the example omits an optional parent object
      const result = validateEvent({ ...entry.example, data })
      expect(result.ok, `${name} ${m.path}=${String(m.value)}`).toBe(false)
      if (!result.ok)
        expect(result.errors).toContainEqual(
          expect.objectContaining({ path: `/data${m.path}`, keyword: m.keyword }),
        )
    }
  })

  it('rejects the wrong type for data and ignores unknown fields', () => {
    expect(validateEvent({ ...entry.example, data: 'x' }).ok).toBe(false)
    const extended = {
      ...entry.example,
      future_field: 1,
      data: { ...entry.example.data, future_field: 'ok' },
    }
    expect(validateEvent(extended).ok).toBe(true)
  })
})

describe('validateEvent', () => {
  const sample = catalog.find((e) => !e.reserved)!.example

  it('names every missing envelope field', () => {
    const result = validateEvent({ data: {} })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      const paths = result.errors.map((e) => e.path)
      for (const f of [
        '/id',
        '/type',
        '/event',
        '/timestamp',
        '/api_version',
        '/account_id',
        '/webhook_id',
      ]) {
        expect(paths).toContain(f)
      }
    }
  })

  it('reports an unknown type as unknown_type, not invalid', () => {
    const result = validateEvent({ ...sample, type: 'call.teleported', event: 'call.teleported' })
    expect(result).toMatchObject({ ok: false, reason: 'unknown_type' })
  })

  it('requires event to equal type', () => {
    const result = validateEvent({ ...sample, event: 'other.thing' })
    expect(result).toMatchObject({ ok: false, reason: 'invalid', errors: [{ path: '/event' }] })
  })

  it('rejects non-objects', () => {
    for (const value of [null, 1, 'x', []]) expect(validateEvent(value).ok).toBe(false)
  })
})

describe('catalog', () => {
  it('knows its types and reserved types', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(30)
    for (const entry of catalog) {
      expect(isEventType(entry.name)).toBe(true)
      expect(isReservedEventType(entry.name)).toBe(entry.reserved)
      expect(entry.summary.length).toBeGreaterThan(0)
    }
    expect(isEventType('nope.nope')).toBe(false)
    expect(catalog.filter((e) => e.reserved).map((e) => e.name)).toEqual([
      'batch.completed',
      'billing.balance_depleted',
      'custom.alert',
    ])
  })

  it('is sorted by name', () => {
    const names = catalog.map((e) => e.name)
    expect([...names].sort()).toEqual(names)
  })
})
