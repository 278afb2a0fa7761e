/** Machine-readable reasons a codegen run can fail. */
export type CodegenErrorCode = 'spec_invalid' | 'spec_shape' | 'output_stale' | 'usage'

/** A located problem in a spec: which file, which JSON path, what is wrong. */
export interface SpecDiagnostic {
  file: string
  path: string
  message: string
}

/** Every failure of codegen is one of these, so the CLI can print it as readable lines. */
export class CodegenError extends Error {
  override name = 'CodegenError'
  constructor(
    readonly code: CodegenErrorCode,
    message: string,
    readonly diagnostics: readonly SpecDiagnostic[] = [],
  ) {
    super(message)
  }
}
