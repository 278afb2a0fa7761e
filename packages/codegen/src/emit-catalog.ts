import { banner, type GeneratedFile } from './banner.js'
import { toPlainJson } from './clean-schema.js'
import type { ContractModel } from './contract-model.js'
import { callbackValidatorName, dataValidatorName, ENVELOPE_VALIDATOR } from './emit-validators.js'
import { dataTypeName, literal } from './names.js'

/** Emits `examples.ts`: the first example of each event, typed by its event, and every example. */
export function emitExamples(model: ContractModel): GeneratedFile {
  const first = model.events.map((e) => `  '${e.type}': ${indent(literal(e.examples[0]), 2)},`)
  const all = model.events.map(
    (e) => `  '${e.type}': [\n${e.examples.map((x) => `    ${indent(literal(x), 4)},`).join('\n')}\n  ],`,
  )
  const callbacks = model.callbacks.flatMap((c) => c.examples.map((x) => `  ${indent(literal(x), 2)},`))
  const callbackTypes = [...new Set(model.callbacks.map((c) => dataTypeName(c.name, c.schema)))]
  const callbackType = callbackTypes.length > 0 ? callbackTypes.join(' | ') : 'never'
  const imports = [...callbackTypes, 'EventType', 'WebhookEvent'].join(', ')
  const contents = `${banner('Examples', 'line', model.origin)}
import type { ${imports} } from './types.js'

/** The first spec example of each event type: a complete, valid envelope. */
export const examples: { readonly [K in EventType]: WebhookEvent<K> } = {
${first.join('\n')}
}

/** Every spec example of each event type. */
export const allExamples: { readonly [K in EventType]: readonly WebhookEvent<K>[] } = {
${all.join('\n')}
}

/** Spec examples of the per-call status callback. */
export const callbackExamples: readonly ${callbackType}[] = [
${callbacks.join('\n')}
]
`
  return { path: 'examples.ts', contents }
}

/** Emits `catalog.ts`: name, title, summary, reserved flag and data schema of every event. */
export function emitCatalog(model: ContractModel): GeneratedFile {
  const entries = model.events.map((e) =>
    indent(
      literal({
        name: e.type,
        title: e.title,
        summary: e.summary,
        description: e.description,
        reserved: e.reserved,
        schema: toPlainJson(e.dataSchema),
      }),
      2,
    ),
  )
  const contents = `${banner('Event catalog', 'line', model.origin)}
import type { EventType } from './types.js'

/** One event of the catalog as the spec declares it. */
export interface CatalogEntrySpec {
  readonly name: EventType
  readonly title: string
  readonly summary: string
  readonly description: string
  /** Catalogued and typed, but a sender refuses to publish it until enabled. */
  readonly reserved: boolean
  /** JSON Schema (draft-07) of the event's \`data\`. */
  readonly schema: { readonly [key: string]: unknown }
}

/** The API version of the webhook contract (AsyncAPI info.version). */
export const apiVersion = '${model.apiVersion}'

/** Every event type, sorted. */
export const eventTypes = [
${model.events.map((e) => `  '${e.type}',`).join('\n')}
] as const satisfies readonly EventType[]

/** JSON Schema (draft-07) of the envelope every delivery shares. */
export const envelopeSchema: { readonly [key: string]: unknown } = ${literal(toPlainJson(model.envelopeSchema))}

/** The catalog, sorted by name. */
export const catalogSpec: readonly CatalogEntrySpec[] = [
${entries.map((e) => `  ${e},`).join('\n')}
]
`
  return { path: 'catalog.ts', contents }
}

/** Emits `validator-table.ts`: the precompiled validators keyed by what they check. */
export function emitValidatorTable(model: ContractModel): GeneratedFile {
  const names = [
    ENVELOPE_VALIDATOR,
    ...model.events.map((e) => dataValidatorName(e.type)),
    ...model.callbacks.map((c) => callbackValidatorName(c.name)),
  ]
  const contents = `${banner('Validator table', 'line', model.origin)}
import type { EventType } from './types.js'
import {
  type CompiledValidator,
${names.map((n) => `  ${n},`).join('\n')}
} from './validators.js'

export type { CompiledValidator, CompiledValidatorError } from './validators.js'

/** Checks the envelope fields every event shares (not \`data\`). */
export const envelopeValidator: CompiledValidator = ${ENVELOPE_VALIDATOR}

/** One precompiled validator of \`data\` per event type. */
export const dataValidators: { readonly [K in EventType]: CompiledValidator } = {
${model.events.map((e) => `  '${e.type}': ${dataValidatorName(e.type)},`).join('\n')}
}

/** Validators of the per-call callback messages, by message name. */
export const callbackValidators: { readonly [name: string]: CompiledValidator } = {
${model.callbacks.map((c) => `  '${c.name}': ${callbackValidatorName(c.name)},`).join('\n')}
}
`
  return { path: 'validator-table.ts', contents }
}

function indent(text: string, by: number): string {
  return text.replace(/\n/g, `\n${' '.repeat(by)}`)
}
