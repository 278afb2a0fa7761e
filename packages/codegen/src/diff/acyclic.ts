import type { JsonSchema } from '../clean-schema.js'

/** Marks where a schema refers back to one of its ancestors (a recursive type). */
export const CIRCULAR = 'x-voicehooks-circular'

/**
 * A copy of a dereferenced schema with every cycle cut: a schema that contains itself (a tree of
 * comments, say) stops at `{ [CIRCULAR]: true }` where it recurs. Schemas shared without a cycle
 * are copied where they appear, so each position has a path of its own.
 */
export function acyclic(schema: unknown, ancestors: Set<object> = new Set()): JsonSchema {
  if (typeof schema !== 'object' || schema === null) return schema as unknown as JsonSchema
  if (ancestors.has(schema)) return { [CIRCULAR]: true }
  ancestors.add(schema)
  const copy = Array.isArray(schema)
    ? schema.map((item) => acyclic(item, ancestors))
    : Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, acyclic(value, ancestors)]))
  ancestors.delete(schema)
  return copy as unknown as JsonSchema
}
