import { resolve } from 'node:path'
import { CodegenError } from '../errors.js'
import { diffSpecSets } from './diff-specs.js'
import { diffReport, formatDiffTable } from './format-report.js'
import { loadSpecSet, pairSingleDocuments } from './load-spec-set.js'

export const DIFF_USAGE = `voicehooks-codegen diff <base> <head> [--json] [--root DIR]

  Compares two versions of the AsyncAPI and OpenAPI documents and classifies every change as
  breaking, warning or compatible, for receivers (who read events) and for API clients (who send
  requests and read responses). <base> and <head> are each a spec file, a folder holding specs/
  (or a specs folder itself), or a git ref (v0.1.0, main, HEAD~1) whose specs/ is read.

  --json      print the report as JSON instead of tables
  --root DIR  the repository for git refs and relative paths (default: the current folder)

  Exit status: 0 no breaking change, 1 breaking changes, 2 a bad argument or an unreadable spec.`

/** `voicehooks-codegen diff …`: prints the report; resolves to the exit status. */
export async function diffCommand(
  argv: readonly string[],
  out: Pick<Console, 'log' | 'error'> = console,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.log(DIFF_USAGE)
    return 0
  }
  const positional: string[] = []
  let json = false
  let root = process.cwd()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--json') json = true
    else if (arg === '--root') {
      const value = argv[++i]
      if (value === undefined) return usage(out, '--root needs a folder')
      root = resolve(value)
    } else if (arg.startsWith('-')) return usage(out, `unknown flag ${arg}`)
    else positional.push(arg)
  }
  if (positional.length !== 2)
    return usage(out, `expected <base> and <head>, got ${positional.length} argument(s)`)
  try {
    const [base, head] = await Promise.all(positional.map((what) => loadSpecSet(what, root)))
    pairSingleDocuments(base!, head!)
    const report = diffReport(base!.label, head!.label, diffSpecSets(base!, head!))
    out.log(json ? JSON.stringify(report, null, 2) : formatDiffTable(report).trimEnd())
    return report.breaking > 0 ? 1 : 0
  } catch (error) {
    if (!(error instanceof CodegenError)) throw error
    out.error(`voicehooks-codegen diff: ${error.message}`)
    for (const d of error.diagnostics) out.error(`  ${d.file}: ${d.path}: ${d.message}`)
    return 2
  }
}

function usage(out: Pick<Console, 'error'>, problem: string): number {
  out.error(
    `voicehooks-codegen diff: ${problem}\nusage: voicehooks-codegen diff <base> <head> [--json] [--root DIR]`,
  )
  return 2
}
