import type { JsonSchema } from './clean-schema.js'
import type { SpecDiagnostic } from './errors.js'

/** An event message's payload, split into the envelope it shares and its own `type` and `data`. */
export interface SplitPayload {
  envelope: JsonSchema
  data: JsonSchema
  type: string
}

/** The envelope title Voicehooks' own document uses; with it, that allOf part is the envelope as written. */
const ENVELOPE_TITLE = 'EventEnvelope'

function propertiesOf(schema: JsonSchema | undefined): Record<string, JsonSchema> | undefined {
  const props = schema?.['properties']
  return props !== null && typeof props === 'object' ? (props as Record<string, JsonSchema>) : undefined
}

function constOf(schema: JsonSchema | undefined): unknown {
  if (schema === undefined) return undefined
  if ('const' in schema) return schema['const']
  const values = schema['enum']
  return Array.isArray(values) && values.length === 1 ? values[0] : undefined
}

/** The envelope a one-object payload implies: every field but the discriminators' values and `data`. */
function envelopeOfObject(payload: JsonSchema): JsonSchema {
  const props = propertiesOf(payload) ?? {}
  const properties: Record<string, JsonSchema> = {}
  for (const [name, schema] of Object.entries(props)) {
    if (name === 'data') properties[name] = { type: 'object' }
    else if (constOf(schema) !== undefined && (name === 'type' || name === 'event')) {
      const { const: _c, enum: _e, ...rest } = schema
      properties[name] = { type: 'string', ...rest }
    } else properties[name] = schema
  }
  const { examples: _x, ...rest } = payload
  return { ...rest, properties }
}

/**
 * Splits one event message's payload. Two shapes are understood:
 * - `allOf: [envelope, {properties: {type: {const}, data}}]` (the envelope a shared $ref, as in
 *   Voicehooks' document, where it is titled `EventEnvelope`);
 * - one object with `properties: {type: {const}, data, …envelope fields}`.
 * Problems come back located (file and JSON path), so a document with several is told all at once.
 */
export function splitPayload(
  messagePath: string,
  payload: JsonSchema | undefined,
  file: string,
): SplitPayload | SpecDiagnostic[] {
  const at = `${messagePath}.payload`
  if (payload === undefined || payload === null || typeof payload !== 'object')
    return [{ file, path: at, message: 'missing payload: an event message needs a payload schema' }]
  const parts = Array.isArray(payload['allOf']) ? (payload['allOf'] as JsonSchema[]) : undefined
  let specific: JsonSchema | undefined
  let envelope: JsonSchema | undefined
  let specificPath = at
  if (parts) {
    // The event's own part: the one whose `type` is a const; failing that, the last with `data`
    // (the envelope, listed first, declares `type` and `data` too, without values).
    const withConst = parts.findIndex((p) => typeof constOf(propertiesOf(p)?.['type']) === 'string')
    const withData = parts.findLastIndex(
      (p) => p['title'] !== ENVELOPE_TITLE && propertiesOf(p)?.['data'] !== undefined,
    )
    const chosen = withConst >= 0 ? withConst : withData
    specific = chosen >= 0 ? parts[chosen] : undefined
    specificPath = `${at}.allOf[${Math.max(chosen, 0)}]`
    const rest = parts.filter((p) => p !== specific)
    envelope = rest.find((p) => p['title'] === ENVELOPE_TITLE) ?? (rest.length === 1 ? rest[0] : undefined)
    if (specific !== undefined && envelope === undefined && rest.length > 1) {
      return [
        {
          file,
          path: at,
          message: `allOf has ${rest.length} envelope parts; keep one (a $ref to the shared envelope) beside the part with type and data`,
        },
      ]
    }
  } else specific = payload
  const props = propertiesOf(specific)
  const problems: SpecDiagnostic[] = []
  const type = constOf(props?.['type'])
  if (typeof type !== 'string') {
    problems.push({
      file,
      path: `${specificPath}.properties.type`,
      message: 'no `type` discriminator: give the payload a `type` property with `const: <event type>`',
    })
  }
  const data = props?.['data']
  if (data === undefined || data === null || typeof data !== 'object') {
    problems.push({
      file,
      path: `${specificPath}.properties.data`,
      message: "no `data` property: the event's own fields go in a `data` object schema",
    })
  }
  if (problems.length > 0 || typeof type !== 'string' || !data) return problems
  return {
    envelope: envelope ?? envelopeOfObject(specific ?? payload),
    data: data as JsonSchema,
    type,
  }
}
