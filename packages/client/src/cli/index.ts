/**
 * The `voicehooks` CLI as a library: run it in-process (tests, wrappers) with your own streams,
 * environment and fetch.
 *
 * @example
 * ```ts
 * import { runCli } from '@voicehooks/client/cli'
 * const code = await runCli(['webhooks', 'list', '--json'])
 * ```
 */
export { ConfigError, LocalValidationError, UsageError } from './cli-errors.js'
export {
  type CliConfig,
  type ConfigFlags,
  type ConfigSource,
  DEFAULT_API_URL,
  resolveConfig,
} from './config.js'
export { ExitCode } from './exit-codes.js'
export { type CliIo, type OutputStream, processIo } from './io.js'
export { renderProgress } from './progress.js'
export { runCli } from './run.js'
export { type Column, cellText, formatRecord, formatTable, truncate } from './table.js'
