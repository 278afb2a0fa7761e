import type { JsonSchema } from '../clean-schema.js'
import { compareSchemas } from './compare-schema.js'
import { flattenSchema } from './flatten-schema.js'
import type { LoadedDocument } from './load-document.js'
import { RULES, type Rule, type SpecChange } from './rules.js'
import { type DocumentSurface, type OperationSurface, surfaceOf } from './surface.js'

/** The documents of one version of the contract, by path relative to its specs folder. */
export interface SpecSet {
  /** What the user named: a git ref, a folder, a file. */
  label: string
  documents: Map<string, LoadedDocument>
}

/**
 * Every classified change from `base` to `head`, documents paired by their path under specs/ (a
 * document on one side only counts as all its events or operations removed or added). Sorted:
 * receivers first, then by event or operation, path and rule.
 */
export function diffSpecSets(base: SpecSet, head: SpecSet): SpecChange[] {
  const changes: SpecChange[] = []
  for (const path of new Set([...base.documents.keys(), ...head.documents.keys()])) {
    const before = base.documents.get(path)
    const after = head.documents.get(path)
    const beforeSurface = before === undefined ? undefined : surfaceOf(before)
    const afterSurface = after === undefined ? undefined : surfaceOf(after)
    changes.push(
      ...diffSurfaces(beforeSurface ?? emptyLike(afterSurface!), afterSurface ?? emptyLike(beforeSurface!)),
    )
  }
  return changes.sort(
    (a, b) =>
      a.audience.localeCompare(b.audience) * -1 ||
      a.where.localeCompare(b.where) ||
      a.path.localeCompare(b.path) ||
      a.rule.localeCompare(b.rule),
  )
}

/** Two versions of one document. */
export function diffSurfaces(base: DocumentSurface, head: DocumentSurface): SpecChange[] {
  if (base.kind === 'events' && head.kind === 'events') return diffEvents(base, head)
  if (base.kind === 'messages' && head.kind === 'messages') return diffMessages(base.messages, head.messages)
  if (base.kind === 'operations' && head.kind === 'operations')
    return diffOperations(base.operations, head.operations)
  // A document that changed kind: nothing of the old one is left.
  return [...diffSurfaces(base, emptyLike(base)), ...diffSurfaces(emptyLike(head), head)]
}

function diffEvents(
  base: Extract<DocumentSurface, { kind: 'events' }>,
  head: Extract<DocumentSurface, { kind: 'events' }>,
): SpecChange[] {
  const changes: SpecChange[] = []
  if (base.events.size > 0 && head.events.size > 0) {
    changes.push(
      ...compareSchemas(base.envelope, head.envelope, {
        audience: 'receivers',
        direction: 'read',
        where: '(envelope of every event)',
        prefix: '',
      }),
    )
  }
  const removed = [...base.events.keys()].filter((type) => !head.events.has(type))
  const added = [...head.events.keys()].filter((type) => !base.events.has(type))
  const renamed = pairByShape(removed, added, base.events, head.events)
  for (const type of removed) {
    const to = renamed.get(type)
    if (to !== undefined)
      changes.push(change('event-renamed', 'receivers', type, '', `event ${type} is now sent as ${to}`))
    else
      changes.push(
        change('event-removed', 'receivers', type, '', `event ${type} is no longer in the contract`),
      )
  }
  const renamedTo = new Set(renamed.values())
  for (const type of added) {
    if (!renamedTo.has(type))
      changes.push(change('event-added', 'receivers', type, '', `event ${type} is new`))
  }
  for (const [type, data] of base.events) {
    const after = head.events.get(type)
    if (after === undefined) continue
    changes.push(
      ...compareSchemas(data, after, {
        audience: 'receivers',
        direction: 'read',
        where: type,
        prefix: '/data',
      }),
    )
  }
  return changes
}

