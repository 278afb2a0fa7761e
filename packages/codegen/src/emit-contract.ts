import { banner, type GeneratedFile } from './banner.js'
import type { ContractModel } from './contract-model.js'

/**
 * Emits `contract.ts`: the one object a receiver (`new Webhooks({ secret, contract })`) and a sender
 * (`VOICEHOOKS_CONTRACT`) take, typed `Contract<EventMap, WebhookEvent>`. Only its type comes from
 * `@voicehooks/contracts`; at run time it needs nothing but the files beside it.
 */
export function emitContract(model: ContractModel): GeneratedFile {
  const { headerPrefix, mirrorsType } = model.conventions
  const conventions = [
    ...(headerPrefix !== undefined ? [`headerPrefix: ${quote(headerPrefix)}`] : []),
    `mirrorsType: ${mirrorsType}`,
  ].join(', ')
  const contents = `${banner('Contract', 'line', model.origin)}
import type { Contract } from '@voicehooks/contracts'
import { apiVersion, catalogSpec, envelopeSchema, eventTypes } from './catalog.js'
import { allExamples } from './examples.js'
import type { EventMap, WebhookEvent } from './types.js'
import { dataValidators, envelopeValidator } from './validator-table.js'

/** The webhook contract of ${(model.title || 'this platform').replaceAll('*/', '* /')}: catalog, validators, examples and conventions. */
export const contract: Contract<EventMap, WebhookEvent> = {
  title: ${quote(model.title)},
  apiVersion,
  eventTypes,
  catalog: catalogSpec,
  envelopeSchema,
  validators: { envelope: envelopeValidator, data: dataValidators },
  examples: allExamples,
  conventions: { ${conventions} },
}
`
  return { path: 'contract.ts', contents }
}

/** Emits `index.ts`: everything generated, so one import (or one VOICEHOOKS_CONTRACT path) reaches it. */
export function emitIndex(model: ContractModel): GeneratedFile {
  const contents = `${banner('Index', 'line', model.origin)}
export { apiVersion, type CatalogEntrySpec, catalogSpec, envelopeSchema, eventTypes } from './catalog.js'
export { contract } from './contract.js'
export { allExamples, callbackExamples, examples } from './examples.js'
export * from './types.js'
export {
  type CompiledValidator,
  type CompiledValidatorError,
  callbackValidators,
  dataValidators,
  envelopeValidator,
} from './validator-table.js'
`
  return { path: 'index.ts', contents }
}

/** A single-quoted TS string literal. */
function quote(text: string): string {
  return `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`
}
