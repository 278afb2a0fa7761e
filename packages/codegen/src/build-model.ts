import { isAbsolute, join, relative, resolve } from 'node:path'
import { cleanSchema, type JsonSchema, toPlainJson } from './clean-schema.js'
import type { ContractConventions, ContractModel, EventModel, MessageModel } from './contract-model.js'
import { CodegenError, type SpecDiagnostic } from './errors.js'
import { splitPayload } from './event-payload.js'
import { type AsyncApiJson, loadAsyncApi } from './load-asyncapi.js'
import { examplesOf, payloadOf, readMessages, stringField } from './read-messages.js'

export const WEBHOOKS_SPEC = 'specs/asyncapi/webhooks.asyncapi.yaml'
export const CALLBACKS_SPEC = 'specs/asyncapi/call-callbacks.asyncapi.yaml'

/** `X-{Prefix}-Event` among a message's headers names the deployment's header prefix. */
const EVENT_HEADER = /^x-([a-z0-9][a-z0-9-]*?)-event$/i

function headerPrefixOf(message: Record<string, unknown>): string | undefined {
  const headers = message['headers'] as JsonSchema | undefined
  const props = headers?.['properties']
  if (props === null || typeof props !== 'object') return undefined
  for (const name of Object.keys(props)) {
    const match = EVENT_HEADER.exec(name)
    if (match) return match[1]
  }
  return undefined
}

/** Envelopes compared without vendor keys (`x-parser-*` differs between copies of one schema). */
function envelopeKey(envelope: JsonSchema): string {
  try {
    return JSON.stringify(toPlainJson(cleanSchema(envelope)))
  } catch {
    return '(cyclic)'
  }
}

/** What a webhooks document declares beside its events: the envelope and the header conventions. */
export interface ReadEvents {
  envelope: JsonSchema
  events: EventModel[]
  conventions: ContractConventions
}

/**
 * The events of a dereferenced webhooks document: the shared envelope and each event's `data`
 * schema. Every problem of every message is reported at once, each with its file and JSON path.
 */
export function readEvents(doc: AsyncApiJson, file: string): ReadEvents {
  let envelope: JsonSchema | undefined
  let envelopeFrom = ''
  const events: EventModel[] = []
  const problems: SpecDiagnostic[] = []
  const prefixes = new Set<string>()
  for (const { key, path, message } of readMessages(doc, file)) {
    const split = splitPayload(path, payloadOf(message), file)
    const prefix = headerPrefixOf(message)
    if (prefix !== undefined) prefixes.add(prefix)
    if (Array.isArray(split)) {
      problems.push(...split)
      continue
    }
    if (envelope === undefined) {
      envelope = split.envelope
      envelopeFrom = key
    } else if (split.envelope !== envelope && envelopeKey(split.envelope) !== envelopeKey(envelope)) {
      problems.push({
        file,
        path: `${path}.payload`,
        message: `its envelope differs from message ${envelopeFrom}'s: every event shares one envelope ($ref it)`,
      })
    }
    const name = stringField(message, 'name')
    if (name === '') {
      problems.push({
        file,
        path: `${path}.name`,
        message: `unnamed message: add \`name: ${split.type}\` (the event type)`,
      })
    } else if (name !== split.type) {
      problems.push({
        file,
        path: `${path}.name`,
        message: `name "${name}" must equal the payload's type const "${split.type}"`,
      })
    }
    const examples = examplesOf(message)
    if (examples.length === 0) {
      problems.push({ file, path: `${path}.examples`, message: 'at least one example' })
    }
    events.push({
      type: split.type,
      messageName: key,
      title: stringField(message, 'title') || split.type,
      summary: stringField(message, 'summary'),
      description: stringField(message, 'description'),
      reserved: message['x-reserved'] === true,
      dataSchema: split.data,
      path,
      examples,
    })
  }
  if (prefixes.size > 1) {
    problems.push({
      file,
      path: 'components.messages',
      message: `messages declare different X-{Prefix}-Event headers (${[...prefixes].join(', ')}): use one prefix`,
    })
  }
  const seen = new Set<string>()
  for (const event of events) {
    if (seen.has(event.type)) {
      problems.push({
        file,
        path: `${event.path}.payload`,
        message: `event type "${event.type}" is declared by more than one message`,
      })
    }
    seen.add(event.type)
  }
  if (problems.length > 0)
    throw new CodegenError('spec_shape', `${file} has invalid event messages`, problems)
  events.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0))
  const properties = (envelope!['properties'] ?? {}) as Record<string, unknown>
  const [headerPrefix] = prefixes
  return {
    envelope: envelope!,
    events,
    conventions: {
      ...(headerPrefix !== undefined ? { headerPrefix } : {}),
      mirrorsType: 'event' in properties,
    },
  }
}

