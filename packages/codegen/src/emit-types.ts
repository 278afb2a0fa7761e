import { compile } from 'json-schema-to-typescript'
import { banner, type GeneratedFile } from './banner.js'
import type { JsonSchema } from './clean-schema.js'
import type { ContractModel } from './contract-model.js'
import { dataTypeName } from './names.js'

const ROOT = 'VoicehooksContractsRoot'

/** The delivered-envelope type: with the `event` mirror of `type` when the envelope has one. */
function webhookEventType(model: ContractModel): string {
  // The doc comment's example: Voicehooks' best-known event when the contract has it.
  const example = (
    model.events.find((e) => e.type === 'call.completed') ??
    model.events.find((e) => !e.reserved) ??
    model.events[0]
  )?.type
  if (model.conventions.mirrorsType) {
    return `/**
 * A delivered envelope. \`WebhookEvent\` alone is the union of every event, discriminated on
 * \`type\` (and \`event\`, which carries the same value); \`WebhookEvent<'${example}'>\` is one.
 */
export type WebhookEvent<T extends EventType = EventType> = {
  [K in T]: Omit<EventEnvelope, 'type' | 'event' | 'data'> & { type: K; event: K; data: EventMap[K] }
}[T]
`
  }
  return `/**
 * A delivered envelope. \`WebhookEvent\` alone is the union of every event, discriminated on
 * \`type\`; \`WebhookEvent<'${example}'>\` is one.
 */
export type WebhookEvent<T extends EventType = EventType> = {
  [K in T]: Omit<EventEnvelope, 'type' | 'data'> & { type: K; data: EventMap[K] }
}[T]
`
}

/** Gives every top-level schema a title so interfaces are named after the spec, not after guesses. */
function titled(schema: JsonSchema, title: string): JsonSchema {
  if (schema['title'] === title) return schema
  // Mutating would rename a shared schema everywhere: wrap instead.
  return { ...schema, title }
}

/**
 * Emits `types.ts`: one interface per payload (named by schema title, shared schemas once),
 * the envelope, `EventType`, `EventMap`, and the `WebhookEvent` union discriminated on `type`.
 */
export async function emitTypes(model: ContractModel): Promise<GeneratedFile> {
  const definitions: Record<string, JsonSchema> = {
    EventEnvelope: titled(model.envelopeSchema, 'EventEnvelope'),
  }
  const dataNames = new Map<string, string>()
  for (const event of model.events) {
    const name = dataTypeName(event.type, event.dataSchema)
    dataNames.set(event.type, name)
    definitions[name] = titled(event.dataSchema, name)
  }
  for (const cb of model.callbacks) {
    const name = dataTypeName(cb.name, cb.schema)
    definitions[name] = titled(cb.schema, name)
  }
  const root: JsonSchema = { title: ROOT, type: 'object', additionalProperties: false, definitions }
  const compiled = await compile(root as Parameters<typeof compile>[0], ROOT, {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    strictIndexSignatures: true,
    unknownAny: true,
    format: true,
    style: { singleQuote: true, semi: false, printWidth: 110, trailingComma: 'all' },
  })
  // The root exists only to carry `definitions`; drop its empty declaration.
  const body = compiled
    .replace(new RegExp(`export interface ${ROOT} \\{\\}\\n*`), '')
    .replace(
      /\/\*\*\n \* This interface was referenced by [^\n]*\n \* via the `definition` "[^"]*"\.\n \*\/\n/g,
      '',
    )

  const types = model.events.map((e) => `  | '${e.type}'`).join('\n')
  const reserved = model.events.filter((e) => e.reserved)
  const map = model.events.map((e) => `  '${e.type}': ${dataNames.get(e.type)}`).join('\n')
  const tail = `
/** Every event type of the catalog, emitted and reserved. */
export type EventType =
${types}

/** Event types that are catalogued and typed but refused at publish until enabled. */
export type ReservedEventType = ${reserved.length > 0 ? reserved.map((e) => `'${e.type}'`).join(' | ') : 'never'}

/** Event types a sender emits today. */
export type EmittedEventType = Exclude<EventType, ReservedEventType>

/** Maps each event type to the type of its \`data\`. */
export interface EventMap {
${map}
}

${webhookEventType(model)}
/** The API version these types describe (the AsyncAPI document's info.version). */
export type ApiVersion = '${model.apiVersion}'
`
  return {
    path: 'types.ts',
    contents: `${banner('Types', 'line', model.origin)}\n${body.trimEnd()}\n${tail}`,
  }
}
