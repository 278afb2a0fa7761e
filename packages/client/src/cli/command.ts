import type { VoicehooksClient } from '../client.js'
import type { FlagValues } from './flags.js'
import type { CliIo } from './io.js'

/** An option of a command, in node:util parseArgs terms. */
export interface OptionSpec {
  type: 'string' | 'boolean'
  multiple?: boolean
  short?: string
}

/** What a command runs with. */
export interface CommandContext {
  io: CliIo
  /** Lazily built from the resolved configuration; a missing API key is a config error when first used. */
  client(options?: { apiKeyRequired?: boolean }): Promise<VoicehooksClient>
  values: FlagValues
  /** Positional arguments after the command words. */
  args: string[]
  /** `--json`: print the API's JSON exactly, for scripts. */
  json: boolean
}

/** One `voicehooks <group> <name>` command. */
export interface Command {
  /** `['webhooks', 'create']`, or one word for top-level commands (`['replay']`). */
  path: readonly string[]
  /** Arguments and flags after the command words, e.g. `ID [--grace SECONDS]`. */
  usage: string
  summary: string
  /** Names of the required positional arguments, in order. */
  args: readonly string[]
  /** Names of optional positional arguments after the required ones. */
  optionalArgs?: readonly string[]
  options: Readonly<Record<string, OptionSpec>>
  run(ctx: CommandContext): Promise<void>
}
