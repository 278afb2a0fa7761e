import { readEvents } from '../build-model.js'
import type { JsonSchema } from '../clean-schema.js'
import { CodegenError } from '../errors.js'
import { payloadOf, readMessages, stringField } from '../read-messages.js'
import type { LoadedDocument } from './load-document.js'

/** What an API operation takes and gives, as schemas. */
export interface OperationSurface {
  /** `POST /v1/webhooks`. */
  key: string
  operationId?: string
  body?: { schema: JsonSchema; required: boolean }
  /** One object schema per parameter location (`query`, `path`, `header`), its properties the parameters. */
  parameters: Map<string, JsonSchema>
  /** JSON body schema of each response status (`200`, `201`, `default`); `undefined` for no body. */
  responses: Map<string, JsonSchema | undefined>
}

/** The parts of one document the diff compares. */
export type DocumentSurface =
  | {
      kind: 'events'
      envelope: JsonSchema
      /** Event type → its `data` schema. */
      events: Map<string, JsonSchema>
    }
  | {
      kind: 'messages'
      /** Message name → its whole payload schema. */
      messages: Map<string, JsonSchema>
    }
  | { kind: 'operations'; operations: Map<string, OperationSurface> }

/**
 * Reads an AsyncAPI document as events (every message an envelope with a typed `data`, as the
 * webhooks document is) or else as plain messages (the call-status callbacks), and an OpenAPI
 * document as its operations.
 */
export function surfaceOf(document: LoadedDocument): DocumentSurface {
  if (document.kind === 'openapi') return { kind: 'operations', operations: readOperations(document) }
  const messages = readMessages(document.doc, document.file)
  const enveloped = messages.every(({ message }) => {
    const parts = payloadOf(message)?.['allOf']
    return Array.isArray(parts) && parts.some((part) => (part as JsonSchema)?.['title'] === 'EventEnvelope')
  })
  if (enveloped) {
    const { envelope, events } = readEvents(document.doc, document.file)
    return {
      kind: 'events',
      envelope,
      events: new Map(events.map((event) => [event.type, event.dataSchema])),
    }
  }
  const byName = new Map<string, JsonSchema>()
  for (const { key, message } of messages) {
    const payload = payloadOf(message)
    if (payload !== undefined) byName.set(stringField(message, 'name') || key, payload)
  }
  return { kind: 'messages', messages: byName }
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const

interface Parameter {
  name?: unknown
  in?: unknown
  required?: unknown
  schema?: unknown
}

function readOperations(document: LoadedDocument): Map<string, OperationSurface> {
  const paths = document.doc['paths']
  if (typeof paths !== 'object' || paths === null) {
    throw new CodegenError('spec_shape', `${document.file} has no paths`)
  }
  const operations = new Map<string, OperationSurface>()
  for (const [path, item] of Object.entries(paths as Record<string, Record<string, unknown>>)) {
    for (const method of METHODS) {
      const operation = item?.[method] as Record<string, unknown> | undefined
      if (operation === undefined) continue
      const key = `${method.toUpperCase()} ${path}`
      const surface: OperationSurface = { key, parameters: new Map(), responses: new Map() }
      if (typeof operation['operationId'] === 'string') surface.operationId = operation['operationId']
      const body = operation['requestBody'] as { required?: unknown; content?: unknown } | undefined
      const bodySchema = jsonSchemaOf(body?.content)
      if (bodySchema !== undefined) surface.body = { schema: bodySchema, required: body?.required === true }
      surface.parameters = parameterSchemas([
        ...((item['parameters'] as Parameter[] | undefined) ?? []),
        ...((operation['parameters'] as Parameter[] | undefined) ?? []),
      ])
      const responses = (operation['responses'] as Record<string, { content?: unknown }> | undefined) ?? {}
      for (const [status, response] of Object.entries(responses)) {
        surface.responses.set(status, jsonSchemaOf(response?.content))
      }
      operations.set(key, surface)
    }
  }
  return operations
}

/** Parameters as one object schema per location; an operation's own override its path item's. */
function parameterSchemas(parameters: readonly Parameter[]): Map<string, JsonSchema> {
  const byLocation = new Map<string, { properties: Record<string, unknown>; required: string[] }>()
  for (const parameter of parameters) {
    if (typeof parameter?.name !== 'string' || typeof parameter.in !== 'string') continue
    const location = byLocation.get(parameter.in) ?? { properties: {}, required: [] }
    location.properties[parameter.name] = parameter.schema ?? {}
    location.required = location.required.filter((name) => name !== parameter.name)
    if (parameter.required === true) location.required.push(parameter.name)
    byLocation.set(parameter.in, location)
  }
  return new Map(
    [...byLocation].map(([location, { properties, required }]) => [
      location,
      { type: 'object', properties, required },
    ]),
  )
}

/** The schema of a JSON media type (`application/json`, `application/problem+json`, …) of `content`. */
function jsonSchemaOf(content: unknown): JsonSchema | undefined {
  if (typeof content !== 'object' || content === null) return undefined
  for (const [type, media] of Object.entries(content as Record<string, { schema?: JsonSchema }>)) {
    if (/^application\/(?:[\w.-]+\+)?json\b/.test(type) && media?.schema !== undefined) return media.schema
  }
  return undefined
}