function diffMessages(base: Map<string, JsonSchema>, head: Map<string, JsonSchema>): SpecChange[] {
  const changes: SpecChange[] = []
  for (const [name, payload] of base) {
    const after = head.get(name)
    if (after === undefined)
      changes.push(
        change('event-removed', 'receivers', name, '', `message ${name} is no longer in the contract`),
      )
    else
      changes.push(
        ...compareSchemas(payload, after, {
          audience: 'receivers',
          direction: 'read',
          where: name,
          prefix: '',
        }),
      )
  }
  for (const name of head.keys()) {
    if (!base.has(name)) changes.push(change('event-added', 'receivers', name, '', `message ${name} is new`))
  }
  return changes
}

function diffOperations(
  base: Map<string, OperationSurface>,
  head: Map<string, OperationSurface>,
): SpecChange[] {
  const changes: SpecChange[] = []
  for (const [key, before] of base) {
    const after = head.get(key)
    if (after === undefined) {
      changes.push(
        change('operation-removed', 'clients', key, '', `${key}${named(before)} is no longer in the API`),
      )
      continue
    }
    changes.push(...diffOperation(before, after))
  }
  for (const [key, after] of head) {
    if (!base.has(key))
      changes.push(change('operation-added', 'clients', key, '', `${key}${named(after)} is new`))
  }
  return changes
}

function diffOperation(before: OperationSurface, after: OperationSurface): SpecChange[] {
  const changes: SpecChange[] = []
  const where = before.key
  if (after.body?.required === true && before.body?.required !== true) {
    changes.push(
      change('request-body-made-required', 'clients', where, 'request', `${where} now requires a body`),
    )
  }
  if (before.body !== undefined && after.body !== undefined) {
    changes.push(
      ...compareSchemas(before.body.schema, after.body.schema, {
        audience: 'clients',
        direction: 'write',
        where,
        prefix: 'request',
      }),
    )
  }
  for (const location of new Set([...before.parameters.keys(), ...after.parameters.keys()])) {
    changes.push(
      ...compareSchemas(
        before.parameters.get(location) ?? NO_PARAMETERS,
        after.parameters.get(location) ?? NO_PARAMETERS,
        {
          audience: 'clients',
          direction: 'write',
          where,
          prefix: location,
        },
      ),
    )
  }
  for (const [status, schema] of before.responses) {
    if (!after.responses.has(status)) {
      if (/^2/.test(status))
        changes.push(
          change(
            'response-removed',
            'clients',
            where,
            `response ${status}`,
            `${where} no longer answers ${status}`,
          ),
        )
      continue
    }
    const next = after.responses.get(status)
    if (schema !== undefined && next !== undefined) {
      changes.push(
        ...compareSchemas(schema, next, {
          audience: 'clients',
          direction: 'read',
          where,
          prefix: `response ${status}`,
        }),
      )
    }
  }
  return changes
}

const NO_PARAMETERS: JsonSchema = { type: 'object', properties: {} }

/** Removed and added names whose schemas are the same: renames. */
function pairByShape(
  removed: readonly string[],
  added: readonly string[],
  base: Map<string, JsonSchema>,
  head: Map<string, JsonSchema>,
): Map<string, string> {
  const pairs = new Map<string, string>()
  const shapes = new Map(added.map((name) => [name, flattenSchema(head.get(name)!).get('')?.shape]))
  for (const name of removed) {
    const shape = flattenSchema(base.get(name)!).get('')?.shape
    const matches = added.filter(
      (other) => shapes.get(other) === shape && ![...pairs.values()].includes(other),
    )
    if (shape !== undefined && matches.length === 1) pairs.set(name, matches[0]!)
  }
  return pairs
}

function emptyLike(surface: DocumentSurface): DocumentSurface {
  if (surface.kind === 'events') return { kind: 'events', envelope: surface.envelope, events: new Map() }
  if (surface.kind === 'messages') return { kind: 'messages', messages: new Map() }
  return { kind: 'operations', operations: new Map() }
}

function named(operation: OperationSurface): string {
  return operation.operationId === undefined ? '' : ` (${operation.operationId})`
}

function change(
  rule: Rule,
  audience: SpecChange['audience'],
  where: string,
  path: string,
  message: string,
): SpecChange {
  return {
    audience,
    severity: RULES[rule].severity,
    rule,
    where,
    path: path === '' ? '(root)' : path,
    message,
  }
}
