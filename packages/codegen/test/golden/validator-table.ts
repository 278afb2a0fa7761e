// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Validator table: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

import type { EventType } from './types.js'
import {
  type CompiledValidator,
  validateEnvelope,
  validateBatchCompletedData,
  validateCallCompletedData,
  validateCallStatus,
} from './validators.js'

export type { CompiledValidator, CompiledValidatorError } from './validators.js'

/** Checks the envelope fields every event shares (not `data`). */
export const envelopeValidator: CompiledValidator = validateEnvelope

/** One precompiled validator of `data` per event type. */
export const dataValidators: { readonly [K in EventType]: CompiledValidator } = {
  'batch.completed': validateBatchCompletedData,
  'call.completed': validateCallCompletedData,
}

/** Validators of the per-call callback messages, by message name. */
export const callbackValidators: { readonly [name: string]: CompiledValidator } = {
  'call.status': validateCallStatus,
}
