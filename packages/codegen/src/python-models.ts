import type { JsonSchema } from './clean-schema.js'
import { pascalCase } from './names.js'

/** Resolves a `$ref` (OpenAPI documents keep them) to the name and schema it points at. */
export type RefResolver = (ref: string) => { name: string; schema: JsonSchema }

const PYTHON_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
)
// pydantic's BaseModel methods: a field of the same name would shadow them.
const BASE_MODEL_ATTRIBUTES = new Set(
  'construct copy dict from_orm json parse_file parse_obj parse_raw schema schema_json update_forward_refs validate'.split(
    ' ',
  ),
)
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/

/** A JSON value as a Python literal: JSON's string escapes are valid Python escapes. */
export function pyLiteral(value: unknown): string {
  if (value === null) return 'None'
  if (value === true) return 'True'
  if (value === false) return 'False'
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value)
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${pyLiteral(v)}`).join(', ')}}`
  }
  throw new TypeError(`no Python literal for ${typeof value}`)
}

/** A docstring body: backslashes and triple quotes escaped, wrapped lines kept. */
function docstring(text: string, indent: string): string {
  const safe = text.trim().replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"')
  const lines = safe.split('\n')
  if (lines.length === 1) return `${indent}"""${safe}"""\n`
  return `${indent}"""${lines.map((l, i) => (i === 0 ? l : l ? indent + l : '')).join('\n')}\n${indent}"""\n`
}

/** A Python attribute name for a JSON property, and the alias to keep when they differ. */
export function pyFieldName(property: string): { name: string; alias: string | undefined } {
  let name = property.replace(/[^A-Za-z0-9_]/g, '_')
  if (!IDENTIFIER.test(name)) name = `f_${name}`
  // Keywords cannot be attributes, and `model_*` and BaseModel's methods are pydantic's: suffix an underscore.
  if (PYTHON_KEYWORDS.has(name) || BASE_MODEL_ATTRIBUTES.has(name) || name.startsWith('model_'))
    name = `${name}_`
  return { name, alias: name === property ? undefined : property }
}

