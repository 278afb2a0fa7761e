import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import type { GeneratedFile } from './banner.js'
import { buildModel, buildModelFrom } from './build-model.js'
import type { ContractModel } from './contract-model.js'
import { emitCatalog, emitExamples, emitValidatorTable } from './emit-catalog.js'
import { emitContract, emitIndex } from './emit-contract.js'
import { emitManagementApi, MANAGEMENT_SPEC } from './emit-management-api.js'
import { emitTypes } from './emit-types.js'
import { emitValidatorDeclarations, emitValidators } from './emit-validators.js'
import { CodegenError } from './errors.js'
import { generatePython, PYTHON_OUT_DIR, readOpenApi } from './generate-python.js'

export { MANAGEMENT_SPEC }
export const DEFAULT_OUT_DIR = 'packages/contracts/src/generated'

/** Where to read specs and write output. */
export interface GenerateOptions {
  /** Repository root holding `specs/`. */
  rootDir: string
  /** Output folder relative to rootDir (default packages/contracts/src/generated). */
  outDir?: string
}

/** Runs every emitter in memory. Same specs, same bytes: nothing depends on time or order of reads. */
export async function generate({ rootDir }: GenerateOptions): Promise<GeneratedFile[]> {
  return generateFromModel(await buildModel(rootDir), rootDir)
}

async function generateFromModel(model: ContractModel, rootDir: string): Promise<GeneratedFile[]> {
  const files = await emitContractFiles(model)
  const management = join(rootDir, MANAGEMENT_SPEC)
  if (existsSync(management)) files.push(await emitManagementApi(management))
  return sortFiles(files)
}

/** The files every contract has: types, validators and their declarations, table, catalog, examples. */
async function emitContractFiles(model: ContractModel): Promise<GeneratedFile[]> {
  return [
    await emitTypes(model),
    await emitValidators(model),
    emitValidatorDeclarations(model),
    emitValidatorTable(model),
    emitCatalog(model),
    emitExamples(model),
  ]
}

function sortFiles(files: GeneratedFile[]): GeneratedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : 1))
}

/** What `voicehooks-codegen generate` reads: any platform's documents, wherever they are. */
export interface ContractDocuments {
  /** AsyncAPI documents: the first holds the webhook events; any more, messages sent without the envelope. */
  asyncapi: readonly string[]
  /** An OpenAPI document to type as \`management-api.ts\` (openapi-typescript). */
  openapi?: string | undefined
  /** Relative paths resolve from here, and messages name files relative to it; default the working directory. */
  baseDir?: string
}

/**
 * Generates one platform's contract from its own documents: everything the repository's run emits
 * (types, \`EventMap\`, standalone validators, catalog, examples), plus \`contract.ts\` (the
 * \`Contract\` object receivers and senders take) and \`index.ts\` re-exporting it all.
 *
 * @throws {CodegenError} `usage` without an AsyncAPI document; `spec_invalid` or `spec_shape`, with
 *   each problem's file and JSON path, for a document it cannot use.
 */
export async function generateContract(documents: ContractDocuments): Promise<GeneratedFile[]> {
  return (await generateContractModel(documents)).files
}

/** {@link generateContract}, with the model read from the documents. */
export async function generateContractModel(
  documents: ContractDocuments,
): Promise<{ model: ContractModel; files: GeneratedFile[] }> {
  const [events, ...messages] = documents.asyncapi
  if (events === undefined) throw new CodegenError('usage', 'generate needs at least one --asyncapi FILE')
  const baseDir = documents.baseDir ?? process.cwd()
  const names = [...documents.asyncapi, ...(documents.openapi ? [documents.openapi] : [])]
  const origin = names.map((f) => basename(f)).join(', ')
  const model = await buildModelFrom({ events, messages, baseDir, origin })
  const files = await emitContractFiles(model)
  files.push(emitContract(model), emitIndex(model))
  if (documents.openapi !== undefined) {
    const openapi = resolve(baseDir, documents.openapi)
    if (!existsSync(openapi)) {
      throw new CodegenError('usage', `--openapi ${documents.openapi}: no such file`, [
        { file: documents.openapi, path: '(document)', message: 'the file does not exist' },
      ])
    }
    files.push(await emitManagementApi(openapi, origin))
  }
  return { model, files: sortFiles(files) }
}

/** One output folder and the files that belong in it. */
export interface GenerateTarget {
  options: GenerateOptions
  files: GeneratedFile[]
}

/**
 * Every output of one run, the specs parsed once: the contracts package (at `options.outDir`) and,
 * when the repository has the Python SDK and no other output folder was asked for, its models.
 */
export async function generateTargets(options: GenerateOptions): Promise<GenerateTarget[]> {
  const { rootDir } = options
  const model = await buildModel(rootDir)
  const targets = [{ options, files: await generateFromModel(model, rootDir) }]
  if (options.outDir === undefined && existsSync(join(rootDir, dirname(PYTHON_OUT_DIR)))) {
    const openapi = existsSync(join(rootDir, MANAGEMENT_SPEC))
      ? readOpenApi(rootDir, MANAGEMENT_SPEC)
      : undefined
    targets.push({ options: { rootDir, outDir: PYTHON_OUT_DIR }, files: generatePython(model, openapi) })
  }
  return targets
}

/** Writes the files under outDir. */
export async function writeGenerated(
  options: GenerateOptions,
  files: readonly GeneratedFile[],
): Promise<void> {
  await writeFiles(join(options.rootDir, options.outDir ?? DEFAULT_OUT_DIR), files)
}

/** Writes the files under an absolute folder, creating it and its parents. */
export async function writeFiles(outDir: string, files: readonly GeneratedFile[]): Promise<void> {
  for (const file of files) {
    const target = join(outDir, file.path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, file.contents)
  }
}

/** Lists committed output that differs from a fresh run: changed, missing, or no longer generated. */
export function diffGenerated(options: GenerateOptions, files: readonly GeneratedFile[]): string[] {
  const outRel = options.outDir ?? DEFAULT_OUT_DIR
  return diffFiles(join(options.rootDir, outRel), outRel, files)
}

/**
 * {@link diffGenerated} for any folder: `shown` is how lines name it. A file of the folder that is
 * not generated is stale too, so a removed event cannot leave its output behind.
 */
export function diffFiles(outDir: string, shown: string, files: readonly GeneratedFile[]): string[] {
  const stale: string[] = []
  for (const file of files) {
    const target = join(outDir, file.path)
    if (!existsSync(target)) stale.push(`${shown}/${file.path} (missing)`)
    else if (readFileSync(target, 'utf8') !== file.contents) stale.push(`${shown}/${file.path} (differs)`)
  }
  const expected = new Set(files.map((f) => f.path))
  if (existsSync(outDir)) {
    for (const name of readdirSync(outDir)) {
      // Python's bytecode cache appears wherever the generated models are imported.
      if (!expected.has(name) && name !== '__pycache__')
        stale.push(`${shown}/${name} (not generated any more)`)
    }
  }
  return stale
}
