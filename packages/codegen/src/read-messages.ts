import { CodegenError } from './errors.js'
import type { AsyncApiJson } from './load-asyncapi.js'

/** A raw message object of the dereferenced document, with its components key. */
export interface RawMessage {
  key: string
  message: Record<string, unknown>
}

/** Lists `components.messages`, sorted by key so emitters are deterministic. */
export function readMessages(doc: AsyncApiJson, file: string): RawMessage[] {
  const components = doc['components'] as Record<string, unknown> | undefined
  const messages = components?.['messages'] as Record<string, Record<string, unknown>> | undefined
  if (!messages || Object.keys(messages).length === 0) {
    throw new CodegenError('spec_shape', `${file}: components.messages is empty`, [
      { file, path: 'components.messages', message: 'declare every message under components.messages' },
    ])
  }
  return Object.keys(messages)
    .sort()
    .map((key) => ({ key, message: messages[key]! }))
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
