import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'

// ajv-formats is CommonJS with a default export; under NodeNext it arrives as `.default`.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default

/** The management API document the sender implements. */
export const OPENAPI_FILE = join(import.meta.dirname, '../../../../specs/openapi/management.openapi.yaml')

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
export type JsonObject = { [key: string]: Json }

/** One operation of the document, matched from a request. */
export interface MatchedOperation {
  operationId: string
  template: string
  method: string
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Follows a local `#/a/b` pointer in `root`. */
function pointer(root: JsonObject, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`)
  let node: Json = root
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isObject(node) || !(key in node)) throw new Error(`$ref ${ref} does not resolve`)
    node = node[key]!
  }
  return node
}

/**
 * Replaces every local `$ref` with a copy of its target (siblings of `$ref`, such as
 * `description` or `default`, are kept), so each response schema compiles on its own.
 */
export function deref(root: JsonObject, node: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => deref(root, item, seen))
  if (!isObject(node)) return node
  const ref = node['$ref']
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`circular $ref ${ref}: not supported by this checker`)
    const { $ref: _, ...siblings } = node
    const target = deref(root, pointer(root, ref), [...seen, ref])
    return isObject(target) ? { ...target, ...(deref(root, siblings, seen) as JsonObject) } : target
  }
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) out[key] = deref(root, value, seen)
  return out
}

/**
 * Checks API responses against the OpenAPI document: finds the operation a request hit, and
 * validates the response's status, content type and body against that operation's schema.
 */
export class OpenApiCheck {
  readonly #doc: JsonObject
  readonly #ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
  readonly #compiled = new Map<string, ValidateFunction>()
  readonly #operations: { regex: RegExp; template: string; method: string; operation: JsonObject }[] = []

  constructor(file = OPENAPI_FILE) {
    this.#doc = parse(readFileSync(file, 'utf8')) as JsonObject
    addFormats(this.#ajv)
    const paths = this.#doc['paths']
    if (!isObject(paths)) throw new Error('the document has no paths')
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue
      const regex = new RegExp(
        `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`,
      )
      for (const method of METHODS) {
        const operation = item[method]
        if (isObject(operation)) this.#operations.push({ regex, template, method, operation })
      }
    }
  }

  /** The parsed document (shared: do not change it). */
  get document(): JsonObject {
    return this.#doc
  }

  /** Every operationId in the document. */
  get operationIds(): string[] {
    return this.#operations.map((o) => String(o.operation['operationId']))
  }

  /** The operation serving `method path` (path without query), or undefined. */
  match(method: string, path: string): MatchedOperation | undefined {
    const lower = method.toLowerCase()
    // A literal segment beats a template: prefer the template with the fewest parameters.
    const candidates = this.#operations
      .filter((o) => o.method === lower && o.regex.test(path))
      .sort((a, b) => a.template.split('{').length - b.template.split('{').length)
    const found = candidates[0]
    return found
      ? { operationId: String(found.operation['operationId']), template: found.template, method: lower }
      : undefined
  }

  #operation(operationId: string): JsonObject {
    const found = this.#operations.find((o) => o.operation['operationId'] === operationId)
    if (!found) throw new Error(`no operation ${operationId} in the document`)
    return found.operation
  }

  /** The statuses `operationId` documents. */
  statuses(operationId: string): string[] {
    const responses = this.#operation(operationId)['responses']
    return isObject(responses) ? Object.keys(responses) : []
  }

  #validator(key: string, schema: Json): ValidateFunction {
    let validate = this.#compiled.get(key)
    if (!validate) {
      validate = this.#ajv.compile(deref(this.#doc, schema) as JsonObject)
      this.#compiled.set(key, validate)
    }
    return validate
  }

  /**
   * Throws unless `status` is documented for `operationId` and `body` (parsed JSON, or text, or
   * undefined for no body) matches the documented schema for `contentType`.
   */
  assertResponse(operationId: string, status: number, contentType: string | null, body: unknown): void {
    const responses = this.#operation(operationId)['responses']
    // `default` documents the errors an operation does not list one by one (405, 500): it never
    // stands for an undocumented success.
    const declared = isObject(responses)
      ? (responses[String(status)] ?? (status >= 400 ? responses['default'] : undefined))
      : undefined
    if (declared === undefined) {
      throw new Error(
        `${operationId}: status ${status} is not documented (documented: ${this.statuses(operationId)})`,
      )
    }
    const response = deref(this.#doc, declared)
    const content = isObject(response) ? response['content'] : undefined
    if (!isObject(content)) {
      if (body !== undefined && body !== '')
        throw new Error(`${operationId} ${status}: documented without a body`)
      return
    }
    const mediaType = (contentType ?? '').split(';')[0]!.trim()
    const media = content[mediaType]
    if (!isObject(media)) {
      throw new Error(
        `${operationId} ${status}: content-type ${contentType} is not documented (${Object.keys(content)})`,
      )
    }
    const schema = media['schema']
    if (schema === undefined) return
    const validate = this.#validator(`${operationId} ${status} ${mediaType}`, schema)
    if (!validate(body)) {
      const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`)
      throw new Error(
        `${operationId} ${status}: the body does not match the document:\n  ${problems.join('\n  ')}\n` +
          `body: ${JSON.stringify(body).slice(0, 2000)}`,
      )
    }
  }

  /** Throws unless `body` is a problem+json document as the components define it. */
  assertProblem(contentType: string | null, body: unknown): void {
    if (!(contentType ?? '').startsWith('application/problem+json')) {
      throw new Error(`expected application/problem+json, got ${contentType}`)
    }
    const schema = pointer(this.#doc, '#/components/schemas/Problem')
    const validate = this.#validator('Problem', schema)
    if (!validate(body)) {
      throw new Error(`not a Problem: ${JSON.stringify(validate.errors)}\nbody: ${JSON.stringify(body)}`)
    }
  }
}
