import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { GeneratedFile } from './banner.js'
import { buildModel } from './build-model.js'
import type { ContractModel } from './contract-model.js'
import { emitCatalog, emitExamples, emitValidatorTable } from './emit-catalog.js'
import { emitManagementApi, MANAGEMENT_SPEC } from './emit-management-api.js'
import { emitTypes } from './emit-types.js'
import { emitValidatorDeclarations, emitValidators } from './emit-validators.js'
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
  const files = [
    await emitTypes(model),
    await emitValidators(model),
    emitValidatorDeclarations(model),
    emitValidatorTable(model),
    emitCatalog(model),
    emitExamples(model),
  ]
  if (existsSync(join(rootDir, MANAGEMENT_SPEC))) files.push(await emitManagementApi(rootDir))
  return files.sort((a, b) => (a.path < b.path ? -1 : 1))
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
  const out = join(options.rootDir, options.outDir ?? DEFAULT_OUT_DIR)
  for (const file of files) {
    const target = join(out, file.path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, file.contents)
  }
}

/** Lists committed output that differs from a fresh run: changed, missing, or no longer generated. */
export function diffGenerated(options: GenerateOptions, files: readonly GeneratedFile[]): string[] {
  const outRel = options.outDir ?? DEFAULT_OUT_DIR
  const out = join(options.rootDir, outRel)
  const stale: string[] = []
  for (const file of files) {
    const target = join(out, file.path)
    if (!existsSync(target)) stale.push(`${outRel}/${file.path} (missing)`)
    else if (readFileSync(target, 'utf8') !== file.contents) stale.push(`${outRel}/${file.path} (differs)`)
  }
  const expected = new Set(files.map((f) => f.path))
  if (existsSync(out)) {
    for (const name of readdirSync(out)) {
      // Python's bytecode cache appears wherever the generated models are imported.
      if (!expected.has(name) && name !== '__pycache__')
        stale.push(`${outRel}/${name} (not generated any more)`)
    }
  }
  return stale
}
