/** A JSON Schema as plain data. */
export type JsonSchema = { [key: string]: unknown }

/**
 * Deep-copies a dereferenced schema without vendor keys (`x-parser-*` injected by @asyncapi/parser,
 * and any other `x-*`): ajv's strict mode rejects unknown keywords, and standalone code keeps only
 * real ones. Sharing is preserved (the same input object maps to the same output object), so a schema
 * $ref'd from many places stays one named type, and cycles stay cycles instead of recursing forever.
 */
export function cleanSchema<T>(
  value: T,
  seen = new Map<object, unknown>(),
  titled = new Map<string, unknown>(),
): T {
  if (Array.isArray(value)) {
    const hit = seen.get(value)
    if (hit) return hit as T
    const out: unknown[] = []
    seen.set(value, out)
    for (const item of value) out.push(cleanSchema(item, seen, titled))
    return out as T
  }
  if (value !== null && typeof value === 'object') {
    const hit = seen.get(value)
    if (hit) return hit as T
    const out: Record<string, unknown> = {}
    seen.set(value, out)
    for (const [key, child] of Object.entries(value)) {
      if (key.startsWith('x-')) continue
      out[key] = cleanSchema(child, seen, titled)
    }
    // Later visits of this input object must get the shared schema too, not the discarded copy.
    const shared = shareTitled(out, titled)
    seen.set(value, shared)
    return shared as T
  }
  return value
}

/**
 * Two documents parsed apart (webhooks and callbacks) both load `common/money.yaml`; the parser
 * gives each its own copy. A titled schema equal to one seen before becomes that one, so the type
 * emitter names it once instead of `Money` and `Money1`.
 */
function shareTitled(schema: Record<string, unknown>, titled: Map<string, unknown>): unknown {
  if (typeof schema['title'] !== 'string') return schema
  let key: string
  try {
    key = JSON.stringify(toPlainJson(schema))
  } catch {
    return schema // a cycle: leave it alone
  }
  const first = titled.get(key)
  if (first) return first
  titled.set(key, schema)
  return schema
}

/** Returns a JSON-safe, key-sorted copy (shared objects duplicated), for stable emitted literals. */
export function toPlainJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toPlainJson)
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort())
      out[key] = toPlainJson((value as Record<string, unknown>)[key])
    return out
  }
  return value
}
