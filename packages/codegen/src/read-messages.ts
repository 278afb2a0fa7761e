import { CodegenError } from './errors.js'
import type { AsyncApiJson } from './load-asyncapi.js'

/** A raw message object of the dereferenced document, with its key and JSON path. */
export interface RawMessage {
  key: string
  /** Where it is declared, e.g. `components.messages.CallCompleted`, for diagnostics. */
  path: string
  message: Record<string, unknown>
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * Messages declared inline in channels rather than under components: AsyncAPI 3 `channels.*.messages`,
 * AsyncAPI 2 `channels.*.{subscribe,publish}.message` (one message or `oneOf`). Keyed by their
 * components-style key (v3), `messageId`, `name`, or the parser's generated name.
 */
function channelMessages(doc: AsyncApiJson): RawMessage[] {
  const channels = doc['channels']
  if (!isObject(channels)) return []
  const found = new Map<string, RawMessage>()
  const add = (key: unknown, path: string, message: unknown) => {
    if (!isObject(message)) return
    const name = [key, message['messageId'], message['name'], message['x-parser-message-name']].find(
      (k): k is string => typeof k === 'string' && k.length > 0,
    )
    const id = name ?? path
    if (!found.has(id)) found.set(id, { key: id, path, message })
  }
  for (const [channelName, channel] of Object.entries(channels)) {
    if (!isObject(channel)) continue
    const at = `channels.${channelName}`
    if (isObject(channel['messages'])) {
      for (const [key, message] of Object.entries(channel['messages']))
        add(key, `${at}.messages.${key}`, message)
    }
    for (const op of ['subscribe', 'publish']) {
      const operation = channel[op]
      if (!isObject(operation) || !isObject(operation['message'])) continue
      const message = operation['message']
      const oneOf = message['oneOf']
      if (!Array.isArray(oneOf)) add(undefined, `${at}.${op}.message`, message)
      else for (const [i, m] of oneOf.entries()) add(undefined, `${at}.${op}.message.oneOf[${i}]`, m)
    }
  }
  return [...found.values()]
}

/**
 * Lists `components.messages` (or, when a document declares none there, the messages of its
 * channels), sorted by key so emitters are deterministic.
 */
export function readMessages(doc: AsyncApiJson, file: string): RawMessage[] {
  const components = doc['components'] as Record<string, unknown> | undefined
  const messages = components?.['messages'] as Record<string, Record<string, unknown>> | undefined
  if (messages && Object.keys(messages).length > 0) {
    return Object.keys(messages)
      .sort()
      .map((key) => ({ key, path: `components.messages.${key}`, message: messages[key]! }))
  }
  const inline = channelMessages(doc).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  if (inline.length > 0) return inline
  throw new CodegenError('spec_shape', `${file} declares no messages`, [
    { file, path: 'components.messages', message: 'declare every message under components.messages' },
  ])
}

/** A v3 payload may be a Multi Format Schema Object `{schemaFormat, schema}`: unwrap it. */
export function payloadOf(message: Record<string, unknown>): Record<string, unknown> | undefined {
  const payload = message['payload'] as Record<string, unknown> | undefined
  if (payload && 'schemaFormat' in payload && 'schema' in payload) {
    return payload['schema'] as Record<string, unknown>
  }
  return payload
}

/** The example payloads of a message, in spec order. */
export function examplesOf(message: Record<string, unknown>): Record<string, unknown>[] {
  const examples = (message['examples'] as { payload?: Record<string, unknown> }[] | undefined) ?? []
  return examples.flatMap((e) => (e.payload ? [e.payload] : []))
}

export function stringField(message: Record<string, unknown>, field: string): string {
  const value = message[field]
  return typeof value === 'string' ? value.trim() : ''
}
