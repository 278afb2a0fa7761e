import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { CodegenError } from './errors.js'
import { diffGenerated, generateTargets, writeGenerated } from './generate.js'

/** Walks up from the working directory to the folder holding pnpm-workspace.yaml. */
function findRoot(start: string): string {
  let dir = resolve(start)
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const up = dirname(dir)
    if (up === dir)
      throw new CodegenError(
        'usage',
        'cannot find the repository root (no pnpm-workspace.yaml above here); pass --root DIR',
      )
    dir = up
  }
  return dir
}

/** `voicehooks-codegen [--check] [--root DIR] [--out DIR]`; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const check = argv.includes('--check')
  const at = (flag: string) => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  try {
    const rootDir = at('--root') ?? findRoot(process.cwd())
    const options = { rootDir, outDir: at('--out') }
    const targets = await generateTargets(options)
    const count = targets.reduce((n, t) => n + t.files.length, 0)
    if (check) {
      const stale = targets.flatMap((t) => diffGenerated(t.options, t.files))
      if (stale.length > 0) {
        console.error('codegen --check: generated output is stale; run `pnpm codegen` and commit:')
        for (const s of stale) console.error(`  ${s}`)
        return 1
      }
      console.log(`codegen --check: ${count} generated files are up to date`)
      return 0
    }
    for (const target of targets) {
      await writeGenerated(target.options, target.files)
      console.log(
        `codegen: wrote ${target.files.length} files to ${target.options.outDir ?? 'packages/contracts/src/generated'}`,
      )
    }
    return 0
  } catch (error) {
    if (error instanceof CodegenError) {
      console.error(`codegen: ${error.message}`)
      for (const d of error.diagnostics) console.error(`  ${d.file}: ${d.path}: ${d.message}`)
      return 2
    }
    throw error
  }
}