function fieldArgs(args: Record<string, unknown>): string {
  return Object.entries(args)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${pyLiteral(v)}`)
    .join(', ')
}

/**
 * Turns JSON Schemas into pydantic 2 models and type aliases, written in dependency order (a
 * model's field types are declared before it). Titled schemas become named classes or aliases;
 * untitled nested objects are named after their parent and property. The same schema object
 * (shared by `$ref` in the document) is declared once.
 */
export class PythonModelWriter {
  readonly #blocks: string[] = []
  readonly #names = new Map<object, string>()
  readonly #used = new Set<string>()
  readonly #inProgress = new Set<string>()
  readonly #needsRebuild = new Set<string>()
  readonly #resolve: RefResolver | undefined
  /** Base class of every emitted model. */
  readonly base: string

  constructor(options: { base: string; reserved?: readonly string[]; resolveRef?: RefResolver }) {
    this.base = options.base
    this.#resolve = options.resolveRef
    for (const name of options.reserved ?? []) this.#used.add(name)
  }

  /** Every declaration so far, in order, followed by the rebuilds forward references need. */
  code(): string {
    const rebuilds = [...this.#needsRebuild].map((n) => `${n}.model_rebuild()\n`).join('')
    return this.#blocks.join('\n\n\n') + (rebuilds ? `\n\n${rebuilds}` : '\n') + '\n'
  }

  /** Appends hand-made code after the declarations made so far (it may use them). */
  append(block: string): void {
    this.#blocks.push(block.trimEnd())
  }

  /** Declares `schema` under `name` (or a free variant of it) and returns the name used. */
  declare(schema: JsonSchema, name: string, extraFields = ''): string {
    const known = this.#names.get(schema)
    if (known) return known
    const free = this.#freeName(name)
    this.#names.set(schema, free)
    this.#inProgress.add(free)
    const block = this.#isObject(schema)
      ? this.#classBlock(schema, free, extraFields)
      : `${free} = ${this.#inlineType(schema, free)}${schema['description'] ? `\n${docstring(String(schema['description']), '')}`.trimEnd() : ''}`
    this.#inProgress.delete(free)
    this.#blocks.push(block)
    return free
  }

  /** The Python type of `schema`; `hint` names an untitled object if one must be declared. */
  typeOf(schema: JsonSchema | boolean | undefined, hint: string): string {
    if (schema === undefined || schema === true) return 'Any'
    if (schema === false) return 'None'
    const ref = schema['$ref']
    if (typeof ref === 'string') {
      if (!this.#resolve) throw new Error(`unexpected $ref ${ref} in a dereferenced document`)
      const target = this.#resolve(ref)
      return this.#reference(target.schema, target.name)
    }
    const known = this.#names.get(schema)
    if (known) return this.#quoteIfPending(known)
    const title = schema['title']
    if (typeof title === 'string' && IDENTIFIER.test(title) && this.#worthNaming(schema)) {
      return this.#reference(schema, title)
    }
    if (this.#isObject(schema)) return this.#reference(schema, hint)
    return this.#inlineType(schema, hint)
  }

  #reference(schema: JsonSchema, name: string): string {
    const known = this.#names.get(schema)
    if (known) return this.#quoteIfPending(known)
    return this.declare(schema, name)
  }

  #quoteIfPending(name: string): string {
    if (!this.#inProgress.has(name)) return name
    this.#needsRebuild.add(name)
    return JSON.stringify(name)
  }

  #freeName(name: string): string {
    const base = IDENTIFIER.test(name) ? name : pascalCase(name) || 'Model'
    let free = base
    for (let i = 2; this.#used.has(free); i++) free = `${base}${i}`
    this.#used.add(free)
    return free
  }

  /** Objects with properties become classes; so do allOf merges of objects. */
  #isObject(schema: JsonSchema): boolean {
    if (schema['properties'] !== undefined && typeof schema['properties'] === 'object') return true
    const allOf = schema['allOf'] as JsonSchema[] | undefined
    return Array.isArray(allOf) && allOf.length > 1 && allOf.every((s) => this.#isObject(this.#deref(s)))
  }

  /** Named aliases help readers for enums, patterns and objects; not for bare `string`. */
  #worthNaming(schema: JsonSchema): boolean {
    return (
      this.#isObject(schema) ||
      schema['enum'] !== undefined ||
      schema['pattern'] !== undefined ||
      schema['oneOf'] !== undefined ||
      schema['anyOf'] !== undefined
    )
  }

  #deref(schema: JsonSchema): JsonSchema {
    const ref = schema['$ref']
    return typeof ref === 'string' && this.#resolve ? this.#resolve(ref).schema : schema
  }

  /** `{properties, required}` of an object or of an allOf of objects, merged in order. */
  #objectParts(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: Set<string> } {
    const properties: Record<string, JsonSchema> = {}
    const required = new Set<string>()
    const visit = (s: JsonSchema) => {
      const allOf = s['allOf'] as JsonSchema[] | undefined
      if (Array.isArray(allOf)) for (const part of allOf) visit(this.#deref(part))
      Object.assign(properties, (s['properties'] as Record<string, JsonSchema> | undefined) ?? {})
      for (const r of (s['required'] as string[] | undefined) ?? []) required.add(r)
    }
    visit(schema)
    return { properties, required }
  }

  #classBlock(schema: JsonSchema, name: string, extraFields: string): string {
    const { properties, required } = this.#objectParts(schema)
    let out = `class ${name}(${this.base}):\n`
    const description = schema['description']
    if (typeof description === 'string' && description.trim()) out += `${docstring(description, '    ')}\n`
    const lines: string[] = []
    for (const [property, propertySchema] of Object.entries(properties)) {
      const { name: field, alias } = pyFieldName(property)
      let type = this.typeOf(propertySchema, `${name}${pascalCase(property)}`)
      const isRequired = required.has(property)
      if (!isRequired && !/\bNone\b/.test(type)) type = `${type} | None`
      const described = propertySchema['description'] ?? this.#deref(propertySchema)['description']
      const args = fieldArgs({
        ...(isRequired ? {} : { default: null }),
        alias,
        description: typeof described === 'string' ? described.trim() : undefined,
      })
      lines.push(`    ${field}: ${type}${args ? ` = Field(${args})` : ''}`)
    }
    if (extraFields) lines.push(extraFields.trimEnd())
    if (lines.length === 0 && !description) lines.push('    pass')
    return out + lines.join('\n')
  }

  /** A type expression with constraints as `Annotated[..., Field(...)]`. */
  #inlineType(schema: JsonSchema, hint: string): string {
    if ('const' in schema) return `Literal[${pyLiteral(schema['const'])}]`
    const enumValues = schema['enum']
    if (Array.isArray(enumValues)) {
      const values = enumValues.filter((v) => v !== null)
      const literal = values.length > 0 ? `Literal[${values.map(pyLiteral).join(', ')}]` : 'None'
      return enumValues.includes(null) && values.length > 0 ? `${literal} | None` : literal
    }
    const allOf = schema['allOf'] as JsonSchema[] | undefined
    if (Array.isArray(allOf) && allOf.length === 1) return this.typeOf(allOf[0], hint)
    const union = (schema['oneOf'] ?? schema['anyOf']) as JsonSchema[] | undefined
    if (Array.isArray(union)) {
      return this.#union(union.map((member, i) => this.typeOf(member, `${hint}${i + 1}`)))
    }
    const type = schema['type']
    if (Array.isArray(type)) {
      return this.#union(type.map((t) => this.#inlineType({ ...schema, type: t }, hint)))
    }
    switch (type) {
      case 'null':
        return 'None'
      case 'boolean':
        return 'bool'
      case 'integer':
      case 'number':
        return this.#annotated(type === 'integer' ? 'int' : 'float', {
          ge: schema['minimum'],
          le: schema['maximum'],
          gt: schema['exclusiveMinimum'],
          lt: schema['exclusiveMaximum'],
        })
      case 'string': {
        const format = schema['format']
        // Module-qualified: a field may be called `date` or `datetime`.
        if (format === 'date-time') return '_dt.datetime'
        if (format === 'date') return '_dt.date'
        return this.#annotated('str', {
          pattern: schema['pattern'],
          min_length: schema['minLength'],
          max_length: schema['maxLength'],
        })
      }
      case 'array': {
        const item = this.typeOf(schema['items'] as JsonSchema | undefined, `${hint}Item`)
        return this.#annotated(`list[${item}]`, {
          min_length: schema['minItems'],
          max_length: schema['maxItems'],
        })
      }
      case 'object':
      case undefined: {
        if (type === undefined && schema['additionalProperties'] === undefined) return 'Any'
        const extra = schema['additionalProperties'] as JsonSchema | boolean | undefined
        const value = extra === undefined || extra === true ? 'Any' : this.typeOf(extra, `${hint}Value`)
        return `dict[str, ${value}]`
      }
      default:
        return 'Any'
    }
  }

  #annotated(base: string, constraints: Record<string, unknown>): string {
    const args = fieldArgs(constraints)
    return args ? `Annotated[${base}, Field(${args})]` : base
  }

  #union(members: string[]): string {
    const parts = [...new Set(members.flatMap((m) => m.split(' | ')))]
    // None last reads as "X or nothing".
    parts.sort((a, b) => (a === 'None' ? 1 : b === 'None' ? -1 : 0))
    return parts.join(' | ')
  }
}
