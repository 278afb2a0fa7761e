import { parseArgs } from 'node:util'
import { createClient, type VoicehooksClient } from '../client.js'
import { CLIENT_VERSION } from '../version.js'
import { ConfigError, UsageError } from './cli-errors.js'
import type { Command, OptionSpec } from './command.js'
import { commands } from './commands/index.js'
import { configFilePaths, resolveConfig } from './config.js'
import { ExitCode } from './exit-codes.js'
import { commandHelp, groupHelp, mainHelp, usageLine } from './help.js'
import { type CliIo, processIo } from './io.js'
import { reportError } from './report-error.js'

const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'api-url': { type: 'string' },
  'api-key': { type: 'string' },
  config: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
}

// Every option of every command, so a first, lenient pass can find the command words.
const ALL_OPTIONS: Record<string, OptionSpec> = Object.assign(
  {},
  GLOBAL_OPTIONS,
  ...commands.map((c) => c.options),
)

function findCommand(words: readonly string[]): Command | undefined {
  return commands.find((c) => c.path.every((part, i) => words[i] === part))
}

/** Rewords node:util parseArgs errors, which suggest `--` tricks nobody needs here. */
function parseError(error: unknown, command: Command): UsageError {
  const code = (error as { code?: unknown }).code
  const message = (error as Error).message
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    return new UsageError(`unknown flag ${option} for "${command.path.join(' ')}"`)
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    return new UsageError(
      /argument missing/.test(message) ? `${option} needs a value` : `${option} takes no value`,
    )
  }
  return new UsageError(message)
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const loose = parseArgs({ args: [...argv], options: ALL_OPTIONS, strict: false, allowPositionals: true })
  const words = loose.positionals
  if (loose.values['version'] === true) {
    io.stdout.write(`${CLIENT_VERSION}\n`)
    return ExitCode.ok
  }
  if (words.length === 0) {
    if (loose.values['help'] === true) {
      io.stdout.write(mainHelp(commands))
      return ExitCode.ok
    }
    io.stderr.write(mainHelp(commands))
    return ExitCode.usage
  }
  if (words[0] === 'help') {
    io.stdout.write(mainHelp(commands))
    return ExitCode.ok
  }
  const command = findCommand(words)
  if (!command) {
    const group = commands.some((c) => c.path[0] === words[0] && c.path.length > 1)
    if (group && (words.length === 1 || loose.values['help'] === true)) {
      if (loose.values['help'] === true) {
        io.stdout.write(groupHelp(words[0]!, commands))
        return ExitCode.ok
      }
      io.stderr.write(groupHelp(words[0]!, commands))
      return ExitCode.usage
    }
    const shown = group ? words.slice(0, 2).join(' ') : words[0]
    throw new UsageError(`unknown command "${shown}"`)
  }
  if (loose.values['help'] === true) {
    io.stdout.write(commandHelp(command))
    return ExitCode.ok
  }
  try {
    return await runCommand(command, argv, io)
  } catch (error) {
    if (error instanceof UsageError && error.usage === undefined) error.usage = usageLine(command)
    throw error
  }
}

async function runCommand(command: Command, argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let parsed: ReturnType<typeof parseArgs>
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...GLOBAL_OPTIONS, ...command.options },
      strict: true,
      allowPositionals: true,
    })
  } catch (error) {
    throw parseError(error, command)
  }
  const { values } = parsed
  const args = parsed.positionals.slice(command.path.length)
  const missing = command.args[args.length]
  if (missing) throw new UsageError(`missing ${missing}`)
  const most = command.args.length + (command.optionalArgs?.length ?? 0)
  if (args.length > most) throw new UsageError(`unexpected argument "${args[most]}"`)

  const flag = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined)
  let client: VoicehooksClient | undefined
  await command.run({
    io,
    values,
    args,
    json: values['json'] === true,
    async client(options = {}) {
      if (client) return client
      const config = await resolveConfig(io, {
        apiUrl: flag('api-url'),
        apiKey: flag('api-key'),
        config: flag('config'),
      })
      if (!config.apiKey && options.apiKeyRequired !== false) {
        const file = configFilePaths(io, flag('config')).at(-1)
        throw new ConfigError(`no API key: pass --api-key, set VOICEHOOKS_API_KEY or put "apiKey" in ${file}`)
      }
      client = createClient({ baseUrl: config.apiUrl, apiKey: config.apiKey, fetch: io.fetch })
      return client
    },
  })
  return ExitCode.ok
}

/**
 * Runs the `voicehooks` CLI on `argv` (without `node` and the script) and resolves to the exit
 * code; it never throws and never prints a stack. `io` defaults to the real process.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2))
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<ExitCode> {
  try {
    return await dispatch(argv, io)
  } catch (error) {
    return reportError(io, error)
  }
}
