import type { JsonSchema } from '../clean-schema.js'
import { CIRCULAR } from './acyclic.js'
import { type FlatSchema, flattenSchema, type SchemaFacts } from './flatten-schema.js'
import { type Audience, RULES, type Rule, type SpecChange } from './rules.js'

/**
 * Which way data flows past the audience: `read` for what it receives (event payloads, responses),
 * `write` for what it sends (request bodies, parameters). A change that is safe one way is often
 * breaking the other: a new optional field is fine to read and fine to write, a new required one is
 * fine to read and breaks every writer.
 */
export type Direction = 'read' | 'write'

export interface CompareContext {
  audience: Audience
  direction: Direction
  /** The event or operation, for the report. */
  where: string
  /** Put before each instance path: `/data`, `request`, `response 200`. */
  prefix: string
}

/** Every classified difference between two versions of one payload schema. */
export function compareSchemas(base: JsonSchema, head: JsonSchema, context: CompareContext): SpecChange[] {
  return compareFlat(flattenSchema(base), flattenSchema(head), context)
}

export function compareFlat(base: FlatSchema, head: FlatSchema, context: CompareContext): SpecChange[] {
  const changes: SpecChange[] = []
  const report = (rule: Rule, path: string, message: string) => {
    const audience =
      'audience' in RULES[rule] ? (RULES[rule] as { audience: Audience }).audience : context.audience
    changes.push({
      audience,
      severity: RULES[rule].severity,
      rule,
      where: context.where,
      path: display(context.prefix, path),
      message,
    })
  }
  const read = context.direction === 'read'

  // Only the topmost of a removed or added subtree is reported: its children went with it.
  const removed = [...base.keys()].filter(
    (path) => !head.has(path) && head.has(parentOf(path)) && !isMarker(path),
  )
  const added = [...head.keys()].filter(
    (path) => !base.has(path) && base.has(parentOf(path)) && !isMarker(path),
  )
  const renamed = pairRenames(removed, added, base, head)

  for (const [from, to] of renamed) {
    report(
      read ? 'field-renamed' : 'request-field-renamed',
      from,
      `${quote(context.prefix, from)} is now ${quote(context.prefix, to)}`,
    )
  }
  for (const path of removed) {
    if (renamed.has(path)) continue
    if (read) report('field-removed', path, `${quote(context.prefix, path)} is no longer sent`)
    else if (head.get(parentOf(path))?.closed === true) {
      report('request-field-refused', path, `${quote(context.prefix, path)} was removed and is now refused`)
    } else
      report(
        'request-field-removed',
        path,
        `${quote(context.prefix, path)} was removed; sent values are ignored`,
      )
  }
  const renamedTo = new Set(renamed.values())
  for (const path of added) {
    if (renamedTo.has(path)) continue
    const facts = head.get(path)!
    if (read)
      report(
        'field-added',
        path,
        `${quote(context.prefix, path)} is new${facts.required ? ' (always sent)' : ''}`,
      )
    else if (facts.required)
      report('request-field-added-required', path, `${quote(context.prefix, path)} is new and required`)
    else report('request-field-added', path, `${quote(context.prefix, path)} is new and optional`)
  }

  for (const [path, before] of base) {
    const after = head.get(path)
    if (after === undefined || isMarker(path)) continue
    compareFacts(path, before, after, read, (rule, message) => report(rule, path, message), context.prefix)
  }
  return changes
}

