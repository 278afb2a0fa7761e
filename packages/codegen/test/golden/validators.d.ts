// THIS FILE IS GENERATED - DO NOT EDIT DIRECTLY
// Validator declarations: made by `pnpm codegen` (packages/codegen) from specs/.
// Change the spec or the generator, then run `pnpm codegen`; CI runs `pnpm codegen:check`.

/** An ajv error as the standalone validators report it. */
export interface CompiledValidatorError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** A precompiled validator: returns true when valid; otherwise `errors` holds every failure. */
export interface CompiledValidator {
  (data: unknown): boolean
  errors?: CompiledValidatorError[] | null
}

export declare const validateEnvelope: CompiledValidator
export declare const validateBatchCompletedData: CompiledValidator
export declare const validateCallCompletedData: CompiledValidator
export declare const validateCallStatus: CompiledValidator
