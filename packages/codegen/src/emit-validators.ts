import { createRequire } from 'node:module'
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Options as AjvOptions } from 'ajv'
import { build } from 'esbuild'
import { banner, type GeneratedFile } from './banner.js'
import type { JsonSchema } from './clean-schema.js'
import type { ContractModel } from './contract-model.js'
import { pascalCase } from './names.js'

/** This package's folder (src/ or dist/ is one below it). */
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url))

// ajv and ajv-formats are CJS without an `exports` map; standalone lives at a deep path.
const require = createRequire(import.meta.url)
type AjvCtor = new (
  opts: AjvOptions,
) => {
  addSchema(schema: JsonSchema, key: string): unknown
}
// AsyncAPI Schema is a superset of draft-07, ajv's default dialect.
const Ajv = require('ajv').default as AjvCtor
const addFormats = require('ajv-formats').default as (ajv: unknown) => void
const standaloneCode = require('ajv/dist/standalone/index.js').default as (
  ajv: unknown,
  refs: Record<string, string>,
) => string

/** One exported validator: its export name and the schema it checks. */
interface ValidatorSpec {
  exportName: string
  schema: JsonSchema
}

/** Names of the exported validator functions, shared with the table emitter. */
export function dataValidatorName(type: string): string {
  return `validate${pascalCase(type)}Data`
}
export function callbackValidatorName(name: string): string {
  return `validate${pascalCase(name)}`
}
export const ENVELOPE_VALIDATOR = 'validateEnvelope'

function validatorSpecs(model: ContractModel): ValidatorSpec[] {
  return [
    { exportName: ENVELOPE_VALIDATOR, schema: model.envelopeSchema },
    ...model.events.map((e) => ({ exportName: dataValidatorName(e.type), schema: e.dataSchema })),
    ...model.callbacks.map((c) => ({ exportName: callbackValidatorName(c.name), schema: c.schema })),
  ]
}

/**
 * Compiles every schema with ajv (all errors, formats on, strict) into standalone ESM, then bundles
 * ajv's runtime helpers in with esbuild: ajv's "ESM" output still `require()`s them (ajv #2209),
 * and a bundle leaves the contracts package with no runtime dependency and no schema compiled at
 * run time. Validating the envelope first and then one event's data (dispatch on `type`) is several
 * times faster than a `oneOf` over every event, which ajv tries branch by branch.
 */
export async function emitValidators(model: ContractModel): Promise<GeneratedFile> {
  const ajv = new Ajv({
    strict: true,
    allErrors: true,
    allowUnionTypes: true,
    code: { source: true, esm: true, lines: true, optimize: true },
  })
  addFormats(ajv)
  const refs: Record<string, string> = {}
  for (const spec of validatorSpecs(model)) {
    ajv.addSchema(spec.schema, spec.exportName)
    refs[spec.exportName] = spec.exportName
  }
  const source = standaloneCode(ajv, refs)
  const bundled = await build({
    stdin: { contents: source, resolveDir: dirname(require.resolve('ajv/package.json')), loader: 'js' },
    nodePaths: [dirname(dirname(require.resolve('ajv/package.json')))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'silent',
    mainFields: ['main'],
    // The bundle's comments name module paths relative to this folder: fixed, so the output does
    // not depend on where the command runs.
    absWorkingDir: PACKAGE_DIR,
  })
  const code = bundled.outputFiles[0]!.text
  return {
    path: 'validators.js',
    contents: `${banner('Validators (ajv standalone, bundled with esbuild)', 'line', model.origin)}${code}`,
  }
}

/** Declarations for validators.js, so consumers type-check without reading generated JS. */
export function emitValidatorDeclarations(model: ContractModel): GeneratedFile {
  const lines = validatorSpecs(model).map((s) => `export declare const ${s.exportName}: CompiledValidator`)
  const contents = `${banner('Validator declarations', 'line', model.origin)}
/** An ajv error as the standalone validators report it. */
export interface CompiledValidatorError {
  instancePath: string
  schemaPath: string
  keyword: string
  params: Record<string, unknown>
  message?: string
}

/** A precompiled validator: returns true when valid; otherwise \`errors\` holds every failure. */
export interface CompiledValidator {
  (data: unknown): boolean
  errors?: CompiledValidatorError[] | null
}

${lines.join('\n')}
`
  return { path: 'validators.d.ts', contents }
}
