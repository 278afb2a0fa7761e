import { join } from 'node:path'
import { cleanSchema, type JsonSchema } from './clean-schema.js'
import type { ContractModel, EventModel, MessageModel } from './contract-model.js'
import { CodegenError, type SpecDiagnostic } from './errors.js'
import { type AsyncApiJson, loadAsyncApi } from './load-asyncapi.js'
import { examplesOf, payloadOf, readMessages, stringField } from './read-messages.js'

export const WEBHOOKS_SPEC = 'specs/asyncapi/webhooks.asyncapi.yaml'
export const CALLBACKS_SPEC = 'specs/asyncapi/call-callbacks.asyncapi.yaml'

/**
 * Splits an event message payload (`allOf: [envelope, {properties: {type, event, data}}]`)
 * into the shared envelope and the event's own `data` schema.
 */
function splitPayload(
  key: string,
  payload: Record<string, unknown> | undefined,
  file: string,
): { envelope: JsonSchema; data: JsonSchema; type: string } {
  const parts = (payload?.['allOf'] as JsonSchema[] | undefined) ?? []
  const envelope = parts.find((p) => (p['title'] as string | undefined) === 'EventEnvelope')
  const specific = parts.find((p) => {
    if (p === envelope) return false
    const props = p['properties'] as Record<string, JsonSchema> | undefined
    return props?.['data'] !== undefined
  })
  const props = specific?.['properties'] as Record<string, JsonSchema> | undefined
  const type = props?.['type']?.['const']
  if (!envelope || !props?.['data'] || typeof type !== 'string') {
    throw new CodegenError('spec_shape', `${file}: message ${key} does not follow the event payload shape`, [
      {
        file,
        path: `components.messages.${key}.payload`,
        message:
          'expected allOf: [$ref envelope.yaml (title EventEnvelope), {properties: {type: {const}, event: {const}, data: $ref}}]',
      },
    ])
  }
  return { envelope, data: props['data'], type }
}

/** The events of a dereferenced webhooks document: the shared envelope and each event's `data` schema. */
export function readEvents(doc: AsyncApiJson, file: string): { envelope: JsonSchema; events: EventModel[] } {
  let envelope: JsonSchema | undefined
  const events: EventModel[] = []
  const problems: SpecDiagnostic[] = []
  for (const { key, message } of readMessages(doc, file)) {
    const split = splitPayload(key, payloadOf(message), file)
    envelope ??= split.envelope
    const name = stringField(message, 'name')
    if (name !== split.type) {
      problems.push({
        file,
        path: `components.messages.${key}.name`,
        message: `name "${name}" must equal the payload's type const "${split.type}"`,
      })
    }
    const examples = examplesOf(message)
    if (examples.length === 0) {
      problems.push({ file, path: `components.messages.${key}.examples`, message: 'at least one example' })
    }
    events.push({
      type: split.type,
      messageName: key,
      title: stringField(message, 'title') || split.type,
      summary: stringField(message, 'summary'),
      description: stringField(message, 'description'),
      reserved: message['x-reserved'] === true,
      dataSchema: split.data,
      examples,
    })
  }
  if (problems.length > 0)
    throw new CodegenError('spec_shape', `${file} has invalid event messages`, problems)
  events.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  return { envelope: envelope!, events }
}

function readCallbacks(doc: AsyncApiJson, file: string): MessageModel[] {
  return readMessages(doc, file).map(({ key, message }) => {
    const schema = payloadOf(message)
    if (!schema) {
      throw new CodegenError('spec_shape', `${file}: message ${key} has no payload`, [
        { file, path: `components.messages.${key}.payload`, message: 'payload is required' },
      ])
    }
    return {
      name: stringField(message, 'name') || key,
      messageName: key,
      title: stringField(message, 'title'),
      summary: stringField(message, 'summary'),
      schema,
      examples: examplesOf(message),
    }
  })
}

/** Reads both AsyncAPI documents into one model, vendor keys stripped with sharing preserved. */
export async function buildModel(rootDir: string): Promise<ContractModel> {
  const webhooks = await loadAsyncApi(join(rootDir, WEBHOOKS_SPEC), rootDir)
  const callbacks = await loadAsyncApi(join(rootDir, CALLBACKS_SPEC), rootDir)
  const info = webhooks['info'] as { version?: string } | undefined
  const { envelope, events } = readEvents(webhooks, WEBHOOKS_SPEC)
  // One cleaning pass over everything, so a schema shared across events stays one object.
  const seen = new Map<object, unknown>()
  const titled = new Map<string, unknown>()
  return {
    apiVersion: info?.version ?? '',
    envelopeSchema: cleanSchema(envelope, seen, titled),
    events: events.map((e) => ({ ...e, dataSchema: cleanSchema(e.dataSchema, seen, titled) })),
    callbacks: readCallbacks(callbacks, CALLBACKS_SPEC).map((m) => ({
      ...m,
      schema: cleanSchema(m.schema, seen, titled),
    })),
  }
}