function compareFacts(
  path: string,
  before: SchemaFacts,
  after: SchemaFacts,
  read: boolean,
  report: (rule: Rule, message: string) => void,
  prefix: string,
): void {
  const field = quote(prefix, path)
  if (isProperty(path) && before.required !== after.required) {
    if (read) {
      if (before.required) report('field-made-optional', `${field} was always sent and is now optional`)
      else report('field-made-required', `${field} is now always sent`)
    } else if (after.required) report('request-field-made-required', `${field} is now required`)
    else report('request-field-made-optional', `${field} is now optional`)
  }

  const types = typeRelation(before.types, after.types)
  if (types !== 'same') {
    const change = `${field} type ${show(before.types)} → ${show(after.types)}`
    if (read) report(types === 'narrower' ? 'type-narrowed' : 'type-changed', change)
    else report(types === 'wider' ? 'request-type-widened' : 'request-type-changed', change)
  }

  compareConstraint('format', before.format, after.format, field, read, report)
  compareConstraint('pattern', before.pattern, after.pattern, field, read, report)

  if (before.const !== after.const && (before.const !== undefined || after.const !== undefined)) {
    report(
      read ? 'const-changed' : 'request-const-changed',
      `${field} const ${before.const ?? '(none)'} → ${after.const ?? '(none)'}`,
    )
  }

  // An enum that appears or disappears is a narrowing or a widening of the allowed values.
  if (before.enum !== undefined || after.enum !== undefined) {
    const gained =
      after.enum === undefined
        ? ['(any value)']
        : after.enum.filter((v) => !before.enum?.includes(v) && before.enum !== undefined)
    const lost =
      before.enum === undefined
        ? ['(any other value)']
        : before.enum.filter((v) => after.enum !== undefined && !after.enum.includes(v))
    const widened = before.enum !== undefined && (after.enum === undefined || gained.length > 0)
    const narrowed = after.enum !== undefined && (before.enum === undefined || lost.length > 0)
    if (read) {
      if (widened) report('enum-value-added', `${field} may now be ${gained.join(', ')}`)
      if (narrowed) report('enum-value-removed', `${field} is no longer ${lost.join(', ')}`)
    } else {
      if (narrowed) report('request-enum-narrowed', `${field} no longer accepts ${lost.join(', ')}`)
      if (widened) report('request-enum-widened', `${field} now also accepts ${gained.join(', ')}`)
    }
  }
}

/** `format` and `pattern`: a reader is safe when one is added, a writer when one is dropped. */
function compareConstraint(
  name: 'format' | 'pattern',
  before: string | undefined,
  after: string | undefined,
  field: string,
  read: boolean,
  report: (rule: Rule, message: string) => void,
): void {
  if (before === after) return
  const message = `${field} ${name} ${before ?? '(none)'} → ${after ?? '(none)'}`
  if (read) report(before === undefined ? `${name}-added` : `${name}-changed`, message)
  else report(after === undefined ? `request-${name}-removed` : `request-${name}-changed`, message)
}

/** How the set of allowed types moved; `integer` counts as part of `number`, no types as any. */
function typeRelation(
  before: readonly string[],
  after: readonly string[],
): 'same' | 'narrower' | 'wider' | 'different' {
  if (before.join() === after.join()) return 'same'
  if (before.length === 0) return 'narrower'
  if (after.length === 0) return 'wider'
  const within = (types: readonly string[], of: readonly string[]) =>
    types.every((type) => of.includes(type) || (type === 'integer' && of.includes('number')))
  if (within(after, before)) return 'narrower'
  if (within(before, after)) return 'wider'
  return 'different'
}

/** A removed field and an added one beside it with the same shape are one field renamed. */
function pairRenames(
  removed: string[],
  added: string[],
  base: FlatSchema,
  head: FlatSchema,
): Map<string, string> {
  const pairs = new Map<string, string>()
  const taken = new Set<string>()
  for (const from of removed) {
    const facts = base.get(from)!
    if (facts.types.length === 0) continue
    const match = added.filter(
      (to) => !taken.has(to) && parentOf(to) === parentOf(from) && head.get(to)!.shape === facts.shape,
    )
    if (match.length !== 1) continue
    pairs.set(from, match[0]!)
    taken.add(match[0]!)
  }
  return pairs
}

function parentOf(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf('/')))
}

/** A named property, not the root, array items or additional properties: only those can be required. */
function isProperty(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1)
  return path !== '' && last !== '[]' && last !== '*' && !/^\[\d+\]$/.test(last)
}

function isMarker(path: string): boolean {
  return path.endsWith(`/${CIRCULAR}`)
}

function display(prefix: string, path: string): string {
  if (prefix === '') return path === '' ? '(root)' : path
  return path === ''
    ? prefix
    : prefix.endsWith('/') || prefix.startsWith('/')
      ? `${prefix}${path}`
      : `${prefix} ${path}`
}

function quote(prefix: string, path: string): string {
  return `\`${display(prefix, path)}\``
}

function show(types: readonly string[]): string {
  return types.length === 0 ? '(any)' : types.join('|')
}
