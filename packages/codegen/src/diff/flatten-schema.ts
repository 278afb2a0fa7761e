import traverse from 'json-schema-traverse'
import type { JsonSchema } from '../clean-schema.js'
import { acyclic } from './acyclic.js'

/** What one position of a payload (an instance path like `/data/call_id` or `/items/[]`) promises. */
export interface SchemaFacts {
  /** Declared JSON types (`null` included for `nullable` / `type: [x, 'null']`); empty when unconstrained. */
  types: string[]
  format?: string
  pattern?: string
  /** Allowed values, as JSON text, sorted; absent when any value goes. */
  enum?: string[]
  const?: string
  /** Whether the parent object lists this property as required (always sent). */
  required: boolean
  /** `additionalProperties: false` on this object. */
  closed: boolean
  /** A stable digest of the whole sub-schema, for spotting renames. */
  shape: string
}

/** Every position of a schema, keyed by instance path (`''` is the root). */
export type FlatSchema = Map<string, SchemaFacts>

interface Position {
  path: string
  /** Under `oneOf`/`anyOf`: only sometimes applies, so it cannot make a field always sent. */
  conditional: boolean
}

/**
 * Walks a dereferenced JSON Schema with json-schema-traverse and records, for each instance path,
 * the facts a reader or writer of that position depends on. `allOf` parts merge into their parent's
 * path; `oneOf`/`anyOf` variants merge too but cannot make a property required; array items are
 * `/[]`, additional properties `/*`. Keywords that describe no data position (`not`, `if`,
 * `definitions`) are skipped.
 */
export function flattenSchema(input: JsonSchema): FlatSchema {
  const schema = acyclic(input)
  const positions = new Map<string, Position>()
  const flat: FlatSchema = new Map()
  const requiredBy = new Map<string, Set<string>>()
  const skipped = new Set<string>()

  traverse(schema, { allKeys: false }, (node, jsonPtr, _root, parentPtr, keyword, _parent, key) => {
    if (parentPtr !== undefined && skipped.has(parentPtr)) return void skipped.add(jsonPtr)
    const parent = parentPtr === undefined ? undefined : positions.get(parentPtr)
    if (parentPtr !== undefined && parent === undefined) return
    const position =
      parent === undefined ? { path: '', conditional: false } : childPosition(parent, keyword, key)
    if (position === undefined) return void skipped.add(jsonPtr)
    positions.set(jsonPtr, position)
    const facts = flat.get(position.path) ?? emptyFacts()
    merge(facts, node)
    flat.set(position.path, facts)
    if (Array.isArray(node['required']) && !position.conditional) {
      const names = requiredBy.get(position.path) ?? new Set<string>()
      for (const name of node['required']) if (typeof name === 'string') names.add(name)
      requiredBy.set(position.path, names)
    }
  })

  for (const [path, facts] of flat) {
    const slash = path.lastIndexOf('/')
    if (slash < 0) continue
    const parentPath = path.slice(0, slash)
    facts.required = requiredBy.get(parentPath)?.has(propertyName(path.slice(slash + 1))) ?? false
  }
  for (const [path, facts] of flat) facts.shape = digest(flat, path, facts)
  return flat
}

function childPosition(
  parent: Position,
  keyword: string | undefined,
  key: string | number | undefined,
): Position | undefined {
  switch (keyword) {
    case 'properties':
      return { path: `${parent.path}/${pointerSegment(String(key))}`, conditional: parent.conditional }
    case 'items':
      return {
        path: `${parent.path}/${typeof key === 'number' ? `[${key}]` : '[]'}`,
        conditional: parent.conditional,
      }
    case 'additionalItems':
    case 'contains':
      return { path: `${parent.path}/[]`, conditional: parent.conditional }
    case 'additionalProperties':
    case 'patternProperties':
      return { path: `${parent.path}/*`, conditional: parent.conditional }
    case 'allOf':
      return parent
    case 'anyOf':
    case 'oneOf':
      return { path: parent.path, conditional: true }
    default:
      // not, if/then/else, propertyNames, definitions, dependencies: no position of the data itself.
      return undefined
  }
}

function emptyFacts(): SchemaFacts {
  return { types: [], required: false, closed: false, shape: '' }
}

function merge(facts: SchemaFacts, node: JsonSchema): void {
  const type = node['type']
  const declared = Array.isArray(type) ? type : typeof type === 'string' ? [type] : []
  for (const name of declared)
    if (typeof name === 'string' && !facts.types.includes(name)) facts.types.push(name)
  if (node['nullable'] === true && !facts.types.includes('null')) facts.types.push('null')
  facts.types.sort()
  if (typeof node['format'] === 'string') facts.format = node['format']
  if (typeof node['pattern'] === 'string') facts.pattern = node['pattern']
  if (Array.isArray(node['enum']))
    facts.enum = [...new Set(node['enum'].map((value) => JSON.stringify(value)))].sort()
  if ('const' in node) facts.const = JSON.stringify(node['const'])
  if (node['additionalProperties'] === false) facts.closed = true
}

/** The facts of `path` and of everything below it, as one string: equal shapes are the same field. */
function digest(flat: FlatSchema, path: string, facts: SchemaFacts): string {
  const own = [
    facts.types.join('|'),
    facts.format ?? '',
    facts.pattern ?? '',
    (facts.enum ?? []).join(','),
    facts.const ?? '',
  ]
  const below = [...flat.keys()]
    .filter((other) => other.startsWith(`${path}/`))
    .sort()
    .map((other) => {
      const child = flat.get(other)!
      return `${other.slice(path.length)}:${child.types.join('|')}:${child.format ?? ''}:${child.required}`
    })
  return [...own, ...below].join(';')
}

/** JSON Pointer escaping of a property name, so `a/b` stays one segment. */
function pointerSegment(name: string): string {
  return name.replaceAll('~', '~0').replaceAll('/', '~1')
}

function propertyName(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~')
}