function readCallbacks(doc: AsyncApiJson, file: string): MessageModel[] {
  const problems: SpecDiagnostic[] = []
  const messages = readMessages(doc, file).map(({ key, path, message }) => {
    const schema = payloadOf(message)
    if (!schema) problems.push({ file, path: `${path}.payload`, message: 'payload is required' })
    return {
      name: stringField(message, 'name') || key,
      messageName: key,
      title: stringField(message, 'title'),
      summary: stringField(message, 'summary'),
      schema: schema ?? {},
      examples: examplesOf(message),
    }
  })
  if (problems.length > 0) {
    throw new CodegenError('spec_shape', `${file}: ${problems.length} message(s) without a payload`, problems)
  }
  return messages
}

/** The AsyncAPI documents of one contract, and where to name their files from. */
export interface ContractSources {
  /** The webhooks document: every message an event (`type` discriminator, `data`, one envelope). */
  events: string
  /** Documents of messages sent without the envelope (Voicehooks' per-call callbacks). */
  messages?: readonly string[]
  /** Folder that relative paths resolve from and that file names in messages are relative to. */
  baseDir: string
  /** Says in each emitted file's banner how it was made; default the repository's `pnpm codegen`. */
  origin?: string
}

/** Reads a contract's AsyncAPI documents into one model, vendor keys stripped with sharing preserved. */
export async function buildModelFrom(sources: ContractSources): Promise<ContractModel> {
  const absolute = (file: string) => (isAbsolute(file) ? file : resolve(sources.baseDir, file))
  const shown = (file: string) => {
    const rel = relative(sources.baseDir, absolute(file))
    return rel === '' || rel.startsWith('..') ? absolute(file) : rel
  }
  const webhooks = await loadAsyncApi(absolute(sources.events), sources.baseDir)
  const others = await Promise.all(
    (sources.messages ?? []).map(async (file) => ({
      file: shown(file),
      doc: await loadAsyncApi(absolute(file), sources.baseDir),
    })),
  )
  const info = webhooks['info'] as { version?: string; title?: string } | undefined
  const { envelope, events, conventions } = readEvents(webhooks, shown(sources.events))
  // One cleaning pass over everything, so a schema shared across events stays one object.
  const seen = new Map<object, unknown>()
  const titled = new Map<string, unknown>()
  return {
    apiVersion: info?.version ?? '',
    title: typeof info?.title === 'string' ? info.title : '',
    conventions,
    ...(sources.origin !== undefined ? { origin: sources.origin } : {}),
    envelopeSchema: cleanSchema(envelope, seen, titled),
    events: events.map((e) => ({ ...e, dataSchema: cleanSchema(e.dataSchema, seen, titled) })),
    callbacks: others
      .flatMap(({ doc, file }) => readCallbacks(doc, file))
      .map((m) => ({ ...m, schema: cleanSchema(m.schema, seen, titled) })),
  }
}

/** Reads the repository's two AsyncAPI documents (specs/asyncapi) into one model. */
export async function buildModel(rootDir: string): Promise<ContractModel> {
  return buildModelFrom({
    events: join(rootDir, WEBHOOKS_SPEC),
    messages: [join(rootDir, CALLBACKS_SPEC)],
    baseDir: rootDir,
  })
}
