/**
 * @voicehooks/codegen — turns specs/ into the contracts package.
 *
 * @example
 * ```ts
 * import { generate, diffGenerated } from '@voicehooks/codegen'
 * const files = await generate({ rootDir: '.' })
 * const stale = diffGenerated({ rootDir: '.' }, files) // [] when committed output is current
 * ```
 *
 * @example What changed in the contract since the last release, classified per audience
 * ```ts
 * import { diffSpecs, formatDiffTable } from '@voicehooks/codegen'
 * const report = await diffSpecs('released-specs', 'specs')
 * console.log(formatDiffTable(report)) // report.breaking > 0: receivers or clients would break
 * ```
 */
export type { GeneratedFile } from './banner.js'
export { buildModel, CALLBACKS_SPEC, WEBHOOKS_SPEC } from './build-model.js'
export type { JsonSchema } from './clean-schema.js'
export { main } from './cli.js'
export type { ContractModel, EventModel, MessageModel } from './contract-model.js'
export {
  type Audience,
  DIFF_USAGE,
  type DiffReport,
  diffCommand,
  diffReport,
  diffSpecs,
  formatDiffTable,
  RULES,
  type Rule,
  type Severity,
  type SpecChange,
} from './diff/index.js'
export { emitPythonEvents, pythonEventClassName } from './emit-python-events.js'
export { emitPythonManagement } from './emit-python-management.js'
export { CodegenError, type CodegenErrorCode, type SpecDiagnostic } from './errors.js'
export {
  DEFAULT_OUT_DIR,
  diffGenerated,
  type GenerateOptions,
  type GenerateTarget,
  generate,
  generateTargets,
  MANAGEMENT_SPEC,
  writeGenerated,
} from './generate.js'
export { generatePython, PYTHON_OUT_DIR, readOpenApi } from './generate-python.js'
