import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { GeneratedFile } from './banner.js'
import { buildModel } from './build-model.js'
import { emitCatalog, emitExamples, emitValidatorTable } from './emit-catalog.js'
import { emitManagementApi, MANAGEMENT_SPEC } from './emit-management-api.js'
import { emitTypes } from './emit-types.js'
import { emitValidatorDeclarations, emitValidators } from './emit-validators.js'

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
  const model = await buildModel(rootDir)
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
      if (!expected.has(name)) stale.push(`${outRel}/${name} (not generated any more)`)
    }
  }
  return stale
}
