import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { CodegenError } from './errors.js'
import { diffFiles, generateContract, writeFiles } from './generate.js'

export const GENERATE_USAGE = `voicehooks-codegen generate --asyncapi FILE [--asyncapi FILE…] [--openapi FILE] --out DIR [--check]

  Generates a platform's contract from its own AsyncAPI 2.6/3.x documents, wherever they are:
  types (EventMap, WebhookEvent), standalone validators, catalog, examples, and contract.ts (the
  Contract object receivers and senders take), with index.ts re-exporting them all.

  --asyncapi FILE  the webhooks document (every message an event: a \`type\` const, \`data\`, one
                   shared envelope); given again, documents of messages sent without the envelope
  --openapi FILE   an OpenAPI document to type as management-api.ts
  --out DIR        the folder to write (created if missing; files it holds that are not generated
                   are reported by --check)
  --check          write nothing: exit 1 naming each stale file

  Exit status: 0 done (or up to date), 1 stale output (--check), 2 a bad argument or a document
  it cannot use (each problem as file: JSON path: message).`

/** Options the generate command reads; `out` is where lines go. */
type Out = Pick<Console, 'log' | 'error'>

/** Prints a codegen failure as readable lines (never a stack trace) and answers exit status 2. */
export function reportFailure(command: string, error: unknown, out: Out): number {
  if (error instanceof CodegenError) {
    out.error(`voicehooks-codegen ${command}: ${error.message}`)
    for (const d of error.diagnostics) out.error(`  ${d.file}: ${d.path}: ${d.message}`)
    return 2
  }
  // Reading or writing files: the system's message names the path.
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    out.error(`voicehooks-codegen ${command}: ${(error as Error).message}`)
    return 2
  }
  throw error
}

/** The values of parsed flags. */
export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>

/** Parses argv with node:util parseArgs; an unknown or malformed flag is a `usage` CodegenError. */
export function parseCommandArgs(
  argv: readonly string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
  usageLine: string,
): FlagValues {
  try {
    return parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
    throw new CodegenError('usage', `${message}; usage: ${usageLine}`)
  }
}

/** Every named file must exist: a clear line beats the parser's stack. */
export function requireFiles(flag: string, files: readonly string[], baseDir: string): void {
  for (const file of files) {
    if (!existsSync(resolve(baseDir, file)))
      throw new CodegenError('usage', `${flag} ${file}: no such file`, [
        { file, path: '(document)', message: 'the file does not exist' },
      ])
  }
}

/** `voicehooks-codegen generate …`: resolves to the exit status. */
export async function generateCommand(argv: readonly string[], out: Out = console): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.log(GENERATE_USAGE)
    return 0
  }
  try {
    const values = parseCommandArgs(
      argv,
      {
        asyncapi: { type: 'string', multiple: true },
        openapi: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean' },
      },
      GENERATE_USAGE.split('\n')[0]!,
    )
    const asyncapi = (values.asyncapi as string[] | undefined) ?? []
    const openapi = values.openapi as string | undefined
    const outDir = values.out as string | undefined
    if (asyncapi.length === 0) throw new CodegenError('usage', 'give at least one --asyncapi FILE')
    if (outDir === undefined || outDir === '') throw new CodegenError('usage', 'give --out DIR')
    const baseDir = process.cwd()
    requireFiles('--asyncapi', asyncapi, baseDir)
    if (openapi !== undefined) requireFiles('--openapi', [openapi], baseDir)
    const files = await generateContract({ asyncapi, openapi, baseDir })
    const target = resolve(baseDir, outDir)
    if (values.check === true) {
      const stale = diffFiles(target, outDir, files)
      if (stale.length > 0) {
        out.error(
          'voicehooks-codegen generate --check: generated output is stale; generate again and commit:',
        )
        for (const s of stale) out.error(`  ${s}`)
        return 1
      }
      out.log(`voicehooks-codegen generate --check: ${files.length} generated files are up to date`)
      return 0
    }
    await writeFiles(target, files)
    out.log(`voicehooks-codegen generate: wrote ${files.length} files to ${outDir}`)
    return 0
  } catch (error) {
    return reportFailure('generate', error, out)
  }
}
