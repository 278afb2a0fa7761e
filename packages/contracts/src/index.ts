/**
 * @voicehooks/contracts — the Voicehooks webhook contract as code.
 *
 * Everything under `./generated` is made by `pnpm codegen` from `specs/asyncapi`; this file only
 * re-exports it and adds typed validation helpers. Importing it compiles no schema at run time:
 * validators are ajv standalone code.
 *
 * `Contract` is the same contract as one runtime object (catalog, validators, examples, envelope and
 * header conventions, typed by its `EventMap`), for any platform: `voicehooksContract` is ours, and
 * `voicehooks-codegen generate` emits one from another platform's AsyncAPI document. Receivers and
 * senders take it; `contractValidation(contract)` validates against it.
 *
 * @example
 * ```ts
 * import { validateEvent, type WebhookEvent } from '@voicehooks/contracts'
 * const result = validateEvent(JSON.parse(rawBody))
 * if (!result.ok) throw new Error(result.errors.map((e) => `${e.path} ${e.message}`).join('; '))
 * const event: WebhookEvent = result.value
 * if (event.type === 'call.completed') console.log(event.data.duration_seconds)
 * ```
 */

export { type CatalogEntry, catalog } from './catalog.js'
export type {
  AnyContract,
  Contract,
  ContractCatalogEntry,
  ContractConventions,
  ContractEvent,
  ContractEventMap,
  ContractEventShape,
  ContractEvents,
  ContractEventType,
} from './contract.js'
export { type ContractValidation, contractValidation } from './contract-validation.js'
export { apiVersion, type CatalogEntrySpec, envelopeSchema, eventTypes } from './generated/catalog.js'
export { allExamples, callbackExamples, examples } from './generated/examples.js'
export * from './generated/types.js'
export type { CompiledValidator, CompiledValidatorError } from './generated/validator-table.js'
export {
  isEventType,
  isReservedEventType,
  type ValidationResult,
  validateCallStatusCallback,
  validateData,
  validateEvent,
} from './validate.js'
export { formatIssues, type ValidationIssue } from './validation-issue.js'
export { type VoicehooksContract, voicehooksContract } from './voicehooks-contract.js'
