import { readFile } from 'node:fs/promises'
import { dereference } from '@apidevtools/json-schema-ref-parser'
import { parse } from 'yaml'
import { CodegenError } from '../errors.js'

/** A spec document read and fully dereferenced, with what kind of document it is. */
export interface LoadedDocument {
  kind: 'asyncapi' | 'openapi'
  /** Where it was read from, for messages. */
  file: string
  doc: { [key: string]: unknown }
}

/**
 * Reads an AsyncAPI or OpenAPI document (YAML or JSON) and dereferences every `$ref` with
 * @apidevtools/json-schema-ref-parser (relative files included; nothing is fetched over the network).
 */
export async function loadDocument(file: string, label = file): Promise<LoadedDocument> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new CodegenError('usage', `cannot read ${label}: ${(error as Error).message}`)
  }
  let parsed: unknown
  try {
    parsed = parse(text)
  } catch (error) {
    throw new CodegenError('spec_invalid', `${label} is not YAML or JSON: ${(error as Error).message}`)
  }
  const kind = kindOf(parsed)
  if (kind === undefined) {
    throw new CodegenError(
      'spec_invalid',
      `${label} is neither an AsyncAPI nor an OpenAPI document (no asyncapi: or openapi: field)`,
    )
  }
  try {
    const doc = (await dereference(file, {
      resolve: { http: false },
      dereference: { circular: true },
    })) as { [key: string]: unknown }
    return { kind, file: label, doc }
  } catch (error) {
    throw new CodegenError('spec_invalid', `${label}: a $ref does not resolve: ${(error as Error).message}`)
  }
}

function kindOf(value: unknown): LoadedDocument['kind'] | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  if ('asyncapi' in value) return 'asyncapi'
  if ('openapi' in value) return 'openapi'
  return undefined
}
