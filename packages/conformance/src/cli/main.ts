import { CaptureReadError, ConformanceConfigError } from '../errors.js'
import { VERSION } from '../version.js'
import { type Output, processOutput } from './output.js'
import { testCommand } from './test-command.js'
import { USAGE, UsageError } from './usage.js'
import { validateCommand } from './validate-command.js'

const NAME = 'voicehooks-conformance'

/**
 * Runs the CLI and resolves with its exit status: 0 all passed, 1 a check or payload failed,
 * 2 usage, configuration or input error (one line on stderr, never a stack trace).
 */
export async function main(
  argv: readonly string[],
  output: Output = processOutput,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  const [command, ...args] = argv
  try {
    switch (command) {
      case 'test':
        return await testCommand(args, output, env)
      case 'validate':
        return await validateCommand(args, output)
      case '--version':
      case '-v':
        output.stdout(VERSION)
        return 0
      case '--help':
      case '-h':
      case 'help':
        output.stdout(USAGE)
        return 0
      case undefined:
        throw new UsageError('missing command: test or validate')
      default:
        throw new UsageError(`unknown command ${JSON.stringify(command)}: use test or validate`)
    }
  } catch (error) {
    const hint = error instanceof UsageError || isParseArgsError(error) ? ` (see ${NAME} --help)` : ''
    output.stderr(`${NAME}: ${describe(error)}${hint}`)
    return 2
  }
}

function describe(error: unknown): string {
  if (
    error instanceof UsageError ||
    error instanceof ConformanceConfigError ||
    error instanceof CaptureReadError ||
    isParseArgsError(error)
  ) {
    return (error as Error).message
  }
  return `unexpected error: ${error instanceof Error ? error.message : String(error)}`
}

/** parseArgs reports unknown options and missing values with an ERR_PARSE_ARGS_* code and a readable message. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
}
