/** One field of an event's data schema, as the catalog page lists it. */
export interface SchemaField {
  /** Dotted path: `cost.amount`, `transcript[].text`. */
  name: string
  type: string
  required: boolean
  format: string | undefined
  description: string | undefined
  enum: readonly unknown[] | undefined
}

type Schema = Record<string, unknown>

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `allOf` parts merged (properties and required), as the AsyncAPI documents compose data schemas. */
function merged(schema: Schema): Schema {
  const parts = Array.isArray(schema['allOf']) ? schema['allOf'].filter(isSchema).map(merged) : []
  if (parts.length === 0) return schema
  const properties: Schema = {}
  const required: string[] = []
  for (const part of [...parts, schema]) {
    if (isSchema(part['properties'])) Object.assign(properties, part['properties'])
    if (Array.isArray(part['required']))
      required.push(...part['required'].filter((r) => typeof r === 'string'))
  }
  return { ...schema, properties, required, type: schema['type'] ?? 'object' }
}

function typeOf(schema: Schema): string {
  const type = schema['type']
  if (Array.isArray(type)) return type.join(' | ')
  if (typeof type === 'string') {
    if (type === 'array' && isSchema(schema['items'])) return `array of ${typeOf(merged(schema['items']))}`
    return type
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const options = schema[key]
    if (Array.isArray(options))
      return options
        .filter(isSchema)
        .map((o) => typeOf(merged(o)))
        .join(' | ')
  }
  if ('const' in schema) return JSON.stringify(schema['const'])
  return 'any'
}

/**
 * Flattens a JSON Schema of an event's data into rows: every property, nested objects and array items
 * included (dotted names), with type, required flag, format, enum and description.
 */
export function schemaFields(schema: unknown, prefix = '', depth = 0): SchemaField[] {
  if (!isSchema(schema) || depth > 6) return []
  const object = merged(schema)
  const properties = isSchema(object['properties']) ? object['properties'] : {}
  const required = new Set(Array.isArray(object['required']) ? object['required'] : [])
  const fields: SchemaField[] = []
  for (const [key, raw] of Object.entries(properties)) {
    if (!isSchema(raw)) continue
    const property = merged(raw)
    const name = `${prefix}${key}`
    fields.push({
      name,
      type: typeOf(property),
      required: required.has(key),
      format: typeof property['format'] === 'string' ? property['format'] : undefined,
      description: typeof property['description'] === 'string' ? property['description'] : undefined,
      enum: Array.isArray(property['enum']) ? property['enum'] : undefined,
    })
    if (isSchema(property['properties']) || Array.isArray(property['allOf'])) {
      fields.push(...schemaFields(property, `${name}.`, depth + 1))
    } else if (isSchema(property['items'])) {
      fields.push(...schemaFields(property['items'], `${name}[].`, depth + 1))
    }
  }
  return fields
}
