import { VoicehooksApiError, VoicehooksNetworkError } from '../errors.js'
import { ConfigError, LocalValidationError, UsageError } from './cli-errors.js'
import { ExitCode } from './exit-codes.js'
import type { CliIo } from './io.js'

const pathLine = (path: string, message: string) => `  ${path || '(body)'}: ${message}`

/**
 * Prints an error as one clear line on stderr (plus one line per failing path), never a stack
 * (unless `VOICEHOOKS_DEBUG` is set), and returns the exit code that classifies it.
 */
export function reportError(io: CliIo, error: unknown): ExitCode {
  const lines: string[] = []
  let code: ExitCode
  if (error instanceof VoicehooksApiError) {
    lines.push(`error: ${error.message}`)
    // A detail that already quotes a failing path (common with one error) need not repeat it.
    for (const e of error.errors)
      if (!(e.path && error.detail?.includes(e.path) && error.detail.includes(e.message)))
        lines.push(pathLine(e.path, e.message))
    if (error.status === 401) lines.push('  check --api-key, VOICEHOOKS_API_KEY or the config file')
    code = ExitCode.api
  } else if (error instanceof VoicehooksNetworkError) {
    lines.push(`error: cannot reach the API: ${error.message}`)
    code = ExitCode.network
  } else if (error instanceof ConfigError) {
    lines.push(`error: ${error.message}`)
    code = ExitCode.network
  } else if (error instanceof LocalValidationError) {
    lines.push(`error: ${error.message}`)
    for (const issue of error.issues) lines.push(pathLine(issue.path, issue.message))
    lines.push('  nothing was sent')
    code = ExitCode.validation
  } else if (error instanceof UsageError) {
    lines.push(`error: ${error.message}`)
    lines.push(error.usage ? `usage: ${error.usage}` : 'Run "voicehooks --help" for usage.')
    code = ExitCode.usage
  } else {
    lines.push(`error: ${error instanceof Error ? error.message : String(error)}`)
    code = ExitCode.api
  }
  if (io.env['VOICEHOOKS_DEBUG'] && error instanceof Error && error.stack) lines.push(error.stack)
  io.stderr.write(`${lines.join('\n')}\n`)
  return code
}
